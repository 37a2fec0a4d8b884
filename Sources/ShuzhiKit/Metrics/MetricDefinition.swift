/// One named metric as the input file gives it, before evaluation.
///
/// Each of `current` (本年) and `previous` (上年) is either a quantity
/// (`650万元`) or a formula (`=调处矛盾纠纷/排查矛盾纠纷*100%`). When only
/// `current` is a formula, 上年 is computed from the same formula over the
/// other metrics' 上年 values, where they all have one.
public struct MetricDefinition: Sendable, Hashable {
    /// A value as written, with where it starts.
    public struct Entry: Sendable, Hashable {
        /// The text exactly as in the input.
        public var text: String
        /// Where `text` starts (1-based line and column in Characters).
        public var location: SourceLocation

        /// Creates an entry.
        public init(_ text: String, at location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// The metric's name, as used in formulas and templates: `发展党员`.
    public var name: String
    /// Where the name is written.
    public var nameLocation: SourceLocation
    /// This year's value (本年), a quantity or a formula.
    public var current: Entry?
    /// Last year's value (上年), a quantity or a formula.
    public var previous: Entry?
    /// Digits after the point (精度) for this metric's computed values and
    /// its year-on-year rate: a whole number from 0 to 6, as written.
    public var precision: Entry?

    /// Creates a definition.
    public init(
        name: String, at nameLocation: SourceLocation, current: Entry?,
        previous: Entry? = nil, precision: Entry? = nil
    ) {
        self.name = name
        self.nameLocation = nameLocation
        self.current = current
        self.previous = previous
        self.precision = precision
    }
}
