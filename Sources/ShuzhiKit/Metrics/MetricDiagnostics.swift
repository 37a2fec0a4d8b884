/// The one list of diagnostic codes the metrics stage can produce.
///
/// README's `## 指标与计算` documents the same codes; a test keeps them in step.
public enum MetricDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.badQuantity, .badFormula, .badPrecision, .unknownMetric, .duplicateMetric, .missingMetricValue, .unitMismatch, .divisionByZero, .formulaCycle]
}

extension DiagnosticCode {
    /// `bad-quantity`
    public static let badQuantity = DiagnosticCode("bad-quantity", .error, "数量写法不对，应是数字加单位，如“10名”“650万元”“96.6%”")
    /// `bad-formula`
    public static let badFormula = DiagnosticCode("bad-formula", .error, "公式写法不对，如缺少运算符、括号不配对")
    /// `bad-precision`
    public static let badPrecision = DiagnosticCode("bad-precision", .error, "精度应是0到6的整数")
    /// `unknown-metric`
    public static let unknownMetric = DiagnosticCode("unknown-metric", .error, "公式引用了没有定义的指标")
    /// `duplicate-metric`
    public static let duplicateMetric = DiagnosticCode("duplicate-metric", .error, "同一个指标定义了两次")
    /// `missing-metric-value`
    public static let missingMetricValue = DiagnosticCode("missing-metric-value", .error, "公式引用的指标没有本年数值")
    /// `unit-mismatch`
    public static let unitMismatch = DiagnosticCode("unit-mismatch", .error, "单位不一致，不能相加减、相乘或比较")
    /// `division-by-zero`
    public static let divisionByZero = DiagnosticCode("division-by-zero", .error, "公式中除数为0")
    /// `formula-cycle`
    public static let formulaCycle = DiagnosticCode("formula-cycle", .error, "公式之间循环引用")
}
