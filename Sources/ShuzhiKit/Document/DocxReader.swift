/// Reads a Word document (.docx, WordprocessingML in a ZIP package) into
/// its body's paragraphs as a reader sees them.
///
/// - Runs are joined; `w:tab` is a tab, `w:br` and `w:cr` start a new line.
/// - Soft hyphens, hidden text (`w:vanish`) and field codes are not shown,
///   only field results.
/// - Automatic numbering from `numbering.xml`, given directly or through
///   the paragraph's style, is written before the text as Word shows it.
/// - Tracked changes read as accepted: insertions kept, deletions (and
///   text moved away) dropped, a deleted paragraph mark joins two paragraphs.
/// - Comments, footnotes, endnotes, headers and footers are other parts and
///   are not read; text boxes are left out (and counted).
/// - A table is read row by row, one line a row, its cells separated by tabs.
struct DocxReader {
    /// One line of the body: a paragraph, or a table row.
    struct Paragraph: Sendable, Hashable {
        /// The text; may hold `\n` where Word shows a line break.
        var text: String
        /// Whether this is a table row.
        var isTableRow = false
        /// Whether this row is a table's first.
        var startsTable = false
    }

    /// What a document holds, besides its paragraphs.
    struct Body: Sendable {
        var paragraphs: [Paragraph] = []
        /// Text boxes left out.
        var textBoxes = 0
    }

    /// Why a document was refused.
    enum Failure: Error, Equatable, Sendable {
        case zip(ZipArchive.Failure)
        /// A ZIP without a WordprocessingML document; the string names what it is, when known.
        case notWord(String?)
        /// A part's XML was refused.
        case xml(part: String, XMLTokenizer.Failure)
    }

    /// Reads the body of the document in `bytes` (a ZIP package).
    static func read(_ bytes: [UInt8], limits: ZipArchive.Limits = .init()) throws(Failure) -> Body {
        var zip: ZipArchive
        do throws(ZipArchive.Failure) { zip = try ZipArchive(bytes, limits: limits) } catch { throw .zip(error) }
        func part(_ name: String) throws(Failure) -> [UInt8]? {
            do throws(ZipArchive.Failure) { return try zip.read(name) } catch { throw .zip(error) }
        }
        // The main part is named by the package relationships; word/document.xml by convention.
        var main = "word/document.xml"
        if let rels = try part("_rels/.rels") {
            let targets = try relationships(rels, part: "_rels/.rels", source: "")
            if let t = targets.first(where: { $0.type.hasSuffix("/officeDocument") }) { main = t.target }
        }
        guard let document = try part(main) else {
            if let mime = try? zip.read("mimetype"), String(decoding: mime, as: UTF8.self).contains("opendocument") {
                throw .notWord("OpenDocument文档（.odt）")
            }
            if zip.contains("xl/workbook.xml") { throw .notWord("Excel表格（.xlsx）") }
            if zip.contains("ppt/presentation.xml") { throw .notWord("PowerPoint演示文稿（.pptx）") }
            throw .notWord(nil)
        }
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        var numberingName = (folder.isEmpty ? "" : folder + "/") + "numbering.xml"
        var stylesName = (folder.isEmpty ? "" : folder + "/") + "styles.xml"
        let relsName = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (main.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        if let rels = try part(relsName) {
            for t in try relationships(rels, part: relsName, source: folder) {
                if t.type.hasSuffix("/numbering") { numberingName = t.target }
                if t.type.hasSuffix("/styles") { stylesName = t.target }
            }
        }
        var styles = WordStyles()
        if let bytes = try part(stylesName) {
            do throws(XMLTokenizer.Failure) { styles = try WordStyles(bytes) } catch { throw .xml(part: stylesName, error) }
        }
        var numbering = WordNumbering()
        if let bytes = try part(numberingName) {
            do throws(XMLTokenizer.Failure) { numbering = try WordNumbering(bytes) } catch { throw .xml(part: numberingName, error) }
        }
        do throws(XMLTokenizer.Failure) {
            var walker = BodyWalker(styles: styles, numbering: numbering)
            return try walker.walk(document)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .xml(part: main, error)
        }
    }

    /// The relationships of a part: type and target, the target resolved against `source`'s folder.
    static func relationships(_ bytes: [UInt8], part: String, source: String) throws(Failure) -> [(type: String, target: String)] {
        var out: [(String, String)] = []
        do throws(XMLTokenizer.Failure) {
            var xml = try XMLTokenizer(bytes)
            xml.wantsText = false
            while let event = try xml.next() {
                guard case .start(let name, let a) = event, name.local == "Relationship" else { continue }
                let type = a.first { $0.name.local == "Type" }?.value ?? ""
                let target = a.first { $0.name.local == "Target" }?.value ?? ""
                let mode = a.first { $0.name.local == "TargetMode" }?.value
                if mode == "External" { continue }
                out.append((type, resolve(target, from: source)))
            }
        } catch {
            throw .xml(part: part, error)
        }
        return out
    }

    /// A relationship target as a part name: `/word/x.xml` is absolute, `x.xml` relative to `folder`.
    static func resolve(_ target: String, from folder: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for s in target.split(separator: "/") {
            if s == "." || s.isEmpty { continue }
            if s == ".." { _ = segments.popLast() } else { segments.append(s) }
        }
        return segments.joined(separator: "/")
    }
}

/// Walks `document.xml` once, building paragraphs.
struct BodyWalker {
    var styles: WordStyles
    var numbering: WordNumbering
    var body = DocxReader.Body()

