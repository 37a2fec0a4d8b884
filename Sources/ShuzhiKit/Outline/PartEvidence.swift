/// Weighs the evidence that an unheaded paragraph opens a part of a report:
/// its opening words, the vocabulary of its first sentence, and whether it
/// lists points. Position is the reader's to judge; this only reads words.
///
/// Real reports open each part in many ways, so no single phrase decides:
/// the problems may open with a concession and a turn (尽管……仍……), a look
/// back that admits shortfalls (回顾……还有不少不足), a comparison with what
/// is expected (对照……还有差距), or a summing-up that announces points
/// (总之……具体讲有以下几个方面). Each shape is a rule over word families of
/// the lexicon; the families are data.
struct PartEvidence {
    /// How strongly a paragraph's words point to one part.
    struct Score: Equatable {
        var kind: PartKind
        var score: Int
        /// The words found, as written (`尽管…仍`, `究其原因`).
        var words: String
    }

    /// What opens a part for certain; weaker evidence only keeps a paragraph
    /// where its position puts it.
    static let decisive = 3

    let lexicon: ReportLexicon
    /// The year the report is about, when the title or opening says; a
    /// paragraph opening with the next year (2025年，我将……) looks forward.
    let year: Int?

    /// The paragraph's first clause and first sentence, in scalars.
    struct Sentence {
        let chars: [Unicode.Scalar]
        /// End of the first clause (before the first ，：；。！？).
        let clauseEnd: Int
        /// End of the first sentence (before the first 。！？, or the whole paragraph).
        let sentenceEnd: Int

        static let clauseMarks: ScalarSet = ["，", "：", "；", "。", "！", "？", ",", ":", ";"]
        static let sentenceMarks: ScalarSet = ["。", "！", "？"]

        init(_ chars: [Unicode.Scalar]) {
            self.chars = chars
            var c = chars.count
            var s = chars.count
            for (k, ch) in chars.enumerated() {
                if c == chars.count, Self.clauseMarks.contains(ch) { c = k }
                if Self.sentenceMarks.contains(ch) { s = k; break }
            }
            clauseEnd = min(c, s)
            sentenceEnd = s
        }

        func text(_ from: Int, _ length: Int) -> String { String(scalars: chars[from..<min(chars.count, from + length)]) }
    }

    /// Every part the paragraph's words point to, strongest first.
    func scores(_ chars: [Unicode.Scalar]) -> [Score] {
        let s = Sentence(chars)
        var result: [Score] = []
        if let r = rectification(s) { result.append(r) }
        if let p = problems(s) { result.append(p) }
        if let c = causes(s) { result.append(c) }
        if let n = nextSteps(s) { result.append(n) }
        return result.sorted { $0.score > $1.score }
    }

    /// A phrase of `set` at the start of the paragraph, or right after a
    /// leading preposition such as 在 (在下一步的工作中) or 而 (而究其原因).
    /// Returns the end of the match.
    func atStart(_ set: PhraseSet, _ s: Sentence) -> Int? {
        if let n = set.match(s.chars, at: 0) { return n }
        if let p = lexicon.leadingPrepositions.match(s.chars, at: 0), let n = set.match(s.chars, at: p) { return n + p }
        return nil
    }

    // MARK: rectification

    func rectification(_ s: Sentence) -> Score? {
        let w = lexicon.rectification
        if let (at, n) = w.phrases.firstMatch(s.chars, to: s.clauseEnd).map({ ($0.offset, $0.length) }) {
            return Score(kind: .rectification, score: 4, words: s.text(at, n))
        }
        // 针对去年述职评议指出的……问题: a pointer to last year's findings.
        guard let back = w.backReference.firstMatch(s.chars, to: s.sentenceEnd) else { return nil }
        let opens = w.part.openers.match(s.chars, at: 0) != nil
        let rectifies = w.rectify.occurs(in: s.chars)
        if opens && (rectifies || hasProblemWord(s)) {
            return Score(kind: .rectification, score: 5, words: s.text(0, w.part.openers.match(s.chars, at: 0)!) + "…" + s.text(back.offset, back.length))
        }
        if rectifies { return Score(kind: .rectification, score: 3, words: s.text(back.offset, back.length)) }
        return nil
    }

    func hasProblemWord(_ s: Sentence) -> Bool {
        lexicon.problems.part.headingWords.occurs(in: s.chars, to: s.sentenceEnd)
            || lexicon.problems.evaluation.occurs(in: s.chars, to: s.sentenceEnd)
    }

    // MARK: problems

