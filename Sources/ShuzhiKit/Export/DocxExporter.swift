/// Writes an `ExportDocument` as a Word document (.docx, Office Open XML
/// WordprocessingML) laid out to GB/T 9704-2012, the format of Chinese
/// official documents that 述职报告 are handed in as.
///
/// The package is built by our own code: XML parts in a ZIP with stored
/// entries and fixed timestamps, so the same document always gives the same
/// bytes. Word, WPS and LibreOffice open it. The page: A4, margins
/// 37/35/28/26 mm, 22 lines of 28 characters in 3号 仿宋_GB2312 through the
/// document grid, title 2号 方正小标宋简体 centred, `一、` headings 黑体,
/// `（一）` headings 楷体_GB2312, page numbers `— 1 —` in 4号 宋体, right on
/// odd pages and left on even ones. See `GB9704` for the numbers.
public struct DocxExporter: Sendable {
    /// How the 28 characters a line are obtained.
    public enum Grid: String, Sendable, Hashable {
        /// The document grid with lines and characters (`w:docGrid
        /// w:type="linesAndChars"`), as GB/T 9704 templates for Word and WPS
        /// set it: Word's page setup then shows 22 lines of 28 characters.
        case linesAndChars
        /// A 22-line grid and the body's character spacing tightened by
        /// 0.25 pt, for LibreOffice: LibreOffice 7.4 puts each 16 pt
        /// character of a character grid narrower than 16 pt into two cells,
        /// which leaves 14 characters a line. Word and WPS also lay this out
        /// as 28 characters a line.
        case lines
    }

    /// How to write the document.
    public struct Options: Sendable, Hashable {
        /// The grid. `.lines` by default: it gives 28 characters a line in
        /// Word, WPS and LibreOffice alike, which the character grid does not.
        public var grid: Grid

        /// Creates options.
        public init(grid: Grid = .lines) {
            self.grid = grid
        }
    }

    /// The options this exporter writes with.
    public var options: Options

    /// Creates an exporter.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The .docx file's bytes.
    public func export(_ document: ExportDocument) -> [UInt8] {
        var zip = ZipWriter()
        for part in parts(document) {
            zip.add(part.path, Array(part.xml.utf8))
        }
        return zip.finish()
    }

    /// One part of the package: its path in the ZIP and its XML.
    struct Part {
        var path: String
        var xml: String
    }

    /// Every part, `[Content_Types].xml` first (as Word writes it, and some
    /// readers sniff for it there).
    func parts(_ document: ExportDocument) -> [Part] {
        let content: [PackagePart] = [
            .init(path: "word/document.xml", type: .document, xml: documentXML(document)),
            .init(path: "word/styles.xml", type: .styles, xml: stylesXML()),
            .init(path: "word/settings.xml", type: .settings, xml: settingsXML()),
            .init(path: "word/fontTable.xml", type: .fontTable, xml: fontTableXML()),
            .init(path: "word/footer1.xml", type: .footer, xml: footerXML(odd: true), id: "rIdFooterOdd"),
            .init(path: "word/footer2.xml", type: .footer, xml: footerXML(odd: false), id: "rIdFooterEven"),
            .init(path: "docProps/core.xml", type: .coreProperties, xml: coreXML(document.metadata)),
            .init(path: "docProps/app.xml", type: .appProperties, xml: appXML()),
        ]
        var result = [Part(path: "[Content_Types].xml", xml: contentTypesXML(content))]
        result.append(Part(path: "_rels/.rels", xml: relationshipsXML(content.filter { $0.type.ownedByPackage })))
        result.append(
            Part(path: "word/_rels/document.xml.rels",
                 xml: relationshipsXML(content.filter { !$0.type.ownedByPackage && $0.type != .document })))
        result += content.map { Part(path: $0.path, xml: $0.xml) }
        return result
    }

    /// The main document part: one `w:p` per title, name line and block, then the section properties.
    func documentXML(_ document: ExportDocument) -> String {
        var writer = DocxBodyWriter()
        writer.walk(document)
        return xmlDeclaration
            + "<w:document \(wordNamespaces)><w:body>"
            + writer.xml
            + sectionPropertiesXML()
            + "</w:body></w:document>"
    }

