#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Exact arithmetic with units.
///
/// - `+` and `-` need the same unit (`%` and `％` are the same); 万 and 亿
///   scale: `1.2万元 + 3000元 = 1.5万元`.
/// - `*` needs at least one side without a unit or with a ratio unit
///   (`%`, `‰`, `成`, `倍`, `个百分点`): `200名 * 5% = 10名`, and a bare
///   ratio times `100%` is a percentage: `0.966 * 100% = 96.6%`.
/// - `/` of like units is a bare ratio (`58件 / 60件 = 0.9666…`); by a bare
///   number or a ratio unit keeps the dividend's unit; of unlike units keeps
///   the dividend's unit, read as “per”: `129.43万元 / 174户` is 元 per 户.
/// - A result is approximate when an operand is: 余/多 survive where the
///   result is still a lower bound (`60余次 + 3次 = 63余次`), otherwise the
///   result is “about” (约).
/// - A result's magnitude is the largest 万/亿 the operands used that the
///   result reaches: `1.2万元 - 1.1万元 = 1000元`.
extension Quantity {
    /// The four operations, with their written symbol for messages.
    public enum Operation: String, Sendable, Hashable {
        /// `+`.
        case add = "+"
        /// `-`.
        case subtract = "-"
        /// `*`.
        case multiply = "*"
        /// `/`.
        case divide = "/"

        var verb: String {
            switch self {
            case .add: "相加"
            case .subtract: "相减"
            case .multiply: "相乘"
            case .divide: "相除"
            }
        }
    }

    /// What a ratio unit stands for as a plain number: `%` is 0.01.
    static func ratioFactor(_ unit: String) -> Decimal? {
        switch unit {
        case "%", "％", "个百分点": Decimal(string: "0.01")
        case "‰": Decimal(string: "0.001")
        case "成": Decimal(string: "0.1")
        case "倍": 1
        default: nil
        }
    }

    /// `self + other`. Throws `unit-mismatch` at `location` (the operator, if known).
    public func adding(_ other: Quantity, at location: SourceLocation? = nil) throws(Diagnostic) -> Quantity {
        try combined(.add, other, at: location)
    }

    /// `self - other`. Throws `unit-mismatch` at `location`.
    public func subtracting(_ other: Quantity, at location: SourceLocation? = nil) throws(Diagnostic) -> Quantity {
        try combined(.subtract, other, at: location)
    }

    /// `self * other`. Throws `unit-mismatch` when both sides carry a non-ratio unit.
    public func multiplied(by other: Quantity, at location: SourceLocation? = nil) throws(Diagnostic) -> Quantity {
        try combined(.multiply, other, at: location)
    }

    /// `self / other`. Throws `division-by-zero` or `unit-mismatch` at `location`.
    public func divided(by other: Quantity, at location: SourceLocation? = nil) throws(Diagnostic) -> Quantity {
        try combined(.divide, other, at: location)
    }

    /// Sum; see `adding(_:at:)`.
    public static func + (a: Quantity, b: Quantity) throws(Diagnostic) -> Quantity { try a.adding(b) }
    /// Difference; see `subtracting(_:at:)`.
    public static func - (a: Quantity, b: Quantity) throws(Diagnostic) -> Quantity { try a.subtracting(b) }
    /// Product; see `multiplied(by:at:)`.
    public static func * (a: Quantity, b: Quantity) throws(Diagnostic) -> Quantity { try a.multiplied(by: b) }
    /// Quotient; see `divided(by:at:)`.
    public static func / (a: Quantity, b: Quantity) throws(Diagnostic) -> Quantity { try a.divided(by: b) }

    /// The negated quantity (`-x` in a formula); 余 becomes 约.
    public var negated: Quantity {
        var q = Quantity(-amount, unit: unit, magnitude: magnitude, approximation: approximation)
        if case .over = approximation { q.approximation = .about }
        return q
    }

