/// `repeated-phrase`: a phrase typed twice (`集体经济集体经济`) or a character
/// doubled by a slip (`领领导干部`).
///
/// The rule, in order:
/// 1. A phrase of 2–8 Han characters immediately repeated (ABAB…) is an
///    error, the longest repetition winning, unless it is verb
///    reduplication (`研究研究`, from `verbReduplication`) or the `一X一X`
///    pattern (`一步一步`). A phrase of one repeated character is left to 2.
/// 2. A doubled Han character AA is reported unless it is legitimate, as an
///    error when the second A begins a known word (领领导), else as a warning
///    (no word of the lexicon tells which it is: 农民工工资):
///    - AA is a word: the character is in `reduplicative` (quantifiers and
///      nouns read as “every”: 层层 村村 户户 个个 年年; adverbs: 常常 渐渐
///      默默; kinship and onomatopoeia: 妈妈 哈哈; the BB of ABB adjectives:
///      沉甸甸);
///    - AA is a verb tried out (看看 读读 议议 说说) and A does not begin a
///      word with the character after the pair: 学学习 is a slip (学习);
///    - it is half of AABB (`切切实实`, `认认真真`, `方方面面`): two slips in a
///      row are far less likely than a deliberate form;
///    - it follows 一 (`一个个`, `一项项`);
///    - it sits in a fixed idiom (`息息相关`, `不了了之`, `殷殷嘱托`);
///    - the first A ends a word and the second starts the next: the
///      preceding character and A form a known word (`学习|习近平`,
///      `工作|作风`, `党委|委员`), or A is a suffix that always ends a word
///      (`深化|化解`), or a numeral follows a numeral (“十五五”).
///    An ABAB phrase is legitimate in the same way when the first AB ends a
///    known longer word or the second begins one (党组织|组织生活).
///
/// Every family of words is the report lexicon's (`叠词`).
///    A slip doubles the first character of a word, so the character before
///    it rarely forms a word with it: `落实领领导` (实领 is no word).
enum RepeatedPhraseCheck: InlineCheck {
    static let code: DiagnosticCode = .repeatedPhrase

