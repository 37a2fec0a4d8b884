import ShuzhiKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "import", summary: "把写好的报告（纯文本或 Word 文档）转成输入文件",
        discussion: """
            读取去年写好的报告（Word 文档 .docx，或纯文本每段一行），写出一个输入文件，\
            用 draft 起草它会得到与原报告相同的正文（只忽略空行、行首缩进和行尾空格）。
            import 会自动选择最合适的内置模板并说明选了哪个。有任何一段无法原样转换时，\
            指出那一段并以退出码1结束，不写文件。
            --metrics：把正文中的数字（发展党员10名、争取资金650万元）提取为“指标”，\
            正文改为引用指标，明年只需改数字；“较上年增长8.6%”“占……的30%”改为由指标算出。\
            名称取自数字前后的词语；起不出名字或无法原样算出的数字留作正文，并逐条说明原因。
            """)

    static var arguments: [Declaration<Self>] {
        [.argument(\.input, "报告")]
            + .group(\.output, OutputOption.declarations(help: "写入的输入文件（已存在时拒绝覆盖）"))
            + .group(\.template, TemplateOption.declarations(help: "按它导入，不自动选择"))
            + [.flag(\.metrics, "--metrics", help: "把正文中的数量提取为指标")]
    }

    var input = ""
    var output = OutputOption()
    var template = TemplateOption()
    var metrics = false

    /// An existing input file may hold a year of edits: never replace it.
    static let refusal = "已编辑的输入文件"

    mutating func validate() throws {
        try template.validate()
        // Checked before any work, so that no note suggests the import happened, and again before writing.
        try output.refuseExisting(Self.refusal)
    }

    func run(_ console: Console) throws -> Outcome {
        let chosen = try template.load()
        let (file, document) = try Files.readDocument(input, console)
        for note in document.notes { console.err(DiagnosticPrinter.text(note)) }
        try Files.refuseEmpty(document, name: file.name)
        var library = TemplateLibrary.builtin
        if let chosen { library.partials = chosen.partials }
        let result: Importer.Result
        do throws(Diagnostic) {
            result = try Importer.importText(document.text, file: file.name, template: chosen?.template, metrics: metrics, library: library)
        } catch {
            throw CLIError.document([document.locate(error)])
        }
        for note in result.notes { console.err(DiagnosticPrinter.text(document.locate(note))) }
        if let out = output.file {
            try output.refuseExisting(Self.refusal)
            try Files.write(result.input, to: out, inputs: [input])
        } else {
            console.out(result.input)
        }
        return .clean
    }
}
