/// The one list of diagnostic codes the metrics stage can produce.
///
/// README's `## 指标与计算` documents the same codes; a test keeps them in step.
public enum MetricDiagnostics {
    /// Each code with a one-line Chinese meaning.
    public static let catalog: [(code: String, meaning: String)] = [
        ("bad-quantity", "数量写法不对，应是数字加单位，如“10名”“650万元”“96.6%”"),
        ("bad-formula", "公式写法不对，如缺少运算符、括号不配对"),
        ("bad-precision", "精度应是0到6的整数"),
        ("unknown-metric", "公式引用了没有定义的指标"),
        ("duplicate-metric", "同一个指标定义了两次"),
        ("missing-metric-value", "公式引用的指标没有本年数值"),
        ("unit-mismatch", "单位不一致，不能相加减、相乘或比较"),
        ("division-by-zero", "公式中除数为0"),
        ("formula-cycle", "公式之间循环引用"),
    ]
}
