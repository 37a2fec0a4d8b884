/// A file a user hands over, read as text one paragraph a line: a Word
/// document (.docx), or text in UTF-8, GBK/GB18030 or UTF-16.
///
/// Every command that reads a report reads it through here, so a .docx and
/// a .txt of the same report give the same lines. For a Word document,
/// `locate` turns the line and column of a diagnostic about the text into
/// the paragraph and column in the document (`2024.docx:第12段:5`), and
/// adds the paragraph's first characters, since Word shows no numbers.
public struct DocumentText: Sendable {
    /// The text, one paragraph a line (a line break inside a paragraph
    /// starts a new line; a table row is one line).
    public let text: String
    /// Notes about the reading (the encoding used, tables read row by row,
    /// text boxes left out), attributed to the file.
    public let notes: [Diagnostic]
    /// For each line of a Word document, where it starts; `nil` for text.
    let origins: [Origin]?

    /// Where a line of a Word document's text comes from.
    struct Origin: Sendable {
        /// 1-based number of the paragraph, counting paragraphs with text.
        var paragraph: Int
        /// Characters of the paragraph before this line (after a line break).
        var offset: Int
        /// The paragraph's first characters, to find it in Word.
        var excerpt: String
    }

    /// Whether the file was a Word document.
    public var isWordDocument: Bool { origins != nil }

    /// Text read from a text file: lines are lines.
    public init(text: String, notes: [Diagnostic] = []) {
        self.text = text
        self.notes = notes
        self.origins = nil
    }

    init(text: String, notes: [Diagnostic], origins: [Origin]?) {
        self.text = text
        self.notes = notes
        self.origins = origins
    }

    /// Reads a file's bytes. `name` is the file's name for diagnostics; a
    /// name ending in `.docx` must be a Word document. With `wordDocuments`
    /// false (an input file or a template is never one), only text is read.
    ///
    /// - Throws: a `Diagnostic` (file set to `name`): `docx-old-format`,
    ///   `docx-encrypted`, `docx-not-docx`, `docx-corrupt`, `docx-too-large`
    ///   or `docx-bad-xml` for a document refused; `not-utf8` for text that
    ///   is neither UTF-8, GB 18030 nor UTF-16 with a byte-order mark;
    ///   `binary-file` for bytes that are not text.
    public static func read(_ bytes: [UInt8], name: String, wordDocuments: Bool = true) throws(Diagnostic) -> DocumentText {
        do throws(Diagnostic) {
            let read = wordDocuments ? try readUnattributed(bytes, name: name) : try TextDecoding.decode(bytes)
            return DocumentText(text: read.text, notes: read.notes.map { $0.inFile(name) }, origins: read.origins)
        } catch {
            throw error.inFile(name)
        }
    }

