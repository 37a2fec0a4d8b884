/// The figures written in a text: numbers with their unit or counter
/// (12名, 650万元, 96.6%, 60余次), as a reader would call them figures.
/// Years and dates (2024年, 3月5日) and numbers glued to letters (3A) are
/// not figures.
enum Figures {
    /// One figure: its text and where it starts (an offset in scalars).
    struct Figure: Equatable {
        var text: String
        var offset: Int
    }

    static let dateUnits: ScalarSet = ["年", "月", "日", "号", "时"]

    /// Every figure of `text`, in order.
    static func find(in text: String) -> [Figure] {
        let c = Array(text.unicodeScalars)
        var result: [Figure] = []
        var i = 0
        while i < c.count {
            guard c[i].isASCIIDigit, i == 0 || !(c[i - 1].isASCIIDigit || c[i - 1] == "." || c[i - 1].properties.isAlphabetic && c[i - 1].isASCII)
            else { i += 1; continue }
            var j = i
            while j < c.count && (c[j].isASCIIDigit || (c[j] == "." && j + 1 < c.count && c[j + 1].isASCIIDigit)) { j += 1 }
            // The longest unit reading that parses: 650万元, 96.6%, 60余次.
            var end: Int?
            var k = min(c.count, j + 5)
            while k > j {
                let s = String(scalars: c[i..<k])
                if (try? Quantity.parse(s, at: SourceLocation(line: 1, column: 1))) != nil { end = k; break }
                k -= 1
            }
            if let end, !dateUnits.contains(c[j]) {
                result.append(Figure(text: String(scalars: c[i..<end]), offset: i))
                i = end
            } else {
                i = j
            }
        }
        return result
    }

    /// The years a text names (2022年), with their offsets; not the ends
    /// of a span of years (2021—2025年) and not a start told as a start
    /// (自2018年以来, 2019年起), which look back on purpose.
    static func years(in text: String, words: ReportLexicon.YearWords = ReportLexicon.builtin.years) -> [(year: Int, offset: Int, length: Int)] {
        let c = Array(text.unicodeScalars)
        var result: [(Int, Int, Int)] = []
        var i = 0
        while i + 4 < c.count {
            defer { i += 1 }
            guard c[i].isASCIIDigit, i == 0 || !c[i - 1].isASCIIDigit,
                  c[(i + 1)...(i + 3)].allSatisfy(\.isASCIIDigit), i + 4 < c.count, !c[i + 4].isASCIIDigit,
                  let y = Int(String(scalars: c[i...(i + 3)])), (1949...2100).contains(y) else { continue }
            // 2021—2025年 or 2021至2025年: a span, told as one.
            if i >= 1 && words.span.contains(c[i - 1]) || words.span.contains(c[i + 4]) { continue }
            guard c[i + 4] == "年" else { continue }
            // 自2019年, 2019年以来: counted from then, any year may be right.
            if i >= 1 && words.sinceBefore.contains(c[i - 1]) || words.sinceAfter.match(c, at: i + 5) != nil { continue }
            // 成立于2016年, 2021年换届时当选: a past event in the same clause
            // (looked for near the year only, so that a long clause stays linear).
            var from = i, to = i + 5
            while from > max(0, i - 30), !clauseStops.contains(c[from - 1]) { from -= 1 }
            while to < min(c.count, i + 35), !clauseStops.contains(c[to]) { to += 1 }
            if words.pastEvents.occurs(in: c, from: from, to: to) { continue }
            result.append((y, i, 5))
        }
        return result
    }

    private static let clauseStops: ScalarSet = ["，", "。", "；", "：", "！", "？", ",", ";", "\n"]
}
