/// Reads a plain-text report (one paragraph a line) into an `Outline`.
///
/// This is the one place that knows how a report's structure looks in
/// text; check, import and the exporters all read reports through it, and
/// what it knows about wording it asks the `ReportLexicon`. It reads a text
/// once: the outline does not depend on a template, and templates are
/// scored against it (`readReport`). It never fails: a paragraph it cannot
/// place is kept where it stands and named in `Outline.unplaced`.
public enum OutlineReader {
    /// Reads `text` with the built-in heading table, extended by `profile`'s
    /// own headings and aliases.
    public static func read(_ text: String, profile: OutlineProfile = .standard) -> Outline {
        let headings = profile == .standard ? HeadingTable.builtin : HeadingTable(profile: profile)
        return read(text, headings: headings)
    }

    /// Reads `text` with `headings` and their lexicon.
    public static func read(_ text: String, headings: HeadingTable) -> Outline {
        let (paragraphs, texts) = split(text)
        var builder = OutlineBuilder(paragraphs: paragraphs, texts: texts, headings: headings)
        return builder.build()
    }

    /// Non-blank lines without leading indentation (spaces, full-width
    /// spaces, tabs) or trailing spaces, each located at its first character.
    static func splitParagraphs(_ text: String) -> [Outline.Paragraph] { split(text).paragraphs }

    /// The paragraphs, and each one's scalars for the reader to index.
    static func split(_ text: String) -> (paragraphs: [Outline.Paragraph], texts: [ScalarText]) {
        var result: [Outline.Paragraph] = []
        var texts: [ScalarText] = []
        var lineNumber = 0
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
        for raw in body.sourceLines {
            lineNumber += 1
            let scalars = raw.unicodeScalars
            var start = scalars.startIndex
            var indent = 0
            while start < scalars.endIndex, isIndent(scalars[start]) {
                start = scalars.index(after: start)
                indent += 1
            }
            var end = scalars.endIndex
            while end > start, isIndent(scalars[scalars.index(before: end)]), scalars[scalars.index(before: end)] != "\u{A0}" {
                end = scalars.index(before: end)
            }
            if start == end { continue }
            let line = raw[start..<end]
            let text = ScalarText(line)
            result.append(Outline.Paragraph(String(line), at: SourceLocation(line: lineNumber, column: indent + 1), length: text.characterCount))
            texts.append(text)
        }
        return (result, texts)
    }

    static func isIndent(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\u{3000}" || c == "\t" || c == "\u{A0}" }
}

extension Substring {
    /// Lines split at LF, CR or CRLF, as `String.sourceLines` does.
    var sourceLines: [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var i = startIndex
        let scalars = unicodeScalars
        while i < endIndex {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                lines.append(self[start..<i])
                var next = scalars.index(after: i)
                if c == "\r", next < endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                i = next
                continue
            }
            i = scalars.index(after: i)
        }
        if start < endIndex { lines.append(self[start...]) }
        return lines
    }
}

/// The state of one reading. Offsets into a paragraph count scalars (see
/// `ScalarText`); `range(_:_:_:)` turns them into columns.
struct OutlineBuilder {
    let paragraphs: [Outline.Paragraph]
    let texts: [ScalarText]
    let headings: HeadingTable
    var lexicon: ReportLexicon { headings.lexicon }
    var outline = Outline()
    /// The year the report is about, from its title or opening.
    var year: Int?
    /// For each paragraph, whether a cause sub-heading follows it before
    /// the next part heading; computed on first use.
    var causesAhead: [Bool] = []
    /// Whether `一、` lines are items: unnumbered headings head the parts.
    var commaItems = false
    /// The numbering of part headings: 一、, or （一） in a report whose top
    /// level is （一） (（一）上年度问题整改情况 …… （四）2026年工作打算).
    var partStyle = NumberingStyle.chineseComma

    init(paragraphs: [Outline.Paragraph], texts: [ScalarText], headings: HeadingTable) {
        self.paragraphs = paragraphs
        self.texts = texts
        self.chars = texts.map(\.scalars)
        self.headings = headings
        outline.paragraphs = paragraphs
    }

    /// Each paragraph's scalars.
    let chars: [[Unicode.Scalar]]

    /// The range of the scalars `[from, to)` of paragraph `p`.
    func range(_ p: Int, _ from: Int, _ to: Int) -> SourceRange {
        paragraphs[p].range(texts[p].characterOffset(from), texts[p].characterOffset(to))
    }

    /// Where the scalar at `offset` of paragraph `p` is.
    func location(_ p: Int, _ offset: Int) -> SourceLocation {
        let para = paragraphs[p]
        return SourceLocation(line: para.location.line, column: para.location.column + texts[p].characterOffset(offset))
    }

    /// The scalars `[from, to)` of paragraph `p` as a string.
    func string(_ p: Int, _ from: Int, _ to: Int) -> String { String(scalars: chars[p][from..<to]) }

