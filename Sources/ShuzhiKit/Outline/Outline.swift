/// A plain-text report read into its structure: title, opening, parts,
/// items at every level, each node with its source range.
///
/// The outline keeps every character of every paragraph: `import` turns it
/// back into an input file that drafts to the same text, `check` judges
/// its structure, and the exporters lay it out, all from the ranges here
/// rather than by finding paragraphs again. Locations are 1-based; columns
/// count `Character`s and point past any leading indentation. A range's
/// end is exclusive.
public struct Outline: Sendable, Hashable {
    /// One paragraph (one line of the text file), without its indentation.
    public struct Paragraph: Sendable, Hashable {
        /// The text, without leading indentation or trailing spaces.
        public var text: String
        /// Where the text starts.
        public var location: SourceLocation
        /// The text's length in `Character`s.
        public var length: Int

        /// Creates a paragraph; `length` is counted when not given.
        public init(_ text: String, at location: SourceLocation, length: Int? = nil) {
            self.text = text
            self.location = location
            self.length = length ?? text.count
        }

        /// The whole paragraph's range.
        public var range: SourceRange { range(0, length) }

        /// The range of the characters `[from, to)` of this paragraph.
        public func range(_ from: Int, _ to: Int) -> SourceRange {
            SourceRange(
                start: SourceLocation(line: location.line, column: location.column + from),
                end: SourceLocation(line: location.line, column: location.column + to))
        }
    }

    /// A numbering marker as written: `（一）`, `一是`, `第二，`, `首先，`.
    public struct Marker: Sendable, Hashable {
        /// The marker's text exactly as written.
        public var text: String
        /// Its style.
        public var style: NumberingStyle
        /// Its 1-based number (首先 is 1, 其次 2, 再次 3, 最后 the last).
        public var number: Int
        /// Where it starts.
        public var location: SourceLocation

        /// The marker's range (markers never span lines).
        public var range: SourceRange {
            SourceRange(start: location, end: SourceLocation(line: location.line, column: location.column + text.count))
        }
    }

    /// An item: a marker, an optional heading sentence, a body, and run-in
    /// sub-items found inside the body.
    public struct Item: Sendable, Hashable {
        public var marker: Marker?
        /// The first sentence when it heads the item (`强化责任落实，压力传导到边到底。`).
        public var heading: String?
        /// Text after the heading and before the first sub-item.
        public var body: String
        /// Run-in (一是……二是……) or following-paragraph sub-items.
        public var subitems: [Item]
        /// Whether the sub-items are separate paragraphs after the item's own line.
        public var subitemsSeparate: Bool
        /// Where the item starts (its marker, or its first character).
        public var location: SourceLocation
        /// With `subitemsSeparate`: whether the sub-items run on in one
        /// paragraph below the item's line rather than one paragraph each.
        public var subitemsInOneParagraph: Bool = false
        /// Where the heading sentence is, when there is one.
        public var headingRange: SourceRange?
        /// Where the body is (empty at its place when the body is empty).
        public var bodyRange: SourceRange
        /// The whole item: from its marker to the end of its last sub-item.
        public var range: SourceRange
    }

    /// Why the reader took a part to be what it is.
    public struct Evidence: Sendable, Hashable {
        /// What decided.
        public enum Source: String, Sendable, Hashable {
            /// A level-1 heading names the part.
            case heading
            /// A sub-heading under 存在问题及原因 (（二）原因分析).
            case subheading
            /// The paragraph's own words: its opener and vocabulary.
            case words
            /// Words in the middle of a paragraph (……。究其原因，……).
            case inParagraph
            /// Its place in the report: the first part after the opening, or
            /// a heading of unknown words between known parts.
            case position
        }

        public var source: Source
        /// The words that decided, as found in the text (`尽管…但`, `存在问题`).
        public var words: String?
        /// How strong the words were; 0 for headings and position.
        public var score: Int
    }