    /// Page size, margins, the two footers and the grid.
    func sectionPropertiesXML() -> String {
        "<w:sectPr>"
            + "<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
            + "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
            + "<w:pgSz w:w=\"\(GB9704.pageWidth)\" w:h=\"\(GB9704.pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(GB9704.marginTop)\" w:right=\"\(GB9704.marginRight)\""
            + " w:bottom=\"\(GB9704.marginBottom)\" w:left=\"\(GB9704.marginLeft)\""
            + " w:header=\"851\" w:footer=\"\(GB9704.footerDistance)\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"425\"/>"
            + gridXML()
            + "</w:sectPr>"
    }

    /// 22 lines of 28 characters; see `GB9704.linePitch` and `.charSpace`.
    func gridXML() -> String {
        switch options.grid {
        case .linesAndChars:
            "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"\(GB9704.linePitch)\""
                + " w:charSpace=\"\(GB9704.charSpace)\"/>"
        case .lines:
            "<w:docGrid w:type=\"lines\" w:linePitch=\"\(GB9704.linePitch)\"/>"
        }
    }
}

/// The visitor that writes the body paragraphs of document.xml.
struct DocxBodyWriter: ExportVisitor {
    var xml = ""
    /// Whether the title block (title and name lines) still needs its closing blank line.
    private var openTitleBlock = false

    mutating func visitTitle(_ title: String) {
        paragraph(style: "Title", runs: [run(title)])
        openTitleBlock = true
    }

    mutating func visitNameLine(_ line: String) {
        paragraph(style: "NameLine", runs: [run(line)])
        openTitleBlock = true
    }

    mutating func visitHeading(level: Int, text: String, block: ExportBlock) {
        closeTitleBlock()
        paragraph(style: "Heading\(DocxBodyWriter.clamp(level))", runs: [run(text)])
    }

    mutating func visitParagraph(runIn: String?, runInLevel: Int?, text: String, block: ExportBlock) {
        closeTitleBlock()
        var runs: [String] = []
        if let runIn, !runIn.isEmpty {
            let style = runInLevel.map { DocxBodyWriter.clamp($0) }.flatMap { $0 <= 2 ? "RunIn\($0)" : nil }
            runs.append(run(runIn, characterStyle: style))
        }
        if !text.isEmpty { runs.append(run(text)) }
        paragraph(style: nil, runs: runs)
    }

    mutating func visitSignature(lines: [String], block: ExportBlock) {
        closeTitleBlock()
        xml += "<w:p/>"  // GB/T 9704: a blank line before the signature
        for line in lines { paragraph(style: "Signature", runs: [run(line)]) }
    }

    /// A blank line between the title block and the body, as in every printed report.
    private mutating func closeTitleBlock() {
        if openTitleBlock {
            xml += "<w:p/>"
            openTitleBlock = false
        }
    }

    /// Heading levels 1 to 4 have styles; deeper levels share level 4's.
    static func clamp(_ level: Int) -> Int { min(max(level, 1), 4) }

    private mutating func paragraph(style: String?, runs: [String]) {
        xml += "<w:p>"
        if let style { xml += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
        xml += runs.joined()
        xml += "</w:p>"
    }

    /// One run; a line break inside the text becomes `w:br` and a tab
    /// `w:tab` (Word shows a tab inside `w:t` as a space).
    private func run(_ text: String, characterStyle: String? = nil) -> String {
        var out = "<w:r>"
        if let characterStyle { out += "<w:rPr><w:rStyle w:val=\"\(characterStyle)\"/></w:rPr>" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            if i > 0 { out += "<w:br/>" }
            for (j, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if j > 0 { out += "<w:tab/>" }
                if piece.isEmpty { continue }
                let preserve = piece.first!.isWhitespace || piece.last!.isWhitespace
                out += preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>"
                out += XMLText.escape(String(piece)) + "</w:t>"
            }
        }
        return out + "</w:r>"
    }
}

let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
let wordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