    mutating func build() -> Outline {
        let n = paragraphs.count
        guard n > 0 else { return outline }
        choosePartStyle()
        var i = readTop()
        year = reportYear()
        outline.year = year
        // An appendix after the end (附：……), then the signature and closing lines.
        var end = n
        while end > i + 1, lexicon.appendixOpeners.match(chars[end - 1], at: 0) != nil {
            outline.appendix.insert(paragraphs[end - 1], at: 0)
            end -= 1
        }
        while end > i + 1, outline.signature.count < lexicon.signatureLines, isSignatureLine(end - 1) {
            outline.signature.insert(paragraphs[end - 1], at: 0)
            end -= 1
        }
        if end > i + 1, isClosingSentence(end - 1) {
            outline.closing = [paragraphs[end - 1]]
            end -= 1
        }
        var heads: [Int: (marker: Outline.Marker?, heading: String, kind: PartKind?, match: HeadingTable.Match?, headingStart: Int)] = [:]
        for p in i..<end {
            if let h = partHeading(p) { heads[p] = (h.marker, h.heading, h.kind, h.match, h.marker?.text.unicodeScalars.count ?? 0) }
        }
        // Headings without numbers count only when at least two name different
        // parts in order. When numbered headings come only after the first of
        // them, the unnumbered lines head the parts and the numbered ones are
        // items under them (履职尽责情况 / 一、坚持高位推动……).
        var bare = (i..<end).compactMap { p in bareHeading(p).map { (p, $0) } }
        // The achievements' own heading, before the others and before any numbered one.
        if let first = bare.first, let weak = (i..<first.0).first(where: { bareHeading($0) == nil && bareHeading($0, weakAchievements: true) != nil }),
           heads.keys.allSatisfy({ $0 > weak }) {
            bare.insert((weak, bareHeading(weak, weakAchievements: true)!), at: 0)
        }
        // In order, but for the rectification, which reports put first, last or between.
        let kinds = bare.compactMap(\.1.kind)
        let ordered = kinds.filter { $0 != .rectification }
        if Set(kinds).count >= 2, zip(ordered, ordered.dropFirst()).allSatisfy({ $0.order <= $1.order }),
           heads.keys.allSatisfy({ $0 > bare[0].0 }) {
            // Under unnumbered part headings (第一部分　履职情况, 履职尽责情况) a 一、 line
            // can only be an item, whether or not it read as a heading itself.
            commaItems = true
            heads = [:]
            for (p, h) in bare { heads[p] = (nil, paragraphs[p].text, h.kind, h.match, 0) }
        }
        if heads.isEmpty {
            // Slogan headings no words name (把方向、压责任，主责扛得更牢。): known by form alone.
            for p in formHeadings(from: i, to: end) { heads[p] = (nil, paragraphs[p].text, nil, nil, 0) }
        }
        if !heads.isEmpty {
            // More of the opening before the first heading: unnumbered prose.
            if outline.opening != nil, let first = heads.keys.min() {
                while i < first, NumberingMarkers.leading(chars[i], lexicon: lexicon) == nil, bareHeading(i) == nil {
                    outline.preamble.append(paragraphs[i])
                    i += 1
                }
            }
            resolveHeadsByEvidence(&heads, end: end)
            readHeaded(from: i, to: end, heads: heads)
        } else {
            readHeadless(from: i, to: end)
        }
        finishParts()
        return outline
    }

    // MARK: Top and bottom

    /// Title, name line, salutation, self-introduction and opening; returns
    /// the first paragraph after them.
    mutating func readTop() -> Int {
        let n = paragraphs.count
        var i = 0
        if isTitle(0), n > 1 {
            outline.title = paragraphs[0]
            i = 1
            // （2023年度） under the title: its second line.
            if i < n, isBracketedTitleLine(i) { outline.titleContinuation = paragraphs[i]; i += 1 }
            if i < n, isNameLine(i) { outline.nameLine = paragraphs[i]; i += 1 }
        } else if n > 2, isTitleStart(0), isTitle(1) {
            // A title set over two lines: 中共某某委员会书记 / 2024年度……述职报告.
            outline.title = paragraphs[0]
            outline.titleContinuation = paragraphs[1]
            i = 2
            if i < n, isNameLine(i) { outline.nameLine = paragraphs[i]; i += 1 }
        } else if n > 2, isNameLine(0), isSalutation(1) {
            // No title: a name line is known by the salutation under it.
            outline.nameLine = paragraphs[0]
            i = 1
        }
        if let t = outline.title, outline.titleContinuation == nil, outline.nameLine == nil {
            outline.nameInTitle = nameInTitle(0, t)
        }
        if i < n, isSalutation(i) { outline.salutation = paragraphs[i]; i += 1 }
        // A self-introduction, then the opening: known by its words, or by the heading under it.
        if i + 1 < n, isIntroduction(i), isOpeningCandidate(i + 1),
           lexicon.openingWords.occurs(in: chars[i + 1]) || (i + 2 < n && isPartHeading(i + 2)) {
            outline.introduction = paragraphs[i]
            i += 1
        }
        if i < n, isOpeningCandidate(i) {
            outline.opening = paragraphs[i]
            i += 1
        }
        return i
    }