    private static func readUnattributed(_ bytes: [UInt8], name: String) throws(Diagnostic) -> DocumentText {
        switch FileSignature(bytes) {
        case .zip:
            do throws(DocxReader.Failure) {
                return wordDocument(try DocxReader.read(bytes))
            } catch {
                throw Diagnostic.docx(error)
            }
        case .compoundFile:
            // A password-protected .docx is a compound file holding an "EncryptedPackage" stream.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if bytes.firstRange(of: marker) != nil {
                throw Diagnostic.error(.docxEncrypted, "Word文档设置了打开密码，无法读取", at: nil,
                                       hint: "请在Word中打开它，在“文件→信息→保护文档”中删除密码后另存，再用shuzhi处理")
            }
            throw Diagnostic.error(.docxOldFormat, "这是旧版Word（.doc）或WPS（.wps）文档，shuzhi只读.docx", at: nil,
                                   hint: "请在Word或WPS中打开它，“另存为”Word文档（.docx）或纯文本（.txt）")
        case .pdf:
            throw Diagnostic.error(.docxNotDocx, "这是PDF文件，不是Word文档或文本文件", at: nil,
                                   hint: "请提供报告的Word文档（.docx）或纯文本（.txt）；PDF里的文字无法可靠地还原成段落")
        case .rtf:
            throw Diagnostic.error(.docxNotDocx, "这是RTF文档，不是Word文档（.docx）或文本文件", at: nil,
                                   hint: "请在Word或WPS中打开它，“另存为”Word文档（.docx）")
        case .archive:
            throw Diagnostic.error(.docxNotDocx, "这是压缩包（gzip、RAR或7z），不是Word文档或文本文件", at: nil,
                                   hint: "请先解压，再用shuzhi处理其中的文件")
        case .other:
            if name.lowercased().hasSuffix(".docx") {
                throw Diagnostic.error(.docxNotDocx, "文件扩展名是.docx，但内容不是Word文档", at: nil,
                                       hint: "请在Word或WPS中打开它，“另存为”Word文档（.docx）")
            }
            return try TextDecoding.decode(bytes)
        }
    }

    /// The text of a Word document's body, with a line origin for each line.
    static func wordDocument(_ body: DocxReader.Body) -> DocumentText {
        var lines: [String] = []
        var origins: [Origin] = []
        var notes: [Diagnostic] = []
        var number = 0
        var pendingEmpty = 0
        for paragraph in body.paragraphs {
            let parts = paragraph.text.split(separator: "\n", omittingEmptySubsequences: false)
            if paragraph.text.isEmpty {
                // An empty paragraph has no number of its own; it points at the next one.
                lines.append("")
                origins.append(Origin(paragraph: number + 1, offset: 0, excerpt: ""))
                pendingEmpty += 1
                continue
            }
            number += 1
            let excerpt = paragraph.text.replacing("\n", with: " ").replacing("\t", with: " ")
            let short = excerpt.count > 16 ? String(excerpt.prefix(16)) + "……" : excerpt
            var offset = 0
            for part in parts {
                lines.append(String(part))
                origins.append(Origin(paragraph: number, offset: offset, excerpt: short))
                offset += part.count + 1
            }
            if paragraph.startsTable {
                notes.append(Diagnostic(
                    .note, code: .docxTable, message: "从这里起是表格，按行读出：每行一段，单元格之间用制表符隔开",
                    at: SourceLocation(line: number, column: 1, unit: .paragraph)))
            }
            pendingEmpty = 0
        }
        // Trailing empty paragraphs point at the last paragraph.
        for k in origins.indices.suffix(pendingEmpty) { origins[k].paragraph = max(number, 1) }
        if body.textBoxes > 0 {
            notes.append(Diagnostic(
                .note, code: .docxTextBox, message: "文档中有\(body.textBoxes)个文本框，其中的文字没有读入", at: nil,
                hint: "述职报告的正文应写在正文段落中；文本框里的内容不参与检查和导入"))
        }
        return DocumentText(text: lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), notes: notes, origins: origins)
    }

    /// `d` with its line-and-column places turned into paragraphs and
    /// columns of the Word document, and (for an error or a warning) a note
    /// with the paragraph's first characters; unchanged for a text file.
    public func locate(_ d: Diagnostic) -> Diagnostic {
        guard origins != nil else { return d }
        var copy = d
        if let range = d.range {
            copy.range = SourceRange(start: paragraphLocation(range.start), end: paragraphLocation(range.end))
        }
        copy.notes = d.notes.map { note in
            var n = note
            n.location = note.location.map(paragraphLocation)
            return n
        }
        // A note about the whole report (a missing part) needs no excerpt.
        if d.severity != .note, let start = d.range?.start, start.unit == .line, let origin = origin(ofLine: start.line),
           !origin.excerpt.isEmpty {
            copy.notes.insert(Diagnostic.Note(
                "这一段开头是“\(origin.excerpt)”", at: SourceLocation(line: origin.paragraph, column: 1, unit: .paragraph)), at: 0)
        }
        return copy
    }

    /// `locate` for each diagnostic.
    public func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] { diagnostics.map(locate) }

    private func origin(ofLine line: Int) -> Origin? {
        guard let origins, line >= 1 else { return nil }
        return line <= origins.count ? origins[line - 1] : origins.last
    }

    private func paragraphLocation(_ l: SourceLocation) -> SourceLocation {
        guard l.unit == .line, let origin = origin(ofLine: l.line) else { return l }
        let beyond = l.line > (origins?.count ?? 0)
        return SourceLocation(line: origin.paragraph, column: beyond ? 1 : origin.offset + l.column, unit: .paragraph)
    }
}

/// What a file's first bytes say it is.
enum FileSignature {
    case zip, compoundFile, pdf, rtf, archive, other

    init(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundFile
        } else if bytes.starts(with: Array("%PDF-".utf8)) {
            self = .pdf
        } else if bytes.starts(with: Array("{\\rtf".utf8)) {
            self = .rtf
        } else if bytes.starts(with: [0x1F, 0x8B]) || bytes.starts(with: Array("Rar!\u{1A}\u{07}".utf8))
                    || bytes.starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) {
            // gzip, RAR, 7z: archives that are not a Word document.
            self = .archive
        } else {
            self = .other
        }
    }
}
