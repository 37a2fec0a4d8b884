#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

    /// Rounds half away from zero ("四舍五入") to `digits` places after the
    /// point (0 or more), as `NSDecimalRound` with `.plain` does. Works on
    /// the decimal digits of `description`, which Decimal writes in full
    /// (no exponent), so no binary rounding can creep in.
    static func rounded(_ d: Decimal, digits: Int) -> Decimal {
        let places = Swift.max(digits, 0)
        guard d.exponent < -places else { return d }
        let text = d.description
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : Substring(text)
        let point = unsigned.firstIndex(of: ".") ?? unsigned.endIndex
        let fraction = point < unsigned.endIndex ? unsigned[unsigned.index(after: point)...] : ""
        guard fraction.count > places else { return d }
        // The kept digits, then add one in the last place when the first dropped digit is 5 or more.
        var kept = Array(unsigned[..<point].utf8) + Array(fraction.prefix(places).utf8)
        if fraction.utf8[fraction.utf8.index(fraction.utf8.startIndex, offsetBy: places)] >= UInt8(ascii: "5") {
            var i = kept.count - 1
            while i >= 0, kept[i] == UInt8(ascii: "9") {
                kept[i] = UInt8(ascii: "0")
                i -= 1
            }
            if i >= 0 { kept[i] += 1 } else { kept.insert(UInt8(ascii: "1"), at: 0) }
        }
        var result = String(decoding: kept.dropLast(places), as: UTF8.self)
        if places > 0 { result += "." + String(decoding: kept.suffix(places), as: UTF8.self) }
        return Decimal(string: (negative ? "-" : "") + result) ?? d
    }

    /// `d` times 10 to the power `exponent` (negative: divided by it),
    /// exactly; without any arithmetic when `exponent` is 0, as for most
    /// quantities (no 万 or 亿): a Decimal division costs tens of thousands
    /// of instructions. The result may keep trailing zeros that the
    /// arithmetic would have dropped (1.50 for 1.5): no text depends on
    /// that, as numbers are written by `plain`, which drops them.
    static func scaled(_ d: Decimal, by exponent: Int) -> Decimal {
        if exponent == 0 { return d }
        return exponent > 0 ? d * power10(exponent) : d / power10(-exponent)
    }

    /// `10` raised to `exponent` (0 or more), exactly.
    static func power10(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