    /// The post and name at the start of title `p` (某某街道党工委书记韩某某
    /// 2025年度……): the last post word, then two to four characters of name,
    /// then a year or a word of the lexicon that follows a name.
    func nameInTitle(_ p: Int, _ title: Outline.Paragraph) -> Outline.Paragraph? {
        let c = chars[p], rule = lexicon.nameLine
        var afterPost: Int?
        var k = 0
        while k < c.count {
            if let n = rule.posts.match(c, at: k) { afterPost = k + n; k += n } else { k += 1 }
        }
        guard let start = afterPost else { return nil }
        var e = start
        while e < c.count, e - start < 4, c[e].isHan, rule.afterName.match(c, at: e) == nil { e += 1 }
        guard e - start >= 2, e < c.count, c[e].isASCIIDigit || rule.afterName.match(c, at: e) != nil else { return nil }
        return Outline.Paragraph(string(p, 0, e), at: title.location, length: texts[p].characterOffset(e))
    }

    /// A short line in brackets under the title, as （2023年度） or （征求意见稿）,
    /// not a name line in brackets （述职人：何某某）.
    func isBracketedTitleLine(_ p: Int) -> Bool {
        let c = chars[p]
        return c.count >= 3 && c.count <= 16 && (c.first == "（" || c.first == "(") && (c.last == "）" || c.last == ")")
            && !hasAny(c, Self.sentenceMarks) && !c.contains("：") && !c.contains(":")
    }

    /// The first line of a title set over two: short, no sentence marks, no number.
    func isTitleStart(_ p: Int) -> Bool {
        let c = chars[p]
        return texts[p].characterCount <= lexicon.title.maxLength && !hasAny(c, Self.sentenceMarks) && c.last != "："
            && NumberingMarkers.leading(c, lexicon: lexicon) == nil && !isPartHeading(p)
    }

    func isOpeningCandidate(_ p: Int) -> Bool {
        !isPartHeading(p) && NumberingMarkers.leading(chars[p], lexicon: lexicon) == nil && bareHeading(p) == nil
    }

    /// The first year (2024年) of the title, else of the opening or the
    /// self-introduction that is not a past event or a span (成立于2016年,
    /// 2021年换届时当选, 2021—2025年); 2024年以来 in an opening is the year.
    func reportYear() -> Int? {
        var words = lexicon.years
        words.sinceAfter = PhraseSet()
        for p in [outline.title, outline.titleContinuation, outline.opening, outline.introduction].compactMap({ $0 }) {
            if let y = Figures.years(in: p.text, words: words).first { return y.year }
        }
        return nil
    }

    func hasAny(_ c: [Unicode.Scalar], _ marks: ScalarSet) -> Bool { c.contains { marks.contains($0) } }

    static let stops: ScalarSet = ["。", "，"]
    static let signatureStops: ScalarSet = ["。", "，", "；", "！", "？"]
    static let sentenceMarks: ScalarSet = ["，", "。", "；", "！", "？", ",", ";"]

    /// A short line naming the report; not a short opening (现将情况报告如下：).
    func isTitle(_ p: Int) -> Bool {
        // A title spaced out for the page (述　职　报　告) is read without its spaces.
        let c = chars[p].filter { $0 != "　" && $0 != " " }, rule = lexicon.title
        // A subtitle opens with a dash (——某某乡党委书记……述职报告), which is no item.
        let marker = NumberingMarkers.leading(c, lexicon: lexicon)
        return texts[p].characterCount <= rule.maxLength && !hasAny(c, Self.stops) && (marker == nil || marker!.style == .dash)
            && rule.contains.occurs(in: c) && !rule.excludes.occurs(in: c) && c.last != "：" && c.last != ":"
    }

    /// 青石镇党委书记　王明远, or 述职人：王明远.
    func isNameLine(_ p: Int) -> Bool {
        var c = chars[p]
        let rule = lexicon.nameLine
        // （述职人：何某某）: the same line in brackets.
        if c.count > 2, c.first == "（" || c.first == "(", c.last == "）" || c.last == ")" { c = Array(c.dropFirst().dropLast()) }
        guard texts[p].characterCount <= rule.maxLength, !hasAny(c, Self.stops), NumberingMarkers.leading(c, lexicon: lexicon) == nil else {
            return false
        }
        if let n = rule.labels.match(c, at: 0), n < c.count, c[n] == "：" || c[n] == ":", n + 1 < c.count { return true }
        return !c.contains("：") && c.last != ":"
    }

    func isSalutation(_ p: Int) -> Bool {
        let c = chars[p], rule = lexicon.salutation
        return texts[p].characterCount <= rule.maxLength && (c.last == "：" || c.last == ":") && rule.contains.occurs(in: c)
    }

