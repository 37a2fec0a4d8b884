/// Finds where a text of the input file is in the report it was imported
/// from, so that a note about a figure points at the figure.
///
/// Texts come in document order, so the search goes on from the last
/// paragraph found; a text split over lines (an opening after a
/// self-introduction) is looked up by the line holding the figure. The
/// last text is remembered: its figures are located without searching again.
struct FigureLocator {
    let paragraphs: [Outline.Paragraph]
    private var next = 0
    private var lastText: String?
    /// For the last text: each line's start (in Characters) and where it was found.
    private var lines: [(start: Int, at: SourceLocation?)] = []

    init(paragraphs: [Outline.Paragraph]) { self.paragraphs = paragraphs }

    /// The place of the Character at `offset` of `text`; `nil` when the
    /// text is not found.
    mutating func locate(_ text: String, offset: Int) -> SourceLocation? {
        if text != lastText {
            lastText = text
            lines = []
            var start = 0
            for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append((start, find(String(piece))))
                start += piece.count + 1
            }
        }
        // The last line starting at or before `offset`.
        var lo = 0, hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].start <= offset { lo = mid } else { hi = mid - 1 }
        }
        guard let at = lines[lo].at else { return nil }
        return SourceLocation(line: at.line, column: at.column + offset - lines[lo].start)
    }

    /// Where `line` starts in the paragraphs, searching on from the last one found.
    private mutating func find(_ line: String) -> SourceLocation? {
        for k in Array(paragraphs.indices.dropFirst(next)) + Array(paragraphs.indices.prefix(next)) {
            let p = paragraphs[k]
            guard let r = p.text.firstUTF8Range(of: line) else { continue }
            next = k
            return SourceLocation(line: p.location.line, column: p.location.column + p.text.distance(from: p.text.startIndex, to: r.lowerBound))
        }
        return nil
    }
}
