#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The change of a metric from 上年 to 本年, worded as reports word it.
///
/// - Amounts: 增加12名 / 减少3个 / 持平.
/// - Percentages change in percentage points: 提高2.1个百分点 / 下降0.5个百分点.
/// - Rates: 增长8.6% / 下降3.2% / 持平, relative to |上年|, rounded half
///   away from zero (四舍五入) at `digits` places. When 上年 is 0 the rate is
///   undefined (`rate == nil`, `rateWording == nil`) unless 本年 is 0 too (持平).
/// - A nonzero change that rounds to zero is 基本持平.
/// - When either year is approximate, the amount reads 约: 增加约12名.
public struct YearOnYear: Sendable, Hashable {
    /// Which way the metric moved.
    public enum Direction: Sendable, Hashable {
        /// 本年 is larger.
        case up
        /// 本年 is smaller.
        case down
        /// Exactly equal.
        case flat
    }

    /// 本年.
    public var current: Quantity
    /// 上年.
    public var previous: Quantity
    /// 本年 − 上年, exact; for percentages in 个百分点.
    public var difference: Quantity
    /// The relative change in percent, rounded at `digits`; `nil` when 上年 is 0
    /// and 本年 is not. Computed when asked: a draft names few rates, and
    /// Decimal division and rounding are slow.
    public var rate: Decimal? {
        if previous.value.isZero { return current.value.isZero ? 0 : nil }
        let exact = (current.value - previous.value) / abs(previous.value) * 100
        return DecimalText.rounded(exact, digits: digits)
    }
    /// Digits after the point for `rate`.
    public var digits: Int

    /// Compares two values of one metric.
    ///
    /// - Throws: `unit-mismatch` at `location` when the units differ.
    public init(
        current: Quantity, previous: Quantity, digits: Int = 1, at location: SourceLocation? = nil
    ) throws(Diagnostic) {
        guard current.dimension == previous.dimension else {
            throw Diagnostic.yearUnitMismatch(current, previous, at: location)
        }
        self.current = current
        self.previous = previous
        self.digits = digits
        var diff = try current.subtracting(previous)
        if current.isApproximate || previous.isApproximate { diff.approximation = .about }
        if current.isPercent {
            diff = Quantity(diff.amount, unit: "个百分点", approximation: diff.approximation)
        }
        self.difference = diff
    }

    /// Which way the metric moved: by the exact difference.
    public var direction: Direction {
        difference.value > 0 ? .up : (difference.value < 0 ? .down : .flat)
    }

    /// Whether the metric is a percentage, so that changes are in 个百分点.
    public var isPercent: Bool { current.isPercent }

    var approximateMark: String { difference.isApproximate ? "约" : "" }

    /// The difference without sign, 约 and magnitude kept: “12名”, “50万元”.
    var differenceMagnitude: String {
        var d = difference
        d.amount = abs(d.amount)
        d.approximation = nil
        return d.formatted
    }

    /// 增加12名 / 减少3个 / 提高2.1个百分点 / 下降0.5个百分点 / 持平.
    public var differenceWording: String {
        switch direction {
        case .flat: return "持平"
        case .up: return (isPercent ? "提高" : "增加") + approximateMark + differenceMagnitude
        case .down: return (isPercent ? "下降" : "减少") + approximateMark + differenceMagnitude
        }
    }

    /// 增长8.6% / 下降3.2% / 持平 / 基本持平; `nil` when the rate is undefined.
    public var rateWording: String? {
        guard let rate = self.rate else { return nil }
        if direction == .flat { return "持平" }
        if rate.isZero { return "基本持平" }
        let verb = rate > 0 ? "增长" : "下降"
        return verb + approximateMark + DecimalText.plain(abs(rate)) + "%"
    }

    /// The signed difference: “12名”, “-3个”, “0名”, “2.1个百分点”.
    public var signedDifference: String {
        var d = difference
        d.approximation = nil
        return d.formatted
    }

    /// The signed rate: “8.6%”, “-3.2%”; `nil` when undefined.
    public var signedRate: String? {
        rate.map { DecimalText.plain($0) + "%" }
    }
}

extension Diagnostic {
    static func yearUnitMismatch(_ current: Quantity, _ previous: Quantity, at location: SourceLocation?) -> Diagnostic {
        .error(
            .unitMismatch,
            "本年和上年的单位不一致：\(unitName(current))和\(unitName(previous))",
            at: location, hint: "上年和本年用同一种单位，才能比较增减")
    }
}
