/// A report as the user wrote it in an input file, typed by the schema.
///
/// Text fields are kept as written, with their locations: metric references
/// (`{{发展党员}}`) are resolved when drafting, so that messages can point at
/// the exact place.
public struct Report: Sendable {
    /// One item of a part: a heading sentence and a paragraph, or a heading
    /// and a list of measures.
    public struct Item: Sendable {
        /// The heading sentence (强化责任落实，压力传导到边到底), if any.
        var heading: Located<String>?
        /// The item's own paragraph text, if any.
        var text: Located<String>?
        /// Measures inside the item (achievements), each with an optional heading.
        var measures: [Measure]
        /// Where the item starts.
        var location: SourceLocation
        /// A rectification item written as 问题, 措施 and 成效: the template's
        /// wording joins them (针对“……”的问题，……；通过整改，……).
        var rectification: Rectification?
    }

    /// Last year's problem, what was done about it, and what came of it.
    public struct Rectification: Sendable {
        var problem: Located<String>?
        var measures: [Located<String>]
        var effects: [Located<String>]
    }

    /// One measure of an item: `一是带头抓落实。每月……`.
    public struct Measure: Sendable {
        var heading: Located<String>?
        var text: Located<String>?
        var location: SourceLocation
    }

    /// One part as written: its heading override, lead, items and closing
    /// sentence, and any layout override.
    public struct Part: Sendable {
        /// The input key (履职情况…).
        var key: String
        var heading: Located<String>?
        /// Whether to show the level-1 heading; `nil`: the template decides.
        var showHeading: Bool?
        var lead: Located<String>?
        var items: [Item]
        var closing: Located<String>?
        var itemNumbering: NumberingStyle?
        var measureNumbering: NumberingStyle?
        var layout: ItemLayout?
        var measureLayout: ItemLayout?
        /// Where the part's key is.
        var location: SourceLocation
    }

    /// The template named by `模板`, if any.
    var templateName: Located<String>?
    var year: Located<String>?
    var unit: Located<String>?
    var reporter: Located<String>?
    var position: Located<String>?
    /// 村 or 社区, when the unit's name does not tell (组织类型).
    var organizationType: Located<String>? = nil
    /// The committee the report is made to (上级党委), when it is not the usual one.
    var superior: Located<String>? = nil
    /// Lines set after the date (附：……), kept so next year's draft still has them.
    var appendix: Located<String>? = nil
    /// Parts no template names (五、廉洁自律情况), drafted after the
    /// template's parts, each a heading and its paragraphs.
    var extraParts: [ExtraPart] = []
    var title: Located<String>?
    var nameLine: Located<String>?
    var salutation: Located<String>?
    var opening: Located<String>?
    var metrics: [MetricEntry]
    /// Parts in the order of the input file.
    var parts: [Part]
    /// `部分顺序`: the parts' keys in the order to draft them, when it is not
    /// the template's (整改情况 first, or after 存在问题); 原因 follows 存在问题.
    var partOrder: [String]? = nil
    var closing: Located<String>?
    var signature: Located<String>?
    var date: Located<String>?
    /// Level-1 numbering override (`编号: 无` drops 一、二、三、).
    var partNumbering: NumberingStyle?
    /// `显示标题: 否` drops every part heading (reports with no 一、 lines).
    var showHeadings: Bool?

    /// The part with `key`, if the input has it.
    func part(_ key: String) -> Part? { parts.first { $0.key == key } }
}

/// One entry under 指标 as written: a value, a 本年/上年 pair, or a formula.
struct MetricEntry: Sendable {
    var name: String
    var nameLocation: SourceLocation
    var current: Located<String>?
    var previous: Located<String>?
    /// 精度: digits after the point for computed values.
    var precision: Located<String>?

    /// The definition the metric table evaluates.
    var definition: MetricDefinition {
        MetricDefinition(
            name: name, at: nameLocation,
            current: current.map { .init($0.value, at: $0.location) },
            previous: previous.map { .init($0.value, at: $0.location) },
            precision: precision.map { .init($0.value, at: $0.location) })
    }
}

/// A part no template names: its heading and its paragraphs, one a line.
struct ExtraPart: Sendable {
    var heading: Located<String>
    var text: Located<String>?
}
