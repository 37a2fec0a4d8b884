extension BuiltinTemplateFiles {
    /// Built-in template ids in listing order; the first is the default.
    /// A test checks that this names every folder in Templates/.
    static let order = ["township", "strict", "organ", "village"]

    /// The text of a built-in file; the files are fixed at build time.
    static func file(_ path: String) -> String {
        guard let text = files.first(where: { $0.path == path })?.text else {
            preconditionFailure("no built-in template file \(path)")
        }
        return text
    }
}

/// The source files of built-in templates, for `templates show`.
public enum BuiltinTemplateSource {
    /// The schema text (模板.yaml) of the built-in template `id`.
    public static func schema(of id: String) -> String {
        BuiltinTemplateFiles.file("\(id)/模板.yaml")
    }
}
