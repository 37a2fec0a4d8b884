/// Fills references such as `{{发展党员}}`, `{{争取资金.上年}}` or `{{年度}}`
/// in the text fields of an input file.
///
/// Text fields are not Mustache templates: only names are allowed, so a
/// stray `{{#` in a report is reported instead of being interpreted, and
/// each unknown name is an error at its exact place with a did-you-mean.
struct TextResolver {
    /// Plain fields: 年度, 单位, 报告人, 职务.
    var fields: [String: String]
    /// Metric values by name, then by field (`""` is the metric itself).
    var metrics: MetricValues
    /// The input's lines, to find the exact place of a reference.
    var sourceLines: [Substring]

    /// `text` with every reference replaced. `extra` adds names for this
    /// text only (条目数 in a lead). Problems are appended to `diagnostics`;
    /// an unresolved reference is left as written so the draft shows it.
    func resolve(_ text: Located<String>, extra: [String: String] = [:], _ diagnostics: inout [Diagnostic]) -> String {
        let s = text.value
        guard s.contains("{{") else { return s }
        var out = ""
        var rest = Substring(s)
        var searchFrom = text.location
        while let open = rest.firstRange(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: "}}") else {
                let at = locate("{{", from: searchFrom) ?? text.location
                diagnostics.append(.error(
                    .badReference, "“{{”没有对应的“}}”", at: at,
                    hint: "引用指标请写成{{指标名}}，如{{发展党员}}"))
                out += rest[open.lowerBound...]
                return out
            }
            let inner = String(after[..<close.lowerBound])
            let name = inner.trimmingSpaces()
            let at = locate("{{" + inner + "}}", from: searchFrom) ?? text.location
            searchFrom = at
            // `{{}}`, `{{.}}` or `{{.上年}}` name nothing.
            if name.isEmpty || name.hasPrefix(".") || name.hasSuffix(".") {
                diagnostics.append(.error(
                    .badReference, "“{{\(inner)}}”没有写指标名", at: at,
                    hint: "引用指标请写成{{指标名}}，如{{发展党员}}"))
                out += "{{" + inner + "}}"
            } else if let value = lookup(name, extra: extra) {
                out += value
            } else {
                diagnostics.append(unknownReference(name, at: at, extra: extra))
                out += "{{" + inner + "}}"
            }
            rest = after[close.upperBound...]
        }
        out += rest
        return out
    }

    private func lookup(_ name: String, extra: [String: String]) -> String? {
        if let v = extra[name] ?? fields[name] { return v }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        return metrics.value(parts[0], field: parts.count > 1 ? parts[1] : "")
    }

    private func unknownReference(_ name: String, at location: SourceLocation, extra: [String: String]) -> Diagnostic {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        if metrics.unfilled.contains(parts[0]) {
            return .error(
                .missingMetricValue, "指标“\(parts[0])”还没有填写本年数值", at: location,
                hint: "在“指标”下填写它的“本年”；草稿不会替你编造数字")
        }
        if parts.count == 2, metrics.names.contains(parts[0]), MetricField.all.contains(parts[1]) {
            return .error(
                .missingMetricValue, "指标“\(parts[0])”的“\(parts[1])”无法得出", at: location,
                hint: "“变化”“增幅”“差值”“比率”需要“上年”数值，且上年不为0；请在“指标”下为它写上“本年”和“上年”")
        }
        if parts.count == 2, metrics.names.contains(parts[0]) {
            let fields = MetricField.all
            let near = Suggestion.closest(to: parts[1], among: fields)
            return .error(
                .unknownMetric, "指标“\(parts[0])”没有“\(parts[1])”", at: location,
                hint: near.map { "是不是“\(parts[0]).\($0)”？" } ?? "可用：\(fields.joined(separator: "、"))")
        }
        let candidates = metrics.names + fields.keys.sorted() + extra.keys.sorted()
        let hint: String
        if let near = Suggestion.closest(to: parts[0], among: candidates) {
            hint = "是不是“{{\(near)}}”？"
        } else if candidates.isEmpty {
            hint = "请先在“指标”下写上这个指标，如“\(parts[0]): 10名”"
        } else {
            hint = "请在“指标”下定义它，或改用已有的指标"
        }
        return .error(.unknownMetric, "没有名为“\(parts[0])”的指标", at: location, hint: hint)
    }

    /// The first place at or after `start` where `needle` occurs in the source.
    private func locate(_ needle: String, from start: SourceLocation) -> SourceLocation? {
        guard start.line >= 1 else { return nil }
        var lineIndex = start.line - 1
        var column = start.column
        while lineIndex < sourceLines.count {
            let line = sourceLines[lineIndex]
            let from = line.index(line.startIndex, offsetBy: max(0, column - 1), limitedBy: line.endIndex) ?? line.endIndex
            if let r = line[from...].firstRange(of: needle) {
                return SourceLocation(line: lineIndex + 1, column: line.distance(from: line.startIndex, to: r.lowerBound) + 1)
            }
            lineIndex += 1
            column = 1
        }
        return nil
    }
}

/// Metric values as text fields see them.
struct MetricValues {
    private var table: [String: [String: String]] = [:]
    /// Metric names in input order.
    private(set) var names: [String] = []
    /// Metrics defined without a value yet (本年 left empty).
    var unfilled: Set<String> = []

    /// Sets the value of `field` (`""`: the metric itself) of metric `name`.
    mutating func set(_ name: String, field: String, _ value: String) {
        if table[name] == nil { names.append(name) }
        table[name, default: [:]][field] = value
    }

    func value(_ name: String, field: String) -> String? { table[name]?[field] }

    func fieldNames(_ name: String) -> [String] {
        (table[name] ?? [:]).keys.filter { !$0.isEmpty }.sorted()
    }
}
