import ShuzhiKit

/// An output format for a report.
enum ExportFormat: String, CaseIterable, Sendable, ArgumentValue {
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

/// `--encoding`: the spellings of a text encoding.
enum TextEncodingChoice: String, CaseIterable, Sendable, ArgumentValue {
    case utf8 = "utf-8"
    case gb18030
}

/// `--docx-grid`: the spellings of a document grid.
enum DocxGridChoice: String, CaseIterable, Sendable, ArgumentValue {
    case chars, lines
}

/// The export format options as given (`--format`, `--indent`, `--crlf`,
/// `--encoding`, `--docx-grid`), shared by every command that writes a report.
struct ExportFormatOptions: OptionGroup {
    var format: ExportFormat?
    var indent = false
    var crlf = false
    var encoding: TextEncodingChoice?
    var docxGrid: DocxGridChoice?

    static var declarations: [Declaration<Self>] {
        [
            .option(\.format, "--format", value: "格式", help: "输出格式；不写时按 -o 文件的扩展名（.txt .md .html .docx）决定，默认 text"),
            .flag(\.indent, "--indent", help: "text 格式：每个标题和段落前加两个全角空格"),
            .flag(\.crlf, "--crlf", help: "text 格式：用 Windows 换行（CRLF）"),
            .option(\.encoding, "--encoding", value: "编码", help: "text 格式的编码，默认 utf-8；gb18030 由 C 库转换，不需要 iconv 命令"),
            .option(
                \.docxGrid, "--docx-grid", value: "网格",
                help: "docx 格式的文档网格：lines 只按行并紧缩字距（默认，Word、WPS、LibreOffice 都是每行28字），chars 按字符和行（Word、WPS 的公文模板做法）"),
        ]
    }

    /// The options for writing to `output` (the `-o` path, if any), checked
    /// together.
    ///
    /// - Throws: `CLIError.usage` when `--format` and the extension disagree,
    ///   when the extension is unknown and no `--format` is given, or when a
    ///   text or docx option is given for another format.
    func resolve(output: String?) throws -> ExportOptions {
        var options = ExportOptions()
        let ext = output.flatMap { path -> String? in
            guard path != "-" else { return nil }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
            return String(name[name.index(after: dot)...])
        }
        let byExtension = ext.flatMap(ExportFormat.forExtension)
        if let format {
            if let byExtension, byExtension != format, let ext {
                throw CLIError.usage("输出格式“\(format.rawValue)”与输出文件扩展名“.\(ext)”不一致")
            }
            options.format = format
        } else if let ext, !ext.isEmpty {
            guard let byExtension else {
                let hint = ext.lowercased() == "doc" ? "；Word 文件请用 .docx" : ""
                throw CLIError.usage("不认识输出文件扩展名“.\(ext)”，请用 --format 指定格式（text、markdown、html、docx）\(hint)")
            }
            options.format = byExtension
        }
        for (flag, given) in [("--indent", indent), ("--crlf", crlf)] where given && options.format != .text {
            throw CLIError.usage("选项“\(flag)”只用于 text 格式")
        }
        if encoding != nil && options.format != .text {
            throw CLIError.usage("选项“--encoding”只用于 text 格式")
        }
        if docxGrid != nil && options.format != .docx {
            throw CLIError.usage("选项“--docx-grid”只用于 docx 格式")
        }
        options.text.indent = indent
        options.text.lineEnding = crlf ? .crlf : .lf
        options.text.encoding = encoding == .gb18030 ? .gb18030 : .utf8
        options.docx.grid = docxGrid == .chars ? .linesAndChars : .lines
        return options
    }
}

/// How a command writes a report: the format and the text options.
///
/// A command that writes reports has an `OutputOption` and an
/// `ExportFormatOptions` group, resolves them in `validate()`, then calls
/// `writeReport` or `exportBytes` and `Files.write`.
struct ExportOptions: Sendable, Equatable {
    var format: ExportFormat = .text
    var text = PlainTextExporter.Options()
    var docx = DocxExporter.Options()

    /// Whether the text is written exactly as drafted: UTF-8 plain text, no options.
    var isPlainText: Bool {
        format == .text && text == PlainTextExporter.Options()
    }

    /// - Throws: `CLIError.usage` for a format that cannot go to standard
    ///   output (docx) when `output` is standard output.
    func checkDestination(_ output: OutputOption) throws {
        if format == .docx && output.file == nil {
            throw CLIError.usage("docx 格式请用 -o 指定输出文件")
        }
    }
}

/// The bytes of `document` in the chosen format.
///
/// - Parameter source: the file the document comes from, to locate a
///   character GB 18030 cannot encode: its name, its text, and how to
///   turn a line of that text into a place in the file (paragraphs of a .docx).
/// - Throws: only for GB 18030 text: `CLIError.document` for a character
///   that cannot be encoded (the document's fault), `CLIError.environment`
///   when the machine cannot convert.
func exportBytes(_ document: ExportDocument, _ options: ExportOptions, source: ReportSource? = nil) throws -> [UInt8] {
    do throws(Diagnostic) {
        switch options.format {
        case .text: return try PlainTextExporter(options: options.text).export(document, source: source?.text)
        case .markdown: return MarkdownExporter().export(document)
        case .html: return HTMLExporter().export(document)
        case .docx: return DocxExporter(options: options.docx).export(document)
        }
    } catch {
        guard error.code == .exportUnencodableCharacter else { throw CLIError.environment([error]) }
        throw CLIError.document([source.map { $0.document.locate(error.inFile($0.name)) } ?? error])
    }
}

/// Where an exported report's text comes from: the file's name and what was read from it.
struct ReportSource {
    var name: String
    var document: DocumentText
    var text: String { document.text }
}

/// Writes a report's text in the chosen format: to `output`, or to
/// standard output. Plain UTF-8 text without options is written as it is;
/// every other format goes through the outline, so all formats agree.
/// GB 18030 reaches standard output as the same bytes as a file.
func writeReport(
    _ text: String, template: ReportTemplate, author: String? = nil, year: Int? = nil, options: ExportOptions,
    to output: OutputOption, inputs: [String], source: ReportSource? = nil, console: Console
) throws {
    let text = removingControlCharacters(from: text, source: source, drafted: true, console: console)
    let bytes = options.isPlainText
        ? Array(text.utf8)
        : try exportBytes(
            ExportDocument(outline: OutlineReader.readReport(text, template: template).outline, author: author, year: year), options,
            source: source)
    if let file = output.file {
        try Files.write(bytes, to: file, inputs: inputs)
    } else {
        try options.checkDestination(output)
        console.out(bytes: bytes)
    }
}

/// A report's text under the one rule for control characters of every
/// format (`ControlCharacters`): removed, with a warning printed for each
/// line that had some. The warnings point into `source`: the report itself
/// (`export`), or the input it was drafted from (`drafted`).
func removingControlCharacters(from text: String, source: ReportSource?, drafted: Bool, console: Console) -> String {
    let (clean, warnings) = ControlCharacters.removing(from: text, source: drafted ? source?.text : nil)
    for warning in warnings {
        console.err(DiagnosticPrinter.text(source.map { $0.document.locate(warning.inFile($0.name)) } ?? warning))
    }
    return clean
}
