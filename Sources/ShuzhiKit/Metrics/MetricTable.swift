/// All metrics of a report, evaluated: quantities parsed, formulas computed
/// in dependency order for 本年 and 上年, year-on-year changes worded.
///
/// Built once from the definitions; `init` throws the first error,
/// `evaluating` reports them all.
public struct MetricTable: Sendable {
    /// Precision settings for computed values and rates.
    public struct Options: Sendable, Hashable {
        /// Digits after the point for percentages and year-on-year rates. Default 1.
        public var percentDigits: Int
        /// Digits after the point, in the base unit (元, 人), for other computed
        /// values. Default 2.
        public var decimalDigits: Int

        /// Creates options; the defaults are one decimal for percentages, two otherwise.
        public init(percentDigits: Int = 1, decimalDigits: Int = 2) {
            self.percentDigits = percentDigits
            self.decimalDigits = decimalDigits
        }
    }

    /// Every metric, in definition order.
    public let values: [MetricValue]
    private let index: [String: Int]

    /// Parses and evaluates `definitions`.
    ///
    /// - Throws: the first of, in this order: `duplicate-metric`,
    ///   `bad-precision`, `bad-quantity` / `bad-formula` (definition order),
    ///   `unknown-metric`, `formula-cycle`, then from evaluation
    ///   `missing-metric-value`, `unit-mismatch`, `division-by-zero`.
    ///   Division by zero while computing 上年 is not an error: 上年 is then unknown.
    public init(_ definitions: [MetricDefinition], options: Options = Options()) throws(Diagnostic) {
        let (table, problems) = Self.evaluating(definitions, options: options)
        if let first = problems.first { throw first }
        self = table
    }

    /// Parses and evaluates `definitions`, reporting every problem rather
    /// than the first: each once, where it is (at most one per metric), in
    /// the order `init` documents. A metric with a problem, and every
    /// metric computed from it, is left out of the table.
    public static func evaluating(
        _ definitions: [MetricDefinition], options: Options = Options()
    ) -> (table: MetricTable, diagnostics: [Diagnostic]) {
        var evaluator = MetricEvaluator(definitions, options: options)
        let values = evaluator.evaluate()
        return (MetricTable(values: values), evaluator.diagnostics)
    }

    private init(values: [MetricValue]) {
        self.values = values
        var index: [String: Int] = [:]
        for (i, v) in values.enumerated() { index[v.name] = i }
        self.index = index
    }

    /// The metric named `name`, or `nil`.
    public func value(of name: String) -> MetricValue? {
        index[name].map { values[$0] }
    }

    /// Metric names in definition order.
    public var names: [String] { values.map(\.name) }
}
