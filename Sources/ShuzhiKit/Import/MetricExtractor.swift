/// Turns the figures of an imported report into metrics, so that next year
/// only the numbers change and what is derived from them is recomputed.
///
/// Each figure (see `FoundFigure`) becomes a reference to a named metric:
/// 发展党员12名 → 发展党员{{发展党员}}; a change against last year becomes
/// the metric's change, with 上年 recovered from it (人均收入10538元，较上年
/// 增长8.58% → 上年 9705元, 较上年{{人均收入.增幅}}); 由3名增加到5名 gives
/// both years; a share whose parts are both in the sentence becomes a
/// formula (成功率 = 调处/排查×100%). Every reference is checked to print
/// back exactly what the report says; a figure that cannot, or that no
/// words name, stays text and is reported with the reason.
enum MetricExtractor {
    /// Replaces figures in the texts of `fields` by references and returns
    /// the metrics and what stayed text.
    static func extract(_ fields: inout [InputField], lexicon: ReportLexicon = .builtin) -> MetricExtraction {
        var texts: [MetricPlan.Source] = []
        visit(&fields) { text, part in
            texts.append(MetricPlan.Source(text: text, part: part))
            return text
        }
        var plan = MetricPlan(texts, lexicon: lexicon)
        let result = plan.run()
        var k = 0
        visit(&fields) { _, _ in
            defer { k += 1 }
            return plan.output[k]
        }
        return result
    }

    /// Keys whose values are settings, not text.
    static let settings: Set<String> = [
        "编号", "版式", "措施编号", "措施版式", "原因编号", "原因版式", "显示标题", "一级编号",
    ]
    /// The top-level keys whose texts are searched: the opening, the parts, the closing.
    static let textKeys: Set<String> = ["开头", "履职情况", "整改情况", "存在问题", "下一步", "结尾"]

    /// Applies `transform` to every text of the opening, the parts and the
    /// closing, in document order, with the key of the part it is in.
    static func visit(_ fields: inout [InputField], _ transform: (String, String) -> String) {
        func walk(_ v: InputValue, _ part: String) -> InputValue {
            switch v {
            case .text(let t): return .text(transform(t, part))
            case .list(let items): return .list(items.map { walk($0, part) })
            case .map(let fs): return .map(fs.map { f in
                settings.contains(f.key) ? f : InputField(f.key, walk(f.value, part), comment: f.comment)
            })
            case .empty: return .empty
            }
        }
        for k in fields.indices where textKeys.contains(fields[k].key) {
            // 无 is a setting: no opening, no lead.
            if case .text("无") = fields[k].value { continue }
            fields[k].value = walk(fields[k].value, fields[k].key)
        }
    }

    /// The names import gives the figures of `text`, keyed by the figure as
    /// written (`nil`: it stays text); for tests and the lexicon's tables.
    static func names(in text: String, part: String = "履职情况", lexicon: ReportLexicon = .builtin) -> [String: String?] {
        var plan = MetricPlan([MetricPlan.Source(text: text, part: part)], lexicon: lexicon)
        _ = plan.run()
        var out: [String: String?] = [:]
        for (figure, name) in plan.figureNames() { out[figure] = name }
        return out
    }
}
