/// A plain-text report read into its structure: title, opening, parts,
/// items at every level, each with its source location.
///
/// The outline keeps every character of every paragraph: `import` turns it
/// back into an input file that drafts to the same text, `check` judges
/// its structure, and the exporters lay it out. Locations are 1-based;
/// columns count `Character`s and point past any leading indentation.
public struct Outline: Sendable, Hashable {
    /// One paragraph (one line of the text file), without its indentation.
    public struct Paragraph: Sendable, Hashable {
        /// The text, without leading indentation or trailing spaces.
        public var text: String
        /// Where the text starts.
        public var location: SourceLocation

        /// Creates a paragraph.
        public init(_ text: String, at location: SourceLocation) {
            self.text = text
            self.location = location
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
    }

    /// One part of the report: its heading if it has one, then lead
    /// paragraphs, items and closing paragraphs.
    public struct Part: Sendable, Hashable {
        /// Which part this is; `nil` when nothing identifies it.
        public var kind: PartKind?
        /// The heading's marker (`二、`), if the part has a heading line.
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
    }

    /// The title line, if the report has one.
    public var title: Paragraph?
    /// A name line under the title (`青石镇党委书记 王明远`).
    public var nameLine: Paragraph?
    /// A salutation (`各位领导、同志们：`).
    public var salutation: Paragraph?
    /// The opening paragraph.
    public var opening: Paragraph?
    /// Parts in order.
    public var parts: [Part]
    /// Paragraphs after the last part that close the report.
    public var closing: [Paragraph]
    /// Signature lines (name, date) at the end.
    public var signature: [Paragraph]
    /// Every non-blank paragraph in order, as written.
    public var paragraphs: [Paragraph]

    /// The part of `kind`, if the report has one.
    public func part(_ kind: PartKind) -> Part? { parts.first { $0.kind == kind } }
}
