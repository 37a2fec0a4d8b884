/// The package plumbing and the fixed parts of a DOCX: content types,
/// relationships, styles, settings, font table, footers and properties.
extension DocxExporter {
    /// The kinds of part we write, with their content type and relationship type.
    enum PartType {
        case document, styles, settings, fontTable, footer, coreProperties, appProperties

        var contentType: String {
            let office = "application/vnd.openxmlformats-officedocument"
            switch self {
            case .document: return "\(office).wordprocessingml.document.main+xml"
            case .styles: return "\(office).wordprocessingml.styles+xml"
            case .settings: return "\(office).wordprocessingml.settings+xml"
            case .fontTable: return "\(office).wordprocessingml.fontTable+xml"
            case .footer: return "\(office).wordprocessingml.footer+xml"
            case .coreProperties: return "application/vnd.openxmlformats-package.core-properties+xml"
            case .appProperties: return "\(office).extended-properties+xml"
            }
        }

        var relationshipType: String {
            let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            switch self {
            case .document: return "\(office)/officeDocument"
            case .styles: return "\(office)/styles"
            case .settings: return "\(office)/settings"
            case .fontTable: return "\(office)/fontTable"
            case .footer: return "\(office)/footer"
            case .coreProperties:
                return "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
            case .appProperties: return "\(office)/extended-properties"
            }
        }

        /// Whether the package (`_rels/.rels`) rather than the main document points at it.
        var ownedByPackage: Bool { self == .document || self == .coreProperties || self == .appProperties }
    }

    /// A content part with what the package needs to declare it.
    struct PackagePart {
        var path: String
        var type: PartType
        var xml: String
        /// The relationship id; derived from the path unless a reference elsewhere needs a fixed one.
        var id: String

        init(path: String, type: PartType, xml: String, id: String? = nil) {
            self.path = path
            self.type = type
            self.xml = xml
            self.id = id ?? "rId" + path.split(separator: "/").last!.split(separator: ".").first!
        }
    }

    /// `[Content_Types].xml`: defaults for .rels and .xml, an override for every part.
    func contentTypesXML(_ parts: [PackagePart]) -> String {
        var xml = xmlDeclaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for part in parts {
            xml += "<Override PartName=\"/\(part.path)\" ContentType=\"\(part.type.contentType)\"/>"
        }
        return xml + "</Types>"
    }

    /// A relationships part. Targets are relative to the source part's folder:
    /// the package root for `_rels/.rels`, `word/` for the document's.
    func relationshipsXML(_ parts: [PackagePart]) -> String {
        var xml = xmlDeclaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for part in parts {
            let target = part.type.ownedByPackage ? part.path : String(part.path.dropFirst("word/".count))
            xml += "<Relationship Id=\"\(part.id)\" Type=\"\(part.type.relationshipType)\" Target=\"\(target)\"/>"
        }
        return xml + "</Relationships>"
    }

    /// `w:rFonts` naming one font for every script, so Word and WPS use it
    /// for Chinese (`w:eastAsia`) and for Latin letters and digits alike.
    static func fonts(_ font: GB9704.Font) -> String {
        let n = XMLText.escape(font.name)
        return "<w:rFonts w:ascii=\"\(n)\" w:eastAsia=\"\(n)\" w:hAnsi=\"\(n)\" w:cs=\"\(n)\"/>"
    }

    /// Font size in half-points, for Latin and complex scripts.
    static func size(points: Int) -> String {
        "<w:sz w:val=\"\(points * 2)\"/><w:szCs w:val=\"\(points * 2)\"/>"
    }

