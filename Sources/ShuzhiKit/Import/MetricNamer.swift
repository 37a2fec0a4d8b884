/// Names a figure after what it counts, as a reader would say it, from the
/// words around it: 全年发展党员12名 → 发展党员, 发展12名党员 → 发展党员,
/// 为8个党支部择优选派 → 党支部, 每月党委会至少专题研究1次党建工作 →
/// 每月党委会专题研究党建工作.
///
/// A name is made only of the report's own words; when none fits (the
/// words before the number are half a clause or nothing, and no noun
/// follows it), there is no name and the figure stays text.
struct MetricNamer {
    let words: ReportLexicon.MetricWords

    init(lexicon: ReportLexicon = .builtin) { words = lexicon.metrics }

    /// What the words around a figure say.
    struct Naming {
        /// The name, if the words give one.
        var name: String?
        /// The words before the number end with a word of change (增长12%):
        /// the number is a change, not a figure of its own.
        var isChange = false
        /// The name ends with a verb whose object is missing (成功调处56件):
        /// the object may be borrowed from the figure before.
        var needsObject = false
        /// The words before the number, uncut.
        var words = ""
        /// The words before the number began with 其中: a part of the figure
        /// before; these are the words after 其中, to name it with that figure.
        var part: String?
    }

    /// Punctuation that ends the words of a name.
    static let marks: ScalarSet = [
        "，", "。", "；", "：", "、", "“", "”", "‘", "’", "（", "）", "《", "》", "！", "？", "—", "…", "·",
        ",", ".", ";", ":", "(", ")", "!", "?", " ", "\u{3000}",
    ]

    /// The longest name, in Characters.
    static let maxLength = 14

    /// Names the figure at `range` of `chars`. `floor`: the words before
    /// stop there (the end of the figure before). `nounFrom`: where the
    /// noun after it starts (after a figure that follows at once, as in
    /// 23条90公里通组路). `bounds`: bounds the scanner found (35岁以下),
    /// which may be part of a name.
    func naming(
        _ chars: [Unicode.Scalar], _ range: Range<Int>, unit: String = "", floor: Int, nounFrom: Int? = nil, bounds: [Range<Int>]
    ) -> Naming {
        let before = wordsBefore(chars, range.lowerBound, floor: floor, bounds: bounds)
        var result = Naming(words: before)
        let start = nounFrom ?? range.upperBound
        // 32名80岁以上老人: a bound right after the number is part of the noun.
        let noun: String?
        if let b = bounds.first(where: { $0.lowerBound == start }) {
            noun = nounAfter(chars, from: b.upperBound).map { String(scalars: chars[b]) + $0 }
        } else {
            noun = nounAfter(chars, from: start)
        }
        var w = before
        // 其中35岁以下18名: part of the figure before.
        let partWord = words.partOf.match(Array(w.unicodeScalars), at: 0)
        let isPart = partWord != nil
        if let partWord { w.unicodeScalars.removeFirst(partWord) }
        // 大专以上学历的有7名, 其中35岁以下的7名: those who are so.
        let owned = words.owned.phrases.contains { w.hasSuffix($0) }
        stripLinking(&w)
        if owned || isPart, let last = w.unicodeScalars.last, words.particle.contains(last) { w.unicodeScalars.removeLast() }
        // 提高到94%: the number is the new value; 增长12%: a change.
        if let to = words.to.phrases.first(where: { w.hasSuffix($0) }) {
            let rest = String(w.dropLast(to.count))
            if let change = changeSuffix(rest) {
                w = String(rest.dropLast(change.count))
                stripLinking(&w)
            } else if !words.wordsEndingInLinking.contains(where: { w.hasSuffix($0) }) {
                // 分解到7个党支部: only the noun after can name it.
                result.name = noun.flatMap(accepted)
                return result
            }
        }
        // 增长12%: a change; 改造提升5个: a verb that ends like one.
        if let change = changeSuffix(w), !words.countingVerbs.contains(where: { w.hasSuffix($0) && $0.count > change.count }) {
            result.isChange = true
            return result
        }
        w = trimmed(listed(w))
        // 其中35岁以下: a bound alone says of what only with the figure before.
        if isPart, let first = w.unicodeScalars.first, FigureScanner.digit(first) { result.part = Self.spellingLeadingNumber(w) }
        if w.count == 1, let c = w.unicodeScalars.first, words.leadingFunctionWords.contains(c) { w = "" }
        let verb = !w.isEmpty && (words.countingVerbs.contains(w) || endsWithCountingVerb(w))
        // 吸纳农户108户入社: a verb and its object before the number name it.
        let hasObject = !verb && lastCountingVerb(in: w).map { v in
            w.lastRange(of: v).map { w.distance(from: $0.upperBound, to: w.endIndex) >= 2 } ?? false
        } ?? false
        // (推动辖区4家物业服务企业: a longer noun after still says what is counted.)
        if let noun, !(hasObject && noun.count <= 2) {
            // 发展12名党员: the verb and what it counts.
            if verb, let n = accepted(w + noun) {
                result.name = n
                return result
            }
            // 投入资金97万元改造……: an amount is named by the words before it;
            // 为8个党支部择优选派: a count, by the noun after it.
            if !(words.measureUnits.contains(unit) && accepted(w) != nil), let n = accepted(noun) {
                result.name = n
                return result
            }
        }
        // 先后5次调研基层党建: with no words before, a verb phrase after names it.
        if w.isEmpty {
            result.name = nounAfter(chars, from: start, verbPhrase: true).flatMap(accepted)
            return result
        }
        if verb {
            // 投入25万元: some verbs name an amount by themselves.
            if words.nounVerbs.contains(w) {
                result.name = accepted(w)
            } else {
                result.needsObject = true
                result.name = words.countingVerbs.contains(w) ? nil : accepted(w)
            }
            return result
        }
        result.name = accepted(w)
        return result
    }

