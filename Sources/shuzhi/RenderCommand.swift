#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShuzhiKit

/// `shuzhi render`: one Mustache template, one data file, exactly the
/// rendered text on standard output.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "render", summary: "用Mustache模板和数据文件生成文本",
        discussion: """
            模板语法见README“模板语法（Mustache 及扩展）”。标准输出只有生成的文本，
            不加任何内容；警告和错误写到标准错误。子模板是文件夹里的“名称.mustache”文件，
            在模板里写{{>名称}}引用。
            """)

    /// `--escape`: how `{{name}}` is escaped.
    enum Escape: String, CaseIterable, ArgumentValue {
        case html
        case verbatim = "none"
    }

    static var arguments: [Declaration<Self>] {
        [
            .argument(\.template, "模板"),
            .required(
                \.data, "--data", short: "-d", value: "数据文件",
                help: "数据文件：.json（保留类型），或输入文件（所有值都是文字）；“-”表示标准输入（以“{”或“[”开头时按JSON读）"),
            .option(\.partials, "--partials", short: "-p", value: "文件夹", help: "子模板所在的文件夹"),
            .option(\.escape, "--escape", value: "方式", help: "{{名称}}的转义方式，默认html"),
            .flag(\.strict, "--strict", help: "名称找不到数据时给出警告，子模板找不到时报错"),
        ]
    }

    var template = ""
    var data = ""
    var partials: String?
    var escape: Escape?
    var strict = false

    mutating func validate() throws {
        if data == "-" && template == "-" {
            throw CLIError.usage("模板和数据不能都来自标准输入")
        }
    }

    func run(_ console: Console) throws -> Outcome {
        let dataPath = data
        var partialPaths: [String: String] = [:]
        var options = RenderOptions(escaping: escape == .verbatim ? .none : .html, strict: strict)
        if let partials {
            for (name, path) in try Self.partialFiles(in: partials) {
                // A partial is the folder's own file, not a link to one elsewhere.
                let (input, text) = try Files.readText(path, console, inFolder: partials)
                options.partials[name] = text
                partialPaths[name] = input.name
            }
        }
        // Diagnostics from a partial carry its name; show its path instead.
        func located(_ d: Diagnostic) -> Diagnostic {
            guard let file = d.file, let path = partialPaths[file] else { return d }
            return d.inFile(path)
        }

        let (templateInput, templateText) = try Files.readText(template, console)
        let (dataInput, dataText) = try Files.readText(dataPath, console)
        do throws(Diagnostic) {
            let template = try Template(templateText, name: templateInput.name)
            let data: TemplateValue
            do throws(Diagnostic) {
                // JSON keeps its types; an input file gives strings, as everywhere in shuzhi.
                // Standard input is JSON when it starts like JSON: an input file never does.
                let json = dataPath == "-"
                    ? dataText.first(where: { !$0.isWhitespace }).map { $0 == "{" || $0 == "[" } ?? false
                    : dataPath.lowercased().hasSuffix(".json")
                data = json ? try TemplateJSON.parse(dataText) : TemplateValue(try InputReader.read(dataText))
            } catch {
                throw error.inFile(dataInput.name)
            }
            let result = try template.render(data, options: options)
            for warning in result.warnings { console.err(DiagnosticPrinter.text(located(warning))) }
            console.out(result.text)
            return .clean
        } catch {
            throw CLIError.document([located(error)])
        }
    }

    /// `NAME.mustache` files in `folder`, sorted by name.
    static func partialFiles(in folder: String) throws -> [(String, String)] {
        guard System.isDirectory(folder) else {
            throw CLIError.io("找不到子模板文件夹“\(folder)”")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw CLIError.io("无法读取文件夹“\(folder)”")
        }
        let suffix = ".mustache"
        return names.filter { $0.hasSuffix(suffix) && $0.count > suffix.count }.sorted().map { file in
            (String(file.dropLast(suffix.count)), folder.hasSuffix("/") ? folder + file : folder + "/" + file)
        }
    }
}