    func isIntroduction(_ p: Int) -> Bool {
        let c = chars[p], rule = lexicon.selfIntroduction
        return texts[p].characterCount <= rule.maxLength && rule.openers.match(c, at: 0) != nil && isOpeningCandidate(p)
    }

    func isSignatureLine(_ p: Int) -> Bool {
        let c = chars[p]
        guard texts[p].characterCount <= lexicon.signature.maxLength, !hasAny(c, Self.signatureStops), !isClosingSentence(p) else {
            return false
        }
        return NumberingMarkers.leading(c, lexicon: lexicon) == nil && !isPartHeading(p)
    }

    /// 以上报告，请予评议。: a short closing sentence.
    func isClosingSentence(_ p: Int) -> Bool {
        let c = chars[p], rule = lexicon.closing
        guard texts[p].characterCount <= 80, NumberingMarkers.leading(c, lexicon: lexicon) == nil else { return false }
        if let n = rule.openers.match(c, at: 0) {
            // 以上 alone opens many sentences; it closes the report when it names the report.
            let rest = Array(c[n...])
            if n > 2 || lexicon.title.contains.occurs(in: rest) || rule.contains.occurs(in: rest) { return true }
        }
        return rule.contains.occurs(in: c) && texts[p].characterCount <= 40 || rule.pledges.occurs(in: c)
    }

    // MARK: Headings

    struct Heading {
        var marker: Outline.Marker?
        var heading: String
        var kind: PartKind?
        var match: HeadingTable.Match?
    }

    /// The marker of `一、存在问题`: a short line numbered `一、` with no
    /// sentence in it; `nil` for any other paragraph.
    func partHeadingMarker(_ p: Int) -> NumberingMarkers.Found? {
        partHeadingMarker(p, style: partStyle)
    }

    func partHeadingMarker(_ p: Int, style: NumberingStyle) -> NumberingMarkers.Found? {
        let c = chars[p]
        guard let m = NumberingMarkers.leading(c, lexicon: lexicon), m.style == style else { return nil }
        let rest = c.count - m.length
        guard rest > 0, rest <= 30, !c[m.length..<(c.count - 1)].contains("。") else { return nil }
        return m
    }

    /// Parts headed （一）…（四） when no 一、 line heads one and at least two
    /// （一） heading lines name different parts.
    mutating func choosePartStyle() {
        var kinds: Set<PartKind> = []
        for p in paragraphs.indices {
            if partHeadingMarker(p, style: .chineseComma) != nil { return }
            if let m = partHeadingMarker(p, style: .chineseParen), let k = headings.kind(of: string(p, m.length, chars[p].count))?.kind {
                kinds.insert(k)
            }
        }
        if kinds.count >= 2 { partStyle = .chineseParen }
    }

    /// Whether paragraph `p` is a numbered part heading line.
    func isPartHeading(_ p: Int) -> Bool { partHeadingMarker(p) != nil }

    /// `一、存在问题`, with the part its words name.
    func partHeading(_ p: Int) -> Heading? {
        guard let m = partHeadingMarker(p) else { return nil }
        let c = chars[p]
        let para = paragraphs[p]
        let text = string(p, m.length, c.count)
        let found = headings.kind(of: text)
        return Heading(
            marker: Outline.Marker(text: string(p, 0, m.length), style: m.style, number: m.number, location: para.location),
            heading: text, kind: found?.kind, match: found?.match)
    }

    /// A short unnumbered line whose words name a part (存在的问题和不足).
    /// With `weakAchievements`, also a line whose only words are the
    /// achievements' (履职尽责情况): too common to head a part alone, it
    /// does when other part headings follow it.
    func bareHeading(_ p: Int, weakAchievements: Bool = false) -> Heading? {
        let c = chars[p]
        // 第一部分　 before the words does not count against their length.
        let ordinal = partOrdinalLength(c)
        guard c.count - ordinal <= 16, !hasAny(c, Self.sentenceMarks), ordinal > 0 || NumberingMarkers.leading(c, lexicon: lexicon) == nil,
              let found = headings.kind(of: paragraphs[p].text) else { return nil }
        if found.kind == .achievements && found.match == .words && !weakAchievements { return nil }
        return Heading(marker: nil, heading: paragraphs[p].text, kind: found.kind, match: found.match)
    }

