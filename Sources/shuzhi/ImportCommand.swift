import Foundation
import ShuzhiKit

struct ImportCommand: Command {
    static let info = CommandInfo(
        name: "import", summary: "把写好的纯文本报告转成输入文件",
        usage: "import 报告.txt [-o 输入文件] [--template 模板] [--metrics]",
        discussion: """
            读取去年写好的纯文本报告（Word 文档请先另存为纯文本，每段一行），写出一个输入文件，\
            用 draft 起草它会得到与原报告相同的正文（只忽略空行、行首缩进和行尾空格）。
            import 会自动选择最合适的内置模板并说明选了哪个。有任何一段无法原样转换时，\
            指出那一段并以退出码1结束，不写文件。
            --metrics：把正文中的数量（发展党员10名、争取资金650万元）提取为“指标”，\
            正文改为引用指标，明年只需改数字；名称由数字前面的词语得出，有歧义的保留原样。
            """,
        options: [
            OptionSpec(name: "--output", short: "-o", value: "文件", help: "写入的输入文件（已存在时拒绝覆盖）"),
            OptionSpec(name: "--template", short: "-t", value: "模板", help: "指定内置模板，不自动选择"),
            OptionSpec(name: "--metrics", help: "把正文中的数量提取为指标"),
        ],
        positionals: (1, 1))

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let path = args.positionals[0]
        var template: ReportTemplate?
        if let name = args.value("--template") {
            guard let t = TemplateLibrary.builtin.template(named: name) else {
                var message = "没有名为“\(name)”的内置模板"
                if let near = Suggestion.closest(to: name, among: TemplateLibrary.builtin.allNames) { message += "，是不是“\(near)”？" }
                throw CLIError.usage(message, command: info.name)
            }
            template = t
        }
        // An existing input file may hold a year of edits: never replace it. Checked before any
        // work, so that no note suggests the import happened, and again before writing.
        func refuseExisting() throws {
            if let out = args.value("--output"), out != "-", FileManager.default.fileExists(atPath: out) {
                throw CLIError.io("“\(out)”已存在，为防止覆盖已编辑的输入文件，请换一个文件名或先删除它")
            }
        }
        try refuseExisting()
        guard let (input, text) = try Files.readTextOrReport(path, console) else { return 1 }
        let result: Importer.Result
        do throws(Diagnostic) {
            result = try Importer.importText(text, file: input.name, template: template, metrics: args.flag("--metrics"))
        } catch {
            console.err(DiagnosticPrinter.text(error))
            return 1
        }
        for note in result.notes { console.err(DiagnosticPrinter.text(note)) }
        if let out = args.value("--output") {
            try refuseExisting()
            try Files.write(result.input, to: out, inputs: [path])
        } else {
            console.out(result.input)
        }
        return 0
    }
}
