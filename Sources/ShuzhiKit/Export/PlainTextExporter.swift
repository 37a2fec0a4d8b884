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
        /// converted by the C library's iconv(3), no external program.
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
    /// - Parameter source: the text the document was read from (a report,
    ///   or the input file a draft came from), so that an unencodable
    ///   character is located where the user can change it.
    /// - Throws: `Diagnostic` `export-unencodable-character` when a
    ///   character has no GB 18030 code, at its line and column in `source`
    ///   (the block's source line when `source` is not given);
    ///   `export-iconv-missing` when the C library cannot convert to
    ///   GB 18030; `export-iconv-failed` for any other conversion failure.
    public func export(_ document: ExportDocument, source: String? = nil) throws(Diagnostic) -> [UInt8] {
        let text = string(document)
        switch options.encoding {
        case .utf8:
            return Array(text.utf8)
        case .gb18030:
            do {
                return try Iconv.convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
            } catch let failure {
                throw Self.diagnose(failure, lines: lines(document), options: options, source: source)
            }
        }
    }

    /// A line of output and the source line of the block it came from.
    struct Line {
        var text: String
        var sourceLine: Int?
    }

    /// The output lines; control characters removed (`ControlCharacters`),
    /// as in every format.
    func lines(_ document: ExportDocument) -> [Line] {
        var writer = TextWriter(indent: options.indent)
        writer.walk(document)
        return writer.lines.map { Line(text: ControlCharacters.removed(from: $0.text), sourceLine: $0.sourceLine) }
    }

    /// Turns an iconv failure into a diagnostic; for an unencodable character,
    /// finds the output line that holds the failing byte offset, then the
    /// character in `source`: first in the block's source line, else its
    /// first occurrence anywhere.
    static func diagnose(_ failure: Iconv.Failure, lines: [Line], options: Options, source: String? = nil) -> Diagnostic {
        switch failure {
        case .unsupported:
            return .iconvMissing()
        case .failed(let message):
            return .iconvFailed(message)
        case .incomplete(let offset):
            return .iconvFailed("第 \(offset + 1) 字节处的字符不完整")
        case .invalid(let offset):
            var start = 0
            let ending = options.lineEnding == .crlf ? 2 : 1
            for line in lines {
                let end = start + line.text.utf8.count
                if offset < end {
                    let prefix = line.text.utf8.prefix(offset - start)
                    let column = String(decoding: prefix, as: UTF8.self).count
                    let character = line.text[line.text.index(line.text.startIndex, offsetBy: column)]
                    var location = line.sourceLine.map { SourceLocation(line: $0, column: 1) }
                    if let source {
                        location = Self.locate(character, in: source, preferring: line.sourceLine) ?? location
                    }
                    return .unencodableCharacter(character, at: location)
                }
                start = end + ending
            }
            return .iconvFailed("第 \(offset + 1) 字节无法转换")
        }
    }

    /// Where `character` first occurs in `source`: on line `preferred` when
    /// it is there, else anywhere. Columns count Characters.
    static func locate(_ character: Character, in source: String, preferring preferred: Int?) -> SourceLocation? {
        let lines = source.sourceLines
        if let preferred, preferred >= 1, preferred <= lines.count,
           let index = lines[preferred - 1].firstIndex(of: character) {
            return SourceLocation(line: preferred, column: lines[preferred - 1].distance(from: lines[preferred - 1].startIndex, to: index) + 1)
        }
        for (n, line) in lines.enumerated() {
            if let index = line.firstIndex(of: character) {
                return SourceLocation(line: n + 1, column: line.distance(from: line.startIndex, to: index) + 1)
            }
        }
        return nil
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
    /// The C library's iconv(3) cannot convert to GB 18030.
    static func iconvMissing() -> Diagnostic {
        .error(
            .exportIconvMissing, "系统的 C 库不支持 GB18030 转换，无法输出 GB18030 编码", at: nil,
            hint: "改用 --encoding utf-8；Linux 上 GB18030 转换模块属于 libc6 软件包（gconv）")
    }

    /// A character has no GB 18030 code.
    static func unencodableCharacter(_ character: Character, at location: SourceLocation?) -> Diagnostic {
        let code = character.unicodeScalars.map { String.codePoint($0.value) }.joined(separator: " ")
        return .error(
            .exportUnencodableCharacter, "字符“\(character)”（\(code)）无法用 GB18030 编码", at: location,
            hint: "删除或替换这个字符，或改用 --encoding utf-8")
    }

    /// iconv failed for a reason other than an unencodable character.
    static func iconvFailed(_ detail: String) -> Diagnostic {
        .error(.exportIconvFailed, "转换为 GB18030 编码失败：\(detail)", at: nil)
    }
}
