import ShuzhiKit

/// An output format for a report.
enum ExportFormat: String, CaseIterable, Sendable {
    case text, markdown, html, docx

    /// The format an output file's extension names (case-insensitive), or
    /// `nil` for an extension we do not write.
    static func forExtension(_ ext: String) -> ExportFormat? {
        switch ext.lowercased() {
        case "txt", "text": .text
        case "md", "markdown": .markdown
        case "html", "htm": .html
        case "docx": .docx
        default: nil
        }
    }

    /// The usual extension, for messages.
    var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .docx: "docx"
        }
    }
}

/// How a command writes a report: the format and the text options.
///
/// A command that writes reports adds `ExportOptions.specs` to its
/// `CommandInfo.options`, calls `ExportOptions.parse` with its `-o` value,
/// then `exportBytes` and `Files.write`.
struct ExportOptions: Sendable, Equatable {
    var format: ExportFormat = .text
    var text = PlainTextExporter.Options()
    var docx = DocxExporter.Options()

    /// The options, to append to a command's `CommandInfo.options`.
    static let specs: [OptionSpec] = [
        OptionSpec(
            name: "--format", value: "格式", choices: ExportFormat.allCases.map(\.rawValue),
            help: "输出格式；不写时按 -o 文件的扩展名（.txt .md .html .docx）决定，默认 text"),
        OptionSpec(name: "--indent", help: "text 格式：每个标题和段落前加两个全角空格"),
        OptionSpec(name: "--crlf", help: "text 格式：用 Windows 换行（CRLF）"),
        OptionSpec(
            name: "--encoding", value: "编码", choices: ["utf-8", "gb18030"],
            help: "text 格式的编码，默认 utf-8；gb18030 需要系统的 iconv 命令"),
        OptionSpec(
            name: "--docx-grid", value: "网格", choices: ["chars", "lines"],
            help: "docx 格式的文档网格：lines 只按行并紧缩字距（默认，Word、WPS、LibreOffice 都是每行28字），chars 按字符和行（Word、WPS 的公文模板做法）"),
    ]

    /// Reads the options. `output` is the `-o` path, if any; `command` names
    /// the command for usage messages.
    ///
    /// - Throws: `CLIError.usage` when `--format` and the extension disagree,
    ///   when the extension is unknown and no `--format` is given, or when a
    ///   text option is given for another format.
    static func parse(_ args: ParsedArguments, output: String?, command: String) throws -> ExportOptions {
        var options = ExportOptions()
        let ext = output.flatMap { path -> String? in
            guard path != "-" else { return nil }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
            return String(name[name.index(after: dot)...])
        }
        let byExtension = ext.flatMap(ExportFormat.forExtension)
        if let given = args.value("--format") {
            let format = ExportFormat(rawValue: given)!  // checked against `choices` by the parser
            if let byExtension, byExtension != format, let ext {
                throw CLIError.usage(
                    "输出格式“\(format.rawValue)”与输出文件扩展名“.\(ext)”不一致", command: command)
            }
            options.format = format
        } else if let ext, !ext.isEmpty {
            guard let byExtension else {
                let hint = ext.lowercased() == "doc" ? "；Word 文件请用 .docx" : ""
                throw CLIError.usage(
                    "不认识输出文件扩展名“.\(ext)”，请用 --format 指定格式（text、markdown、html、docx）\(hint)",
                    command: command)
            }
            options.format = byExtension
        }
        for flag in ["--indent", "--crlf"] where args.flag(flag) && options.format != .text {
            throw CLIError.usage("选项“\(flag)”只用于 text 格式", command: command)
        }
        if args.value("--encoding") != nil && options.format != .text {
            throw CLIError.usage("选项“--encoding”只用于 text 格式", command: command)
        }
        if args.value("--docx-grid") != nil && options.format != .docx {
            throw CLIError.usage("选项“--docx-grid”只用于 docx 格式", command: command)
        }
        options.text.indent = args.flag("--indent")
        options.text.lineEnding = args.flag("--crlf") ? .crlf : .lf
        options.text.encoding = args.value("--encoding") == "gb18030" ? .gb18030 : .utf8
        options.docx.grid = args.value("--docx-grid") == "chars" ? .linesAndChars : .lines
        return options
    }
}

/// The bytes of `document` in the chosen format.
///
/// - Throws: `Diagnostic` only for GB 18030 text: `export-unencodable-character`
///   is about the document (print it, exit 1); `export-iconv-missing` and
///   `export-iconv-failed` are about the machine (print it, exit 2).
func exportBytes(_ document: ExportDocument, _ options: ExportOptions) throws(Diagnostic) -> [UInt8] {
    switch options.format {
    case .text: try PlainTextExporter(options: options.text).export(document)
    case .markdown: MarkdownExporter().export(document)
    case .html: HTMLExporter().export(document)
    case .docx: DocxExporter(options: options.docx).export(document)
    }
}

/// Writes a report's text in the chosen format: to `output`, or to
/// standard output. Plain UTF-8 text without options is written as it is;
/// every other format goes through the outline, so all formats agree.
///
/// - Returns: the exit code (1 when a character cannot be encoded).
func writeReport(
    _ text: String, profile: OutlineProfile, author: String?, year: Int?, options: ExportOptions,
    output: String?, inputs: [String], console: Console
) throws -> Int32 {
    let plain = options.format == .text && !options.text.indent && options.text.lineEnding == .lf && options.text.encoding == .utf8
    var bytes: [UInt8]
    if plain {
        bytes = Array(text.utf8)
    } else {
        let document = ExportDocument(outline: OutlineReader.read(text, profile: profile), author: author, year: year)
        do throws(Diagnostic) {
            bytes = try exportBytes(document, options)
        } catch {
            console.err(DiagnosticPrinter.text(error))
            return error.code == .exportUnencodableCharacter ? 1 : 2
        }
    }
    if let output, output != "-" {
        try Files.write(bytes, to: output, inputs: inputs)
    } else {
        if options.format == .docx {
            throw CLIError.usage("docx 格式请用 -o 指定输出文件", command: nil)
        }
        console.out(String(decoding: bytes, as: UTF8.self))
    }
    return 0
}
