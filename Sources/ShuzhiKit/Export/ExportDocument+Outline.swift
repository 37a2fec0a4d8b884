extension ExportDocument {
    /// The export model of a report read by the outline reader, so that
    /// every format shows the same headings, items and paragraphs.
    ///
    /// Part headings become level-1 headings; an item numbered `（一）` with
    /// a heading sentence becomes a paragraph whose run-in heading is set
    /// as level 2 (楷体 in Word); a `（一）` line with no body is a level-2
    /// heading, and so is a lead numbered `（一）` (存在的问题, 原因分析);
    /// everything else is a body paragraph.
    public init(outline: Outline, author: String? = nil, year: Int? = nil) {
        var blocks: [ExportBlock] = []
        var headingLines: [Int: Int] = [:]
        var runIns: [Int: (String, String)] = [:]
        for part in outline.parts {
            if part.headingMarker != nil { headingLines[part.location.line] = 1 }
            // A lead that is a numbered sub-heading (（一）存在的问题, （二）原因分析。一是……)
            // is set like an item's heading.
            if let lead = part.lead, !lead.contains("\n"), lead.count <= 30, !lead.dropLast().contains("。"),
               NumberingMarkers.leading(Substring(lead))?.style == .chineseParen,
               let p = part.paragraphs.first(where: { $0.text.hasPrefix(lead) }) {
                if p.text == lead { headingLines[p.location.line] = 2 } else { runIns[p.location.line] = (lead, String(p.text.dropFirst(lead.count))) }
            }
            for item in part.items {
                guard let m = item.marker, m.style == .chineseParen, item.location.column == outline.paragraphs.first(where: { $0.location.line == item.location.line })?.location.column else { continue }
                if item.subitemsSeparate {
                    headingLines[item.location.line] = 2
                } else if let heading = item.heading {
                    runIns[item.location.line] = (m.text + heading, item.body + item.subitems.map { ($0.marker?.text ?? "") + $0.body }.joined())
                } else if item.body.count <= 30 && !item.body.contains("。") && item.subitems.isEmpty {
                    headingLines[item.location.line] = 2
                }
            }
        }
        let skip = Set([outline.title, outline.nameLine].compactMap { $0?.location.line } + outline.signature.map(\.location.line))
        for p in outline.paragraphs where !skip.contains(p.location.line) {
            let line = p.location.line
            if let level = headingLines[line] {
                blocks.append(.heading(level: level, text: p.text, line: line))
            } else if let (runIn, rest) = runIns[line], p.text == runIn + rest {
                blocks.append(.paragraph(runIn: runIn, runInLevel: 2, text: rest, line: line))
            } else {
                blocks.append(.paragraph(runIn: nil, runInLevel: nil, text: p.text, line: line))
            }
        }
        if !outline.signature.isEmpty {
            blocks.append(.signature(lines: outline.signature.map(\.text), line: outline.signature[0].location.line))
        }
        self.init(
            title: outline.title?.text, nameLines: outline.nameLine.map { [$0.text] } ?? [], blocks: blocks,
            metadata: ExportMetadata(title: outline.title?.text, author: author, year: year))
    }
}