    /// Applies `operation`; the single place that decides units, magnitude and approximation.
    public func combined(
        _ operation: Operation, _ other: Quantity, at location: SourceLocation? = nil
    ) throws(Diagnostic) -> Quantity {
        let a = self, b = other
        var unit: String
        var value: Decimal
        var cap = max(a.magnitude, b.magnitude)
        // Foundation's Decimal traps (multiplication) or gives NaN (division)
        // below about 1e-110: a result that small is refused before it is computed.
        let scale = Self.scale(operation, a.value, b.value)
        if let scale, scale < Self.smallestScale { throw Diagnostic.resultTooSmall(at: location) }
        switch operation {
        case .add, .subtract:
            guard a.dimension == b.dimension else {
                throw Diagnostic.unitMismatch(operation, a, b, at: location)
            }
            unit = a.unit
            value = operation == .add ? a.value + b.value : a.value - b.value
        case .multiply:
            if a.dimension.isEmpty {
                unit = b.unit
                value = a.value * b.value
            } else if b.dimension.isEmpty {
                unit = a.unit
                value = a.value * b.value
            } else if let f = Self.ratioFactor(b.unit) {
                unit = a.unit
                value = a.value * b.value * f
            } else if let f = Self.ratioFactor(a.unit) {
                unit = b.unit
                value = a.value * f * b.value
            } else {
                throw Diagnostic.unitMismatch(operation, a, b, at: location)
            }
        case .divide:
            guard !b.value.isZero else { throw Diagnostic.divisionByZero(at: location) }
            if a.dimension == b.dimension {
                unit = ""
                value = a.value / b.value
                cap = .one
            } else if b.dimension.isEmpty {
                unit = a.unit
                value = a.value / b.value
            } else if let f = Self.ratioFactor(b.unit) {
                unit = a.unit
                value = a.value / (b.value * f)
            } else if Self.ratioFactor(a.unit) == nil {
                unit = a.unit  // "per": 元 per 户
                value = a.value / b.value
                cap = a.magnitude
            } else {
                throw Diagnostic.unitMismatch(operation, a, b, at: location)
            }
        }
        guard !value.isNaN else {
            throw (scale ?? 0) < 0 ? Diagnostic.resultTooSmall(at: location) : Diagnostic.resultTooLarge(at: location)
        }
        if QuantityUnits.ratioUnits.contains(unit) { cap = .one }
        let magnitude = Magnitude.allCases.last {
            $0 <= cap && abs(value) >= DecimalText.power10($0.exponent)
        } ?? .one
        let amount = DecimalText.scaled(value, by: -magnitude.exponent)
        return Quantity(
            amount, unit: unit, magnitude: magnitude,
            approximation: Self.approximation(operation, a, b))
    }

    /// The smallest power of ten a product or quotient may reach.
    static let smallestScale = -90

    /// About the power of ten of the product or quotient of two nonzero
    /// values (within one); `nil` for sums and when a value is zero.
    static func scale(_ operation: Operation, _ a: Decimal, _ b: Decimal) -> Int? {
        guard operation == .multiply || operation == .divide, !a.isZero, !b.isZero, !a.isNaN, !b.isNaN else {
            return nil
        }
        // A Decimal is significand × 10^exponent; the significand has at most 39 digits.
        func log10(_ d: Decimal) -> Int { d.exponent + d.significand.magnitude.description.count }
        return operation == .multiply ? log10(a) + log10(b) : log10(a) - log10(b)
    }

    /// Whether the result of `operation` is still approximate, and how.
    static func approximation(_ operation: Operation, _ a: Quantity, _ b: Quantity) -> Approximation? {
        guard a.isApproximate || b.isApproximate else { return nil }
        let over: Approximation? = {
            if case .over(let c) = a.approximation { return .over(c) }
            if case .over(let c) = b.approximation { return .over(c) }
            return nil
        }()
        switch operation {
        case .add:
            // A sum of lower bounds is a lower bound.
            if a.approximation == .about || b.approximation == .about { return .about }
            return over
        case .subtract:
            if b.isApproximate { return .about }
            return a.approximation
        case .multiply:
            if a.isApproximate && b.isApproximate { return .about }
            let exact = a.isApproximate ? b : a
            return exact.value > 0 ? (a.isApproximate ? a.approximation : b.approximation) : .about
        case .divide:
            if b.isApproximate { return .about }
            return b.value > 0 ? a.approximation : .about
        }
    }

    /// Rounded half away from zero (四舍五入) to `digits` places in the base
    /// unit (元, 人, or percentage points for `%`), keeping the magnitude.
    /// Returns `self` unchanged, source text included, when nothing is lost.
    public func rounded(digits: Int) -> Quantity {
        let r = DecimalText.rounded(value, digits: digits)
        if r == value { return self }
        return Quantity(
            DecimalText.scaled(r, by: -magnitude.exponent), unit: unit, magnitude: magnitude,
            approximation: approximation)
    }
}

extension Diagnostic {
    /// How a unit reads in a message: “万元”, or “不带单位的数”.
    static func unitName(_ q: Quantity) -> String {
        let name = q.magnitude.symbol + q.unit
        return name.isEmpty ? "不带单位的数" : "“\(name)”"
    }

    static func unitMismatch(
        _ operation: Quantity.Operation, _ a: Quantity, _ b: Quantity, at location: SourceLocation?
    ) -> Diagnostic {
        let hint: String = switch operation {
        case .add, .subtract: "相加减的数量要用同一种单位，如都用“名”"
        case .multiply: "相乘时一边应是不带单位的数或百分数，如“=党员总数*5%”"
        case .divide: "百分数只能除以不带单位的数或百分数"
        }
        return .error(
            .unitMismatch, "单位不一致：\(unitName(a))和\(unitName(b))不能\(operation.verb)",
            at: location, hint: hint)
    }

    static func resultTooLarge(at location: SourceLocation?) -> Diagnostic {
        .error(.badFormula, "计算结果太大，超出范围", at: location, hint: "检查公式是否把很大的数连乘")
    }

    static func resultTooSmall(at location: SourceLocation?) -> Diagnostic {
        .error(.badFormula, "计算结果太接近0，超出范围", at: location,
               hint: "检查公式是否把很小的数连乘，或连续除以很大的数")
    }

    static func divisionByZero(at location: SourceLocation?) -> Diagnostic {
        .error(.divisionByZero, "除数为0", at: location, hint: "检查除号后面的指标数值")
    }
}
