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
    /// Did-you-mean for unknown names, with one budget for the whole input.
    let suggester = Suggester()

    /// `text` with every reference replaced. `extra` adds names for this
    /// text only (条目数 in a lead). Problems are appended to `diagnostics`;
    /// an unresolved reference is left as written so the draft shows it.
    func resolve(_ text: Located<String>, extra: [String: String] = [:], _ diagnostics: inout [Diagnostic]) -> String {
        let s = text.value
        // Most texts have no brace at all: nothing to resolve or report.
        guard s.unicodeScalars.contains(where: { $0 == "{" || $0 == "｛" }) else { return s }
        let characters = s.count
        // When every character is one scalar (no combining marks), searching
        // characters is searching scalars, which is much cheaper.
        let oneScalarEach = characters == s.unicodeScalars.count
        misspelledReferences(text, oneScalarEach: oneScalarEach, extra: extra, &diagnostics)
        guard oneScalarEach ? s.firstUTF8Range(of: "{{") != nil : s.contains("{{") else { return s }
        var out = ""
        var rest = Substring(s)
        var locator = Locator(sourceLines, from: text.location, characters: characters)
        while let open = rest.firstUTF8Range(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.firstUTF8Range(of: "}}") else {
                let at = locator.next("{{") ?? text.location
                diagnostics.append(.error(
                    .badReference, "“{{”没有对应的“}}”", at: at,
                    hint: "引用指标请写成{{指标名}}，如{{发展党员}}"))
                out += rest[open.lowerBound...]
                return out
            }
            let inner = String(after[..<close.lowerBound])
            let name = inner.trimmingSpaces()
            let at = locator.next("{{" + inner + "}}") ?? text.location
            // `{{}}`, `{{.}}` or `{{.上年}}` name nothing.
            if name.isEmpty || name.hasPrefix(".") || name.hasSuffix(".") {
                diagnostics.append(.error(
                    .badReference, "“{{\(inner)}}”没有写指标名", at: at,
                    hint: "引用指标请写成{{指标名}}，如{{发展党员}}"))
                out += "{{" + inner + "}}"
            } else if let value = lookup(name, extra: extra) {
                out += value
                // {{发展党员}}名 with 发展党员 = 12名: the unit the value ends with, written again.
                let next = after[close.upperBound...]
                if isMetric(name), let unit = value.unicodeScalars.last, !unit.isASCIIDigit, unit != "." && unit != "。",
                   next.unicodeScalars.first == unit {
                    let written = "{{" + inner + "}}"
                    diagnostics.append(.error(
                        .unitDoubled, "“\(written)”已带单位“\(Character(unit))”，后面又写了一个", at:
                            SourceLocation(line: at.line, column: at.column + written.count),
                        hint: "删去后面的“\(Character(unit))”：{{\(name)}}起草为“\(value)”"))
                }
            } else if isFieldOfFailedMetric(name) {
                // Its metric was reported where it is defined (a formula over
                // a metric not yet filled in, after `new --from`): once is enough.
                out += "{{" + inner + "}}"
            } else {
                diagnostics.append(unknownReference(name, at: at, extra: extra))
                out += "{{" + inner + "}}"
            }
            rest = after[close.upperBound...]
        }
        out += rest
        return out
    }

    /// Whether `name` (`发展党员` or `发展党员.变化`) refers to a metric.
    private func isMetric(_ name: String) -> Bool {
        metrics.contains(String(name.prefix { $0 != "." }))
    }

    /// ｛｛发展党员｝｝ and {发展党员}: a reference typed with full-width or
    /// single braces would be printed as typed. Only names the input knows
    /// are reported, so braces in ordinary text stay ordinary.
    private func misspelledReferences(
        _ text: Located<String>, oneScalarEach: Bool, extra: [String: String], _ diagnostics: inout [Diagnostic]
    ) {
        if oneScalarEach {
            misspelledReferences(text, Array(text.value.unicodeScalars), { String(String.UnicodeScalarView($0)) }, extra: extra, &diagnostics)
        } else {
            misspelledReferences(text, Array(text.value), { String($0) }, extra: extra, &diagnostics)
        }
    }

    /// `c`: the text's characters, or its scalars when each character is one scalar.
    private func misspelledReferences<C: Equatable & ExpressibleByUnicodeScalarLiteral>(
        _ text: Located<String>, _ c: [C], _ string: (ArraySlice<C>) -> String,
        extra: [String: String], _ diagnostics: inout [Diagnostic]
    ) {
        var locator = Locator(sourceLines, from: text.location, characters: c.count)
        var i = 0
        while i < c.count {
            let open = c[i]
            let fullWidth = open == "｛"
            guard open == "{" || fullWidth else { i += 1; continue }
            // {{名称}} is the right spelling.
            if open == "{", i + 1 < c.count, c[i + 1] == "{" {
                i += 2
                while i + 1 < c.count, !(c[i] == "}" && c[i + 1] == "}") { i += 1 }
                i += 2
                continue
            }
            var j = i
            while j < c.count, c[j] == open { j += 1 }
            let close: C = fullWidth ? "｝" : "}"
            var k = j
            while k < c.count, c[k] != close, k - j <= 30, c[k] != "{", c[k] != "｛" { k += 1 }
            guard k < c.count, c[k] == close else { i = j; continue }
            let name = string(c[j..<k]).trimmingSpaces()
            var end = k
            while end < c.count, c[end] == close, end - k < j - i { end += 1 }
            let written = string(c[i..<end])
            if !name.isEmpty, lookup(name, extra: extra) != nil || metrics.unfilled.contains(name) {
                let at = locator.next(written) ?? text.location
                diagnostics.append(.error(
                    .badReference, fullWidth ? "“\(written)”用了全角大括号，不会被替换" : "“\(written)”只有一对大括号，不会被替换", at: at,
                    hint: "引用指标要用两对半角大括号：{{\(name)}}"))
            }
            i = end
        }
    }

    private func lookup(_ name: String, extra: [String: String]) -> String? {
        if let v = extra[name] ?? fields[name] { return v }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        return metrics.value(parts[0], field: parts.count > 1 ? parts[1] : "")
    }

    private func isFieldOfFailedMetric(_ name: String) -> Bool {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        return parts.count == 2 && metrics.failed.contains(parts[0]) && MetricField.all.contains(parts[1])
    }

    private func unknownReference(_ name: String, at location: SourceLocation, extra: [String: String]) -> Diagnostic {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        if metrics.unfilled.contains(parts[0]) {
            return .error(
                .missingMetricValue, "指标“\(parts[0])”还没有填写本年数值", at: location,
                hint: "在“指标”下填写它的“本年”；草稿不会替你编造数字")
        }
        if parts.count == 2, metrics.contains(parts[0]), MetricField.all.contains(parts[1]) {
            return .error(
                .missingMetricValue, "指标“\(parts[0])”的“\(parts[1])”无法得出", at: location,
                hint: "“变化”“增幅”“差值”“比率”需要“上年”数值，且上年不为0；请在“指标”下为它写上“本年”和“上年”")
        }
        if parts.count == 2, metrics.contains(parts[0]) {
            let fields = MetricField.all
            let near = Suggestion.closest(to: parts[1], among: fields)
            return .error(
                .unknownMetric, "指标“\(parts[0])”没有“\(parts[1])”", at: location,
                hint: near.map { "是不是“\(parts[0]).\($0)”？" } ?? "可用：\(fields.joined(separator: "、"))")
        }
        let extraNames = extra.keys.sorted()
        let near = suggester.closest(
            to: parts[0], among: metrics.names + fields.keys.sorted() + extraNames,
            key: "texts\u{1}" + extraNames.joined(separator: "\u{1}"))
        let hint: String
        if let near {
            hint = "是不是“{{\(near)}}”？"
        } else if metrics.names.isEmpty && fields.isEmpty && extra.isEmpty {
            hint = "请先在“指标”下写上这个指标，如“\(parts[0]): 10名”"
        } else {
            hint = "请在“指标”下定义它，或改用已有的指标"
        }
        return .error(.unknownMetric, "没有名为“\(parts[0])”的指标", at: location, hint: hint)
    }

    /// Finds the references of one text in the source, in order. Each
    /// search starts where the previous match ended, so a text with
    /// thousands of references is located in one pass over its source.
    /// The search stays within the lines the text can span (no more than
    /// it has characters, plus one), and after the first miss (an escape
    /// can make the source differ from the value) gives up: each later
    /// reference is then placed at the text's start.
    struct Locator {
        let lines: [Substring]
        var lineIndex: Int
        let lastLine: Int
        var position: Substring.Index
        var column: Int
        var lost = false

        init(_ lines: [Substring], from start: SourceLocation, characters: Int) {
            self.lines = lines
            lineIndex = start.line - 1
            lastLine = min(lines.count - 1, lineIndex + characters + 1)
            column = max(1, start.column)
            guard lines.indices.contains(lineIndex) else {
                position = "".startIndex
                lost = true
                return
            }
            let line = lines[lineIndex]
            position = line.index(line.startIndex, offsetBy: column - 1, limitedBy: line.endIndex) ?? line.endIndex
        }

        /// The place of the next occurrence of `needle`, or `nil`.
        mutating func next(_ needle: String) -> SourceLocation? {
            guard !lost else { return nil }
            while lineIndex <= lastLine {
                let line = lines[lineIndex]
                if let r = line[position...].firstUTF8Range(of: needle) {
                    column += line.distance(from: position, to: r.lowerBound)
                    let found = SourceLocation(line: lineIndex + 1, column: column)
                    column += line.distance(from: r.lowerBound, to: r.upperBound)
                    position = r.upperBound
                    return found
                }
                lineIndex += 1
                if lineIndex <= lastLine { position = lines[lineIndex].startIndex }
                column = 1
            }
            lost = true
            return nil
        }
    }
}

