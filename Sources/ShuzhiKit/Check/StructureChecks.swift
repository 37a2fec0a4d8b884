/// Checks of a report's structure against its template's outline: parts
/// present, in order and not empty, numbering without gaps or reused
/// styles, counts that match their claims, and the word budget.
enum StructureChecks {
    static func run(_ outline: Outline, profile: OutlineProfile, lexicon: ReportLexicon = .builtin) -> [Diagnostic] {
        var d: [Diagnostic] = []
        missingSections(outline, profile, &d)
        sectionOrder(outline, profile, &d)
        for part in outline.parts {
            emptySection(part, &d)
            numbering(part, &d)
        }
        d += claims(outline, lexicon: lexicon).map(\.diagnostic)
        wordCount(outline, profile, &d)
        markerSpelling(outline, &d)
        return d
    }

    /// A count a sentence announces that the list after it does not match.
    struct CountClaim: Equatable {
        /// The words of the claim as a reader quotes them: 三个方面, “三个聚焦”.
        var phrase: String
        /// The count claimed.
        var count: Int
        /// The count of items listed.
        var actual: Int
        /// Where the claim's number is.
        var range: SourceRange

        var diagnostic: Diagnostic {
            Diagnostic(
                .error, code: .countMismatch,
                message: "“\(phrase)”说有\(ChineseNumeral.count(count))项，后面列了\(ChineseNumeral.count(actual))项", range: range,
                hint: "改正数目，或补齐、删减后面的条目")
        }
    }

    /// Counts that do not match their claims: over the items that follow
    /// (从三个方面) and over a list after a colon (“三个聚焦”：A、B); a claim
    /// that is both is reported once.
    static func claims(_ outline: Outline, lexicon: ReportLexicon = .builtin) -> [CountClaim] {
        var found: [CountClaim] = []
        for part in outline.parts { countClaims(part, lexicon, &found) }
        var seen = Set(found.map(\.range.start))
        for p in outline.paragraphs {
            var list: [CountClaim] = []
            colonListClaims(p, lexicon, &list)
            for c in list where seen.insert(c.range.start).inserted { found.append(c) }
        }
        return found
    }

