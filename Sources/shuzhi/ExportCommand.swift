import ShuzhiKit

struct ExportCommand: Command {
    static let info = CommandInfo(
        name: "export", summary: "把写好的纯文本报告导出为 Word、HTML 或 Markdown",
        usage: "export 报告.txt [-o 输出文件] [--format text|markdown|html|docx] [--template 模板]",
        discussion: """
            读取写好的纯文本报告（每段一行），按识别出的结构导出。格式按 -o 文件的扩展名决定：\
            .docx Word 文档（A4，按 GB/T 9704 排版：仿宋三号正文，黑体、楷体标题，页码“— 1 —”），\
            .html 网页（打印效果相同），.md Markdown，.txt 纯文本（可加 --indent、--crlf、--encoding gb18030）。
            不写 -o 时输出到标准输出（docx 除外）。
            """,
        options: [
            OptionSpec(name: "--output", short: "-o", value: "文件", help: "写入的文件（原子写入，不会覆盖输入文件）"),
            OptionSpec(name: "--template", short: "-t", value: "模板", help: "按哪个模板识别各部分（默认自动选择）"),
        ] + ExportOptions.specs,
        positionals: (1, 1))

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let path = args.positionals[0]
        let export = try ExportOptions.parse(args, output: args.value("--output"), command: info.name)
        guard let (_, text) = try Files.readTextOrReport(path, console) else { return 1 }
        let profile = args.value("--template") != nil
            ? try TemplateChoice.profile(args.value("--template"), command: info.name)
            : Importer.detectTemplate(text).profile
        // Plain text goes through the outline too, so that export normalizes it.
        let options = export
        let document = ExportDocument(outline: OutlineReader.read(text, profile: profile))
        let bytes: [UInt8]
        do throws(Diagnostic) {
            bytes = try exportBytes(document, options)
        } catch {
            console.err(DiagnosticPrinter.text(error))
            return error.code == .exportUnencodableCharacter ? 1 : 2
        }
        if let out = args.value("--output"), out != "-" {
            try Files.write(bytes, to: out, inputs: [path])
        } else if options.format == .docx {
            throw CLIError.usage("docx 格式请用 -o 指定输出文件", command: info.name)
        } else {
            console.out(String(decoding: bytes, as: UTF8.self))
        }
        return 0
    }
}
