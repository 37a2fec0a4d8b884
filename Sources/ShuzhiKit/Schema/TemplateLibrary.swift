#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The templates a command can use: the built-in ones, compiled into the
/// binary, and optionally a user's own folder.
public struct TemplateLibrary: Sendable {
    /// Templates in listing order; the first is the default.
    public var templates: [ReportTemplate]
    /// Partials every template body can include or extend: the shared
    /// 基础 body and each built-in template's body by id.
    public var partials: [String: String]

    /// The built-in templates, compiled in as values (Templates/ is read
    /// when the program is built, see ReportTemplate+Generated.swift), so
    /// that no schema is parsed when the program starts.
    public static let builtin: TemplateLibrary = {
        var partials: [String: String] = [:]
        for (path, text) in BuiltinTemplateFiles.files where path.hasSuffix(".mustache") && !path.contains("/") {
            partials[String(path.dropLast(".mustache".count))] = text
        }
        for t in ReportTemplate.compiledBuiltins { partials[t.id] = t.body }
        return TemplateLibrary(templates: ReportTemplate.compiledBuiltins, partials: partials)
    }()

    /// The default template (乡镇).
    public var defaultTemplate: ReportTemplate { templates[0] }

    /// Whether these are the built-in templates exactly (the reader then
    /// uses its prepared heading table).
    public var isBuiltin: Bool { templates.allSatisfy { $0.origin == "内置" } }

    /// The lexicon of the default template.
    public var lexicon: ReportLexicon { templates[0].lexicon }

    /// The template named `name`: its id, its Chinese name or a short name.
    public func template(named name: String) -> ReportTemplate? {
        templates.first { $0.id == name || $0.name == name || $0.shortNames.contains(name) }
    }

    /// Every name `template(named:)` accepts, for did-you-mean.
    public var allNames: [String] {
        templates.flatMap { [$0.id, $0.name] + $0.shortNames }
    }

    /// The error for a template folder at `path` that lacks `file`
    /// (模板.yaml or 正文.mustache), so that a command can check for the
    /// files before it reads any and say the same.
    public static func missingFile(_ file: String, inFolder path: String) -> Diagnostic {
        Diagnostic(
            .error, code: .templateNotFound, message: "模板文件夹中缺少“\(file)”", at: nil, file: path,
            hint: "自定义模板文件夹应包含“模板.yaml”和“正文.mustache”，可用“shuzhi templates show township”查看示例")
    }

    /// A user's template folder: 模板.yaml, 正文.mustache, and any other
    /// NAME.mustache files as partials. The built-in partials stay
    /// available, so the body can extend a built-in one (`{{<township}}`).
    ///
    /// - Throws: `DiagnosticList` for a missing file or a bad schema.
    public func loadFolder(_ path: String) throws(DiagnosticList) -> (template: ReportTemplate, partials: [String: String]) {
        let fm = FileManager.default
        let schemaPath = path.appendingPathComponent("模板.yaml")
        let bodyPath = path.appendingPathComponent("正文.mustache")
        // Every file is read as the folder's own: a regular file within
        // the folder (not a link out of it), of bounded size.
        func readFile(_ p: String) throws(DiagnosticList) -> String {
            let bytes: [UInt8]
            do throws(FileInput.Failure) {
                bytes = try FileInput.read(p, inFolder: path)
            } catch .notFound {
                throw DiagnosticList([Self.missingFile(p.lastPathComponent, inFolder: path)])
            } catch {
                throw DiagnosticList([error.diagnostic(p) ?? Diagnostic(.error, code: .templateNotFound, message: error.message(p), at: nil, file: p)])
            }
            do throws(Diagnostic) {
                return try SourceText.decode(bytes)
            } catch {
                throw DiagnosticList([error.inFile(p)])
            }
        }
        let schema = try readFile(schemaPath)
        let body = try readFile(bodyPath)
        var t = try ReportTemplate.load(schema: schema, body: body, origin: path, schemaFile: schemaPath)
        // A folder's own 词表.yaml adds to the built-in words: a county can teach
        // shuzhi its habits without a new release.
        let lexiconPath = path.appendingPathComponent(ReportLexicon.builtinPath)
        if fm.fileExists(atPath: lexiconPath) {
            let text = try readFile(lexiconPath)
            do throws(Diagnostic) {
                t.ownLexicon = try t.lexicon.adding(lexiconText: text, file: lexiconPath)
            } catch {
                throw DiagnosticList([error])
            }
        }
        var partials = self.partials
        let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") && name != "正文.mustache" {
            partials[String(name.dropLast(".mustache".count))] = try readFile(path.appendingPathComponent(name))
        }
        return (t, partials)
    }
}
