#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShuzhiKit

/// A template and the partials its body may use.
typealias ChosenTemplate = (template: ReportTemplate, partials: [String: String])

/// `--template`: the same in every command: a built-in template's id or
/// name, or a template folder (模板.yaml, 正文.mustache).
struct TemplateOption: OptionGroup {
    var name: String?

    /// `what` says what the command does with the template.
    static func declarations(help what: String) -> [Declaration<Self>] {
        [.option(\.name, "--template", short: "-t", value: "模板", help: "内置模板编号或名称，或自定义模板文件夹；\(what)")]
    }

    /// Whether `name` is taken as a folder: it exists as one, or is written as a path.
    private static func isFolder(_ name: String) -> Bool {
        name.contains("/") || name.hasPrefix(".") || System.isDirectory(name)
    }

    /// Checks that the template exists, without reading any file.
    ///
    /// - Throws: `CLIError.usage` for a name that is neither a built-in
    ///   template nor a folder; `CLIError.io` for a folder that does not exist.
    func validate() throws {
        guard let name, TemplateLibrary.builtin.template(named: name) == nil else { return }
        guard Self.isFolder(name) else {
            if let near = Suggestion.closest(to: name, among: TemplateLibrary.builtin.allNames) {
                throw CLIError.usage("没有名为“\(name)”的模板，是不是“\(near)”？")
            }
            throw CLIError.usage("没有名为“\(name)”的模板；运行“shuzhi templates”查看内置模板，自定义模板请给出文件夹路径")
        }
        guard System.isDirectory(name) else {
            throw CLIError.io("找不到模板文件夹“\(name)”")
        }
    }

    /// The chosen template, or `nil` when none was given. Reads a folder's files.
    ///
    /// - Throws: `CLIError.environment` when a folder lacks one of its two
    ///   files; `CLIError.document` for mistakes in the template itself.
    func load() throws -> ChosenTemplate? {
        guard let name else { return nil }
        let library = TemplateLibrary.builtin
        if let t = library.template(named: name) { return (t, library.partials) }
        let missing = ["模板.yaml", "正文.mustache"].filter {
            !FileManager.default.isReadableFile(atPath: name.hasSuffix("/") ? name + $0 : name + "/" + $0)
        }
        if !missing.isEmpty {
            throw CLIError.environment(missing.map { TemplateLibrary.missingFile($0, inFolder: name) })
        }
        do throws(DiagnosticList) {
            return try library.loadFolder(name)
        } catch {
            throw CLIError.document(error.diagnostics)
        }
    }
}
