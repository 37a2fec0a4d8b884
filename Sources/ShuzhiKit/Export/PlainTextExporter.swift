import Foundation

/// Writes an `ExportDocument` as plain text, one paragraph a line: the
/// form the outline reader reads back and the form clerks paste into Word.
///
/// The title comes first and is followed by one blank line, as in drafts;
/// then the name lines and every heading, paragraph and signature line on
/// its own line, in order.
public struct PlainTextExporter: Sendable {
    /// Line ending between lines (and after the last one).
    public enum LineEnding: String, Sendable, Hashable {
        /// `\n`, as on Linux and macOS.
        case lf
        /// `\r\n`, as Windows Notepad expects.
        case crlf
    }

    /// The output's character encoding.
    public enum Encoding: String, Sendable, Hashable {
        /// UTF-8 without a byte-order mark.
        case utf8 = "utf-8"
        /// GB 18030, the Chinese national encoding older Windows tools expect;
        /// converted by the system's `iconv` command.
        case gb18030
    }

    /// How to write the text.
    public struct Options: Sendable, Hashable {
        /// Put two full-width spaces (`　　`) before every heading and body
        /// paragraph (not the title, name lines or signature), as typed in Word.
        public var indent: Bool
        /// The line ending.
        public var lineEnding: LineEnding
        /// The character encoding.
        public var encoding: Encoding

        /// Creates options; the defaults are no indent, `\n`, UTF-8.
        public init(indent: Bool = false, lineEnding: LineEnding = .lf, encoding: Encoding = .utf8) {
            self.indent = indent
            self.lineEnding = lineEnding
            self.encoding = encoding
        }
    }

    /// The options this exporter writes with.
    public var options: Options

    /// Creates an exporter.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The text as a string (before encoding).
    public func string(_ document: ExportDocument) -> String {
        lines(document).map { $0.text + (options.lineEnding == .crlf ? "\r\n" : "\n") }.joined()
    }

    /// The encoded bytes.
    ///
    /// - Throws: `Diagnostic` `export-iconv-missing` when GB 18030 is asked
    ///   for and `iconv` is not installed, `export-unencodable-character`
    ///   (at the block's source line, when known) when a character cannot be
    ///   encoded, `export-iconv-failed` for any other conversion failure.
    public func export(_ document: ExportDocument) throws(Diagnostic) -> [UInt8] {
        let text = string(document)
        switch options.encoding {
        case .utf8:
            return Array(text.utf8)
        case .gb18030:
            do {
                return try Iconv.convert(Array(text.utf8), to: "GB18030")
            } catch let failure {
                throw Self.diagnose(failure, lines: lines(document), options: options)
            }
        }
    }

    /// A line of output and the source line of the block it came from.
    struct Line {
        var text: String
        var sourceLine: Int?
    }

    func lines(_ document: ExportDocument) -> [Line] {
        var writer = TextWriter(indent: options.indent)
        writer.walk(document)
        return writer.lines
    }

    /// Turns an iconv failure into a diagnostic; for an unencodable character,
    /// finds the output line that holds the failing byte offset.
    static func diagnose(_ failure: Iconv.Failure, lines: [Line], options: Options) -> Diagnostic {
        switch failure {
        case .missing:
            return .iconvMissing()
        case .failed(let message):
            return .iconvFailed(message)
        case .unencodable(let offset):
            var start = 0
            let ending = options.lineEnding == .crlf ? 2 : 1
            for line in lines {
                let end = start + line.text.utf8.count
                if offset < end {
                    let prefix = line.text.utf8.prefix(offset - start)
                    let column = String(decoding: prefix, as: UTF8.self).count
                    let character = line.text[line.text.index(line.text.startIndex, offsetBy: column)]
                    return .unencodableCharacter(
                        character, at: line.sourceLine.map { SourceLocation(line: $0, column: 1) })
                }
                start = end + ending
            }
            return .iconvFailed("第 \(offset) 字节无法转换")
        }
    }
}

/// The visitor that lays out the text lines.
struct TextWriter: ExportVisitor {
    var indent: Bool
    var lines: [PlainTextExporter.Line] = []

    private var prefix: String { indent ? "\u{3000}\u{3000}" : "" }

    mutating func visitTitle(_ title: String) {
        lines.append(.init(text: title, sourceLine: nil))
        lines.append(.init(text: "", sourceLine: nil))
    }

    mutating func visitNameLine(_ line: String) { lines.append(.init(text: line, sourceLine: nil)) }

    mutating func visitHeading(level: Int, text: String, block: ExportBlock) {
        lines.append(.init(text: prefix + text, sourceLine: block.line))
    }

    mutating func visitParagraph(runIn: String?, runInLevel: Int?, text: String, block: ExportBlock) {
        lines.append(.init(text: prefix + (runIn ?? "") + text, sourceLine: block.line))
    }

    mutating func visitSignature(lines signature: [String], block: ExportBlock) {
        for line in signature { lines.append(.init(text: line, sourceLine: block.line)) }
    }
}

extension Diagnostic {
    /// GB 18030 output needs the `iconv` command and it is not on PATH.
    static func iconvMissing() -> Diagnostic {
        .error(
            .exportIconvMissing, "找不到 iconv 命令，无法输出 GB18030 编码", at: nil,
            hint: "安装 iconv（Linux 属于 libc-bin 软件包），或改用 --encoding utf-8")
    }

    /// A character has no GB 18030 code.
    static func unencodableCharacter(_ character: Character, at location: SourceLocation?) -> Diagnostic {
        let code = character.unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
        return .error(
            .exportUnencodableCharacter, "字符“\(character)”（\(code)）无法用 GB18030 编码", at: location,
            hint: "删除或替换这个字符，或改用 --encoding utf-8")
    }

    /// iconv failed for a reason other than an unencodable character.
    static func iconvFailed(_ detail: String) -> Diagnostic {
        .error(.exportIconvFailed, "iconv 转换编码失败：\(detail)", at: nil)
    }
}
