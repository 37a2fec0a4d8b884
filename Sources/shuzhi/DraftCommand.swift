import Foundation
import ShuzhiKit

struct DraftCommand: Command {
    static let info = CommandInfo(
        name: "draft", summary: "根据输入文件起草述职报告",
        usage: "draft 输入文件 [-o 输出文件] [--template 模板] [--strict] [--format text|markdown|html|docx]",
        discussion: """
            读取输入文件（“-”表示标准输入），按模板生成纯文本草稿：每段一行，标题后空一行，\
            编号自动生成。不写 -o 时输出到标准输出。
            缺少必需部分时，草稿在相应位置标出【待补充：……】并给出警告；加 --strict 则作为错误，不写文件。
            有错误时退出码为1，且不写出任何文件。
            输出格式按 -o 文件的扩展名决定：.txt 纯文本，.md Markdown，.html 网页，.docx Word 文档（按 GB/T 9704 排版）。
            """,
        options: [
            OptionSpec(name: "--output", short: "-o", value: "文件", help: "写入的文件（原子写入，不会覆盖输入文件）"),
            OptionSpec(name: "--template", short: "-t", value: "模板", help: "内置模板编号或名称，或自定义模板文件夹；覆盖输入文件中的“模板”"),
            OptionSpec(name: "--strict", help: "缺少必需部分时作为错误"),
        ] + ExportOptions.specs,
        positionals: (1, 1))

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let path = args.positionals[0]
        guard let (input, source) = try Files.readTextOrReport(path, console) else { return 1 }
        var options = Drafter.Options(strict: args.flag("--strict"))
        if let name = args.value("--template") {
            switch TemplateChoice.resolve(name, library: options.library) {
            case .failure(let list):
                list.diagnostics.forEach { console.err(DiagnosticPrinter.text($0)) }
                return list.diagnostics.contains { $0.code == .templateNotFound } ? 2 : 1
            case .success(let chosen):
                options.template = chosen
            }
        }
        let export = try ExportOptions.parse(args, output: args.value("--output"), command: info.name)
        let result = Drafter.draft(source, file: input.name, options: options)
        for d in result.diagnostics { console.err(DiagnosticPrinter.text(d)) }
        guard let text = result.text, let template = result.template else { return 1 }
        return try writeReport(
            text, profile: template.profile, author: result.author, year: result.year, options: export,
            output: args.value("--output"), inputs: [path], console: console)
    }
}

/// Resolves `--template`: a built-in id or name, or a folder.
enum TemplateChoice {
    static func resolve(_ name: String, library: TemplateLibrary) -> Result<(template: ReportTemplate, partials: [String: String]), DiagnosticList> {
        if let t = library.template(named: name) {
            return .success((t, library.partials))
        }
        var isDirectory: ObjCBool = false
        if name.contains("/") || name.hasPrefix(".") || (FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) && isDirectory.boolValue) {
            do throws(DiagnosticList) {
                return .success(try library.loadFolder(name))
            } catch {
                return .failure(error)
            }
        }
        let near = Suggestion.closest(to: name, among: library.allNames)
        return .failure(DiagnosticList([Diagnostic(
            .error, code: .templateNotFound, message: "没有名为“\(name)”的模板", at: nil,
            hint: near.map { "是不是“\($0)”？" } ?? "运行“shuzhi templates”查看可用的模板；自定义模板请给出文件夹路径")]))
    }
}