    /// “三个聚焦”：聚焦A、聚焦B — a quoted count followed by a list in the
    /// same sentence. The last part may join two items with 和 or 及, so the
    /// count is reported only when no reading of the list matches it.
    ///
    /// A list after a colon is short: its items are at most 20 characters,
    /// so the sentence is read at most `listReach` characters on, which
    /// keeps a paragraph of thousands of claims linear.
    static func colonListClaims(_ para: Outline.Paragraph, _ lexicon: ReportLexicon, _ d: inout [CountClaim]) {
        let words = lexicon.counts
        let text = ScalarText(para.text)
        let chars = text.scalars
        var i = 0
        while i + 3 < chars.count {
            defer { i += 1 }
            guard chars[i] == "“", NumberingMarkers.isNumeral(chars[i + 1]) else { continue }
            var j = i + 1
            while j < chars.count && j - i < 6 && NumberingMarkers.isNumeral(chars[j]) { j += 1 }
            guard j < chars.count, words.quotedAfter.contains(chars[j]),
                  let n = NumberingMarkers.value(chars, i + 1, j), n >= 2 else { continue }
            var close = j
            while close < chars.count && chars[close] != "”" && close - i < 12 { close += 1 }
            guard close + 1 < chars.count, chars[close] == "”" else { continue }
            // ：…, ，即…, 即…
            guard let introducer = words.introducers.match(chars, at: close + 1) else { continue }
            let start = close + 1 + introducer
            let phrase = String(scalars: chars[(i + 1)..<close])
            guard !words.slogans.contains(phrase) else { continue }
            var end = start
            while end < chars.count && end - start < listReach && !Self.listEnds.contains(chars[end]) { end += 1 }
            let sentence = Array(chars[start..<end])
            // Numbered items are counted by the numbering checks; 等 says the list is not complete.
            if NumberingMarkers.leading(sentence, lexicon: lexicon) != nil
                || !NumberingMarkers.runIn(sentence, from: 0, style: .shiRunIn, next: 1, lexicon: lexicon).isEmpty
                || words.incomplete.occurs(in: sentence) { continue }
            // The list is read two ways, up to the first comma split at 、, or the whole
            // sentence split at ，(思想、认识到位，措施到位，责任到位); a count matching
            // either reading, or 和 joining the last two, is not reported.
            let list = sentence.prefix { $0 != "，" && $0 != "," }
            let parts = list.split(separator: "、", omittingEmptySubsequences: false)
            guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 20 }) else { continue }
            let clauses = sentence.split(separator: "，").count
            let joined = words.joiners.occurs(in: Array(parts.last!)) ? 1 : 0
            if (n < parts.count || n > parts.count + joined) && n != clauses {
                let range = para.range(text.characterOffset(i + 1), text.characterOffset(close))
                d.append(CountClaim(phrase: phrase, count: n, actual: parts.count, range: range))
            }
        }
    }

    static let listEnds: ScalarSet = ["。", "；", ";", "！", "？"]
    static let phraseEnds: ScalarSet = ["，", "。", "：", "；", "、", "“", "”"]

    /// How far past a colon a listed count is read (see `colonListClaims`).
    static let listReach = 400

    // MARK: marker-punctuation

    /// GB/T 9704 spells the levels 一、 （一） 1. （1）: 一. or 1、 is marked by reviewers.
    static func markerSpelling(_ outline: Outline, _ d: inout [Diagnostic]) {
        var markers = outline.parts.compactMap(\.headingMarker)
        for part in outline.parts {
            for item in part.items {
                markers += [item.marker].compactMap { $0 } + item.subitems.compactMap(\.marker)
            }
        }
        // One warning per wrong mark, at its first use, with how often it occurs:
        // a report typed with 1、 throughout has one slip, not thirty.
        var seen: [String: (marker: Outline.Marker, want: String, count: Int)] = [:]
        var order: [String] = []
        for m in markers {
            let want: String
            switch m.style {
            case .chineseComma where m.text.last != "、": want = "、"
            // 1． (full-width) is what Word's Chinese input gives and reads the same.
            case .arabicDot where m.text.last != "." && m.text.last != "．": want = "."
            default: continue
            }
            let key = "\(m.style)\(m.text.last!)"
            if seen[key] == nil { seen[key] = (m, want, 0); order.append(key) }
            seen[key]!.count += 1
        }
        for key in order {
            let (m, want, count) = seen[key]!
            let should = String(m.text.dropLast()) + want
            d.append(.warning(
                .markerPunctuation, "编号“\(m.text)”应写作“\(should)”" + (count > 1 ? "（同样的写法共\(count)处）" : ""), at: m.location,
                hint: "公文各级编号依次为“一、”“（一）”“1.”“（1）”"))
        }
    }

    static func end(_ outline: Outline) -> SourceLocation {
        outline.paragraphs.last.map { SourceLocation(line: $0.location.line, column: 1) } ?? SourceLocation(line: 1, column: 1)
    }

    // MARK: missing-section, missing-causes, missing-rectification

    static func missingSections(_ outline: Outline, _ profile: OutlineProfile, _ d: inout [Diagnostic]) {
        if outline.opening == nil, let first = outline.parts.first {
            d.append(.warning(
                .missingOpening, "没有开头段落", at: first.location,
                hint: "在第一部分之前写一段开头，如“根据……要求，现将……情况报告如下：”"))
        }
        let rank = Dictionary(uniqueKeysWithValues: profile.parts.enumerated().map { ($0.element.kind, $0.offset) })
        for (r, spec) in profile.parts.enumerated() where outline.part(spec.kind) == nil {
            let at = SourceLocation(line: 1, column: 1)
            switch spec.kind {
            case .causes:
                // Without the problems there is nothing to give causes for; missing-section says so.
                if outline.part(.problems) == nil { continue }
                d.append(Diagnostic(
                    spec.required ? .error : .note, code: .missingCauses, message: "没有分析问题的原因", at: at,
                    hint: "在存在问题之后写明原因，如“究其原因：一是……”"))
            case .rectification:
                // Answered inside the achievements (（四）抓实问题整改……): written, if not as a part.
                if outline.embedded.contains(where: { $0.kind == .rectification }) { continue }
                d.append(Diagnostic(
                    spec.required ? .error : .note, code: .missingRectification, message: "没有写上年度述职评议问题的整改情况", at: at,
                    hint: "多数提纲要求写明上年度查摆问题的整改措施和成效"))
            default:
                if spec.required {
                    // Where the part belongs: at the first part that should follow it.
                    let next = outline.parts.first { $0.kind.flatMap { rank[$0] }.map { $0 > r } ?? false }
                    // A paragraph whose words point to the part, too weakly for the reader to
                    // decide, is named rather than guessed.
                    let likely = outline.unplaced.first { $0.likely == spec.kind }
                    d.append(.error(
                        .missingSection, "缺少必需部分“\(spec.heading)”", at: likely?.paragraph.location ?? next?.location ?? end(outline),
                        hint: likely == nil
                            ? "常见的标题：" + ([spec.heading] + spec.aliases.prefix(2)).joined(separator: "、")
                            : "这一段的用语像是“\(spec.heading)”，但不足以断定：请加上标题“\(spec.heading)”，或在段首写明这是哪一部分",
                        notes: likely.map { [Diagnostic.Note("这一段可能是“\(spec.heading)”", at: $0.paragraph.location)] } ?? []))
                }
            }
        }
    }

    // MARK: section-order

    static func sectionOrder(_ outline: Outline, _ profile: OutlineProfile, _ d: inout [Diagnostic]) {
        let rank = Dictionary(uniqueKeysWithValues: profile.parts.enumerated().map { ($0.element.kind, $0.offset) })
        var last: (rank: Int, part: Outline.Part)?
        for part in outline.parts {
            guard let kind = part.kind, let r = rank[kind] else { continue }
            // Outlines differ on where last year's problems are answered: first, after
            // the achievements or after the problems; always before the next steps.
            if kind == .rectification, last?.part.kind != .nextSteps { continue }
            if let l = last, r < l.rank, let lk = l.part.kind {
                d.append(.warning(
                    .sectionOrder, "“\(kind.displayName)”应在“\(lk.displayName)”之前", at: part.location,
                    hint: "按提纲的顺序排列各部分", notes: [.init("“\(lk.displayName)”在这里", at: l.part.location)]))
            }
            if last == nil || r > last!.rank { last = (r, part) }
        }
    }

    // MARK: empty-section

    static func emptySection(_ part: Outline.Part, _ d: inout [Diagnostic]) {
        guard part.headingMarker != nil, part.lead == nil, part.items.isEmpty, part.closing.isEmpty else { return }
        d.append(.error(
            .emptySection, "“\(part.heading ?? "")”下面没有内容", at: part.location,
            hint: "补写这一部分，或删去这个标题"))
    }

    // MARK: numbering-gap, numbering-mixed, numbering-reused

    static func numbering(_ part: Outline.Part, _ d: inout [Diagnostic]) {
        checkSequence(part.items.compactMap(\.marker), &d)
        for item in part.items {
            checkSequence(item.subitems.compactMap(\.marker), &d)
            if let outer = item.marker?.style, let first = item.subitems.first?.marker, first.style == outer {
                d.append(.error(
                    .numberingReused, "“\(first.text)”与上一级的“\(item.marker!.text)”用了同一种编号", at: first.location,
                    hint: "上下两级要用不同的编号，如上一级用“（一）”，下一级用“一是”"))
            }
        }
    }

    static func checkSequence(_ markers: [Outline.Marker], _ d: inout [Diagnostic]) {
        guard let first = markers.first else { return }
        var expected = 1
        // Paragraphs one GB/T level deeper (（1） under 1.) number their own run under each item.
        var nested: [Outline.Marker] = []
        func flushNested() {
            checkSequence(nested, &d)
            nested = []
        }
        defer { flushNested() }
        for m in markers {
            // A deeper run starts at 1; （一）…… then 2. is a slip, not a deeper level.
            if m.style != first.style, let a = first.style.documentLevel, let b = m.style.documentLevel, b == a + 1, expected > 1,
               !nested.isEmpty || m.number == 1 {
                nested.append(m)
                continue
            }
            if m.style == first.style { flushNested() }
            if m.style != first.style {
                d.append(.warning(
                    .numberingMixed, "同一级中混用了“\(first.text)”和“\(m.text)”两种编号", at: m.location,
                    hint: "同一级的条目用同一种编号"))
                return
            }
            // 首先……最后 have no numbers to check; aspects (从客观上看，) and dashes have no order.
            if m.style == .shouxian || m.style.isUnordered {
                expected += 1
                continue
            }
            if m.number != expected {
                let should = m.style.marker(position: expected, count: markers.count) ?? "第\(expected)项"
                d.append(.error(
                    .numberingGap, m.number < expected ? "编号“\(m.text)”重复" : "编号不连续：这里应是“\(should)”", at: m.location,
                    hint: "按顺序编号，不跳号也不重号"))
                return
            }
            expected += 1
        }
    }

    // MARK: count-mismatch

    /// The count a sentence announces for the list after it: 从三个方面,
    /// 以下四点, 抓好三件事, or a quoted “三个聚焦”; with where it is. A
    /// number with only the words after it to tell (两个方面的原因, 三个问题)
    /// counts when nothing stronger does and it stands in the last sentence,
    /// the one that leads into the list.
    static func claim(in chars: [Unicode.Scalar], _ lexicon: ReportLexicon) -> (count: Int, offset: Int, phrase: String)? {
        let words = lexicon.counts
        // The last sentence starts after the last stop that is not the text's own end.
        var lastSentence = 0
        for k in 0..<max(0, chars.count - 1) where Self.listEnds.contains(chars[k]) { lastSentence = k + 1 }
        var weak: (count: Int, offset: Int, phrase: String)?
        var i = 0
        while i < chars.count {
            guard NumberingMarkers.isNumeral(chars[i]) else { i += 1; continue }
            var j = i
            while j < chars.count && j - i < 6 && NumberingMarkers.isNumeral(chars[j]) { j += 1 }
            guard let n = NumberingMarkers.value(chars, i, j), n >= 2, j < chars.count else { i = j; continue }
            // The word before the number ends right at it: 从|三个方面, 以下|四点.
            let announces = (max(0, i - 4)..<i).contains { words.before.match(chars, at: $0, end: i) == i - $0 }
                && words.after.match(chars, at: j) != nil
            let quoted = i > 0 && chars[i - 1] == "“" && words.quotedAfter.contains(chars[j])
            // “……”和“……”两个问题 counts what was just quoted, not a list to come.
            let alone = i > 0 && chars[i - 1] == "”" ? nil : words.standalone.match(chars, at: j)
            if announces || quoted || (alone != nil && weak == nil && i >= lastSentence) {
                // The phrase a reader would quote back: “三个聚焦” up to its
                // closing quote; 三个方面 or 三项工作, not the verb after it.
                var k = j
                if quoted {
                    while k < chars.count && chars[k] != "”" && chars[k] != "，" && chars[k] != "。" && k - i < 8 { k += 1 }
                } else if case let n = max(words.after.match(chars, at: j) ?? 0, alone ?? 0), n >= 2 {
                    k = j + n
                } else {
                    k = j + 1
                    while k < chars.count && k < j + 3 && CJK.contains(chars[k]) && !Self.phraseEnds.contains(chars[k]) { k += 1 }
                }
                let phrase = String(scalars: chars[i..<k])
                if !words.slogans.contains(phrase) && words.slogans.match(chars, at: i) == nil {
                    if announces || quoted { return (n, i, phrase) }
                    weak = (n, i, phrase)
                }
            }
            i = j
        }
        return weak
    }

    static func countClaims(_ part: Outline.Part, _ lexicon: ReportLexicon, _ d: inout [CountClaim]) {
        // The claim over the items is in the last piece of the lead (从三个方面……：).
        if !part.items.isEmpty, let lastLead = part.lead?.split(separator: "\n").last, let range = part.leadRanges.last {
            let text = ScalarText(lastLead)
            if let c = claim(in: text.scalars, lexicon), c.count != part.items.count {
                let at = SourceLocation(line: range.start.line, column: range.start.column + text.characterOffset(c.offset))
                d.append(CountClaim(
                    phrase: c.phrase, count: c.count, actual: part.items.count,
                    range: SourceRange(start: at, end: SourceLocation(line: at.line, column: at.column + c.phrase.count))))
            }
        }
        for item in part.items where !item.subitems.isEmpty && !item.subitemsSeparate {
            // The claim may be in the heading sentence or in the words before the first sub-item.
            guard item.marker != nil else { continue }
            let pieces = [(item.heading, item.headingRange), (item.body as String?, item.bodyRange as SourceRange?)]
            for (text, range) in pieces {
                guard let text = text.map(ScalarText.init), let range, let c = claim(in: text.scalars, lexicon) else { continue }
                if c.count != item.subitems.count {
                    let at = SourceLocation(line: range.start.line, column: range.start.column + text.characterOffset(c.offset))
                    d.append(CountClaim(
                        phrase: c.phrase, count: c.count, actual: item.subitems.count,
                        range: SourceRange(start: at, end: SourceLocation(line: at.line, column: at.column + c.phrase.count))))
                }
                break
            }
        }
    }

    // MARK: word-count

    static func wordCount(_ outline: Outline, _ profile: OutlineProfile, _ d: inout [Diagnostic]) {
        guard profile.wordBudget != nil || profile.usualLength != nil else { return }
        let count = hanCount(outline)
        if let budget = profile.wordBudget, count > budget {
            d.append(.warning(
                .wordCount, "全文约\(count)字，超过模板的字数上限\(budget)字", at: SourceLocation(line: 1, column: 1),
                hint: "精简内容；述职报告宜短不宜长"))
        }
        if let usual = profile.usualLength, count < usual, !outline.parts.isEmpty {
            d.append(.warning(
                .wordCount, "全文约\(count)字，远少于这类报告通常的\(usual)字以上", at: SourceLocation(line: 1, column: 1),
                hint: "把做法、数字和成效写具体；真实的述职报告一般有两三千字"))
        }
    }

    /// The Chinese characters of a report, without punctuation.
    static func hanCount(_ outline: Outline) -> Int {
        var count = 0
        for p in outline.paragraphs {
            for s in p.text.unicodeScalars where CJK.contains(s) && !(0x3000...0x303F).contains(s.value) && !(0xFF00...0xFFEF).contains(s.value) {
                count += 1
            }
        }
        return count
    }
}
