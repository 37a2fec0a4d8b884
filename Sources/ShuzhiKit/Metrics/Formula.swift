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

    indirect enum Node: Sendable, Hashable {
        case literal(Quantity)
        case reference(Reference)
        case negate(Node)
        /// An operation, with the location of its operator.
        case binary(Quantity.Operation, Node, Node, SourceLocation)
    }

    /// The formula exactly as written, `=` included.
    public let text: String
    /// Where `text` starts.
    public let location: SourceLocation
    let root: Node

    /// Every metric the formula names, in the order written (repeats kept).
    public var references: [Reference] {
        var out: [Reference] = []
        func walk(_ n: Node) {
            switch n {
            case .literal: break
            case .reference(let r): out.append(r)
            case .negate(let x): walk(x)
            case .binary(_, let l, let r, _):
                walk(l)
                walk(r)
            }
        }
        walk(root)
        return out
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
        let root = try parser.parseFormula()
        return Formula(text: text, location: location, root: root)
    }
}

/// Recursive descent over the characters of a formula.
struct FormulaParser {
    var s: QuantityScanner

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

    mutating func parseFormula() throws(Diagnostic) -> Formula.Node {
        s.skipSpaces()
        guard let c = s.current, c == "=" || c == "＝" else {
            throw Diagnostic.formulaWithoutEquals(at: s.location(at: s.i))
        }
        s.i += 1
        s.skipSpaces()
        if s.current == nil { throw Diagnostic.emptyFormula(at: s.location(at: s.i)) }
        let node = try parseSum()
        s.skipSpaces()
        if let c = s.current {
            if Self.close.contains(c) { throw Diagnostic.strayCloseParen(at: s.location(at: s.i)) }
            throw Diagnostic.missingOperator(at: s.location(at: s.i))
        }
        return node
    }

    mutating func parseSum() throws(Diagnostic) -> Formula.Node {
        var left = try parseProduct()
        while true {
            s.skipSpaces()
            guard let c = s.current, let op = Self.operators[c], op == .add || op == .subtract else {
                return left
            }
            let at = s.location(at: s.i)
            s.i += 1
            left = .binary(op, left, try parseProduct(), at)
        }
    }

    mutating func parseProduct() throws(Diagnostic) -> Formula.Node {
        var left = try parseUnary()
        while true {
            s.skipSpaces()
            guard let c = s.current, let op = Self.operators[c], op == .multiply || op == .divide else {
                return left
            }
            let at = s.location(at: s.i)
            s.i += 1
            left = .binary(op, left, try parseUnary(), at)
        }
    }

    mutating func parseUnary() throws(Diagnostic) -> Formula.Node {
        s.skipSpaces()
        if let c = s.current, Self.operators[c] == .subtract {
            s.i += 1
            return .negate(try parseUnary())
        }
        return try parsePrimary()
    }

    mutating func parsePrimary() throws(Diagnostic) -> Formula.Node {
        s.skipSpaces()
        guard let c = s.current else { throw Diagnostic.missingOperand(nil, at: s.location(at: s.i)) }
        if Self.open.contains(c) {
            let openAt = s.location(at: s.i)
            s.i += 1
            let inner = try parseSum()
            s.skipSpaces()
            guard let d = s.current, Self.close.contains(d) else {
                throw Diagnostic.unclosedParen(at: s.location(at: s.i), open: openAt)
            }
            s.i += 1
            return inner
        }
        if QuantityScanner.digit(c) != nil {
            var q = try s.scanQuantity(allowTrailing: true)
            q = Quantity(q.amount, unit: q.unit, magnitude: q.magnitude, approximation: q.approximation)
            return .literal(q)
        }
        if Self.endsName(c) { throw Diagnostic.missingOperand(c, at: s.location(at: s.i)) }
        let start = s.i
        while let d = s.current, !Self.endsName(d) { s.i += 1 }
        let name = String(s.chars[start..<s.i])
        return .reference(.init(name: name, location: s.location(at: start)))
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

    static func unclosedParen(at location: SourceLocation, open: SourceLocation) -> Diagnostic {
        .error(.badFormula, "缺少右括号", at: location, hint: "在这里补上“)”",
               notes: [.init("左括号在这里", at: open)])
    }
}