    /// `styles.xml`. The defaults carry the body font and size, and the grid
    /// works from them; Normal adds the two-character first-line indent.
    func stylesXML() -> String {
        let noIndent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
        func heading(_ level: Int) -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\">"
                + "<w:name w:val=\"heading \(level)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
                + "<w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
                + "<w:rPr>\(Self.fonts(GB9704.headingFont(level: level)))</w:rPr></w:style>"
        }
        func runIn(_ level: Int) -> String {
            "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"RunIn\(level)\">"
                + "<w:name w:val=\"段首标题 \(level)\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/>"
                + "<w:rPr>\(Self.fonts(GB9704.headingFont(level: level)))</w:rPr></w:style>"
        }
        let normalSpacing = options.grid == .lines
            ? "<w:spacing w:val=\"\(GB9704.tightenedSpacing)\"/>" : ""
        return xmlDeclaration
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + Self.fonts(GB9704.bodyFont)
            + "<w:kern w:val=\"2\"/>" + Self.size(points: GB9704.bodyPoints)
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault>"
            // No widow control (Chinese typesetting does not use it); no automatic
            // space between CJK and Latin or digits, which would break the 28-character grid.
            + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/>"
            + "<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/><w:jc w:val=\"both\"/>"
            + "</w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
            + "<w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"\(GB9704.bodyPoints * 40)\"/></w:pPr>"
            // Repeated from the defaults: LibreOffice sizes the character grid
            // from the Normal style's own East Asian size, not the defaults.
            + "<w:rPr>\(Self.fonts(GB9704.bodyFont))\(normalSpacing)\(Self.size(points: GB9704.bodyPoints))</w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
            + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>"
            + "</w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\">"
            + "<w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
            // Off the grid: a 22 pt title would otherwise take two character cells a character.
            + "<w:pPr><w:snapToGrid w:val=\"0\"/>\(noIndent)<w:jc w:val=\"center\"/></w:pPr>"
            + "<w:rPr>\(Self.fonts(GB9704.titleFont))\(Self.size(points: GB9704.titlePoints))</w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"NameLine\">"
            + "<w:name w:val=\"署名行\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr>\(noIndent)<w:jc w:val=\"center\"/></w:pPr>"
            + "<w:rPr>\(Self.fonts(GB9704.level2Font))</w:rPr></w:style>"
            + (1...4).map(heading).joined()
            + (1...2).map(runIn).joined()
            // GB/T 9704 7.3.5: the signature and date sit right, four characters in.
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Signature\">"
            + "<w:name w:val=\"落款\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:ind w:rightChars=\"400\" w:right=\"\(GB9704.bodyPoints * 80)\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
            + "<w:jc w:val=\"right\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\">"
            + "<w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/>"
            + "<w:pPr><w:snapToGrid w:val=\"0\"/>\(noIndent)</w:pPr>"
            + "<w:rPr>\(Self.fonts(GB9704.pageNumberFont))\(Self.size(points: GB9704.pageNumberPoints))</w:rPr>"
            + "</w:style>"
            + "</w:styles>"
    }

    /// `settings.xml`: different footers on odd and even pages, punctuation
    /// not compressed (so the grid holds), Word 2013+ compatibility.
    func settingsXML() -> String {
        xmlDeclaration
            + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:zoom w:percent=\"100\"/>"
            + "<w:defaultTabStop w:val=\"\(GB9704.bodyPoints * 20)\"/>"
            + "<w:evenAndOddHeaders/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
            + "</w:settings>"
    }

    /// `fontTable.xml`. Each GB font names its common substitute in
    /// `w:altName` and says it is a GB2312 font (`w:charset` 86), which Word
    /// uses to pick a replacement when the font is not installed; WPS and
    /// LibreOffice map these names through their own substitution tables.
    func fontTableXML() -> String {
        let fonts = [GB9704.bodyFont, GB9704.titleFont, GB9704.level1Font, GB9704.level2Font, GB9704.pageNumberFont]
            + GB9704.extraFonts
        var xml = xmlDeclaration
            + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        for font in fonts {
            xml += "<w:font w:name=\"\(XMLText.escape(font.name))\"><w:altName w:val=\"\(XMLText.escape(font.fallback))\"/>"
                + "<w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>"
        }
        return xml + "</w:fonts>"
    }

    /// A footer with the page number `— N —`, right with one character of
    /// 4号 space on odd pages, left on even ones (GB/T 9704 7.5).
    func footerXML(odd: Bool) -> String {
        let oneChar = GB9704.pageNumberPoints * 20
        let indent = odd ? "<w:ind w:right=\"\(oneChar)\"/><w:jc w:val=\"right\"/>"
            : "<w:ind w:left=\"\(oneChar)\"/><w:jc w:val=\"left\"/>"
        return xmlDeclaration
            + "<w:ftr \(wordNamespaces)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>\(indent)</w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r>"
            + "</w:p></w:ftr>"
    }

    /// `docProps/core.xml`: title, creator (the reporter) and the year as a
    /// keyword (`2024年度`); no dates, so the output is deterministic.
    func coreXML(_ metadata: ExportMetadata) -> String {
        var xml = xmlDeclaration
            + "<cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title = metadata.title { xml += "<dc:title>\(XMLText.escape(title))</dc:title>" }
        if let author = metadata.author {
            xml += "<dc:creator>\(XMLText.escape(author))</dc:creator>"
        }
        if let year = metadata.year { xml += "<cp:keywords>\(year)年度</cp:keywords>" }
        xml += "<dc:language>zh-CN</dc:language>"
        return xml + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: the application name.
    func appXML() -> String {
        xmlDeclaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>shuzhi</Application><DocSecurity>0</DocSecurity>"
            + "</Properties>"
    }
}
