/// A computed metric's formula: `=调处矛盾纠纷/排查矛盾纠纷*100%`.
///
/// After `=` (or `＝`) comes an expression over metric names, quantities
/// (`100%`, `3名`, `2`), `+ - * /` (also `＋ － × ÷ ／ ＊`), unary minus
/// and parentheses (`()` or `（）`). `*` and `/` bind tighter than `+` and
/// `-`; operators of equal precedence apply left to right. A metric name is
/// a run of characters that are not operators, parentheses or spaces and do
/// not start with a digit.
public struct Formula: Sendable, Hashable {
    /// A use of a metric's name inside a formula.
    public struct Reference: Sendable, Hashable {
        /// The metric's name.
        public var name: String
        /// Where the name starts (1-based line and column in Characters).
        public var location: SourceLocation
    }

    /// One step of the formula in postfix order: operands push a value,
    /// operators pop theirs. A flat list rather than a tree, so that a
    /// formula of thousands of terms is evaluated, compared and freed
    /// without recursion.
    enum Step: Sendable, Hashable {
        case literal(Quantity)
        case reference(Reference)
        case negate
        /// An operation, with the location of its operator.
        case binary(Quantity.Operation, SourceLocation)
    }

    /// The formula exactly as written, `=` included.
    public let text: String
    /// Where `text` starts.
    public let location: SourceLocation
    let steps: [Step]

    /// Every metric the formula names, in the order written (repeats kept).
    public var references: [Reference] {
        steps.compactMap { if case .reference(let r) = $0 { r } else { nil } }
    }

    /// Whether `text` is a formula: its first non-space character is `=` or `＝`.
    public static func isFormula(_ text: String) -> Bool {
        text.first { !QuantityScanner.spaces.contains($0) }.map { $0 == "=" || $0 == "＝" } ?? false
    }

    /// Parses a formula.
    ///
    /// - Parameters:
    ///   - text: the value as written, starting with `=` (spaces before it allowed).
    ///   - location: where `text` starts; error locations add the offset in Characters.
    /// - Throws: `bad-formula` at the problem, or `bad-quantity` inside a number.
    public static func parse(_ text: String, at location: SourceLocation) throws(Diagnostic) -> Formula {
        var parser = FormulaParser(QuantityScanner(Array(text), base: location))
        try parser.parseFormula()
        return Formula(text: text, location: location, steps: parser.steps)
    }
}

/// Recursive descent over the characters of a formula, writing postfix
/// steps. Only parentheses recurse, and no deeper than `maxNesting`; a run
/// of unary minus signs and a long sum or product are loops.
struct FormulaParser {
    var s: QuantityScanner
    var steps: [Formula.Step] = []
    var nesting = 0

    /// How deeply parentheses may nest: far beyond any real formula, well
    /// within a thread's stack.
    static let maxNesting = 100

    init(_ scanner: QuantityScanner) { s = scanner }

    static let operators: [Character: Quantity.Operation] = [
        "+": .add, "＋": .add, "-": .subtract, "－": .subtract, "−": .subtract,
        "*": .multiply, "＊": .multiply, "×": .multiply, "/": .divide, "／": .divide, "÷": .divide,
    ]
    static let open: Set<Character> = ["(", "（"]
    static let close: Set<Character> = [")", "）"]

    static func endsName(_ c: Character) -> Bool {
        operators[c] != nil || open.contains(c) || close.contains(c) || QuantityScanner.spaces.contains(c)
            || c == "=" || c == "＝"
    }

    mutating func parseFormula() throws(Diagnostic) {
        s.skipSpaces()
        guard let c = s.current, c == "=" || c == "＝" else {
            throw Diagnostic.formulaWithoutEquals(at: s.location(at: s.i))
        }
        s.i += 1
        s.skipSpaces()
        if s.current == nil { throw Diagnostic.emptyFormula(at: s.location(at: s.i)) }
        try parseSum()
        s.skipSpaces()
        if let c = s.current {
            if Self.close.contains(c) { throw Diagnostic.strayCloseParen(at: s.location(at: s.i)) }
            throw Diagnostic.missingOperator(at: s.location(at: s.i))
        }
    }

