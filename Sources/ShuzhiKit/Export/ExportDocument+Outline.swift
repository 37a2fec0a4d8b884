extension ExportDocument {
    /// The export model of a report read by the outline reader, so that
    /// every format shows the same headings, items and paragraphs.
    ///
    /// Part headings become level-1 headings; an item numbered `（一）` with
    /// a heading sentence becomes a paragraph whose run-in heading is set
    /// as level 2 (楷体 in Word); a `（一）` line with no body is a level-2
    /// heading, and so is a lead numbered `（一）` (存在的问题, 原因分析);
    /// everything else is a body paragraph. Where each of these is comes
    /// from the outline's ranges: nothing is found again by its words.
    public init(outline: Outline, author: String? = nil, year: Int? = nil) {
        var headingLines: [Int: Int] = [:]
        /// Lines whose first `Int` characters are a run-in heading.
        var runIns: [Int: Int] = [:]
        var byLine: [Int: Outline.Paragraph] = [:]
        for p in outline.paragraphs { byLine[p.location.line] = p }
        /// Whether `r` is all of its paragraph.
        func isWholeParagraph(_ r: SourceRange) -> Bool {
            guard let p = byLine[r.start.line] else { return false }
            return r.start == p.range.start && r.end == p.range.end
        }
        for part in outline.parts {
            if part.heading != nil, part.headingRange != nil, part.headingMarker != nil || part.evidence.source == .heading {
                headingLines[part.location.line] = 1
            }
            // A lead that is a numbered sub-heading (（一）存在的问题, （二）原因分析。一是……)
            // is set like an item's heading.
            if part.leadRanges.count == 1, let lead = part.lead, let r = part.leadRanges.first,
               lead.count <= 30, !lead.dropLast().contains("。"),
               NumberingMarkers.leading(Substring(lead))?.style == .chineseParen, let p = byLine[r.start.line], r.start == p.range.start {
                if isWholeParagraph(r) { headingLines[r.start.line] = 2 } else { runIns[r.start.line] = r.end.column - r.start.column }
            }
            for item in part.items {
                guard let m = item.marker, m.style == .chineseParen, let p = byLine[item.location.line], item.location == p.location else { continue }
                if item.subitemsSeparate {
                    headingLines[item.location.line] = 2
                } else if let h = item.headingRange, h.start.line == item.location.line {
                    runIns[item.location.line] = h.end.column - p.location.column
                } else if item.body.count <= 30 && !item.body.contains("。") && item.subitems.isEmpty {
                    headingLines[item.location.line] = 2
                }
            }
        }
        let skip = Set(
            [outline.title, outline.titleContinuation, outline.nameLine].compactMap { $0?.location.line }
                + outline.signature.map(\.location.line) + outline.appendix.map(\.location.line))
        var blocks: [ExportBlock] = []
        for p in outline.paragraphs where !skip.contains(p.location.line) {
            let line = p.location.line
            if let level = headingLines[line] {
                blocks.append(.heading(level: level, text: p.text, line: line))
            } else if let n = runIns[line], n > 0, n < p.length {
                let chars = Array(p.text)
                blocks.append(.paragraph(runIn: String(chars[..<n]), runInLevel: 2, text: String(chars[n...]), line: line))
            } else {
                blocks.append(.paragraph(runIn: nil, runInLevel: nil, text: p.text, line: line))
            }
        }
        if !outline.signature.isEmpty {
            blocks.append(.signature(lines: outline.signature.map(\.text), line: outline.signature[0].location.line))
        }
        // An appendix (附：……) follows the signature as the report has it.
        for p in outline.appendix { blocks.append(.paragraph(runIn: nil, runInLevel: nil, text: p.text, line: p.location.line)) }
        let title = [outline.title?.text, outline.titleContinuation?.text].compactMap { $0 }
        self.init(
            title: title.isEmpty ? nil : title.joined(separator: "\n"), nameLines: outline.nameLine.map { [$0.text] } ?? [],
            blocks: blocks, metadata: ExportMetadata(title: title.isEmpty ? nil : title.joined(), author: author, year: year))
    }
}
