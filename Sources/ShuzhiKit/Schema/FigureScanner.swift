/// Finds the figures of a text (see `FoundFigure`), with the lexicon's words.
struct FigureScanner {
    let words: ReportLexicon.MetricWords
    let counts: ReportLexicon.CountWords
    let ordinalMarks: ScalarSet

    init(lexicon: ReportLexicon = .builtin) {
        words = lexicon.metrics
        counts = lexicon.counts
        ordinalMarks = lexicon.ordinalMarks
    }

    /// What a text holds: its figures, and the bounds inside it (35岁以下),
    /// which belong to names rather than being figures of their own.
    struct Scan {
        var figures: [FoundFigure] = []
        var bounds: [Range<Int>] = []
    }

    static let quoteOpen: ScalarSet = ["“", "《", "「", "‘"]
    static let quoteClose: ScalarSet = ["”", "》", "」", "’"]
    /// Marks that end a clause.
    static let clauseEnds: ScalarSet = ["，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?"]

    static func digit(_ s: Unicode.Scalar) -> Bool {
        s.isASCIIDigit || (s.value >= 0xFF10 && s.value <= 0xFF19)
    }

    func scan(_ chars: [Unicode.Scalar]) -> Scan {
        var result = Scan()
        var quoteDepth = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if Self.quoteOpen.contains(c) { quoteDepth += 1 }
            if Self.quoteClose.contains(c) { quoteDepth = max(0, quoteDepth - 1) }
            if Self.digit(c) {
                i = arabic(chars, at: i, quoted: quoteDepth > 0, &result)
            } else if ChineseNumeral.isNumeral(c), i == 0 || !ChineseNumeral.isNumeral(chars[i - 1]) {
                i = chinese(chars, at: i, quoted: quoteDepth > 0, &result)
            } else {
                i += 1
            }
        }
        return result
    }

    /// Reads an Arabic number at `i`; returns where to go on.
    private func arabic(_ chars: [Unicode.Scalar], at i: Int, quoted: Bool, _ result: inout Scan) -> Int {
        var j = i
        while j < chars.count {
            if Self.digit(chars[j]) {
                j += 1
            } else if (chars[j] == "." || chars[j] == ","), j + 1 < chars.count, Self.digit(chars[j + 1]) {
                j += 1
            } else {
                break
            }
        }
        // Glued to letters or other numbers (G318, 3A级, 1.2.3): no figure.
        if i > 0, let p = Optional(chars[i - 1]), p.properties.isAlphabetic && p.isASCII || Self.digit(p) || p == "." {
            return j
        }
        if j < chars.count, chars[j].isASCII, chars[j].properties.isAlphabetic { return j }
        let start = i > 0 && words.about.contains(chars[i - 1]) ? i - 1 : i
        // The longest reading with a unit: 650万元, 96.6%, 60余次, 1.67万余人.
        var found: (end: Int, quantity: Quantity)?
        var k = min(chars.count, j + 7)
        while k > j {
            let text = String(scalars: chars[start..<k])
            if let q = try? Quantity.parse(text, at: SourceLocation(line: 1, column: 1)), !q.unit.isEmpty {
                found = (k, q)
                break
            }
            k -= 1
        }
        guard let (end, quantity) = found else { return j }
        if quoted || precededByOrdinal(chars, start) || words.notFigures.match(chars, at: i) != nil { return end }
        // Years and dates: 2024年, 2024年度, 3月, 10日; 3个月 is a span, not read.
        let unit = quantity.unit.unicodeScalars
        if unit.count == 1, words.dateUnits.contains(unit.first!) { return end }
        if end < chars.count, words.dateUnits.contains(chars[end]) { return end }
        // A bound names a group (35岁以下党员, 10万元以上的村); otherwise it is
        // a figure with its bound after it (10名以上年轻干部).
        if let n = words.bounds.match(chars, at: end),
           words.boundUnits.contains(quantity.unit) || words.boundEnds.match(chars, at: end + n) != nil {
            result.bounds.append(start..<(end + n))
            return end + n
        }
        // 超过20万元的村: a threshold that names a group.
        if end < chars.count, words.particle.contains(chars[end]), endsAt(words.boundStarts, chars, start) {
            result.bounds.append(start..<end)
            return end
        }
        // 3个至5个: the first end carries its unit too.
        var inRange = joinsRange(chars, before: start) || joinsRange(chars, after: end)
        if let last = result.figures.last, let n = words.rangeJoiners.match(chars, at: last.range.upperBound),
           last.range.upperBound + n == start {
            inRange = true
            result.figures[result.figures.count - 1].inRange = true
        }
        result.figures.append(FoundFigure(
            range: start..<end, text: String(scalars: chars[start..<end]), quantity: quantity,
            isChinese: false, inRange: inRange))
        return end
    }

    /// Reads a Chinese numeral at `i`; returns where to go on.
    private func chinese(_ chars: [Unicode.Scalar], at i: Int, quoted: Bool, _ result: inout Scan) -> Int {
        var j = i
        while j < chars.count && j - i < 6 && ChineseNumeral.isNumeral(chars[j]) { j += 1 }
        guard let counterLength = words.counters.match(chars, at: j) else { return j }
        let end = j + counterLength
        // 一个、一批 are mostly articles; 百家、千家万户 are idioms.
        let first = chars[i]
        if j - i == 1 && words.articleNumerals.contains(first) || words.idiomNumerals.contains(first) { return end }
        guard let n = ChineseNumeral.value(chars[i..<j]), n > 0 else { return end }
        if quoted || endsAt(words.rankWords, chars, i) { return end }
        if counts.slogans.match(chars, at: i) != nil { return end }
        if end < chars.count, words.dateUnits.contains(chars[end]) { return end }
        if announcesCount(chars, from: i, numeralEnd: j, end: end) || countsList(chars, before: i) { return end }
        let counter = String(scalars: chars[j..<end])
        guard let quantity = try? Quantity.parse("\(n)\(counter)", at: SourceLocation(line: 1, column: 1)) else { return end }
        result.figures.append(FoundFigure(
            range: i..<end, text: String(scalars: chars[i..<end]), quantity: quantity, isChinese: true,
            inRange: joinsRange(chars, after: end)))
        return end
    }

    /// Whether a phrase of `set` ends exactly at `i`.
    private func endsAt(_ set: PhraseSet, _ chars: [Unicode.Scalar], _ i: Int) -> Bool {
        (max(0, i - 4)..<i).contains { set.match(chars, at: $0, end: i) == i - $0 }
    }

    private func precededByOrdinal(_ chars: [Unicode.Scalar], _ i: Int) -> Bool {
        i > 0 && ordinalMarks.contains(chars[i - 1])
    }

    /// 从三个方面, 以下四点, 重点做好三件事：— a count of the items that follow.
    private func announcesCount(_ chars: [Unicode.Scalar], from i: Int, numeralEnd j: Int, end: Int) -> Bool {
        if endsAt(counts.before, chars, i) { return true }
        if let n = counts.after.match(chars, at: j), n >= 2 { return true }
        // The clause runs on to a colon: what is counted is listed next.
        var k = end
        while k < chars.count && k - end <= 8 && !Self.clauseEnds.contains(chars[k]) { k += 1 }
        return k < chars.count && (chars[k] == "：" || chars[k] == ":")
    }

    /// 南坡、后湾两个村民小组, “A”“B”两个问题 — the count of names just listed.
    private func countsList(_ chars: [Unicode.Scalar], before i: Int) -> Bool {
        if i > 0 && Self.quoteClose.contains(chars[i - 1]) { return true }
        var k = i - 1
        while k >= 0 && i - k <= 30 && !Self.clauseEnds.contains(chars[k]) {
            if chars[k] == "、" { return true }
            k -= 1
        }
        return false
    }

    /// 2至3个: a range joiner between this number and another.
    private func joinsRange(_ chars: [Unicode.Scalar], before i: Int) -> Bool {
        for n in 1...2 where i - n - 1 >= 0 {
            if words.rangeJoiners.match(chars, at: i - n, end: i) == n, Self.digit(chars[i - n - 1]) {
                return true
            }
        }
        return false
    }

    private func joinsRange(_ chars: [Unicode.Scalar], after end: Int) -> Bool {
        guard let n = words.rangeJoiners.match(chars, at: end), end + n < chars.count else { return false }
        return Self.digit(chars[end + n]) || words.about.contains(chars[end + n])
    }
}
