/// Recognizes numbering markers in report text, in every spelling that
/// real reports use: `（一）` `(一)` `〔一〕`, `1.` `1、` `1．` `（1）`, `一是`,
/// `第一，` `第一件事，`, `①`, `——`, the sequence words of the lexicon
/// (首先 / 其次 / 再次 / 最后), aspects (从主观上看， / 客观上，) and labels (问题1：).
///
/// Works on a paragraph's scalars at an offset (see `ScalarText`), so that
/// finding markers inside a long paragraph builds no strings.
enum NumberingMarkers {
    /// A marker found at an offset: its length in scalars, style and number.
    struct Found: Equatable {
        var length: Int
        var style: NumberingStyle
        var number: Int
    }

    static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    static func isNumeral(_ c: Unicode.Scalar) -> Bool { c == "十" || digit(c) != nil }

    /// The value of a Chinese numeral up to 99 (一, 十, 十一, 二十三) written
    /// in `chars[from..<to]`.
    static func value(_ chars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int? {
        let n = to - from
        guard n >= 1, n <= 3 else { return nil }
        let a = chars[from]
        if n == 1 { return a == "十" ? 10 : digit(a) }
        let b = chars[from + 1]
        if a == "十" { return n == 2 ? digit(b).map { 10 + $0 } : nil }
        guard let tens = digit(a), b == "十" else { return nil }
        if n == 2 { return tens * 10 }
        return digit(chars[from + 2]).map { tens * 10 + $0 }
    }

    /// The value of a Chinese numeral up to 99 written as `s`.
    static func value(_ s: Substring) -> Int? {
        let chars = Array(s.unicodeScalars)
        return value(chars, 0, chars.count)
    }

    /// The marker that starts at `chars[i]` (ending before `end`), if any.
    /// With `sequenceWords: false` only the numbered styles a heading level
    /// needs are read, and the lexicon is never asked, so that a draft never
    /// builds it to look at a （一）.
    static func leading(
        _ chars: [Unicode.Scalar], at i: Int = 0, end: Int? = nil, lexicon: @autoclosure () -> ReportLexicon = .builtin,
        sequenceWords: Bool = true
    ) -> Found? {
        let end = min(end ?? chars.count, chars.count)
        guard i < end else { return nil }
        let first = chars[i]
        func numeralRun(from k: Int) -> Int {
            var j = k
            while j < end && j - i < 8 && isNumeral(chars[j]) { j += 1 }
            return j
        }
        func digitRun(from k: Int) -> Int {
            var j = k
            while j < end && j - i < 8 && chars[j].isASCIIDigit { j += 1 }
            return j
        }
        // （一） (一) 〔一〕 （1） (1)
        if first == "（" || first == "(" || first == "〔" {
            let e = numeralRun(from: i + 1)
            if e > i + 1, e < end {
                let c = chars[e]
                let closes = first == "〔" ? c == "〕" : (c == "）" || c == ")")
                if closes, let n = value(chars, i + 1, e) { return Found(length: e - i + 1, style: .chineseParen, number: n) }
            }
            let d = digitRun(from: i + 1)
            if d > i + 1, d < end, chars[d] == "）" || chars[d] == ")", let n = Int(String(scalars: chars[(i + 1)..<d])) {
                return Found(length: d - i + 1, style: .arabicParen, number: n)
            }
            return nil
        }
        // 1. 1、 1．, not 1.5 or 3.2万
        if first.isASCIIDigit {
            let d = digitRun(from: i)
            if d < end, chars[d] == "." || chars[d] == "、" || chars[d] == "．", d + 1 < end,
               !chars[d + 1].isASCIIDigit, d - i <= 3, let n = Int(String(scalars: chars[i..<d])) {
                return Found(length: d - i + 1, style: .arabicDot, number: n)
            }
            return nil
        }
        // The words below are the lexicon's; a heading level (`sequenceWords: false`)
        // needs none of them, so a draft never builds it.
        let words: ReportLexicon? = sequenceWords ? lexicon() : nil
        // 第一，, with a counter (第一件事，第二个方面，) or a word before (对第一个问题，),
        // or running into its sentence (第一是……, 第一条是……).
        if let words {
            var di = i
            if !words.ordinalMarks.contains(first), let b = words.ordinalPrefixes.match(chars, at: i, end: end), i + b < end,
               words.ordinalMarks.contains(chars[i + b]) {
                di = i + b
            }
            if words.ordinalMarks.contains(chars[di]) {
                var e = numeralRun(from: di + 1)
                guard e > di + 1, e < end, let n = value(chars, di + 1, e) else { return nil }
                if let c = words.ordinalCounters.match(chars, at: e, end: end) { e += c }
                if e < end, chars[e] == "，" || chars[e] == "," || chars[e] == "、" || words.runOnMarks.contains(chars[e]) {
                    return Found(length: e - i + 1, style: .diYi, number: n)
                }
                return nil
            }
        }
        // ① … ⑳
        let circled = Int(first.value) - Int(NumberingStyle.circledOne.value)
        if circled >= 0, circled < NumberingStyle.circledCount {
            return Found(length: 1, style: .circled, number: circled + 1)
        }
        // 【把方向】: a short name in brackets, no sentence inside.
        if first == "【", let words {
            var k = i + 1
            let longest = words.layout.bracketed
            while k < end, k - i <= longest, chars[k] != "】", chars[k] != "。", chars[k] != "【" { k += 1 }
            guard k < end, chars[k] == "】", k > i + 1 else { return nil }
            return Found(length: k - i + 1, style: .bracketed, number: 1)
        }
        // ——: every item alike, numbered by its place (see `runIn` and the outline reader).
        if first == "—", i + 2 < end, chars[i + 1] == "—", chars[i + 2] != "—" {
            return Found(length: 2, style: .dash, number: 1)
        }
        // 一、 and 一是
        if isNumeral(first) {
            let e = numeralRun(from: i)
            guard e < end, let n = value(chars, i, e) else { return nil }
            let c = chars[e]
            if c == "、" { return Found(length: e - i + 1, style: .chineseComma, number: n) }
            // 一. 一，: a heading typed with the wrong mark; check says so.
            if c == "." || c == "．" || c == "，" || c == ",", e + 1 < end, !isNumeral(chars[e + 1]) {
                return Found(length: e - i + 1, style: .chineseComma, number: n)
            }
            // 一是, and 一要 in a list of what will be done (一要建强队伍，二要……).
            if let words, words.shiSuffixes.contains(c) { return Found(length: e - i + 1, style: .shiRunIn, number: n) }
            // Not a number but maybe a sequence word that starts with one (一方面).
        }
        guard let lexicon = words else { return nil }
        if let length0 = lexicon.sequenceSet.match(chars, at: i, end: end),
           let n = lexicon.sequenceNumbers[String(scalars: chars[i..<(i + length0)])] {
            var length = length0
            if i + length < end, chars[i + length] == "，" || chars[i + length] == "," || lexicon.runOnMarks.contains(chars[i + length]) {
                length += 1
            }
            return Found(length: length, style: .shouxian, number: n)
        }
        if let length = aspect(chars, at: i, end: end, lexicon) {
            // Aspects have no order: each is numbered by its place in its list.
            return Found(length: length, style: .aspect, number: 1)
        }
        // 针对“……”的问题，: a word that opens each item of a list alike.
        if let n = lexicon.parallelOpeners.match(chars, at: i, end: end) {
            return Found(length: n, style: .parallel, number: 1)
        }
        // 问题1： 问题二：
        if let n = lexicon.itemLabels.match(chars, at: i, end: end) {
            var e = i + n
            let number: Int?
            if e < end, chars[e].isASCIIDigit {
                let d = digitRun(from: e)
                number = d - e <= 2 ? Int(String(scalars: chars[e..<d])) : nil
                e = d
            } else {
                let d = numeralRun(from: e)
                number = value(chars, e, d)
                e = d
            }
            if let number, number > 0, e < end, chars[e] == "：" || chars[e] == ":" {
                return Found(length: e - i + 1, style: .labelled, number: number)
            }
        }
        return nil
    }

    static let aspectEnds: ScalarSet = ["，", ",", "：", ":"]

    /// The length of an aspect marker at `i` (从主观上看， 客观上，
    /// 从工作方法上看，): an optional word before, the aspect, the word after
    /// it, and a comma or colon; `nil` when there is none.
    static func aspect(_ chars: [Unicode.Scalar], at i: Int, end: Int, _ lexicon: ReportLexicon) -> Int? {
        // The sets are read through the class: passing the struct copied (and retained) every set in it.
        if let length = known(chars, at: i, end: end, lexicon) { return length }
        // 在理论学习上，: a short name of any words, with the open form's words around it.
        guard let b = lexicon.aspects.openBefore.match(chars, at: i, end: end) else { return nil }
        var k = i + b
        let start = k
        let longest = lexicon.aspects.openMaxLength
        while k < end, k - start <= longest, chars[k].isHan {
            if k - start >= 2, let a = lexicon.aspects.openAfter.match(chars, at: k, end: end), k + a < end, aspectEnds.contains(chars[k + a]) {
                guard !lexicon.aspects.openExcludes.occurs(in: chars, from: start, to: k) else { return nil }
                return k + a - i + 1
            }
            k += 1
        }
        return nil
    }

    /// An aspect of the lexicon's own words (从主观上看，).
    private static func known(_ chars: [Unicode.Scalar], at i: Int, end: Int, _ lexicon: ReportLexicon) -> Int? {
        var k = i
        if let b = lexicon.aspects.before.match(chars, at: k, end: end) { k += b }
        guard let w = lexicon.aspects.words.match(chars, at: k, end: end) else { return nil }
        k += w
        guard let a = lexicon.aspects.after.match(chars, at: k, end: end) else { return nil }
        k += a
        // 主观上是……，客观上是……: the aspect runs into its sentence.
        if k < end, lexicon.runOnMarks.contains(chars[k]) { return k - i + 1 }
        guard k < end, aspectEnds.contains(chars[k]) else { return nil }
        return k - i + 1
    }

    /// The marker at the start of `text`: its text, style and number.
    static func leading(
        _ text: Substring, lexicon: @autoclosure () -> ReportLexicon = .builtin
    ) -> (text: String, style: NumberingStyle, number: Int)? {
        let chars = Array(text.unicodeScalars.prefix(10))
        guard let m = leading(chars, lexicon: lexicon()) else { return nil }
        return (String(scalars: chars[0..<m.length]), m.style, m.number)
    }

    /// The GB/T 9704 level (一、 1, （一） 2, 1. 3, （1） 4) of the numbered
    /// heading marker that starts `text`, or `nil`. Sequence words (首先,
    /// 一方面) head no level, so the lexicon is never built for this: a
    /// draft does not need it, and building it is most of a draft's time.
    static func headingLevel(atStartOf text: Substring) -> Int? {
        let chars = Array(text.unicodeScalars.prefix(10))
        return leading(chars, lexicon: .builtin, sequenceWords: false)?.style.documentLevel
    }

    /// Where a quotation opening at `i` ends (after its ”), or `nil`: a list
    /// quoted from elsewhere (“一是学、二是做”) is not the report's own
    /// numbering. A quotation is short; the cap keeps a text of unclosed
    /// quotes linear, and an unclosed one is read on, so a stray mark never
    /// hides the rest.
    static func quotationEnd(_ chars: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard chars[i] == "“" else { return nil }
        var j = i + 1
        while j < end && j - i < 200 && chars[j] != "”" && chars[j] != "“" { j += 1 }
        return j < end && chars[j] == "”" ? j + 1 : nil
    }

    /// Whether a run-in marker may start at `i`: at the text's start or after a boundary mark.
    static func atBoundary(_ chars: [Unicode.Scalar], _ i: Int, _ lexicon: ReportLexicon) -> Bool {
        i == 0 || lexicon.runInBoundary.contains(chars[i - 1])
    }

    /// The styles of the markers that stand at a run-in boundary in
    /// `chars[start..<stop]`, in one pass: the only styles `runIn` can find
    /// there, so a reader tries those alone.
    static func stylesPresent(
        _ chars: [Unicode.Scalar], from start: Int, stopAt stop: Int? = nil, lexicon: ReportLexicon = .builtin
    ) -> Set<NumberingStyle> {
        var found: Set<NumberingStyle> = []
        let end = min(stop ?? chars.count, chars.count)
        var i = start
        while i < end {
            if atBoundary(chars, i, lexicon), let m = leading(chars, at: i, end: end, lexicon: lexicon) {
                found.insert(m.style)
                i += m.length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether `chars` from `start` lists points in a run-in style, in one
    /// pass over the text: 一是 alone lists; the other styles in `styles`
    /// take a first and a second item (首先……其次, ①……②, 主观上……客观上).
    static func lists(
        _ chars: [Unicode.Scalar], from start: Int, styles: [NumberingStyle], lexicon: ReportLexicon = .builtin
    ) -> Bool {
        var firsts: Set<NumberingStyle> = []
        var i = start
        let end = chars.count
        while i < end {
            if let after = quotationEnd(chars, at: i, end: end) { i = after; continue }
            guard atBoundary(chars, i, lexicon) else { i += 1; continue }
            if let m = leading(chars, at: i, end: end, lexicon: lexicon), styles.contains(m.style) {
                if m.style == .shiRunIn && m.number == 1 { return true }
                if firsts.contains(m.style), m.style.isUnordered || m.number == 2 || m.style == .shouxian && m.number == 99 { return true }
                if m.number == 1 { firsts.insert(m.style) }
                i += m.length
                continue
            }
            i += 1
        }
        return false
    }

    /// The offsets (in scalars) of run-in markers in `chars` from
    /// `start`, continuing a sequence of `style` whose next number is
    /// `next`: 二是, 三是… or 第二，… or 其次, 再次, 最后.
    static func runIn(
        _ chars: [Unicode.Scalar], from start: Int, style: NumberingStyle, next: Int, stopAt stop: Int? = nil,
        lexicon: ReportLexicon = .builtin
    ) -> [(offset: Int, text: String, number: Int)] {
        var found: [(Int, String, Int)] = []
        var n = next
        var i = start
        let end = min(stop ?? chars.count, chars.count)
        while i < end {
            if let after = quotationEnd(chars, at: i, end: end) { i = after; continue }
            guard atBoundary(chars, i, lexicon) else { i += 1; continue }
            if let m = leading(chars, at: i, end: end, lexicon: lexicon), m.style == style {
                // A repeated or skipped number (一是……一是, 二是……四是) still belongs
                // to the list: check reports it, import keeps it as written.
                // Aspects come in any order: each is the next of its list.
                let ok = style.isUnordered ? true : style == .shouxian
                    ? (m.number == n || (m.number == 99 && n >= 2))
                    : (m.number >= max(1, n - 1) && m.number <= n + 2)
                if ok {
                    let number = m.number == 99 || style.isUnordered ? n : m.number
                    found.append((i, String(scalars: chars[i..<(i + m.length)]), number))
                    n = number + 1
                    i += m.length
                    if m.number == 99 { break }
                    continue
                }
            }
            i += 1
        }
        return found
    }
}
