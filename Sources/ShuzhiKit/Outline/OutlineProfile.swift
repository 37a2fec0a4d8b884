/// What the outline reader and check know about a report's expected parts:
/// their headings and aliases, which are required, and the word budget.
/// Built-in templates supply one each (`ReportTemplate.profile`).
public struct OutlineProfile: Sendable, Hashable {
    /// The parts in their expected order.
    public var parts: [PartSpec]
    /// The most Chinese characters a report should have; `nil` for no limit.
    public var wordBudget: Int?
    /// The length below which a report is far shorter than usual; `nil` for none.
    public var usualLength: Int?

    /// Creates a profile.
    public init(parts: [PartSpec], wordBudget: Int?, usualLength: Int? = nil) {
        self.parts = parts
        self.wordBudget = wordBudget
        self.usualLength = usualLength
    }

    /// The default template's profile.
    public static var standard: OutlineProfile { TemplateLibrary.builtin.defaultTemplate.profile }
}

extension ReportTemplate {
    /// The template as the outline reader and check see it.
    public var profile: OutlineProfile { OutlineProfile(parts: partSpecs, wordBudget: wordBudget, usualLength: usualLength) }
}
