/// The one document model every exporter reads: a report's title, the lines
/// under it, and its blocks in order.
///
/// The integrator builds it from the report's outline (Sources/ShuzhiKit/
/// Outline), so exporters never parse report text themselves: parts become
/// level-1 headings, items become level-2 headings or run-in paragraphs,
/// body text becomes paragraphs. Texts keep their numbering as written
/// (`一、履职情况`, `（一）强化责任落实……`).
public struct ExportDocument: Sendable, Hashable {
    /// The report's title, such as `2024年度抓基层党建工作述职报告`; `nil` when it has none.
    public var title: String?
    /// Lines under the title, such as the name line `青石镇党委书记　王明远`; may be empty.
    public var nameLines: [String]
    /// The body, in reading order.
    public var blocks: [ExportBlock]
    /// Document properties (DOCX core properties, HTML `<title>` and `<meta>`).
    public var metadata: ExportMetadata

    /// Creates a document. `metadata.title` defaults to `title` when not given.
    public init(
        title: String? = nil, nameLines: [String] = [], blocks: [ExportBlock] = [],
        metadata: ExportMetadata = ExportMetadata()
    ) {
        self.title = title
        self.nameLines = nameLines
        self.blocks = blocks
        var metadata = metadata
        if metadata.title == nil { metadata.title = title }
        self.metadata = metadata
    }
}

/// Document properties written to DOCX `docProps/core.xml` and HTML `<head>`.
public struct ExportMetadata: Sendable, Hashable {
    /// The document title property.
    public var title: String?
    /// The author property: the reporter (报告人), such as `王明远`.
    public var author: String?
    /// The year the report covers, such as 2024.
    public var year: Int?

    /// Creates metadata; every field is optional.
    public init(title: String? = nil, author: String? = nil, year: Int? = nil) {
        self.title = title
        self.author = author
        self.year = year
    }
}

/// One block of the body and the source line it came from.
///
/// Build blocks with the static factories, which read like enum cases:
/// `.heading(level: 1, text: "一、履职情况", line: 3)`.
public struct ExportBlock: Sendable, Hashable {
    /// What the block is.
    public enum Content: Sendable, Hashable {
        /// A heading on its own line. `level` is 1 for parts (`一、`), 2 for
        /// `（一）`, 3 for `1.`, 4 for `（1）`; `text` includes the number.
        case heading(level: Int, text: String)
        /// A body paragraph. `runIn` is a heading set at the start of the
        /// paragraph (`（一）强化责任落实，压力传导到边到底。`) and styled by
        /// `runInLevel` (GB/T 9704: 1 黑体, 2 楷体, 3 and 4 仿宋); `text` is the
        /// rest of the paragraph.
        case paragraph(runIn: String?, runInLevel: Int?, text: String)
        /// Signature lines at the end (name, unit, date), set flush right.
        case signature(lines: [String])
    }

    /// What the block is.
    public var content: Content
    /// The 1-based line of the report text the block came from, for messages; `nil` when unknown.
    public var line: Int?

    /// Creates a block.
    public init(_ content: Content, line: Int? = nil) {
        self.content = content
        self.line = line
    }

    /// A heading on its own line; see `Content.heading`.
    public static func heading(level: Int, text: String, line: Int? = nil) -> ExportBlock {
        ExportBlock(.heading(level: level, text: text), line: line)
    }

    /// A body paragraph, optionally starting with a run-in heading; see `Content.paragraph`.
    public static func paragraph(
        runIn: String? = nil, runInLevel: Int? = nil, text: String, line: Int? = nil
    ) -> ExportBlock {
        ExportBlock(.paragraph(runIn: runIn, runInLevel: runInLevel, text: text), line: line)
    }

    /// Signature lines; see `Content.signature`.
    public static func signature(lines: [String], line: Int? = nil) -> ExportBlock {
        ExportBlock(.signature(lines: lines), line: line)
    }
}
