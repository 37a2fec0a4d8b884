#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A number from a report with its unit: `10名`, `650万元`, `96.6%`, `60余次`.
///
/// The value is an exact `Decimal`, never a binary floating-point number, so
/// `1.2万元 + 3000元` is exactly `1.5万元`. A quantity remembers how it was
/// written: a parsed quantity prints back exactly as its source text
/// (`text`), a computed one is formatted from its parts (see `description`).
///
/// Equality compares the amount as written, the magnitude, the unit (with
/// `%` and `％` equal) and the approximation; not the source text. So
/// `1.5万元` and `15000元` are different values with the same `value`.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// A magnitude prefix that multiplies the written number: 万 (10⁴) or 亿 (10⁸).
    public enum Magnitude: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// No prefix.
        case one = 0
        /// 万, ten thousand.
        case wan = 4
        /// 亿, a hundred million.
        case yi = 8

        /// The power of ten this prefix stands for.
        public var exponent: Int { rawValue }

        /// The prefix as written: "", "万" or "亿".
        public var symbol: String {
            switch self {
            case .one: ""
            case .wan: "万"
            case .yi: "亿"
            }
        }

        /// Smaller prefixes first: none, 万, 亿.
        public static func < (a: Magnitude, b: Magnitude) -> Bool { a.rawValue < b.rawValue }
    }

    /// How a quantity is only approximately known.
    public enum Approximation: Sendable, Hashable {
        /// "More than", written 余 or 多 after the number (`60余次`, `25万多元`);
        /// the associated value is the character used.
        case over(Character)
        /// "About", written 约 before the number, and used for computed values
        /// whose bound direction is lost (a ratio of approximate counts).
        case about
    }

    /// The number as written, before the magnitude: 1.67 in `1.67万人`.
    public var amount: Decimal
    /// The magnitude prefix: `.wan` in `1.67万人`.
    public var magnitude: Magnitude
    /// The unit as written: "人", "元", "平方米", "%" or "％"; "" for a bare number.
    public var unit: String
    /// Whether, and how, the number is approximate; `nil` for an exact number.
    public var approximation: Approximation?
    /// The exact source text for a parsed quantity, `nil` for a computed one.
    public private(set) var text: String?

    /// Creates a computed quantity (it has no source text).
    public init(
        _ amount: Decimal, unit: String = "", magnitude: Magnitude = .one,
        approximation: Approximation? = nil
    ) {
        self.amount = amount
        self.magnitude = magnitude
        self.unit = unit
        self.approximation = approximation
        self.text = nil
    }

    init(
        amount: Decimal, unit: String, magnitude: Magnitude,
        approximation: Approximation?, text: String?
    ) {
        self.init(amount, unit: unit, magnitude: magnitude, approximation: approximation)
        self.text = text
    }

    /// The value in the base unit: 16700 for `1.67万人`, 96.6 for `96.6%`.
    public var value: Decimal { DecimalText.scaled(amount, by: magnitude.exponent) }

    /// Whether the unit is a percent sign (`%` or `％`).
    public var isPercent: Bool { unit == "%" || unit == "％" }

    /// Whether the number is approximate (余, 多, 约, or computed from such a number).
    public var isApproximate: Bool { approximation != nil }

    /// The unit with `％` folded to `%`: units are compatible when these are equal.
    public var dimension: String { unit == "％" ? "%" : unit }

    /// The source text for a parsed quantity; otherwise the formatted value:
    /// the amount with trailing zeros trimmed, then 余/多, the magnitude and the
    /// unit (`1.5万余元`), or 约 first for `.about` (`约96.6%`).
    public var description: String { text ?? formatted }

    /// The quantity formatted from its parts, ignoring any source text.
    public var formatted: String {
        var out = ""
        if approximation == .about { out += "约" }
        out += DecimalText.plain(amount)
        if magnitude == .one, case .over(let c) = approximation { out.append(c) }
        out += magnitude.symbol
        if magnitude != .one, case .over(let c) = approximation { out.append(c) }
        out += unit
        return out
    }

    /// The same quantity without its source text, so that it prints formatted.
    public var computed: Quantity {
        var copy = self
        copy.text = nil
        return copy
    }

    /// Same amount as written, magnitude, unit (`%` = `％`) and approximation.
    public static func == (a: Quantity, b: Quantity) -> Bool {
        a.amount == b.amount && a.magnitude == b.magnitude && a.dimension == b.dimension
            && a.approximation == b.approximation
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(DecimalText.plain(amount))
        hasher.combine(magnitude)
        hasher.combine(dimension)
        hasher.combine(approximation)
    }
}