    /// Unnumbered lines that head the parts by their form: three or more
    /// short lines (no figures, at most a full stop at the end), each above
    /// a paragraph at least twice as long, the first of them within two
    /// paragraphs of the opening, no two in a row. Their kinds come from
    /// what stands under them (`resolveHeadsByEvidence`).
    func formHeadings(from start: Int, to end: Int) -> [Int] {
        var found: [Int] = []
        for p in start..<end {
            let c = chars[p]
            guard c.count >= 4, c.count <= lexicon.layout.sloganHeading, p + 1 < end, chars[p + 1].count >= 2 * c.count,
                  !c.contains(where: { $0.isASCIIDigit }), !c.dropLast().contains("。"), c.last == "。" || c.last!.isHan,
                  NumberingMarkers.leading(c, lexicon: lexicon) == nil, found.last.map({ $0 + 1 < p }) ?? true else { continue }
            found.append(p)
        }
        guard found.count >= 3, let first = found.first, first - start <= 2,
              (start..<first).allSatisfy({ NumberingMarkers.leading(chars[$0], lexicon: lexicon) == nil }) else { return [] }
        return found
    }

    /// The length of 第一部分 and the space after it at the start of `c`
    /// (第二部分　存在的问题), or 0.
    func partOrdinalLength(_ c: [Unicode.Scalar]) -> Int {
        guard let first = c.first, lexicon.ordinalMarks.contains(first) else { return 0 }
        var k = 1
        while k < c.count, k < 4, NumberingMarkers.isNumeral(c[k]) { k += 1 }
        guard k > 1, let n = lexicon.partOrdinals.match(c, at: k) else { return 0 }
        k += n
        while k < c.count, c[k] == "　" || c[k] == " " || c[k] == "：" || c[k] == "、" { k += 1 }
        return k
    }

    // MARK: Parts

    mutating func readHeaded(
        from start: Int, to end: Int,
        heads: [Int: (marker: Outline.Marker?, heading: String, kind: PartKind?, match: HeadingTable.Match?, headingStart: Int)]
    ) {
        var current: Outline.Part?
        var p = start
        while p < end {
            if let h = heads[p] {
                if let c = current { outline.parts.append(c) }
                let para = paragraphs[p]
                var part = newPart(kind: h.kind, at: para.location, evidence: .init(source: .heading, words: h.heading, score: 0))
                part.headingMarker = h.marker
                part.heading = h.heading
                part.headingRange = range(p, h.headingStart, chars[p].count)
                part.paragraphs.append(para)
                current = part
                p += 1
                continue
            }
            if current == nil {
                current = newPart(kind: nil, at: paragraphs[p].location, evidence: .init(source: .position, words: nil, score: 0))
            }
            // Causes may open a paragraph of their own under the problems' heading, and
            // the next steps one after the problems when no heading of theirs follows
            // (2026年，我将……). An aspect (从主观上看，) opens causes as unnumbered words do.
            if let kind = current!.kind, kind == .problems || kind == .causes,
               !current!.items.isEmpty || current!.lead != nil, groupHeadingKind(p) == nil,
               NumberingMarkers.leading(chars[p], lexicon: lexicon).map({ $0.style == .aspect }) ?? true,
               let s = evidence().scores(chars[p]).first(where: { s in
                   s.score >= PartEvidence.decisive
                       && (s.kind == .causes && kind == .problems || s.kind == .nextSteps && !laterKinds(heads, after: p).contains(.nextSteps))
               }) {
                outline.parts.append(current!)
                current = newPart(kind: s.kind, at: paragraphs[p].location, evidence: .init(source: .words, words: s.words, score: s.score))
            }
            addToPart(p, &current!, end: end)
            p += 1
        }
        if let c = current { outline.parts.append(c) }
    }

    func evidence() -> PartEvidence { PartEvidence(lexicon: lexicon, year: year) }

    /// The kinds of the headings after paragraph `p`.
    func laterKinds(_ heads: [Int: (marker: Outline.Marker?, heading: String, kind: PartKind?, match: HeadingTable.Match?, headingStart: Int)], after p: Int) -> Set<PartKind> {
        Set(heads.filter { $0.key > p }.compactMap(\.value.kind))
    }

    /// Headings no words name (二、履诺于行, 四、笃行于新) take the kind the
    /// first paragraph under them gives, in the order parts come, before
    /// their paragraphs are read: so a problems part found so still has its
    /// causes split off. The first heading of a report is left to its place
    /// (the achievements, or a theme of them).
    mutating func resolveHeadsByEvidence(
        _ heads: inout [Int: (marker: Outline.Marker?, heading: String, kind: PartKind?, match: HeadingTable.Match?, headingStart: Int)],
        end: Int
    ) {
        guard heads.values.contains(where: { $0.kind == nil }) else { return }
        let judge = evidence()
        var order = -1
        let lines = heads.keys.sorted()
        for (k, p) in lines.enumerated() {
            if let kind = heads[p]!.kind { order = max(order, kind.order); continue }
            guard k > 0, p + 1 < end, heads[p + 1] == nil else { continue }
            // What stands under the heading, else the heading's own words (找差距、明不足，……).
            let rectified = heads.values.contains { $0.kind == .rectification }
            let fits = { (s: PartEvidence.Score) in
                (s.kind.order > order || s.kind == .rectification && !rectified) && s.score >= PartEvidence.decisive
            }
            if let found = judge.scores(chars[p + 1]).first(where: fits) ?? judge.scores(chars[p]).first(where: fits) {
                heads[p]!.kind = found.kind
                order = max(order, found.kind.order)
            }
        }
    }