    // Subtrees read for nothing (deleted text, field codes, property changes, text boxes…).
    private var skipDepth = 0
    // The paragraph being read.
    private var inParagraph = 0
    private var text = ""
    private var numId: Int?
    private var ilvl: Int?
    private var style: String?
    private var markDeleted = false
    private var inPPr = false
    private var inNumPr = false
    private var inParagraphMarkProperties = false
    // Text of paragraphs whose mark was deleted, waiting to join the next one.
    private var carried = ""
    // The run being read.
    private var inRun = false
    private var inRunProperties = false
    private var hidden = false
    private var inText = false
    /// Open complex fields: whether each is still in its code (before `separate`).
    private var fields: [Bool] = []
    // Tables.
    private var tableDepth = 0
    private var rowPieces: [String] = []
    private var rowIsFirst = false

    init(styles: WordStyles, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    /// Elements whose content a reader never sees in the body.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "delInstrText", "instrText", "pPrChange", "rPrChange", "sectPr",
        "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "sdtPr", "sdtEndPr",
        "tblPr", "tblGrid", "trPr", "tcPr", "customXmlPr", "smartTagPr", "fldData", "object", "rt",
    ]

    mutating func walk(_ bytes: [UInt8]) throws(XMLTokenizer.Failure) -> DocxReader.Body {
        var xml = try XMLTokenizer(bytes)
        var sawDocument = false
        while let event = try xml.next() {
            switch event {
            case .start(let name, let attributes):
                if !sawDocument {
                    guard WordML.isMain(name), name.local == "document" else {
                        throw XMLTokenizer.Failure(reason: "根元素不是Word文档的“w:document”", offset: 0)
                    }
                    sawDocument = true
                    continue
                }
                if skipDepth > 0 { skipDepth += 1; continue }
                if name.uri == WordML.markupCompatibility && name.local == "Fallback" { skipDepth = 1; continue }
                guard WordML.isMain(name) else { continue }
                start(name.local, attributes)
            case .end(let name):
                if skipDepth > 0 { skipDepth -= 1; continue }
                guard WordML.isMain(name) else { continue }
                end(name.local)
            case .text(let s):
                if skipDepth == 0 && inText && inRun && !hidden && !fields.contains(true) {
                    // A soft hyphen is shown only where Word breaks the line there.
                    text += s.contains("\u{AD}") ? s.replacing("\u{AD}", with: "") : s
                }
            }
        }
        if !carried.isEmpty { body.paragraphs.append(.init(text: carried)) }
        return body
    }