    /// The words a name is made from, before the number at `start`: back to
    /// the last punctuation mark, or to `floor`. A bound (35岁以下) is kept;
    /// a short name after a quotation (“一元钱”资金) takes the quotation in,
    /// without its marks; a list joined by 、 before 等 is kept whole.
    func wordsBefore(_ chars: [Unicode.Scalar], _ start: Int, floor: Int, bounds: [Range<Int>]) -> String {
        var out: [Unicode.Scalar] = []
        var s = start
        var crossedQuote = false
        while s > floor && out.count < 24 {
            let c = chars[s - 1]
            if let b = bounds.first(where: { $0.upperBound == s }), b.lowerBound >= floor {
                out.insert(contentsOf: chars[b], at: 0)
                s = b.lowerBound
                continue
            }
            if c == "”" && !crossedQuote && out.count <= 2 {
                var q = s - 1
                while q > floor && chars[q - 1] != "“" && s - q < 10 { q -= 1 }
                guard q > floor, chars[q - 1] == "“" else { break }
                out.insert(contentsOf: chars[q..<(s - 1)], at: 0)
                s = q - 1
                crossedQuote = true
                continue
            }
            // 整改不规范、不合规等问题: the list before 等 belongs to the words.
            if c == "、", out.contains(where: { words.etcetera.contains($0) }) {
                out.insert(c, at: 0)
                s -= 1
                continue
            }
            guard CJK.contains(c), !Self.marks.contains(c) else { break }
            out.insert(c, at: 0)
            s -= 1
        }
        // Words right after another number start with its unit (31名党员联系农户210户).
        var k = 0
        while !crossedQuote, k < out.count, s + k > 0,
              FigureScanner.digit(chars[s + k - 1]) || words.approximate.contains(chars[s + k - 1]),
              words.unitCharacters.contains(out[k]) {
            k += 1
        }
        return String(scalars: out[k...])
    }

    /// 修订完善从严治党、监督管理等 → 修订完善 + what follows 等; 等问题 → 问题.
    private func listed(_ w: String) -> String {
        guard let r = w.lastRange(of: "等") else {
            // 镇级动员会、座谈会: the last of the list.
            if let r = w.lastRange(of: "、") { return String(w[r.upperBound...]) }
            return w
        }
        let after = String(w[r.upperBound...])
        // The verb before the list: 协调解决加装电梯、……等难题 → 解决难题.
        if let verb = lastCountingVerb(in: String(w[..<r.lowerBound])) { return verb + after }
        return after.count >= 3 || after.isEmpty ? after : ""
    }

