import ShuzhiKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "export", summary: "把写好的报告（纯文本或 Word 文档）导出为 Word、HTML 或 Markdown",
        discussion: """
            读取写好的报告（纯文本每段一行，或 Word 文档 .docx），按识别出的结构导出。格式按 -o 文件的扩展名决定：\
            .docx Word 文档（A4，按 GB/T 9704 排版：仿宋三号正文，黑体、楷体标题，页码“— 1 —”），\
            .html 网页（打印效果相同），.md Markdown，.txt 纯文本（可加 --indent、--crlf、--encoding gb18030）。
            不写 -o 时输出到标准输出（docx 除外）。
            """)

    static var arguments: [Declaration<Self>] {
        [.argument(\.input, "报告")]
            + .group(\.output, OutputOption.declarations(help: "写入的文件（原子写入，不会覆盖输入文件）"))
            + .group(\.template, TemplateOption.declarations(help: "按它的提纲识别各部分（默认自动选择）"))
            + .group(\.format, ExportFormatOptions.declarations)
    }

    var input = ""
    var output = OutputOption()
    var template = TemplateOption()
    var format = ExportFormatOptions()
    private var export = ExportOptions()

    mutating func validate() throws {
        export = try format.resolve(output: output.path)
        try export.checkDestination(output)
        try template.validate()
    }

    func run(_ console: Console) throws -> Outcome {
        let chosen = try template.load()
        let (file, document) = try Files.readDocument(input, console)
        for note in document.notes { console.err(DiagnosticPrinter.text(note)) }
        try Files.refuseEmpty(document, name: file.name)
        let source = ReportSource(name: file.name, document: document)
        let text = removingControlCharacters(from: document.text, source: source, drafted: false, console: console)
        // Plain text goes through the outline too, so that export normalizes it.
        let outline = OutlineReader.readReport(text, template: chosen?.template).outline
        let bytes = try exportBytes(ExportDocument(outline: outline), export, source: source)
        if let file = output.file {
            try Files.write(bytes, to: file, inputs: [input])
        } else {
            console.out(bytes: bytes)
        }
        return .clean
    }
}
