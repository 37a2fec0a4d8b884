/// Writes an `ExportDocument` as Markdown that CommonMark and
/// Python-Markdown render alike: the title as `#`, parts as `##`, deeper
/// headings as `###` to `#####`, paragraphs separated by blank lines,
/// run-in headings in bold, signature lines as one paragraph with hard
/// line breaks. Text is escaped so that it never turns into markup.
public struct MarkdownExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The Markdown text, ending with a line feed.
    public func string(_ document: ExportDocument) -> String {
        var writer = MarkdownWriter()
        writer.walk(document)
        return writer.chunks.joined(separator: "\n\n") + "\n"
    }

    /// The Markdown text as UTF-8 bytes.
    public func export(_ document: ExportDocument) -> [UInt8] { Array(string(document).utf8) }

    /// `text` escaped so that CommonMark and Python-Markdown (the renderer
    /// behind MkDocs) both read it literally in a paragraph or heading, and
    /// render the same text.
    ///
    /// Python-Markdown honours a backslash only before ``\ ` * _ { } [ ] ( )
    /// > # + - . !``; other characters are written as character references,
    /// which both renderers read: `& < >` (HTML and autolinks), `| ~ = ^`
    /// (tables, strikethrough, marks, setext underlines, superscripts in
    /// common extensions). Backslashed anywhere: ``\ ` * _ [ ] { } #`` (code,
    /// emphasis, links, attribute lists, headings closing early). At the
    /// start of a line: `-`, `+`, `!` backslashed and `:` as a reference
    /// (lists, thematic breaks, admonitions, definition lists), and the `.`
    /// or `)` after leading digits (ordered lists such as `1. `). Leading
    /// spaces, which would make a code block, are dropped; a line break
    /// becomes a hard break (two spaces before it, which both read); an
    /// empty line, which would end the paragraph, is dropped.
    static func escape(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let escaped = escapeLine(line.drop { $0 == " " || $0 == "\t" })
            if !escaped.isEmpty { lines.append(escaped) }
        }
        return lines.joined(separator: "  \n")
    }

    private static func escapeLine(_ line: Substring) -> String {
        var out = ""
        var atStart = true
        var leadingDigits = true
        for scalar in line.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|": out += "&#124;"
            case "~": out += "&#126;"
            case "=": out += "&#61;"
            case "^": out += "&#94;"
            case ":" where atStart: out += "&#58;"
            case "\\", "`", "*", "_", "[", "]", "{", "}", "#":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "-" where atStart, "+" where atStart, "!" where atStart:
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "." where leadingDigits && !atStart, ")" where leadingDigits && !atStart:
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if !ControlCharacters.isRemoved(scalar) { out.unicodeScalars.append(scalar) }
            }
            if !("0"..."9").contains(scalar) { leadingDigits = false }
            atStart = false
        }
        return out
    }

    /// A run-in heading in bold. CommonMark closes `**` after punctuation
    /// only when punctuation or a space follows, which Chinese text
    /// (`。**强化`) rarely gives: so the sentence mark that ends a run-in
    /// heading goes after the closing `**`, where it lets the emphasis close.
    /// When the heading still ends in punctuation (`（一）`), `<strong>` is
    /// used instead, which CommonMark passes through as inline HTML.
    static func bold(_ runIn: String) -> String {
        var core = Substring(runIn)
        var tail = ""
        while let last = core.last, "。，、；：！？ ".contains(last) {
            tail = String(last) + tail
            core = core.dropLast()
        }
        guard let last = core.last else { return escape(runIn) }
        if last.isPunctuation || last.isSymbol {
            return "<strong>" + escape(String(core)) + "</strong>" + escape(tail)
        }
        return "**" + escape(String(core)) + "**" + escape(tail)
    }
}

/// The visitor that writes Markdown blocks.
struct MarkdownWriter: ExportVisitor {
    var chunks: [String] = []

    mutating func visitTitle(_ title: String) {
        chunks.append("# " + MarkdownExporter.escape(title.replacing("\n", with: " ")))
    }

    mutating func visitNameLine(_ line: String) { chunks.append(MarkdownExporter.escape(line)) }

    mutating func visitHeading(level: Int, text: String, block: ExportBlock) {
        let hashes = String(repeating: "#", count: min(max(level, 1), 5) + 1)
        // An ATX heading is one line: a line break inside becomes a space.
        let oneLine = text.replacing("\n", with: " ")
        chunks.append(hashes + " " + MarkdownExporter.escape(oneLine))
    }

    mutating func visitParagraph(runIn: String?, runInLevel: Int?, text: String, block: ExportBlock) {
        var line = ""
        if let runIn, !runIn.isEmpty { line = MarkdownExporter.bold(runIn) }
        line += MarkdownExporter.escape(text)
        chunks.append(line)
    }

    mutating func visitSignature(lines: [String], block: ExportBlock) {
        chunks.append(lines.map(MarkdownExporter.escape).filter { !$0.isEmpty }.joined(separator: "  \n"))
    }
}
