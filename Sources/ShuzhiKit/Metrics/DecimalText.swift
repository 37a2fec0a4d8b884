import Foundation

/// Exact decimal helpers shared by quantities and year-on-year wording.
///
/// `Decimal` keeps 38 significant digits, so sums and differences of the
/// numbers in a report are exact; only division can produce a value that
/// must be rounded, and rounding happens once, at display precision.
enum DecimalText {
    /// Plain digits, no exponent, no trailing fractional zeros, "-" for negatives
    /// and never "-0".
    static func plain(_ d: Decimal) -> String {
        if d.isZero { return "0" }
        var s = d.description
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// Rounds half away from zero ("四舍五入") to `digits` places after the point.
    static func rounded(_ d: Decimal, digits: Int) -> Decimal {
        var result = Decimal()
        var value = d
        NSDecimalRound(&result, &value, digits, .plain)
        return result
    }

    /// `10` raised to `exponent` (0 or more), exactly.
    static func power10(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