    /// The name cut to what it counts: after the last clause-start word
    /// (全年召开现场推进会 → 现场推进会), without a leading function word
    /// (为民 stays), and when too long, from its last counting verb on.
    private func trimmed(_ input: String) -> String {
        var w = input
        if words.per.match(Array(w.unicodeScalars), at: 0) != nil {
            // 每月党委会至少专题研究: a rate keeps its 每, without the linking words inside.
            for l in words.linking where l.count >= 2 { w = w.replacing(l, with: "") }
            return w
        }
        for c in words.clauseStarts {
            // 全年召开现场推进会 → 现场推进会, 全村党员 → 党员; 开展学习 stays whole.
            if let r = w.lastRange(of: c), !words.namesWithClauseStarts.contains(where: { n in n.contains(c) && w.contains(n) }) {
                let rest = String(w[r.upperBound...])
                if words.notNames.contains(rest) { continue }
                if rest.count >= 3 || rest.count == 2 && (!words.clauseStartVerbs.contains(c) || words.countingVerbs.contains(rest)) {
                    w = rest
                }
            }
        }
        // 力争全镇: nothing but clause-start words.
        if words.clauseStarts.contains(w) || words.notNames.contains(w) { return "" }
        if w.count >= 2, let first = w.unicodeScalars.first, words.leadingFunctionWords.contains(first),
           !words.fixedWords.contains(String(w.prefix(2))) {
            w.removeFirst()
        }
        // 退役军人中物色储备后备力量 → 物色储备后备力量.
        if let r = w.lastRange(of: "中"), r.upperBound < w.endIndex {
            let rest = String(w[r.upperBound...])
            if words.countingVerbs.contains(where: { rest.hasPrefix($0) }) && rest.count >= 4 { w = rest }
        }
        if w.count > Self.maxLength {
            // 单位负责人签订党风廉政建设责任书 → 签订党风廉政建设责任书: the
            // first counting verb that leaves a name short enough.
            var cut: String.Index?
            for v in words.countingVerbs {
                var from = w.startIndex
                while let r = w[from...].firstRange(of: v) {
                    if r.lowerBound > w.startIndex, w.distance(from: r.lowerBound, to: w.endIndex) <= Self.maxLength,
                       w.distance(from: r.upperBound, to: w.endIndex) >= 2, cut.map({ r.lowerBound < $0 }) ?? true {
                        cut = r.lowerBound
                    }
                    from = r.upperBound
                }
            }
            if let cut { w = String(w[cut...]) }
            // 参加社区志愿服务的35岁以下党员 → 35岁以下党员: the noun after 的.
            if w.count > Self.maxLength, let r = w.lastRange(of: "的"), w.distance(from: r.upperBound, to: w.endIndex) >= 2 {
                w = String(w[r.upperBound...])
            }
            // 一般公共预算支出中民生支出占比 → 民生支出占比, but 中心 stays whole.
            if w.count > Self.maxLength, let r = w.lastRange(of: "中"), r.upperBound < w.endIndex,
               !words.wordsWithZhong.contains(w[r.upperBound...].unicodeScalars.first!),
               w.distance(from: r.upperBound, to: w.endIndex) >= 4 {
                w = String(w[r.upperBound...])
            }
        }
        return w
    }

    /// The counting verb that occurs last in `w` (the longest there).
    func lastCountingVerb(in w: String) -> String? {
        var best: (String.Index, String)?
        for v in words.countingVerbs {
            guard let r = w.lastRange(of: v) else { continue }
            if best == nil || r.lowerBound > best!.0 || r.lowerBound == best!.0 && v.count > best!.1.count { best = (r.lowerBound, v) }
        }
        return best?.1
    }

    private func endsWithCountingVerb(_ w: String) -> Bool {
        words.countingVerbs.contains { w.hasSuffix($0) }
    }

    /// `w` as a name, if it can be one; a leading number is spelled in
    /// Chinese (35岁以下党员 → 三十五岁以下党员), as names may not start with a digit.
    func accepted(_ w: String) -> String? {
        let name = Self.spellingLeadingNumber(w)
        return acceptable(name) ? name : nil
    }

    static func spellingLeadingNumber(_ w: String) -> String {
        let digits = w.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let n = Int(digits) else { return w }
        return ChineseNumeral.string(n) + w.dropFirst(digits.count)
    }

    /// Whether `w` can be a name: two to fourteen Characters of the
    /// report's own words, not half a clause, a list, a bound or a target.
    func acceptable(_ w: String) -> Bool {
        let chars = Array(w.unicodeScalars)
        guard (2...Self.maxLength).contains(w.count), let first = chars.first, !FigureScanner.digit(first) else { return false }
        if words.notInNames.occurs(in: chars) { return false }
        if words.per.match(chars, at: 0) == nil, words.notNameStarts.match(chars, at: 0) != nil { return false }
        if (0..<chars.count).contains(where: { words.notNameEnds.match(chars, at: $0) == chars.count - $0 }) { return false }
        if words.clauseStarts.contains(w) || words.notNames.contains(w) || words.linking.contains(w) { return false }
        return Self.isMetricName(w)
    }