    /// Without headings, a part starts where a paragraph's words say so, in
    /// the order parts come; a paragraph whose words are too weak to decide
    /// stays in the part before it and is named in `unplaced`.
    mutating func readHeadless(from start: Int, to end: Int) {
        var current: Outline.Part?
        let judge = evidence()
        // The furthest part reached in the usual order, leaving the rectification aside.
        var reached = -1
        var rectified = false
        for p in start..<end {
            let para = paragraphs[p]
            if let c = current, continuesList(c, p) {
                addToPart(p, &current!, end: end)
                continue
            }
            let scores = judge.scores(chars[p]).filter { s in
                guard s.kind != current?.kind else { return false }
                switch s.kind {
                // The causes follow the problems directly.
                case .causes: return current?.kind == .problems
                // Last year's problems are answered once: as a rule before this year's
                // are named; after them (and their causes) only in plain words
                // (针对去年述职评议指出的问题), as a problem may mention 整改.
                case .rectification:
                    return !rectified && (reached <= PartKind.achievements.order
                        || (reached < PartKind.nextSteps.order && s.score > PartEvidence.decisive))
                default: return s.kind.order > reached
                }
            }
            if let best = scores.first, best.score >= PartEvidence.decisive {
                if let c = current { outline.parts.append(c) }
                if best.kind == .rectification { rectified = true } else { reached = best.kind.order }
                current = newPart(kind: best.kind, at: para.location, evidence: .init(source: .words, words: best.words, score: best.score))
            } else if current == nil {
                current = newPart(kind: .achievements, at: para.location, evidence: .init(source: .position, words: nil, score: 0))
                reached = PartKind.achievements.order
            } else if let best = scores.first, best.score >= 2 {
                outline.unplaced.append(Outline.Unplaced(paragraph: para, likely: best.kind))
            }
            addToPart(p, &current!, end: end)
        }
        if let c = current { outline.parts.append(c) }
    }

    /// Whether paragraph `p` is the next item of `part`'s numbered list.
    func continuesList(_ part: Outline.Part, _ p: Int) -> Bool {
        guard let m = NumberingMarkers.leading(chars[p], lexicon: lexicon) else { return false }
        guard let last = part.items.last?.marker else { return false }
        if last.style == m.style { return m.style.isUnordered || m.number == last.number + 1 || m.number == last.number }
        // A deeper level under a heading line (（一）…… then 1. ……).
        return part.items.last!.subitemsSeparate
    }

    func newPart(kind: PartKind?, at location: SourceLocation, evidence: Outline.Evidence) -> Outline.Part {
        Outline.Part(
            kind: kind, headingMarker: nil, heading: nil, location: location, lead: nil, items: [],
            itemsRunIn: false, closing: [], paragraphs: [], continuesPrevious: false, evidence: evidence,
            range: SourceRange(at: location))
    }

    /// Parts of unknown kind between known ones take the kind their place
    /// gives; every part's range runs to where the next one starts.
    mutating func finishParts() {
        resolveByEvidence()
        mergeSentenceHeadings()
        topicSentenceItems()
        findEmbedded()
        for k in outline.parts.indices {
            let part = outline.parts[k]
            var endLocation: SourceLocation
            if k + 1 < outline.parts.count, outline.parts[k + 1].continuesPrevious {
                endLocation = outline.parts[k + 1].location
            } else if let last = part.paragraphs.last {
                endLocation = last.range.end
            } else {
                endLocation = part.location
            }
            if let lastLine = part.paragraphs.last?.location.line, lastLine < part.location.line { endLocation = part.location }
            outline.parts[k].range = SourceRange(start: part.location, end: endLocation)
        }
    }
}

extension PartKind {
    /// The place of a part in the usual order (成绩, 整改, 问题, 原因, 下一步).
    var order: Int {
        switch self {
        case .title: -3
        case .opening: -2
        case .achievements: 0
        case .rectification: 1
        case .problems: 2
        case .causes: 3
        case .nextSteps: 4
        case .closing: 5
        case .signature: 6
        }
    }
}