/// Metric values as text fields see them: a field of an evaluated metric
/// is worded when a text names it, not before.
struct MetricValues {
    /// The evaluated metrics.
    private let table: MetricTable?
    /// Values given as text, by name, then by field (`""` is the metric itself).
    private var written: [String: [String: String]] = [:]
    /// Metric names in input order.
    private(set) var names: [String]
    /// Metrics defined without a value yet (本年 left empty).
    var unfilled: Set<String> = []
    /// Metrics whose value or formula was reported as wrong: their fields
    /// (变化, 增幅……) are not reported again at each use.
    var failed: Set<String> = []

    init(_ table: MetricTable? = nil) {
        self.table = table
        names = table?.names ?? []
    }

    /// Sets the value of `field` (`""`: the metric itself) of metric `name`.
    mutating func set(_ name: String, field: String, _ value: String) {
        if !contains(name) { names.append(name) }
        written[name, default: [:]][field] = value
    }

    /// The text of `field` (`""`: the metric itself, its 本年) of metric `name`.
    func value(_ name: String, field: String) -> String? {
        if let metric = table?.value(of: name) {
            return field.isEmpty ? metric.current?.description : metric.text(of: field)
        }
        return written[name]?[field]
    }

    /// Whether a metric of this name has any value.
    func contains(_ name: String) -> Bool { table?.value(of: name) != nil || written[name] != nil }
}