    mutating func parseSum() throws(Diagnostic) {
        try parseProduct()
        while true {
            s.skipSpaces()
            guard let c = s.current, let op = Self.operators[c], op == .add || op == .subtract else { return }
            let at = s.location(at: s.i)
            s.i += 1
            try parseProduct()
            steps.append(.binary(op, at))
        }
    }

    mutating func parseProduct() throws(Diagnostic) {
        try parseUnary()
        while true {
            s.skipSpaces()
            guard let c = s.current, let op = Self.operators[c], op == .multiply || op == .divide else { return }
            let at = s.location(at: s.i)
            s.i += 1
            try parseUnary()
            steps.append(.binary(op, at))
        }
    }

    mutating func parseUnary() throws(Diagnostic) {
        var negations = 0
        while true {
            s.skipSpaces()
            guard let c = s.current, Self.operators[c] == .subtract else { break }
            s.i += 1
            negations += 1
        }
        try parsePrimary()
        steps += repeatElement(.negate, count: negations)
    }

    mutating func parsePrimary() throws(Diagnostic) {
        s.skipSpaces()
        guard let c = s.current else { throw Diagnostic.missingOperand(nil, at: s.location(at: s.i)) }
        if Self.open.contains(c) {
            let openAt = s.location(at: s.i)
            guard nesting < Self.maxNesting else { throw Diagnostic.parenthesesTooDeep(at: openAt) }
            nesting += 1
            s.i += 1
            try parseSum()
            s.skipSpaces()
            guard let d = s.current, Self.close.contains(d) else {
                throw Diagnostic.unclosedParen(at: s.location(at: s.i), open: openAt)
            }
            s.i += 1
            nesting -= 1
            return
        }
        if QuantityScanner.digit(c) != nil {
            var q = try s.scanQuantity(allowTrailing: true)
            q = Quantity(q.amount, unit: q.unit, magnitude: q.magnitude, approximation: q.approximation)
            steps.append(.literal(q))
            return
        }
        if Self.endsName(c) { throw Diagnostic.missingOperand(c, at: s.location(at: s.i)) }
        let start = s.i
        while let d = s.current, !Self.endsName(d) { s.i += 1 }
        let name = String(s.chars[start..<s.i])
        steps.append(.reference(.init(name: name, location: s.location(at: start))))
    }
}

extension Diagnostic {
    static let formulaExample = "公式写法如“=调处矛盾纠纷/排查矛盾纠纷*100%”"

    static func formulaWithoutEquals(at location: SourceLocation) -> Diagnostic {
        .error(.badFormula, "公式要以“=”开头", at: location, hint: formulaExample)
    }

    static func emptyFormula(at location: SourceLocation) -> Diagnostic {
        .error(.badFormula, "“=”后面缺少公式", at: location, hint: formulaExample)
    }

    static func missingOperand(_ found: Character?, at location: SourceLocation) -> Diagnostic {
        let message = found.map { "“\($0)”前面缺少数或指标名" } ?? "公式末尾缺少数或指标名"
        return .error(.badFormula, message, at: location, hint: formulaExample)
    }

    static func missingOperator(at location: SourceLocation) -> Diagnostic {
        .error(.badFormula, "这里缺少运算符", at: location,
               hint: "在两个数或指标名之间加上“+”“-”“*”“/”；指标名中间不能有空格")
    }

    static func strayCloseParen(at location: SourceLocation) -> Diagnostic {
        .error(.badFormula, "多余的右括号", at: location, hint: "删除它，或在前面补上左括号")
    }

    static func parenthesesTooDeep(at location: SourceLocation) -> Diagnostic {
        .error(.badFormula, "括号嵌套超过\(FormulaParser.maxNesting)层", at: location,
               hint: "把公式拆成几个指标，每个指标算一步")
    }

    static func unclosedParen(at location: SourceLocation, open: SourceLocation) -> Diagnostic {
        .error(.badFormula, "缺少右括号", at: location, hint: "在这里补上“)”",
               notes: [.init("左括号在这里", at: open)])
    }
}
