/// A metric after evaluation: its values for both years and its change.
public struct MetricValue: Sendable, Hashable {
    /// The metric's name.
    public var name: String
    /// Where the name is written.
    public var nameLocation: SourceLocation
    /// This year's value; computed values are rounded at the metric's precision.
    public var current: Quantity?
    /// Last year's value, given or computed; `nil` when unknown.
    public var previous: Quantity?
    /// The formula for 本年, when the value is computed.
    public var currentFormula: Formula?
    /// The formula for 上年, when that value is computed (the 本年 formula
    /// when 上年 is not given).
    public var previousFormula: Formula?
    /// The change from 上年 to 本年, when both are known.
    public var change: YearOnYear?

    /// Whether 本年 is computed by a formula.
    public var isComputed: Bool { currentFormula != nil }
}
