/// What the outline reader and check know about a report's expected parts:
/// their headings and aliases, which are required, and the word budget.
/// Built-in templates supply one each (`ReportTemplate.profile`).
public struct OutlineProfile: Sendable, Hashable {
    /// The parts in their expected order.
    public var parts: [PartSpec]
    /// The most Chinese characters a report should have; `nil` for no limit.
    public var wordBudget: Int?

    /// Creates a profile.
    public init(parts: [PartSpec], wordBudget: Int?) {
        self.parts = parts
        self.wordBudget = wordBudget
    }

    /// The default template's profile.
    public static var standard: OutlineProfile { TemplateLibrary.builtin.defaultTemplate.profile }

    /// The part whose heading or alias matches `heading` best: equal first,
    /// then containing, then keywords every outline uses.
    func kind(ofHeading heading: String) -> PartKind? {
        let h = Punctuation.bare(heading)
        for p in parts where p.heading == h || p.aliases.contains(h) { return p.kind }
        for p in parts where ([p.heading] + p.aliases).contains(where: { h.contains($0) || (h.count >= 3 && $0.contains(h)) }) {
            return p.kind
        }
        return OutlineProfile.keywordKind(h)
    }

    /// Keywords that name a part in any outline.
    static func keywordKind(_ h: String) -> PartKind? {
        if h.contains("整改") { return .rectification }
        if h.contains("下一步") || h.contains("下步") || h.contains("打算") || h.contains("今后") || h.contains("思路") { return .nextSteps }
        if h.contains("问题") || h.contains("不足") { return .problems }
        if h.contains("原因") { return .causes }
        if h.contains("履职") || h.contains("成绩") || h.contains("做法") || h.contains("成效") || h.contains("情况") || h.contains("工作") {
            return .achievements
        }
        return nil
    }
}

extension ReportTemplate {
    /// The template as the outline reader and check see it.
    public var profile: OutlineProfile { OutlineProfile(parts: partSpecs, wordBudget: wordBudget) }
}