extension OutlineBuilder {
    /// Numbered headings that no words name, before every known part, are
    /// the achievements: one heading is the part's own; several (一、聚焦主责
    /// 主业…… 二、聚焦组织覆盖……) are its items, each with what stood under it.
    mutating func mergeSentenceHeadings() {
        let parts = outline.parts
        var k = 0
        while k < parts.count, parts[k].kind == nil || (parts[k].kind == .achievements && parts[k].evidence.source == .heading
            && headings.kind(of: parts[k].heading ?? "")?.match == .words), parts[k].headingMarker != nil {
            k += 1
        }
        let known = parts[k...].compactMap(\.kind)
        guard k >= 1, !known.isEmpty, !known.contains(.achievements) else { return }
        if k == 1 {
            if parts[0].kind == nil {
                outline.parts[0].kind = .achievements
                outline.parts[0].evidence = .init(source: .position, words: parts[0].heading, score: 0)
            }
            return
        }
        var merged = newPart(kind: .achievements, at: parts[0].location, evidence: .init(source: .position, words: nil, score: 0))
        for part in parts[..<k] {
            // What stood under the heading: its lead and closing paragraphs, and its items.
            var under: [Outline.Item] = part.leadRanges.isEmpty ? [] : part.paragraphs.filter { p in
                part.leadRanges.contains { $0.start == p.range.start && $0.end == p.range.end }
            }.map(paragraphItem)
            under += part.items + part.closing.map(paragraphItem)
            let headingLine = part.paragraphs[0]
            merged.items.append(Outline.Item(
                marker: part.headingMarker, heading: part.heading, body: "", subitems: under, subitemsSeparate: true,
                location: part.location, headingRange: part.headingRange, bodyRange: SourceRange(at: headingLine.range.end),
                range: SourceRange(start: part.location, end: part.paragraphs.last!.range.end)))
            merged.paragraphs += part.paragraphs
        }
        outline.parts.replaceSubrange(0..<k, with: [merged])
    }

    /// A heading no words name (三、谋新篇) after a known part takes the
    /// kind its first paragraph's words give, in the order parts come.
    mutating func resolveByEvidence() {
        // A heading naming a part already had, after parts that come later (五、廉洁自律情况
        // after the next steps, its 情况 read as the achievements'), is a part no template names.
        var seen: Set<PartKind> = []
        var furthest = -1
        for k in outline.parts.indices {
            guard let kind = outline.parts[k].kind else { continue }
            if seen.contains(kind), kind.order < furthest, outline.parts[k].heading != nil, !outline.parts[k].continuesPrevious {
                outline.parts[k].kind = nil
                continue
            }
            seen.insert(kind)
            furthest = max(furthest, kind.order)
        }
        let judge = evidence()
        // A first heading no words name, before parts that come after the achievements,
        // is the achievements' (担责于身, 把方向、压责任，……扛得更牢。).
        // Numbered ones are left to `mergeSentenceHeadings`, where several in a row are its items.
        if outline.parts.count > 1, let first = outline.parts.first, first.kind == nil, first.heading != nil, first.headingMarker == nil,
           let next = outline.parts[1].kind, next.order > PartKind.achievements.order {
            outline.parts[0].kind = .achievements
        }
        var order = -1
        for k in outline.parts.indices {
            let part = outline.parts[k]
            if let kind = part.kind { order = max(order, kind.order); continue }
            guard order >= 0, part.headingMarker != nil || part.heading != nil, part.paragraphs.count > 1,
                  let first = outline.paragraphs.firstIndex(where: { $0.location == part.paragraphs[1].location }) else { continue }
            let found = judge.scores(chars[first]).first { $0.kind.order > order && $0.score >= PartEvidence.decisive }
            if let found {
                outline.parts[k].kind = found.kind
                outline.parts[k].evidence = .init(source: .words, words: found.words, score: found.score)
                order = found.kind.order
            }
        }
    }

    /// A whole paragraph as an unnumbered item.
    func paragraphItem(_ p: Outline.Paragraph) -> Outline.Item {
        Outline.Item(
            marker: nil, heading: nil, body: p.text, subitems: [], subitemsSeparate: false, location: p.location,
            headingRange: nil, bodyRange: p.range, range: p.range)
    }

    /// Parts written inside another: last year's problems answered in an
    /// item of the achievements (（四）抓实问题整改……针对上年度述职评议指出的问题).
    mutating func findEmbedded() {
        guard outline.part(.rectification) == nil, let achievements = outline.part(.achievements) else { return }
        let judge = evidence()
        for item in achievements.items {
            let text = (item.heading ?? "") + item.body + (item.subitems.first?.body ?? "")
            // An item's heading is the writer's own title for it: last year's findings and
            // their rectification named there (抓实上年度述职评议问题整改) decide, as in a part heading.
            var heading = item.heading.map { judge.rectification(PartEvidence.Sentence(Array($0.unicodeScalars.prefix(120)))) } ?? nil
            // A heading that names the part as a part heading would (抓实整改：), short or with
            // last year's findings named at the start of the body (抓实整改落实。去年述职评议时……).
            if heading == nil, let h = item.heading,
               h.unicodeScalars.count <= lexicon.layout.label + 1
                   || lexicon.rectification.backReference.occurs(in: Array(item.body.unicodeScalars.prefix(40))),
               headings.kind(of: h)?.kind == .rectification {
                heading = PartEvidence.Score(kind: .rectification, score: PartEvidence.decisive, words: Punctuation.bare(h))
            }
            if let s = heading.flatMap({ $0.score >= PartEvidence.decisive ? $0 : nil })
                ?? judge.rectification(PartEvidence.Sentence(Array(text.unicodeScalars.prefix(120)))).flatMap({ $0.score >= 4 ? $0 : nil }) {
                outline.embedded.append(Outline.Embedded(kind: .rectification, location: item.location, words: s.words, range: item.range))
                return
            }
        }
    }
}