    /// One part of the report: its heading if it has one, then lead
    /// paragraphs, items and closing paragraphs.
    public struct Part: Sendable, Hashable {
        /// Which part this is; `nil` when nothing identifies it.
        public var kind: PartKind?
        /// The heading's marker (`二、`), if the part has a numbered heading line.
        public var headingMarker: Marker?
        /// The heading's text without its marker (`存在问题`).
        public var heading: String?
        /// Where the heading line, or the part's first paragraph, starts.
        public var location: SourceLocation
        /// Text before the items: whole paragraphs, or the start of the
        /// paragraph in which run-in items follow.
        public var lead: String?
        /// Items in order.
        public var items: [Item]
        /// Whether all items run on inside one paragraph (with the lead).
        public var itemsRunIn: Bool
        /// Paragraphs after the items.
        public var closing: [Paragraph]
        /// Every paragraph of the part, in order, exactly as written (for
        /// checks that scan text, and for exporters).
        public var paragraphs: [Paragraph]
        /// For cause analysis written inside the problems paragraph: true.
        public var continuesPrevious: Bool
        /// Where the heading text is (after its marker), for a headed part.
        public var headingRange: SourceRange?
        /// Where each piece of the lead is: one range per lead paragraph, or
        /// the part of a paragraph before its run-in items.
        public var leadRanges: [SourceRange] = []
        /// Why the reader took the part to be `kind`.
        public var evidence: Evidence
        /// The whole part, from its heading (or first character) to its end.
        public var range: SourceRange
    }

    /// A paragraph whose part the reader could not tell: kept in the part
    /// before it, and named here with the part its words point to.
    public struct Unplaced: Sendable, Hashable {
        /// The paragraph.
        public var paragraph: Paragraph
        /// The part its words point to, too weakly to decide.
        public var likely: PartKind
    }

    /// A part written inside another part rather than on its own.
    public struct Embedded: Sendable, Hashable {
        /// Which part it is.
        public var kind: PartKind
        /// Where it is: the item that holds it.
        public var location: SourceLocation
        /// The words that tell it.
        public var words: String
        /// The whole item that holds it.
        public var range: SourceRange
    }

    /// The title line, if the report has one.
    public var title: Paragraph?
    /// The year the report is about: the first year (2024年) of its title or opening.
    public var year: Int?
    /// The title's second line, when the title is set over two.
    public var titleContinuation: Paragraph?
    /// A name line under the title (`青石镇党委书记 王明远`).
    public var nameLine: Paragraph?
    /// The writer's post and name written into the title itself
    /// (`砚湖街道党工委书记韩某某2025年度……述职报告`): the start of the title
    /// line, not a line of its own, so import and the exporters keep it in
    /// the title.
    public var nameInTitle: Paragraph?
    /// A salutation (`各位领导、同志们：`).
    public var salutation: Paragraph?
    /// A self-introduction before the opening (我叫……，现任……).
    public var introduction: Paragraph?
    /// The opening paragraph.
    public var opening: Paragraph?
    /// Further paragraphs of the opening, before the first part heading.
    public var preamble: [Paragraph] = []
    /// Paragraphs appended after the report's end (附：……).
    public var appendix: [Paragraph] = []
    /// Parts in order.
    public var parts: [Part]
    /// Paragraphs after the last part that close the report.
    public var closing: [Paragraph]
    /// Signature lines (name, date) at the end.
    public var signature: [Paragraph]
    /// Every non-blank paragraph in order, as written.
    public var paragraphs: [Paragraph]
    /// Paragraphs the reader placed by position only, though their words
    /// point elsewhere; check names them when a part is missing.
    public var unplaced: [Unplaced] = []
    /// Parts written inside others (整改 within an item of the achievements).
    public var embedded: [Embedded] = []

    /// The part of `kind`, if the report has one.
    public func part(_ kind: PartKind) -> Part? { parts.first { $0.kind == kind } }

    /// Creates an outline.
    public init(
        title: Paragraph? = nil, nameLine: Paragraph? = nil, salutation: Paragraph? = nil, introduction: Paragraph? = nil,
        opening: Paragraph? = nil, parts: [Part] = [], closing: [Paragraph] = [], signature: [Paragraph] = [],
        paragraphs: [Paragraph] = []
    ) {
        self.title = title
        self.nameLine = nameLine
        self.salutation = salutation
        self.introduction = introduction
        self.opening = opening
        self.parts = parts
        self.closing = closing
        self.signature = signature
        self.paragraphs = paragraphs
    }
}
