import ShuzhiKit

struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "outline", summary: "显示写好的报告读出的结构（JSON）",
        discussion: """
            读取写好的报告（纯文本每段一行，或 Word 文档 .docx），打印 shuzhi 读出的结构：标题、开头、各部分、\
            条目和编号，以及每一项所在的行和列（起止位置；Word 文档按读出的文字逐段一行计）、\
            每一部分是凭什么认出的，和选用的模板（与 check 的选择相同）。check、import 和导出都按这个结构工作。
            """)

    static var arguments: [Declaration<Self>] {
        [.argument(\.input, "报告")]
            + .group(\.template, TemplateOption.declarations(help: "按它的提纲识别各部分（默认：与 check 一样选最合适的模板）"))
    }

    var input = ""
    var template = TemplateOption()

    mutating func validate() throws {
        try template.validate()
    }

    func run(_ console: Console) throws -> Outcome {
        let chosen = try template.load()?.template
        let (file, document) = try Files.readDocument(input, console)
        for note in document.notes { console.err(DiagnosticPrinter.text(note)) }
        try Files.refuseEmpty(document, name: file.name)
        let reading = OutlineReader.readReport(document.text, template: chosen)
        console.out(reading.outline.json(template: reading.template.id))
        return .clean
    }
}