extension OutlineBuilder {
    static let topicSentenceEnds: ScalarSet = ["。", "！", "；"]

    /// The end of paragraph `p`'s topic sentence (始终把政治建设摆在首位。),
    /// a short first sentence with no comma and a body after it; `nil` when
    /// it opens otherwise.
    func topicSentenceEnd(_ p: Int, commas: Int = 0) -> Int? {
        let c = chars[p]
        guard NumberingMarkers.leading(c, lexicon: lexicon) == nil else { return nil }
        var k = 0
        var seen = 0
        while k < c.count, k <= lexicon.layout.topicSentence, !Self.topicSentenceEnds.contains(c[k]) {
            // A short label before a colon names the item too (强化引领：……).
            if c[k] == "：" {
                guard k >= 2, k <= lexicon.layout.label, c.count - (k + 1) >= 10 else { return nil }
                return k + 1
            }
            if c[k] == "，" || c[k] == "," {
                seen += 1
                if seen > commas { return nil }
            }
            k += 1
        }
        guard k >= 6, k <= lexicon.layout.topicSentence, c.count - (k + 1) >= 10 else { return nil }
        return k + 1
    }

    /// Whether paragraphs `a` and `b` open with the same two characters
    /// (针对, 始终), as parallel items do; a number or mark does not count.
    func parallelOpenings(_ a: Int, _ b: Int) -> Bool {
        let x = chars[a], y = chars[b]
        return x.count >= 2 && y.count >= 2 && x[0].isHan && x[1].isHan && x[0] == y[0] && x[1] == y[1]
            && NumberingMarkers.leading(x, lexicon: lexicon) == nil
    }

    /// Unnumbered items under a heading: paragraphs that each open with a
    /// short topic sentence, two or more at the end of what was read as the
    /// part's lead (东关街道 style: 始终把政治建设摆在首位。……). What comes
    /// before them stays the lead.
    mutating func topicSentenceItems() {
        var byLine: [Int: Int] = [:]
        for (p, para) in paragraphs.enumerated() { byLine[para.location.line] = p }
        for k in outline.parts.indices {
            let part = outline.parts[k]
            guard part.heading != nil, part.items.isEmpty, !part.itemsRunIn, part.leadRanges.count >= 2 else { continue }
            // Each lead range must be a whole paragraph.
            let ps = part.leadRanges.compactMap { r -> Int? in
                guard r.start.column == 1, let p = byLine[r.start.line], paragraphs[p].range == r else { return nil }
                return p
            }
            guard ps.count == part.leadRanges.count else { continue }
            // Paragraphs opening alike (针对……的问题，…… 针对……): parallel items, the
            // usual way to list without numbers; else topic sentences.
            var first = ps.count
            while first > 0, parallelOpenings(ps[first - 1], ps.last!) { first -= 1 }
            // Topic sentences of two clauses (以上率下抓责任，主体责任全面落实。) count
            // when three or more of about the same length stand in a row.
            // Parallel items may name themselves in two clauses (坚持问题导向，抓实整改落实。).
            var commas = ps.count - first >= 2 ? 1 : 0
            if ps.count - first < 2 {
                if let t = ps.firstIndex(where: { topicSentenceEnd($0) != nil }), ps.count - t >= 2,
                   ps[t...].allSatisfy({ topicSentenceEnd($0) != nil }) {
                    first = t
                } else if let t = ps.firstIndex(where: { topicSentenceEnd($0, commas: 1) != nil }), ps.count - t >= 3,
                          case let ends = ps[t...].compactMap({ topicSentenceEnd($0, commas: 1) }), ends.count == ps.count - t,
                          ends.max()! - ends.min()! <= lexicon.layout.topicSpread {
                    first = t
                    commas = 1
                } else {
                    continue
                }
            }
            var items: [Outline.Item] = []
            for p in ps[first...] {
                let h = topicSentenceEnd(p, commas: commas) ?? 0, para = paragraphs[p]
                items.append(Outline.Item(
                    marker: nil, heading: h > 0 ? string(p, 0, h) : nil, body: string(p, h, chars[p].count), subitems: [],
                    subitemsSeparate: false, location: para.location, headingRange: h > 0 ? range(p, 0, h) : nil,
                    bodyRange: range(p, h, chars[p].count), range: para.range))
            }
            let leads = ps[..<first]
            outline.parts[k].lead = leads.isEmpty ? nil : leads.map { paragraphs[$0].text }.joined(separator: "\n")
            outline.parts[k].leadRanges = leads.map { paragraphs[$0].range }
            outline.parts[k].items = items
        }
    }
}
