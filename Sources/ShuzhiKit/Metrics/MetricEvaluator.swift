/// Builds a `MetricTable`: checks names and references, orders formulas,
/// evaluates both years. One evaluator per table build.
///
/// Every problem is collected, once, where it is; a metric with a problem,
/// and every metric computed from it, is left out of the result without a
/// further message, so one mistake never turns into a cascade. Nothing
/// here recurses: a chain or a cycle of thousands of formulas is walked on
/// an explicit stack.
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
    /// Per definition, per year: the metrics its formula names.
    var references: [[[Formula.Reference]]] = []
    /// Exact (unrounded) values, per year.
    var exact: [[String: Quantity]] = [[:], [:]]
    /// Per definition: it has a problem, or depends on a metric that has one.
    var failed: [Bool]
    /// The problems, in the order `MetricTable` documents.
    var diagnostics: [Diagnostic] = []
    var suggester = Suggester()

    init(_ definitions: [MetricDefinition], options: MetricTable.Options) {
        self.definitions = definitions
        self.options = options
        failed = Array(repeating: false, count: definitions.count)
        for (i, d) in definitions.enumerated() {
            if let first = index[d.name] {
                fail(i, .duplicateMetric(d.name, at: d.nameLocation, first: definitions[first].nameLocation))
            } else {
                index[d.name] = i
            }
        }
        for (i, d) in definitions.enumerated() {
            var digits: Int?
            var current: Source?
            var previous: Source?
            do throws(Diagnostic) {
                if let p = d.precision { digits = try Self.parsePrecision(p) }
                current = try d.current.map { e throws(Diagnostic) in try Self.parse(e) }
                previous = try d.previous.map { e throws(Diagnostic) in try Self.parse(e) }
            } catch {
                if !failed[i] { fail(i, error) }
                current = nil
                previous = nil
            }
            if previous == nil, case .formula? = current { previous = current }
            sources.append([current, previous])
            precision.append(digits)
        }
        references = sources.map { $0.map { if case .formula(let f)? = $0 { f.references } else { [] } } }
        checkReferences()
        for year in [Year.current, .previous] { checkCycles(year) }
    }

    mutating func fail(_ i: Int, _ problem: Diagnostic) {
        failed[i] = true
        diagnostics.append(problem)
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

    /// The first unknown name in each formula, with the closest known name.
    mutating func checkReferences() {
        let names = definitions.map(\.name)
        for i in definitions.indices where !failed[i] {
            let unknown = (references[i][0] + references[i][1]).first { index[$0.name] == nil }
            if let r = unknown {
                fail(i, .unknownMetric(r, suggestion: suggester.closest(to: r.name, among: names, key: "metrics")))
            }
        }
    }

    /// Depth-first search in definition order; each cycle found is reported
    /// at the name of the metric where it starts, with a note at each
    /// reference, and its metrics are left out.
    mutating func checkCycles(_ year: Year) {
        var state = [UInt8](repeating: 0, count: definitions.count)  // 0 new, 1 on the path, 2 done
        // Each metric on the path with the index of the next reference to follow.
        var path: [(metric: Int, next: Int)] = []
        for root in definitions.indices where state[root] == 0 && !failed[root] {
            state[root] = 1
            path.append((root, 0))
            while let (i, next) = path.last {
                let references = self.references[i][year.rawValue]
                guard next < references.count else {
                    state[i] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let j = index[references[next].name]!
                if failed[j] { continue }
                if state[j] == 1 {
                    // Each metric on the cycle is following the reference before its `next`.
                    let start = path.firstIndex { $0.metric == j }!
                    let steps = path[start...].map {
                        (definitions[$0.metric].name, self.references[$0.metric][year.rawValue][$0.next - 1])
                    }
                    diagnostics.append(.formulaCycle(steps, at: definitions[j].nameLocation))
                    for k in path[start...] {
                        failed[k.metric] = true
                        state[k.metric] = 2
                    }
                    path.removeSubrange(start...)
                    continue
                }
                if state[j] == 0 {
                    state[j] = 1
                    path.append((j, 0))
                }
            }
        }
    }

    /// Evaluates every metric for both years, in dependency order; the
    /// metrics that failed are left out.
    mutating func evaluate() -> [MetricValue] {
        for year in [Year.current, .previous] { compute(year) }
        var out: [MetricValue] = []
        for (i, d) in definitions.enumerated() where !failed[i] {
            let current = exact[0][d.name].map { rounded($0, i) }
            let previous = exact[1][d.name].map { rounded($0, i) }
            var change: YearOnYear?
            if let current, let previous {
                let at: SourceLocation? = switch sources[i][1] {
                case .quantity(_, let l)?: l
                case .formula(let f)?: f.location
                case nil: nil
                }
                do throws(Diagnostic) {
                    change = try YearOnYear(
                        current: current, previous: previous, digits: precision[i] ?? options.percentDigits, at: at)
                } catch {
                    fail(i, error)
                    continue
                }
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

    /// Computes every metric of `year` after the metrics it references, in
    /// definition order otherwise: a depth-first walk on an explicit stack
    /// (cycles were left out by `checkCycles`).
    mutating func compute(_ year: Year) {
        var done = failed
        var pending: [(metric: Int, next: Int)] = []
        for root in definitions.indices where !done[root] {
            done[root] = true
            pending.append((root, 0))
            while let (i, next) = pending.last {
                let references = self.references[i][year.rawValue]
                if next < references.count {
                    pending[pending.count - 1].next += 1
                    let j = index[references[next].name]!
                    if !done[j] {
                        done[j] = true
                        pending.append((j, 0))
                    }
                    continue
                }
                pending.removeLast()
                computeValue(i, year)
            }
        }
    }

    mutating func computeValue(_ i: Int, _ year: Year) {
        switch sources[i][year.rawValue] {
        case nil: return
        case .quantity(let q, _)?: exact[year.rawValue][definitions[i].name] = q
        case .formula(let f)?:
            do throws(Diagnostic) {
                switch try value(of: f, year) {
                case .known(let q): exact[year.rawValue][definitions[i].name] = q
                case .unknown: break
                case .failed: failed[i] = true
                }
            } catch {
                // 上年 is best effort: a zero divisor there leaves 上年 unknown.
                if year == .previous && error.code == .divisionByZero { return }
                fail(i, error)
            }
        }
    }

    enum Outcome {
        case known(Quantity)
        /// A referenced 上年 is unknown.
        case unknown
        /// A referenced metric failed: its problem is already reported.
        case failed
    }

    /// The exact value of `formula`, evaluated on a stack of operands.
    func value(of formula: Formula, _ year: Year) throws(Diagnostic) -> Outcome {
        var stack: [Quantity?] = []
        for step in formula.steps {
            switch step {
            case .literal(let q):
                stack.append(q)
            case .reference(let r):
                if let q = exact[year.rawValue][r.name] {
                    stack.append(q.computed)
                } else if failed[index[r.name]!] {
                    return .failed
                } else if year == .current {
                    throw Diagnostic.missingMetricValue(r)
                } else {
                    stack.append(nil)
                }
            case .negate:
                stack.append(stack.removeLast()?.negated)
            case .binary(let op, let at):
                let b = stack.removeLast()
                let a = stack.removeLast()
                if let a, let b { stack.append(try a.combined(op, b, at: at)) } else { stack.append(nil) }
            }
        }
        return (stack.last ?? nil).map(Outcome.known) ?? .unknown
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

    /// A cycle of more than `shownCycleSteps` metrics is shown by its first
    /// ones and its length: a message thousands of names long helps nobody.
    static let shownCycleSteps = 10

    static func formulaCycle(_ steps: [(metric: String, reference: Formula.Reference)], at location: SourceLocation) -> Diagnostic {
        let shown = steps.prefix(shownCycleSteps)
        let names = shown.map(\.metric) + (steps.count > shown.count ? ["……"] : []) + [steps[0].metric]
        var message = "公式循环引用：" + names.joined(separator: " → ")
        if steps.count > shown.count { message += "（共\(steps.count)个指标）" }
        return .error(
            .formulaCycle, message, at: location,
            hint: "至少有一个指标要直接填数值",
            notes: shown.map { .init("“\($0.metric)”的公式引用了“\($0.reference.name)”", at: $0.reference.location) })
    }
}
