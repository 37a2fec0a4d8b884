/// How the items of a list are laid out in the draft.
public enum ItemLayout: String, Sendable, Hashable {
    /// All items run on in one paragraph (一是……二是……), as in a short list.
    case runIn = "连排"
    /// One paragraph per item.
    case separate = "分段"
    /// Run on at the end of the previous part's last paragraph, as cause
    /// analysis often follows the problems in the same paragraph (究其原因：…).
    case continued = "接续"
    /// For measures: the item's heading on a line of its own, its measures
    /// run on in the one paragraph below it ((一)压实责任 / 一是……二是……).
    /// For a part's items: the lead a paragraph of its own, the items run
    /// on in the paragraph below it (……主要表现在： / 一是……二是……).
    case runInBelow = "另段连排"
}

/// A report template: a schema (what parts a report has, how they are
/// headed and numbered) plus a Mustache body that lays them out.
///
/// Built-in templates live in `Templates/ID/` (模板.yaml and 正文.mustache)
/// and are compiled into the binary; a user's own folder has the same files.
public struct ReportTemplate: Sendable, Hashable {
    /// What the schema says about one part.
    public struct Part: Sendable, Hashable {
        /// The part's key in an input file (履职情况, 存在问题, 原因, 下一步…).
        public var key: String
        /// Which part this is, for check and import.
        public var spec: PartSpec
        /// Whether the part gets a level-1 heading (一、…) in a draft. Cause
        /// analysis usually follows the problems without one.
        public var hasHeading: Bool
        /// Numbering of the part's items.
        public var itemNumbering: NumberingStyle
        /// Numbering of the measures inside an item (achievements only).
        public var measureNumbering: NumberingStyle
        /// Whether items run on in one paragraph or take one each.
        public var layout: ItemLayout
        /// Whether an item's measures run on in the item's paragraph.
        public var measureLayout: ItemLayout
        /// The default lead sentence; may use `{{条目数}}` (the item count in
        /// Chinese numerals) and any field or metric an input text can use.
        public var lead: String?
        /// How an item written as 问题, 措施 and 成效 reads: a Mustache text
        /// over those three (针对“{{问题}}”的问题，{{措施}}……); `nil` joins them
        /// as sentences.
        public var wording: String?
    }

    /// ASCII id, such as `township`.
    public var id: String
    /// Chinese display name.
    public var name: String
    /// Short Chinese names accepted by `模板:` (乡镇, 机关…).
    public var shortNames: [String]
    /// Default title; may use `{{年度}}` and the other input fields.
    public var title: String
    /// Default opening sentence.
    public var opening: String
    /// Word budget for the whole report, in Chinese characters; `nil` for none.
    public var wordBudget: Int?
    /// The length below which a report is far shorter than usual, in
    /// Chinese characters; `nil` for no such warning.
    public var usualLength: Int?
    /// Level-1 numbering of parts with a heading.
    public var partNumbering: NumberingStyle
    /// Parts in order.
    public var parts: [Part]
    /// The Mustache body.
    public var body: String
    /// Where the template came from (`内置` or a folder path), for messages.
    public var origin: String
    /// A template folder's lexicon: the built-in one with the folder's own
    /// `词表.yaml` added; `nil` for the built-in lexicon, which built-in
    /// templates use and which is compiled only when something reads words.
    public var ownLexicon: ReportLexicon?

    /// The words the reader and checks know for reports of this template.
    public var lexicon: ReportLexicon { ownLexicon ?? .builtin }

    /// The part with `key`, if the template has one.
    public func part(_ key: String) -> Part? { parts.first { $0.key == key } }

    /// The parts as the outline reader and check use them.
    public var partSpecs: [PartSpec] { parts.map(\.spec) }
}
