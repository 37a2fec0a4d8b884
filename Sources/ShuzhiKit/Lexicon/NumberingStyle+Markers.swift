extension NumberingStyle {
    /// The spelling a user writes in an input file or a template
    /// (`编号: 一是`), one per style.
    public var spelling: String {
        switch self {
        case .chineseComma: "一、"
        case .chineseParen: "（一）"
        case .arabicDot: "1."
        case .arabicParen: "（1）"
        case .shiRunIn: "一是"
        case .diYi: "第一，"
        case .shouxian: "首先"
        case .circled: "①"
        case .dash: "——"
        case .none: "无"
        case .aspect: "方面"
        case .labelled: "问题1："
        case .bracketed: "【】"
        case .parallel: "针对"
        }
    }

    /// Whether a draft can number items in this style; the styles only read
    /// from reports (by aspect, by label) carry words a draft cannot invent.
    public var isDrafted: Bool { self != .aspect && self != .labelled && self != .bracketed && self != .parallel }

    /// The style a spelling names. Half-width variants that users type are
    /// accepted: `(一)`, `第一,`, `1、`, `(1)`.
    public init?(spelling: String) {
        let s = spelling.trimmingSpaces()
        switch s {
        case "一、", "一": self = .chineseComma
        case "（一）", "(一)": self = .chineseParen
        case "1.", "1．", "1、": self = .arabicDot
        case "（1）", "(1)": self = .arabicParen
        case "一是": self = .shiRunIn
        case "第一，", "第一,", "第一": self = .diYi
        case "首先", "首先，", "首先……其次……": self = .shouxian
        case "①", "①②": self = .circled
        case "——", "—": self = .dash
        case "无", "不编号": self = .none
        default: return nil
        }
    }

    /// The marker for the item at 1-based `position` of `count` items:
    /// `（三）`, `三是`, `第三，`. For 首先-style, the last of four or more
    /// items is 最后; 首先-style has words for four items only, so it
    /// returns `nil` past the fourth (the caller reports it), and for the
    /// styles a draft cannot write (`isDrafted`).
    public func marker(position: Int, count: Int) -> String? {
        let cn = ChineseNumeral.string(position)
        switch self {
        case .chineseComma: return "\(cn)、"
        case .chineseParen: return "（\(cn)）"
        case .arabicDot: return "\(position)."
        case .arabicParen: return "（\(position)）"
        case .shiRunIn: return "\(cn)是"
        case .diYi: return "第\(cn)，"
        case .shouxian:
            if position == 1 { return "首先，" }
            if position == count && count >= 4 { return "最后，" }
            switch position {
            case 2: return "其次，"
            case 3: return "再次，"
            default: return nil
            }
        case .circled:
            guard position >= 1, position <= Self.circledCount else { return nil }
            return String(Character(Unicode.Scalar(Self.circledOne.value + UInt32(position - 1))!))
        case .dash: return "——"
        case .none: return ""
        case .aspect, .labelled, .bracketed, .parallel: return nil
        }
    }

    /// Whether the items carry no number of their own (aspects, dashes, brackets):
    /// each is the next of its list, in whatever order they come.
    public var isUnordered: Bool { self == .aspect || self == .dash || self == .bracketed || self == .parallel }

    /// ① is U+2460; Unicode has circled numbers up to ⑳ in one run.
    static let circledOne: Unicode.Scalar = "\u{2460}"
    static let circledCount = 20

    /// The most items a draft can number in this style (首先 four, ① twenty),
    /// `nil` when there is no bound.
    public var maximumCount: Int? {
        switch self {
        case .shouxian: 4
        case .circled: Self.circledCount
        default: nil
        }
    }

    /// The heading level GB/T 9704 gives the style (一、 1, （一） 2, 1. 3,
    /// （1） 4); `nil` for run-in enumerations.
    public var documentLevel: Int? {
        switch self {
        case .chineseComma: 1
        case .chineseParen: 2
        case .arabicDot: 3
        case .arabicParen: 4
        default: nil
        }
    }

    /// Whether the marker reads as part of a sentence (一是, 第一，, 首先，),
    /// so that items can run on inside one paragraph.
    public var isRunIn: Bool {
        switch self {
        case .shiRunIn, .diYi, .shouxian, .aspect, .circled, .parallel: true
        default: false
        }
    }
}
