import ShuzhiKit

/// Metrics: parsing quantities, and building a table of 200 metrics where
/// half are formulas over the other half (both years, year-on-year wording).
func metricsBench() -> [BenchRow] {
    let texts = ["10名", "650万元", "96.6％", "60余次", "1.67万人", "1,200元", "12.5亿元", "4000平方米"]
    let start = SourceLocation(line: 1, column: 1)
    let parse = measure {
        for t in texts { _ = try? Quantity.parse(t, at: start) }
    }
    var defs: [MetricDefinition] = []
    for i in 0..<100 {
        let at = SourceLocation(line: i + 1, column: 1)
        defs.append(MetricDefinition(
            name: "指标\(i)", at: at, current: .init("\(100 + i)名", at: at),
            previous: .init("\(90 + i)名", at: at)))
    }
    for i in 0..<100 {
        let at = SourceLocation(line: 200 + i, column: 1)
        defs.append(MetricDefinition(
            name: "比例\(i)", at: at, current: .init("=指标\(i)/(指标\((i + 1) % 100)+指标\((i + 2) % 100))*100%", at: at)))
    }
    let table = measure { _ = try? MetricTable(defs) }
    return [
        BenchRow(name: "指标：解析数量", value: parse / Double(texts.count) * 1e6, unit: "微秒/个"),
        BenchRow(name: "指标：200个指标（含100个公式）求值", value: table * 1e3, unit: "毫秒"),
    ]
}