    /// Whether a formula and a reference can use `name`: no spaces,
    /// operators, brackets, dots or braces, not starting with a digit.
    static func isMetricName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !FigureScanner.digit(first) else { return false }
        return !name.unicodeScalars.contains { forbidden.contains($0) }
    }

    /// Characters dropped from words that become a name.
    static let forbiddenCharacters: Set<Character> = ["“", "”", "‘", "’", "、", "，", " ", "\u{3000}"]

    static let forbidden: ScalarSet = [
        " ", "\u{3000}", "\t", "+", "-", "*", "/", "=", "(", ")", ".", "{", "}", "＋", "－", "×", "÷", "／", "＝", "（", "）",
        "%", "％", "“", "”", "，", "。", "、", "：", "；", "#",
    ]

    /// The noun right after a number (党员 in 发展12名党员和积极分子): to the
    /// next mark, joining word or verb; a short run is taken whole
    /// (调研基层党建), a longer one up to its last noun ending (5个小型基础
    /// 设施项目全部竣工 → 小型基础设施项目). Two to eight Characters.
    func nounAfter(_ chars: [Unicode.Scalar], from start: Int, verbPhrase: Bool = false) -> String? {
        var b = start
        // 10名以上年轻干部: past the bound.
        if let n = words.bounds.match(chars, at: b) { b += n }
        guard b < chars.count, !words.notNounStarts.contains(chars[b]), words.nounStopWords.match(chars, at: b) == nil else { return nil }
        // 签订协议: a verb phrase, not a noun, unless asked for.
        if !verbPhrase, startsVerb(chars, at: b) { return nil }
        var noun: [Unicode.Scalar] = []
        var e = b
        while e < chars.count && noun.count < 12 {
            let c = chars[e]
            // 村（社区）党组织书记: a short aside inside the noun is left out.
            if c == "（", !noun.isEmpty, let close = (e + 1..<min(chars.count, e + 6)).first(where: { chars[$0] == "）" }) {
                e = close + 1
                continue
            }
            guard CJK.contains(c), !Self.marks.contains(c) else { break }
            // 在外务工党员, 从业人员: a stop character may start a fixed word.
            let fixed = e + 2 <= chars.count && words.fixedWords.contains(String(scalars: chars[e..<(e + 2)]))
            // 7名委员中: 中 after a noun ends it; 集中、中心 are words.
            let word = words.within.contains(c) && (noun.last.map { !words.nounEnds.contains($0) } ?? true
                || e + 1 < chars.count && words.wordsWithZhong.contains(chars[e + 1]))
            if !fixed && !word && words.nounStops.contains(c) { break }
            if !noun.isEmpty, startsVerb(chars, at: e) { break }
            noun.append(c)
            e += 1
        }
        // 0.5个工作日以内: the bound after the noun is not part of it.
        for bound in words.bounds.phrases {
            let b = Array(bound.unicodeScalars)
            if noun.count > b.count, Array(noun.suffix(b.count)) == b { noun.removeLast(b.count) }
        }
        // The longest part that ends like a noun (80岁以上老人送餐 → 老人); a
        // short run without one is taken whole (调研基层党建), except before
        // 的, where it describes the noun that follows (不胜任现职的).
        var end = min(noun.count, 10)
        while end >= 2 && !words.nounEnds.contains(noun[end - 1]) { end -= 1 }
        if end >= 2 { return String(scalars: noun[..<end]) }
        let beforeDe = e < chars.count && words.particle.contains(chars[e])
        return (2...6).contains(noun.count) && !beforeDe ? String(scalars: noun) : nil
    }

    private func startsVerb(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        if words.nounStopWords.match(chars, at: i) != nil { return true }
        for n in [4, 3, 2] where i + n <= chars.count {
            let w = String(scalars: chars[i..<(i + n)])
            if words.countingVerbs.contains(w) || (n >= 2 && words.linking.contains(w)) { return true }
        }
        return false
    }

    private func stripLinking(_ w: inout String) {
        var changed = true
        while changed {
            changed = false
            // 全年平均: 均 is part of the word.
            if words.wordsEndingInLinking.contains(where: { w.hasSuffix($0) }) { return }
            for l in words.linking where w.hasSuffix(l) && w.count > l.count {
                w = String(w.dropLast(l.count))
                changed = true
            }
        }
    }

    /// The word of change `w` ends with, if any.
    func changeSuffix(_ w: String) -> String? {
        (words.increase.phrases + words.decrease.phrases).filter { w.hasSuffix($0) }.max { $0.count < $1.count }
    }
}
