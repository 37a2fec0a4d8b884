import ShuzhiKit

struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "draft", summary: "根据输入文件起草述职报告",
        discussion: """
            读取输入文件（“-”表示标准输入），按模板生成纯文本草稿：每段一行，标题后空一行，\
            编号自动生成。不写 -o 时输出到标准输出。
            缺少必需部分时，草稿在相应位置标出【待补充：……】并给出警告；加 --strict 则作为错误，不写文件。
            有错误时退出码为1，且不写出任何文件。
            输出格式按 -o 文件的扩展名决定：.txt 纯文本，.md Markdown，.html 网页，.docx Word 文档（按 GB/T 9704 排版）。
            """)

    static var arguments: [Declaration<Self>] {
        [.argument(\.input, "输入文件")]
            + .group(\.output, OutputOption.declarations(help: "写入的文件（原子写入，不会覆盖输入文件）"))
            + .group(\.template, TemplateOption.declarations(help: "覆盖输入文件中的“模板”"))
            + [.flag(\.strict, "--strict", help: "缺少必需部分时作为错误")]
            + .group(\.format, ExportFormatOptions.declarations)
    }

    var input = ""
    var output = OutputOption()
    var template = TemplateOption()
    var strict = false
    var format = ExportFormatOptions()
    private var export = ExportOptions()

    mutating func validate() throws {
        export = try format.resolve(output: output.path)
        try export.checkDestination(output)
        try template.validate()
    }

    func run(_ console: Console) throws -> Outcome {
        var options = Drafter.Options(strict: strict)
        options.template = try template.load()
        let (file, source) = try Files.readText(input, console)
        let result = Drafter.draft(source, file: file.name, options: options)
        for d in result.diagnostics { console.err(DiagnosticPrinter.text(d)) }
        guard let text = result.text, let used = result.template else { return .documentHasErrors }
        try writeReport(
            text, template: used, author: result.author, year: result.year, options: export,
            to: output, inputs: [input], source: ReportSource(name: file.name, document: DocumentText(text: source)), console: console)
        return .clean
    }
}