    private mutating func start(_ local: String, _ a: [XMLTokenizer.Attribute]) {
        if inParagraphMarkProperties && (local == "del" || local == "moveFrom") { markDeleted = true }
        if Self.skipped.contains(local) { skipDepth = 1; return }
        if local == "txbxContent" {
            body.textBoxes += 1
            skipDepth = 1
            return
        }
        if inPPr {
            switch local {
            case "pStyle" where !inParagraphMarkProperties: style = WordML.attribute(a)
            case "numPr": inNumPr = true
            case "numId" where inNumPr: numId = WordML.attribute(a).flatMap { Int($0) } ?? 0
            case "ilvl" where inNumPr: ilvl = WordML.attribute(a).flatMap { Int($0) }
            case "rPr": inParagraphMarkProperties = true
            default: break
            }
            return
        }
        if inRunProperties {
            if local == "vanish" || local == "specVanish" { hidden = WordML.isOn(a) }
            return
        }
        switch local {
        case "p":
            inParagraph += 1
            if inParagraph == 1 {
                text = ""
                numId = nil
                ilvl = nil
                style = nil
                markDeleted = false
            }
        case "pPr" where inParagraph > 0: inPPr = true
        case "r":
            inRun = true
            hidden = false
        case "rPr" where inRun: inRunProperties = true
        case "t" where inRun: inText = true
        case "tab", "ptab": if inRun && visible { text += "\t" }
        case "br", "cr": if inRun && visible { text += "\n" }
        case "noBreakHyphen": if inRun && visible { text += "-" }
        case "sym" where inRun:
            if visible, let hex = WordML.attribute(a, "char"), let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v),
               !(0xE000...0xF8FF).contains(v) {
                text.unicodeScalars.append(s)
            }
        case "fldChar":
            switch WordML.attribute(a, "fldCharType") {
            case "begin": fields.append(true)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
            case "end": _ = fields.popLast()
            default: break
            }
        case "tbl":
            tableDepth += 1
            if tableDepth == 1 { rowIsFirst = true }
        case "tr" where tableDepth == 1: rowPieces = []
        default: break
        }
    }

    private var visible: Bool { !hidden && !fields.contains(true) }

    private mutating func end(_ local: String) {
        if inPPr {
            switch local {
            case "pPr": inPPr = false
            case "numPr": inNumPr = false
            case "rPr": inParagraphMarkProperties = false
            default: break
            }
            return
        }
        if inRunProperties {
            if local == "rPr" { inRunProperties = false }
            return
        }
        switch local {
        case "p":
            inParagraph -= 1
            if inParagraph == 0 { finishParagraph() }
        case "r":
            inRun = false
            hidden = false
        case "t": inText = false
        case "tr" where tableDepth == 1:
            let line = rowPieces.filter { !$0.isEmpty }.joined(separator: "\t")
            body.paragraphs.append(.init(text: line, isTableRow: true, startsTable: rowIsFirst))
            rowIsFirst = false
            rowPieces = []
        case "tbl": tableDepth = max(0, tableDepth - 1)
        default: break
        }
    }

    private mutating func finishParagraph() {
        // Numbering given directly, else by the style chain; numId 0 removes it.
        var list = numId
        var level = ilvl
        if list == nil, let s = style ?? styles.defaultParagraphStyle, let inherited = styles.numbering(of: s) {
            list = inherited.numId
            if level == nil {
                level = inherited.ilvl ?? numbering.level(forStyle: s, numId: inherited.numId, styles: styles)
            }
        }
        var line = carried + text
        carried = ""
        if markDeleted {
            // Accepting the deletion of this paragraph's mark joins it to the next paragraph.
            carried = line
            return
        }
        if let list, list != 0, let number = numbering.next(numId: list, ilvl: level ?? 0, styles: styles) {
            line = number + line
        }
        if tableDepth > 0 {
            rowPieces.append(line.replacing("\n", with: "\t"))
        } else {
            body.paragraphs.append(.init(text: line))
        }
    }
}