    static func check(_ t: CheckedText, into findings: inout [Diagnostic]) {
        let g = t.chars
        let words = t.lexicon.reduplication
        var window: Int?
        var i = 0
        while i + 1 < g.count {
            guard CheckChars.isHan(g[i]), repeats(g, at: i) else { i += 1; continue }
            // The lexicon reads scalars: around a repetition (rare), a window
            // wider than any of its words is enough. A Character of several
            // scalars stands as a noncharacter, which no word holds.
            if window == nil { window = max(8, words.pairs.maxLength, words.idioms.maxLength, words.words.maxLength) }
            let lo = max(0, i - window!), hi = min(g.count, i + 16 + window!)
            let c: [Unicode.Scalar] = (lo..<hi).map { g[$0].cluster == 0 ? g[$0].scalar : "\u{FFFF}" }
            let k = i - lo
            if let (n, legitimate) = repeatedPhrase(c, at: k, words) {
                // A legitimate ABAB is still a slip when a third copy follows.
                let copy = legitimate ? 2 : 1
                if !legitimate || (i + 3 * n <= g.count && g[(i + 2 * n)..<(i + 3 * n)].elementsEqual(g[i..<(i + n)])) {
                    findings.append(.repeatedPhrase(t.slice(i, i + n), range: t.range(i + copy * n, i + (copy + 1) * n)))
                }
                i += (copy + 1) * n
            } else if g[i] == g[i + 1], !isLegitimateDoubling(c, at: k, words) {
                // A slip doubles the first character of a word (领领导): an error when the
                // second A begins a known word, a warning when no word tells (农民工工资).
                let slip = k + 2 < c.count && (words.words.match(c, at: k + 1) ?? 0) >= 2
                findings.append(.doubledCharacter(c[k], range: t.range(i + 1, i + 2), certain: slip))
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// Whether a character or a Han phrase of 2–8 is repeated at `i`: what
    /// `repeatedPhrase` and `isLegitimateDoubling` then judge.
    static func repeats(_ g: [Glyph], at i: Int) -> Bool {
        if g[i] == g[i + 1] { return true }
        var n = min(8, (g.count - i) / 2)
        while n >= 2 {
            defer { n -= 1 }
            guard g[i] == g[i + n] else { continue }
            var k = 0
            while k < n, g[i + k] == g[i + n + k], CheckChars.isHan(g[i + k]) { k += 1 }
            if k == n { return true }
        }
        return false
    }

    /// The length (2–8) of the longest Han phrase at `i` repeated right after
    /// it, and whether that repetition is a legitimate reduplication.
    static func repeatedPhrase(_ c: [Unicode.Scalar], at i: Int, _ words: ReportLexicon.ReduplicationWords) -> (length: Int, legitimate: Bool)? {
        var n = min(8, (c.count - i) / 2)
        while n >= 2 {
            defer { n -= 1 }
            guard c[i] == c[i + n] else { continue }
            var k = 0
            while k < n, c[i + k] == c[i + n + k], c[i + k].isHan { k += 1 }
            guard k == n else { continue }
            let phrase = c[i..<(i + n)]
            if phrase.allSatisfy({ $0 == c[i] }) { continue }
            // 构建共建共治: the repeated 建共 straddles words when 共建 between the copies is one.
            let straddles = n == 2 && words.words.match(c, at: i + 1, end: i + 3) == 2
            let legitimate = n == 2 && (words.leads.contains(c[i]) || words.pairs.contains(String(scalars: phrase)) || straddles)
            return (n, legitimate || crossesWords(c, at: i, length: n, words))
        }
        return nil
    }

    /// Whether the phrase `c[i..<i+n]` repeated after itself is the end of
    /// one known word and the start of the next (党组织|组织生活).
    static func crossesWords(_ c: [Unicode.Scalar], at i: Int, length n: Int, _ words: ReportLexicon.ReduplicationWords) -> Bool {
        // A longer word ending with the first copy: try each start before it.
        for start in max(0, i - 4)..<i where words.words.match(c, at: start, end: i + n) == i + n - start { return true }
        // A longer word starting with the second copy.
        if let m = words.words.match(c, at: i + n), m > n { return true }
        return false
    }

    /// Whether the doubled character at `i`, `i + 1` is legitimate (see the rule above).
    static func isLegitimateDoubling(_ c: [Unicode.Scalar], at i: Int, _ words: ReportLexicon.ReduplicationWords) -> Bool {
        let a = c[i]
        if words.characters.contains(a) { return true }
        // 看看, 读读原著; but 学学习 doubles the first character of 学习.
        if words.verbs.contains(a), !(i + 2 < c.count && words.words.match(c, at: i + 1, end: i + 3) == 2) { return true }
        if i >= 1, NumberingMarkers.isNumeral(c[i - 1]), NumberingMarkers.isNumeral(a) { return true }
        if i + 3 < c.count, c[i + 2] == c[i + 3], c[i + 2] != a, c[i + 2].isHan { return true }  // AA of AABB
        if i >= 2, c[i - 2] == c[i - 1], c[i - 1] != a, c[i - 1].isHan { return true }  // BB of AABB
        if i >= 1, words.leads.contains(c[i - 1]) { return true }
        // An idiom holding the pair: it starts at most a few characters before it.
        for start in max(0, i - 4)...i {
            if let n = words.idioms.match(c, at: start), start + n >= i + 2 { return true }
        }
        if i >= 1, c[i - 1].isHan {
            if words.suffixes.contains(a) { return true }
            // A known word ends with the first A: 学习|习近平, 委员会|会议 (a body, then its meeting;
            // 党委会会议 says meeting twice and is reported).
            for start in max(0, i - 4)..<i where words.words.match(c, at: start, end: i + 1) == i + 1 - start { return true }
        }
        return false
    }
}

extension Diagnostic {
    static func repeatedPhrase(_ phrase: String, range: SourceRange) -> Diagnostic {
        Diagnostic(.error, code: RepeatedPhraseCheck.code, message: "词语“\(phrase)”重复", range: range,
                   hint: "删去重复的“\(phrase)”")
    }

    static func doubledCharacter(_ ch: Unicode.Scalar, range: SourceRange, certain: Bool = true) -> Diagnostic {
        certain
            ? Diagnostic(.error, code: RepeatedPhraseCheck.code, message: "“\(ch)”字重复", range: range, hint: "删去多余的“\(ch)”")
            : Diagnostic(.warning, code: RepeatedPhraseCheck.code, message: "“\(ch)”字连写两次，可能多打了一个", range: range,
                         hint: "两个“\(ch)”分属前后两个词时不用改；多打的删去一个")
    }
}
