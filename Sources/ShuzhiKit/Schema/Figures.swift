/// The figures written in a text, as a reviewer counts them: the same
/// figures `import --metrics` turns into metrics (see `FoundFigure`), so
/// that what check calls last year's figure is what import would name.
enum Figures {
    /// One figure: its text and where it starts (an offset in scalars).
    struct Figure: Equatable {
        var text: String
        var offset: Int
    }

    /// Every figure of `text`, in order.
    static func find(in text: String, lexicon: ReportLexicon = .builtin) -> [Figure] {
        FigureScanner(lexicon: lexicon).scan(Array(text.unicodeScalars)).figures.map { Figure(text: $0.text, offset: $0.range.lowerBound) }
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
            guard words.yearMark.contains(c[i + 4]) else { continue }
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
