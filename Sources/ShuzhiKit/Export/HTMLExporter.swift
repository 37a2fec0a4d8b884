/// Writes an `ExportDocument` as one self-contained HTML page: no external
/// files, the same hierarchy as the report (`h1` title, `h2` parts, `h3` to
/// `h5` deeper headings, `p` paragraphs), and print CSS that sets the
/// GB/T 9704 page: A4, the same margins and fonts as the Word document,
/// 22 lines of 28 characters, page numbers `— 1 —` where the browser
/// supports page-margin boxes.
public struct HTMLExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The page as a string.
    public func string(_ document: ExportDocument) -> String {
        var writer = HTMLWriter()
        writer.walk(document)
        var head = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        head += "<title>\(XMLText.escape(document.metadata.title ?? document.title ?? "述职报告"))</title>\n"
        if let author = document.metadata.author {
            head += "<meta name=\"author\" content=\"\(XMLText.escape(author))\">\n"
        }
        if let year = document.metadata.year {
            head += "<meta name=\"keywords\" content=\"\(year)年度\">\n"
        }
        head += "<meta name=\"generator\" content=\"shuzhi\">\n"
        head += "<style>\n\(Self.css)</style>\n</head>\n<body>\n<main>\n"
        writer.closeHeader()
        return head + writer.html + "</main>\n</body>\n</html>\n"
    }

    /// The page as UTF-8 bytes.
    public func export(_ document: ExportDocument) -> [UInt8] { Array(string(document).utf8) }

    static func fontList(_ font: GB9704.Font, generic: String) -> String {
        "\"\(font.name)\", \"\(font.fallback)\", \(generic)"
    }

    /// The GB/T 9704 page as the Word document sets it (GB9704): body 16 pt
    /// on a 28.95 pt line pitch, 22 lines in the 225 mm type area; each
    /// character 0.25 pt tighter, so 28 fit in the 156 mm line; a first-line
    /// indent of two characters. As in the Word document: no widow or orphan
    /// control, headings kept with what follows, no extra space between
    /// Chinese and Latin letters or digits, full-width punctuation never
    /// squeezed. The body has no margin of its own: in print the page
    /// margins are the `@page` ones, exactly. On screen the column is the
    /// type area on a sheet.
    static let css: String = {
        let body = fontList(GB9704.bodyFont, generic: "\"FangSong\", \"STFangsong\", serif")
        let title = fontList(GB9704.titleFont, generic: "\"SimSun\", \"Songti SC\", serif")
        let h1 = fontList(GB9704.level1Font, generic: "\"Heiti SC\", sans-serif")
        let h2 = fontList(GB9704.level2Font, generic: "\"KaiTi\", \"STKaiti\", serif")
        let number = fontList(GB9704.pageNumberFont, generic: "serif")
        let line = points(twips: GB9704.linePitch)
        let tighter = points(twips: GB9704.tightenedSpacing)
        return """
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            @page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt \(number); margin-right: 14pt; } }
            @page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt \(number); margin-left: 14pt; } }
            html { background: #eee; }
            body { margin: 0; padding: 0; }
            main { box-sizing: content-box; width: 156mm; margin: 1em auto; padding: 37mm 26mm 35mm 28mm; background: #fff; }
            main { font-family: \(body); font-size: 16pt; line-height: \(line); letter-spacing: \(tighter); text-align: justify; }
            main { orphans: 1; widows: 1; text-autospace: no-autospace; text-spacing-trim: space-all; }
            h1, h2, h3, h4, h5, p { margin: 0; font-size: 16pt; font-weight: normal; }
            h2, h3, h4, h5 { break-after: avoid; }
            header { margin-bottom: \(line); }
            h1.title { font-family: \(title); font-size: 22pt; letter-spacing: 0; text-align: center; }
            p.name { text-align: center; text-indent: 0; font-family: \(h2); }
            h2, h3, h4, h5, p { text-indent: 2em; }
            h2, .runin1 { font-family: \(h1); }
            h3, .runin2 { font-family: \(h2); }
            .signature { margin-top: \(line); text-align: right; text-indent: 0; padding-right: 4em; }
            @media print {
              html { background: none; }
              main { width: auto; margin: 0; padding: 0; }
            }

            """
    }()

    /// Twips as CSS points (1 pt = 20 twips), as short as exact: `28.95pt`.
    static func points(twips: Int) -> String {
        let hundredths = twips * 5
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        var fraction = String(abs(hundredths) % 100)
        if fraction.count < 2 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction) + "pt"
    }
}

/// The visitor that writes the page's body.
struct HTMLWriter: ExportVisitor {
    var html = ""
    /// Whether a `<header>` holding the title and name lines is open.
    private var inHeader = false

    private mutating func openHeader() {
        if !inHeader { html += "<header>\n" }
        inHeader = true
    }

    /// Closes the title block before the first body block (and at the end).
    mutating func closeHeader() {
        if inHeader { html += "</header>\n" }
        inHeader = false
    }

    /// Escaped text; a line break inside becomes `<br>`.
    private func text(_ s: String) -> String {
        XMLText.escape(s).replacing("\n", with: "<br>")
    }

    mutating func visitTitle(_ title: String) {
        openHeader()
        html += "<h1 class=\"title\">\(text(title))</h1>\n"
    }

    mutating func visitNameLine(_ line: String) {
        openHeader()
        html += "<p class=\"name\">\(text(line))</p>\n"
    }

    mutating func visitHeading(level: Int, text heading: String, block: ExportBlock) {
        closeHeader()
        let tag = "h\(min(max(level, 1), 4) + 1)"
        html += "<\(tag)>\(text(heading))</\(tag)>\n"
    }

    mutating func visitParagraph(runIn: String?, runInLevel: Int?, text body: String, block: ExportBlock) {
        closeHeader()
        html += "<p>"
        if let runIn, !runIn.isEmpty {
            let level = runInLevel.map { min(max($0, 1), 4) }
            html += "<span class=\"runin" + (level.map { " runin\($0)" } ?? "") + "\">"
            html += text(runIn) + "</span>"
        }
        html += text(body) + "</p>\n"
    }

    mutating func visitSignature(lines: [String], block: ExportBlock) {
        closeHeader()
        html += "<p class=\"signature\">" + lines.map(text).joined(separator: "<br>") + "</p>\n"
    }
}
