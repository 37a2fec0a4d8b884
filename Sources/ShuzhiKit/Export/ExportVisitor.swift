/// One output format's walk over an `ExportDocument`: each writer
/// implements the visits and `walk` calls them in reading order, so every
/// format sees the same blocks in the same order.
protocol ExportVisitor {
    mutating func visitTitle(_ title: String)
    mutating func visitNameLine(_ line: String)
    mutating func visitHeading(level: Int, text: String, block: ExportBlock)
    mutating func visitParagraph(runIn: String?, runInLevel: Int?, text: String, block: ExportBlock)
    mutating func visitSignature(lines: [String], block: ExportBlock)
}

extension ExportVisitor {
    /// Visits the title, the name lines, then every block.
    mutating func walk(_ document: ExportDocument) {
        if let title = document.title { visitTitle(title) }
        for line in document.nameLines { visitNameLine(line) }
        for block in document.blocks {
            switch block.content {
            case .heading(let level, let text):
                visitHeading(level: level, text: text, block: block)
            case .paragraph(let runIn, let runInLevel, let text):
                visitParagraph(runIn: runIn, runInLevel: runInLevel, text: text, block: block)
            case .signature(let lines):
                visitSignature(lines: lines, block: block)
            }
        }
    }
}
