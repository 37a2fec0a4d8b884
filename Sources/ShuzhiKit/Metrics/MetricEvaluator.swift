/// Builds a `MetricTable`: checks names and references, orders formulas,
/// evaluates both years. One evaluator per table build.
struct MetricEvaluator {
    enum Year: Int { case current = 0, previous = 1 }

    /// A parsed entry.
    enum Source {
        case quantity(Quantity, SourceLocation)
        case formula(Formula)
    }

    let definitions: [MetricDefinition]
    let options: MetricTable.Options
    var index: [String: Int] = [:]
    /// Per definition, per year: what the value comes from.
    var sources: [[Source?]] = []
    /// Per definition: its own precision (精度), if set.
    var precision: [Int?] = []
    /// Exact (unrounded) values, per year.
    var exact: [[String: Quantity]] = [[:], [:]]

    init(_ definitions: [MetricDefinition], options: MetricTable.Options) throws(Diagnostic) {
        self.definitions = definitions
        self.options = options
        for (i, d) in definitions.enumerated() {
            if let first = index[d.name] {
                throw Diagnostic.duplicateMetric(d.name, at: d.nameLocation, first: definitions[first].nameLocation)
            }
            index[d.name] = i
        }
        for d in definitions {
            var digits: Int?
            if let p = d.precision { digits = try Self.parsePrecision(p) }
            let current = try d.current.map { e throws(Diagnostic) in try Self.parse(e) }
            var previous = try d.previous.map { e throws(Diagnostic) in try Self.parse(e) }
            if previous == nil, case .formula? = current { previous = current }
            sources.append([current, previous])
            precision.append(digits)
        }
        try checkReferences()
        for year in [Year.current, .previous] { try checkCycles(year) }
    }

    static func parse(_ e: MetricDefinition.Entry) throws(Diagnostic) -> Source {
        if Formula.isFormula(e.text) { return .formula(try Formula.parse(e.text, at: e.location)) }
        return .quantity(try Quantity.parse(e.text, at: e.location), e.location)
    }

    static func parsePrecision(_ e: MetricDefinition.Entry) throws(Diagnostic) -> Int {
        let t = e.text.trimmingScalars { $0 == " " || $0 == "\u{3000}" }
        guard !t.isEmpty, t.count <= 1, let n = Int(t), (0...6).contains(n) else {
            throw Diagnostic.badPrecision(e.text, at: e.location)
        }
        return n
    }

    func formula(_ i: Int, _ year: Year) -> Formula? {
        if case .formula(let f)? = sources[i][year.rawValue] { return f }
        return nil
    }

    func checkReferences() throws(Diagnostic) {
        let names = definitions.map(\.name)
        for i in definitions.indices {
            for year in [Year.current, .previous] {
                for r in formula(i, year)?.references ?? [] where index[r.name] == nil {
                    throw Diagnostic.unknownMetric(r, suggestion: Suggestion.closest(to: r.name, among: names))
                }
            }
        }
    }

    /// Depth-first search in definition order; the first cycle found is reported
    /// at the name of the metric where it starts, with a note at each reference.
    func checkCycles(_ year: Year) throws(Diagnostic) {
        var state = [Int](repeating: 0, count: definitions.count)  // 0 new, 1 on stack, 2 done
        var stack: [(metric: Int, reference: Formula.Reference)] = []
        func visit(_ i: Int) throws(Diagnostic) {
            state[i] = 1
            for r in formula(i, year)?.references ?? [] {
                let j = index[r.name]!
                stack.append((i, r))
                if state[j] == 1 {
                    let start = stack.firstIndex { $0.metric == j }!
                    throw Diagnostic.formulaCycle(
                        Array(stack[start...]).map { (definitions[$0.metric].name, $0.reference) },
                        at: definitions[j].nameLocation)
                }
                if state[j] == 0 { try visit(j) }
                stack.removeLast()
            }
            state[i] = 2
        }
        for i in definitions.indices where state[i] == 0 { try visit(i) }
    }