    func problems(_ s: Sentence) -> Score? {
        let w = lexicon.problems
        let c = s.chars
        let evaluations = w.evaluation.count(in: c, to: s.sentenceEnd)
        let judged = evaluations > 0 || w.part.headingWords.occurs(in: c, to: s.sentenceEnd)
        let lists = w.enumeration.occurs(in: c, to: s.sentenceEnd) || enumerates(c)
        // 存在的问题…, 工作中还存在……: the part named at once.
        if let end = atStart(w.part.openers, s) {
            return Score(kind: .problems, score: 4, words: s.text(0, end))
        }
        if let o = w.part.openers.firstMatch(c, to: s.clauseEnd), judged {
            return Score(kind: .problems, score: 4, words: s.text(o.offset, o.length))
        }
        // 虽然……但……, 尽管……仍……: a concession, then the turn to shortfalls.
        if let k = w.concession.firstMatch(c, to: s.clauseEnd), let turn = w.turn.firstMatch(c, from: k.offset + k.length, to: s.sentenceEnd),
           judged || lists {
            return Score(kind: .problems, score: 4, words: s.text(k.offset, k.length) + "…" + s.text(turn.offset, turn.length))
        }
        // 但是，……还存在……: a paragraph that opens with the turn itself.
        if let n = w.openingTurn.match(c, at: 0), judged {
            return Score(kind: .problems, score: 4, words: s.text(0, n))
        }
        // 回顾一年来的工作……不足, 对照……还有差距: a look back or a comparison that admits shortfalls.
        if let r = w.review.firstMatch(c, to: s.clauseEnd), judged {
            return Score(kind: .problems, score: 4, words: s.text(r.offset, r.length))
        }
        // 总之……具体讲有以下几个方面: a summing-up that announces points.
        if let end = atStart(w.summary, s), judged || lists {
            return Score(kind: .problems, score: 4, words: s.text(0, end))
        }
        guard judged else { return nil }
        let score = min(evaluations, 2) + 1 + (lists ? 1 : 0)
        let first = w.evaluation.firstMatch(c, to: s.sentenceEnd) ?? w.part.headingWords.firstMatch(c, to: s.sentenceEnd)!
        return Score(kind: .problems, score: score, words: s.text(first.offset, first.length))
    }

    /// Whether the paragraph lists points itself (……：一是……二是……,
    /// 主观上，……客观上，……, ①……②……). 一是 alone already lists; the
    /// other run-in styles take two.
    func enumerates(_ c: [Unicode.Scalar]) -> Bool {
        NumberingMarkers.lists(c, from: 1, styles: OutlineBuilder.runInStyles, lexicon: lexicon)
    }

    // MARK: causes

    /// Whether the paragraph opens with the causes themselves: a cause
    /// opener at its start (究其原因), or the problems and their cause in
    /// its first clause (产生以上问题的原因主要有).
    func opensCauses(_ chars: [Unicode.Scalar]) -> Score? {
        let s = Sentence(chars)
        let w = lexicon.causes
        if let end = atStart(w.part.openers, s) { return Score(kind: .causes, score: 5, words: s.text(0, end)) }
        // 这些问题，既有……的客观因素，更有……的主观原因: the problems, then why, in one sentence.
        guard let lead = w.problemVerbs.match(chars, at: 0) ?? w.pointers.match(chars, at: 0),
              let r = w.phrases.firstMatch(chars, to: s.sentenceEnd) else { return nil }
        let words = r.offset <= lead ? s.text(0, r.offset + r.length) : s.text(0, lead) + "…" + s.text(r.offset, r.length)
        return Score(kind: .causes, score: 4, words: words)
    }

    func causes(_ s: Sentence) -> Score? {
        let w = lexicon.causes
        let c = s.chars
        if let end = atStart(w.part.openers, s) {
            return Score(kind: .causes, score: 5, words: s.text(0, end))
        }
        // 产生这些问题，既有客观因素，更有主观原因: the problems, then why.
        if let opens = opensCauses(c) { return opens }
        // 产生以上问题的原因主要有：…, 深层次的根源在于…
        if let r = w.phrases.firstMatch(c, to: s.clauseEnd) {
            return Score(kind: .causes, score: 4, words: s.text(r.offset, r.length))
        }
        if let r = w.part.openers.firstMatch(c, to: s.clauseEnd) {
            return Score(kind: .causes, score: 4, words: s.text(r.offset, r.length))
        }
        // 问题虽然表现在基层，根子还在……：一是……: why, in the first sentence, then the points.
        if let r = w.phrases.firstMatch(c, to: s.sentenceEnd) {
            return Score(kind: .causes, score: enumerates(c) ? 3 : 2, words: s.text(r.offset, r.length))
        }
        return nil
    }

    // MARK: next steps

    func nextSteps(_ s: Sentence) -> Score? {
        let w = lexicon.nextSteps
        let c = s.chars
        // 在下一步的工作中, 今后, 新的一年里
        if let end = atStart(w.horizon, s) {
            return Score(kind: .nextSteps, score: 5, words: s.text(0, end))
        }
        // 2025年，我将……
        if let year, c.count > 5, String(scalars: c[0..<4]) == String(year + 1), lexicon.years.yearMark.contains(c[4]) {
            return Score(kind: .nextSteps, score: 5, words: s.text(0, 5))
        }
        let intends = w.intent.occurs(in: c, to: s.sentenceEnd)
        // 针对上述问题，我将……: the problems just named, and what will be done.
        if let a = atStart(w.addressing, s), let p = w.problemPointers.firstMatch(c, from: a, to: s.clauseEnd), intends {
            return Score(kind: .nextSteps, score: 5, words: s.text(0, p.offset + p.length))
        }
        if let h = w.horizon.firstMatch(c, to: s.sentenceEnd), intends {
            return Score(kind: .nextSteps, score: 3, words: s.text(h.offset, h.length))
        }
        return nil
    }
}
