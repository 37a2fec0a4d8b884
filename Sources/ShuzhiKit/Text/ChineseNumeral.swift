/// Whole numbers written in Chinese numerals, as reports count
/// (`三是`, `从十二个方面`, `一百零五`).
public enum ChineseNumeral {
    private static let digits: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let smallUnits: [String] = ["", "十", "百", "千"]
    /// Units of the four-digit groups: 个, 万, 亿, 万亿, 亿亿.
    private static let groupUnits: [String] = ["", "万", "亿", "万亿", "亿亿"]

    /// `n` in Chinese numerals: 0→零, 10→十, 11→十一, 110→一百一十,
    /// 1010→一千零一十, 10010→一万零一十, 100000→十万; negative → 负….
    /// Correct for every `Int`.
    public static func string(_ n: Int) -> String {
        if n >= 0 && n < small.count { return small[n] }
        if n < 0 { return "负" + string(magnitude: n.magnitude) }
        return string(magnitude: n.magnitude)
    }

    /// 0 to 99, which templates number items with (`{{@ordinal.cn}}`), written once.
    private static let small: [String] = (0..<100).map(spelled)

    private static func spelled(_ n: Int) -> String {
        if n == 0 { return "零" }
        if n < 0 { return "负" + string(magnitude: n.magnitude) }
        return string(magnitude: n.magnitude)
    }

    /// `n` as a count before a measure word: 两项, 两个, not 二项; other
    /// numbers as `string` (十二项).
    public static func count(_ n: Int) -> String { n == 2 ? "两" : string(n) }

    private static func string(magnitude n: UInt) -> String {
        var groups: [Int] = []
        var rest = n
        while rest > 0 {
            groups.append(Int(rest % 10000))
            rest /= 10000
        }
        var out = ""
        var higher = false
        var zeroGap = false
        for index in stride(from: groups.count - 1, through: 0, by: -1) {
            let g = groups[index]
            if g == 0 {
                if higher { zeroGap = true }
                continue
            }
            if higher && (zeroGap || g < 1000) { out += "零" }
            out += group(g, leading: !higher) + groupUnits[index]
            higher = true
            zeroGap = false
        }
        return out
    }

    /// One group of up to four digits; `leading` groups write 10–19 as 十….
    private static func group(_ g: Int, leading: Bool) -> String {
        var out = ""
        var started = false
        var zero = false
        var divisor = 1000
        for position in stride(from: 3, through: 0, by: -1) {
            let d = (g / divisor) % 10
            divisor /= 10
            if d == 0 {
                if started { zero = true }
                continue
            }
            if zero { out += "零" }
            zero = false
            if !(leading && !started && position == 1 && d == 1) { out += digits[d] }
            out += smallUnits[position]
            started = true
        }
        return out
    }
}

extension ChineseNumeral {
    /// The value of a whole number written in Chinese numerals (三, 十二,
    /// 两, 一百零五, 三千二百), up to 9999万; `nil` when `scalars` is not
    /// one. Lenient about spelling (二十 and 两十 both read 20): callers that
    /// must print it back compare with `count(_:)` or `string(_:)`.
    public static func value<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 12 else { return nil }
        var total = 0, section = 0, digit: Int?
        for s in scalars {
            if let d = digitValues[s] {
                digit = d
            } else if let unit = unitValues[s] {
                section += (digit ?? 1) * unit
                digit = nil
            } else if s == "万" {
                let n = section + (digit ?? 0)
                guard n > 0, total == 0 else { return nil }
                total = n * 10000
                section = 0
                digit = nil
            } else {
                return nil
            }
        }
        return total + section + (digit ?? 0)
    }

    private static let digitValues: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let unitValues: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Whether `s` is a numeral character that `value(_:)` reads.
    public static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        digitValues[s] != nil || unitValues[s] != nil || s == "万"
    }
}