    /// Evaluates every metric for both years, in dependency order.
    mutating func evaluate() throws(Diagnostic) -> [MetricValue] {
        for year in [Year.current, .previous] {
            var done = Set<Int>()
            for i in definitions.indices { try compute(i, year, &done) }
        }
        var out: [MetricValue] = []
        for (i, d) in definitions.enumerated() {
            let current = exact[0][d.name].map { rounded($0, i) }
            let previous = exact[1][d.name].map { rounded($0, i) }
            var change: YearOnYear?
            if let current, let previous {
                let at: SourceLocation? = switch sources[i][1] {
                case .quantity(_, let l)?: l
                case .formula(let f)?: f.location
                case nil: nil
                }
                change = try YearOnYear(
                    current: current, previous: previous, digits: precision[i] ?? options.percentDigits, at: at)
            }
            out.append(MetricValue(
                name: d.name, nameLocation: d.nameLocation, current: current, previous: previous,
                currentFormula: formula(i, .current), previousFormula: formula(i, .previous),
                change: change))
        }
        return out
    }

    /// Computed values are rounded at the metric's precision (精度), else at
    /// `percentDigits` for a percentage and `decimalDigits` otherwise.
    func rounded(_ q: Quantity, _ i: Int) -> Quantity {
        guard q.text == nil else { return q }
        return q.rounded(digits: precision[i] ?? (q.isPercent ? options.percentDigits : options.decimalDigits))
    }

    mutating func compute(_ i: Int, _ year: Year, _ done: inout Set<Int>) throws(Diagnostic) {
        guard !done.contains(i) else { return }
        done.insert(i)
        switch sources[i][year.rawValue] {
        case nil: return
        case .quantity(let q, _)?: exact[year.rawValue][definitions[i].name] = q
        case .formula(let f)?:
            for r in f.references { try compute(index[r.name]!, year, &done) }
            do {
                if let q = try value(of: f.root, year) { exact[year.rawValue][definitions[i].name] = q }
            } catch {
                // 上年 is best effort: a zero divisor there leaves 上年 unknown.
                if year == .previous && error.code == .divisionByZero { return }
                throw error
            }
        }
    }

    /// The exact value of `node`; `nil` when a referenced 上年 is unknown.
    func value(of node: Formula.Node, _ year: Year) throws(Diagnostic) -> Quantity? {
        switch node {
        case .literal(let q): return q
        case .reference(let r):
            if let q = exact[year.rawValue][r.name] { return q.computed }
            if year == .current { throw Diagnostic.missingMetricValue(r) }
            return nil
        case .negate(let x): return try value(of: x, year)?.negated
        case .binary(let op, let l, let r, let at):
            guard let a = try value(of: l, year), let b = try value(of: r, year) else { return nil }
            return try a.combined(op, b, at: at)
        }
    }
}

extension Diagnostic {
    static func duplicateMetric(_ name: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        .error(.duplicateMetric, "指标“\(name)”重复定义", at: location,
               hint: "删除其中一个，或改用不同的名称", notes: [.init("第一次定义在这里", at: first)])
    }

    static func badPrecision(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error(.badPrecision, "精度“\(text)”应是0到6的整数", at: location,
               hint: "精度是小数点后保留的位数，如“精度: 1”")
    }

    static func unknownMetric(_ r: Formula.Reference, suggestion: String?) -> Diagnostic {
        .error(.unknownMetric, "没有名为“\(r.name)”的指标", at: r.location,
               hint: suggestion.map { "是不是“\($0)”？" } ?? "先在指标中定义它，公式里的名称要与指标名完全一致")
    }

    static func missingMetricValue(_ r: Formula.Reference) -> Diagnostic {
        .error(.missingMetricValue, "指标“\(r.name)”没有本年数值", at: r.location,
               hint: "给“\(r.name)”填上本年数值")
    }

    static func formulaCycle(_ steps: [(metric: String, reference: Formula.Reference)], at location: SourceLocation) -> Diagnostic {
        let path = (steps.map(\.metric) + [steps[0].metric]).joined(separator: " → ")
        return .error(
            .formulaCycle, "公式循环引用：\(path)", at: location,
            hint: "至少有一个指标要直接填数值",
            notes: steps.map { .init("“\($0.metric)”的公式引用了“\($0.reference.name)”", at: $0.reference.location) })
    }
}
