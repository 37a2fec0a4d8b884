extension OutlineBuilder {
    /// Adds paragraph `p` to `part`: as lead, items, sub-items or closing.
    /// May close `part` and continue in a new causes part (a cause
    /// sub-heading, or causes run on inside the problems paragraph).
    mutating func addToPart(_ p: Int, _ part: inout Outline.Part, end: Int) {
        // 存在问题及原因 is often split by sub-headings of its own, （一）存在的问题
        // and （二）原因分析: the first is the problems' lead, the second opens
        // the causes. Their markers are then words of the lead, not items.
        var numbered = true
        if part.kind == .problems, let group = groupHeadingKind(p) {
            // （一）主要问题。理论学习不够深入。 is a problem like the next one; it heads
            // the problems only when （二）原因分析 follows.
            if group == .problems, part.items.isEmpty, part.lead == nil, causeSubheadingAhead(p, end: end) {
                numbered = false
            } else if group == .causes {
                outline.parts.append(part)
                part = newPart(kind: .causes, at: paragraphs[p].location, evidence: .init(source: .subheading, words: paragraphs[p].text, score: 0))
                numbered = false
            }
        }
        let nextStartsSibling = p + 1 < end && {
            guard let m = NumberingMarkers.leading(chars[p + 1], lexicon: lexicon) else { return false }
            if part.kind == .problems || part.kind == .causes, groupHeadingKind(p + 1) != nil { return false }
            return !isPartHeading(p + 1) && m.style != .chineseComma
        }()
        if let causes = addParagraph(p, to: &part, nextStartsSibling: nextStartsSibling, numbered: numbered) {
            outline.parts.append(part)
            part = causes
        }
    }

    /// Whether the paragraph after `p` is an unnumbered body paragraph (a
    /// sentence, not a heading), so that `p` heads the paragraphs below it.
    func bodyFollows(_ p: Int) -> Bool {
        guard p + 1 < paragraphs.count else { return false }
        let next = chars[p + 1]
        return NumberingMarkers.leading(next, lexicon: lexicon) == nil && !isPartHeading(p + 1)
            && next.contains("。") && !isClosingSentence(p + 1)
    }

    /// Whether paragraph `p`, one short sentence ending in 。 (（一）坚持政治引领，
    /// 把牢正确方向。), heads the items of the next GB/T 9704 level below it
    /// (1. ……): a heading written with a full stop, as some reports do.
    func endsHeadingAboveDeeperItems(_ p: Int, _ style: NumberingStyle) -> Bool {
        let c = chars[p]
        guard c.last == "。", !c.dropLast().contains("。"), let level = style.documentLevel, p + 1 < paragraphs.count,
              let next = NumberingMarkers.leading(chars[p + 1], lexicon: lexicon) else { return false }
        return next.style.documentLevel == level + 1 && next.number == 1
    }

    /// Whether paragraph `p`, one short sentence ending in 。, heads the
    /// unnumbered paragraphs below it: the list goes on as heading, body,
    /// heading, body (the next number comes after them, or the item before
    /// was such a heading).
    func endsHeadingAboveBody(_ p: Int, _ m: NumberingMarkers.Found, after previous: Outline.Item?) -> Bool {
        let c = chars[p]
        guard c.last == "。", !c.dropLast().contains("。"), bodyFollows(p) else { return false }
        if let previous, previous.subitemsSeparate, previous.marker?.style == m.style { return true }
        var k = p + 1
        while k < paragraphs.count, k - p <= 6 {
            if let next = NumberingMarkers.leading(chars[k], lexicon: lexicon) { return next.style == m.style && next.number == m.number + 1 }
            if isPartHeading(k) { return false }
            k += 1
        }
        return false
    }

    /// Whether a cause sub-heading follows `p` before the next part heading.
    /// Computed once per reading from the end, so a long problems part
    /// costs one pass, not one pass per paragraph.
    mutating func causeSubheadingAhead(_ p: Int, end: Int) -> Bool {
        if causesAhead.isEmpty {
            causesAhead = Array(repeating: false, count: paragraphs.count + 1)
            var k = paragraphs.count - 1
            while k >= 0 {
                if k + 1 < paragraphs.count, !isPartHeading(k + 1) {
                    causesAhead[k] = groupHeadingKind(k + 1) == .causes || causesAhead[k + 1]
                }
                k -= 1
            }
        }
        return causesAhead[p]
    }

    /// Whether paragraph `p` is a sub-heading of 存在问题及原因 (`（二）原因分析。一是……`,
    /// or a bare `原因分析` line) rather than one problem.
    func groupHeadingKind(_ p: Int) -> PartKind? {
        let c = chars[p]
        let markerLength: Int
        if let m = NumberingMarkers.leading(c, lexicon: lexicon), m.style == .bracketed {
            // 【主要不足】 alone on its line.
            guard m.length == c.count else { return nil }
            return subheadingKind(String(scalars: c[1..<(c.count - 1)]).trimmingSpaces())
        }
        if let m = NumberingMarkers.leading(c, lexicon: lexicon) {
            guard (m.style.documentLevel ?? 0) >= 2 else { return nil }
            markerLength = m.length
        } else {
            guard c.count <= 14 else { return nil }
            markerLength = 0
        }
        var e = markerLength
        while e < c.count && !Self.headingEnds.contains(c[e]) { e += 1 }
        let heading = String(scalars: c[markerLength..<e]).trimmingSpaces()
        // Only a heading line, or a heading before run-in items (（一）存在问题。一是……).
        if e + 1 < c.count {
            guard markerLength > 0, let m = NumberingMarkers.leading(c, at: e + 1, lexicon: lexicon), m.style.isRunIn else { return nil }
        }
        return subheadingKind(heading)
    }

    /// The kind a sub-heading's words name (存在的问题, 原因分析), if any.
    func subheadingKind(_ heading: String) -> PartKind? {
        let w = lexicon.causes
        if w.problemSubheadings.contains(heading) { return .problems }
        if w.causeSubheadings.contains(heading) || isCauseIntroduction(heading) { return .causes }
        return nil
    }

    static let headingEnds: ScalarSet = ["。", "：", ":", "，"]
    static let sentenceEnds: ScalarSet = ["。", "；", "！"]

    /// 产生这些问题的原因, 出现以上问题的主要原因: a verb, the problems, then the cause.
    func isCauseIntroduction(_ heading: String) -> Bool {
        let c = Array(heading.unicodeScalars)
        let w = lexicon.causes
        guard let v = w.problemVerbs.match(c, at: 0),
              let q = lexicon.problems.part.headingWords.firstMatch(c, from: v) else { return false }
        return w.phrases.occurs(in: c, from: q.offset + q.length)
    }

    // MARK: Paragraphs in a part

    /// Adds a paragraph to `part`. Returns a new causes part when the
    /// paragraph's run-in problems are followed by causes in the same
    /// paragraph (……。究其原因：一是……).
    mutating func addParagraph(_ p: Int, to part: inout Outline.Part, nextStartsSibling: Bool, numbered: Bool = true) -> Outline.Part? {
        let para = paragraphs[p]
        let chars = self.chars[p]
        part.paragraphs.append(para)
        var leading = numbered ? NumberingMarkers.leading(chars, lexicon: lexicon) : nil
        if let m = leading, m.style.isUnordered {
            // 从主观上看， or —— numbers nothing by itself: it is an item of a list of its kind.
            if let n = unorderedNumber(p, after: part, marker: m) { leading!.number = n } else { leading = nil }
        }
        if let m = leading, m.style != .chineseComma || commaItems {
            let marker = Outline.Marker(text: string(p, 0, m.length), style: m.style, number: m.number, location: para.location)
            // A heading line such as （一）强化政治引领 groups the numbered
            // paragraphs of another style that follow it (1. …, 2. …).
            if var last = part.items.last, last.subitemsSeparate, let outer = last.marker?.style, m.style != outer {
                // 一是……二是…… in the one paragraph below the heading line: each is a sub-item.
                let siblings = m.style.isRunIn && last.subitems.isEmpty
                    ? NumberingMarkers.runIn(chars, from: m.length, style: m.style, next: m.number + 1, lexicon: lexicon) : []
                if !siblings.isEmpty {
                    last.subitems = runInList(
                        p, starts: [(offset: 0, text: marker.text, number: m.number)] + siblings, style: m.style, end: chars.count)
                    last.subitemsInOneParagraph = true
                } else {
                    last.subitems.append(item(p, from: 0, to: chars.count, marker: marker, subitems: false))
                }
                last.range.end = para.range.end
                part.items[part.items.count - 1] = last
                return nil
            }
            let rest = chars.count - m.length
            // 【把方向】 alone on its line, its body in the paragraphs below.
            if m.style == .bracketed, rest == 0, nextStartsSibling || bodyFollows(p) {
                part.items.append(Outline.Item(
                    marker: marker, heading: nil, body: "", subitems: [], subitemsSeparate: true,
                    location: marker.location, headingRange: nil, bodyRange: range(p, chars.count, chars.count),
                    range: para.range))
                return nil
            }
            // A heading line: short, no sentence in it, or one ending in 。 above a deeper level or its body.
            if m.style == .chineseParen || m.style == .arabicDot || m.style == .chineseComma, rest > 0, rest <= 30,
               !chars[m.length...].contains("；"),
               case let aboveDeeper = endsHeadingAboveDeeperItems(p, m.style),
               !chars[m.length...].contains("。") || aboveDeeper || endsHeadingAboveBody(p, m, after: part.items.last),
               nextStartsSibling || bodyFollows(p) || aboveDeeper {
                part.items.append(Outline.Item(
                    marker: marker, heading: string(p, m.length, chars.count), body: "", subitems: [], subitemsSeparate: true,
                    location: marker.location, headingRange: range(p, m.length, chars.count), bodyRange: range(p, chars.count, chars.count),
                    range: para.range))
                return nil
            }
            // Siblings in the same paragraph (一是……二是……) when no sibling paragraph follows.
            let siblings = nextStartsSibling || !part.items.isEmpty ? []
                : NumberingMarkers.runIn(chars, from: m.length, style: m.style, next: m.number + 1, lexicon: lexicon)
            if !siblings.isEmpty && part.items.isEmpty {
                return runInItems(p, leadEnd: 0, first: (0, marker.text, m.number), style: m.style, into: &part)
            }
            part.items.append(item(p, from: 0, to: chars.count, marker: marker))
            return nil
        }
        // A heading line （一）加强队伍建设 with its body in unnumbered paragraphs below.
        if var last = part.items.last, last.subitemsSeparate, last.subitems.allSatisfy({ $0.marker == nil }), last.body.isEmpty {
            last.subitems.append(Outline.Item(
                marker: nil, heading: nil, body: para.text, subitems: [], subitemsSeparate: false, location: para.location,
                headingRange: nil, bodyRange: para.range, range: para.range))
            last.range.end = para.range.end
            part.items[part.items.count - 1] = last
            return nil
        }
        // A paragraph that opens like the one before it (强化引领：…… / 抓实整改：……一是……) is
        // the next unnumbered item (`topicSentenceItems`), even when points run on inside it.
        let parallel = p > 0 && part.leadRanges.last?.start.line == paragraphs[p - 1].location.line
            && topicSentenceEnd(p, commas: 1) != nil && topicSentenceEnd(p - 1, commas: 1) != nil
        if part.items.isEmpty && !parallel {
            // A lead followed by run-in items in the same paragraph.
            let present = NumberingMarkers.stylesPresent(chars, from: 0, lexicon: lexicon)
            for style in Self.runInStyles where present.contains(style) {
                let firsts = NumberingMarkers.runIn(chars, from: 0, style: style, next: 1, lexicon: lexicon)
                guard let first = firsts.first else { continue }
                let seconds = NumberingMarkers.runIn(chars, from: first.offset + first.text.unicodeScalars.count, style: style, next: 2, lexicon: lexicon)
                if !seconds.isEmpty {
                    return runInItems(p, leadEnd: first.offset, first: first, style: style, into: &part)
                }
            }
        }
        if part.items.isEmpty {
            part.lead = part.lead.map { $0 + "\n" + para.text } ?? para.text
            part.leadRanges.append(para.range)
            return nil
        }
        part.closing.append(para)
        return nil
    }

    /// The styles that run on inside a paragraph, in the order they are tried.
    static let runInStyles: [NumberingStyle] = [.shiRunIn, .diYi, .shouxian, .arabicParen, .arabicDot, .circled, .aspect, .parallel]

    /// The number of an unordered marker (从客观上看，, ——) that opens
    /// paragraph `p` of `part`: the next of the markers of its style before
    /// it, or 1 when another follows in the paragraph (aspects only) or
    /// opens the next one. `nil` for one alone, which lists nothing.
    func unorderedNumber(_ p: Int, after part: Outline.Part, marker m: NumberingMarkers.Found) -> Int? {
        var previous = part.items.last?.marker
        if let last = part.items.last, last.subitemsSeparate { previous = last.subitems.last?.marker }
        if let previous, previous.style == m.style { return previous.number + 1 }
        // A name in brackets is an item by itself, its body beside it or below.
        if m.style == .bracketed { return 1 }
        if m.style == .aspect, !NumberingMarkers.runIn(chars[p], from: m.length, style: .aspect, next: 2, lexicon: lexicon).isEmpty { return 1 }
        if p + 1 < paragraphs.count, NumberingMarkers.leading(chars[p + 1], lexicon: lexicon)?.style == m.style { return 1 }
        return nil
    }

    /// Where causes start inside a problems paragraph, after its first item:
    /// a sentence that opens the causes (究其原因, 产生以上问题的原因), not a
    /// cause mentioned inside a problem or an item of the list.
    func causesStart(_ chars: [Unicode.Scalar], after first: Int) -> Int? {
        let judge = evidence()
        var k = first + 1
        while k < chars.count {
            if Self.sentenceEnds.contains(chars[k - 1]), NumberingMarkers.leading(chars, at: k, lexicon: lexicon) == nil,
               judge.opensCauses(Array(chars[k...].prefix(60))) != nil {
                return k
            }
            k += 1
        }
        return nil
    }

    /// Splits paragraph `p` with run-in items into lead and items, and a
    /// following cause analysis (究其原因：一是……) into a part of its own.
    mutating func runInItems(
        _ p: Int, leadEnd: Int, first: (offset: Int, text: String, number: Int), style: NumberingStyle, into part: inout Outline.Part
    ) -> Outline.Part? {
        let chars = self.chars[p]
        if leadEnd > 0 {
            // A sub-heading line (（一）存在的问题) may already have begun the lead.
            let words = string(p, 0, leadEnd)
            part.lead = part.lead.map { $0 + "\n" + words } ?? words
            part.leadRanges.append(range(p, 0, leadEnd))
        }
        part.itemsRunIn = true
        // Causes written in the problems paragraph end the problems.
        var stop = chars.count
        var causesAt: Int?
        if part.kind == .problems, let offset = causesStart(chars, after: first.offset) {
            stop = offset
            causesAt = offset
        }
        let firstLength = first.text.unicodeScalars.count
        let rest = NumberingMarkers.runIn(chars, from: first.offset + firstLength, style: style, next: first.number + 1, stopAt: stop, lexicon: lexicon)
        let starts = [first] + rest
        for (k, s) in starts.enumerated() {
            let to = k + 1 < starts.count ? starts[k + 1].offset : stop
            let marker = Outline.Marker(text: s.text, style: style, number: s.number, location: location(p, s.offset))
            var it = item(p, from: s.offset, to: to, marker: marker, subitems: false)
            let bodyStart = s.offset + s.text.unicodeScalars.count
            it.heading = nil
            it.headingRange = nil
            it.body = string(p, bodyStart, to)
            it.bodyRange = range(p, bodyStart, to)
            part.items.append(it)
        }
        guard let cs = causesAt else { return nil }
        let words = evidence().opensCauses(Array(chars[cs...].prefix(60)))?.words
        var causes = newPart(kind: .causes, at: location(p, cs), evidence: .init(source: .inParagraph, words: words, score: 0))
        causes.continuesPrevious = true
        // 一是 alone already lists (一是……，二是 may be missing); other styles take two.
        var list: (style: NumberingStyle, starts: [(offset: Int, text: String, number: Int)])?
        let present = NumberingMarkers.stylesPresent(chars, from: cs, lexicon: lexicon)
        for style in Self.runInStyles where present.contains(style) {
            guard let f = NumberingMarkers.runIn(chars, from: cs, style: style, next: 1, lexicon: lexicon).first else { continue }
            let more = NumberingMarkers.runIn(chars, from: f.offset + f.text.unicodeScalars.count, style: style, next: 2, lexicon: lexicon)
            if more.isEmpty && style != .shiRunIn { continue }
            list = (style, [f] + more)
            break
        }
        if let (style, starts) = list, let f = starts.first {
            causes.lead = string(p, cs, f.offset)
            causes.leadRanges = [range(p, cs, f.offset)]
            causes.itemsRunIn = true
            causes.items = runInList(p, starts: starts, style: style, end: chars.count)
        } else {
            causes.lead = string(p, cs, chars.count)
            causes.leadRanges = [range(p, cs, chars.count)]
        }
        return causes
    }

    /// Items run on in paragraph `p` (一是……二是……), each from its marker to
    /// the next one or `end`.
    func runInList(_ p: Int, starts: [(offset: Int, text: String, number: Int)], style: NumberingStyle, end: Int) -> [Outline.Item] {
        starts.enumerated().map { k, s in
            let to = k + 1 < starts.count ? starts[k + 1].offset : end
            let loc = location(p, s.offset)
            let bodyStart = s.offset + s.text.unicodeScalars.count
            return Outline.Item(
                marker: Outline.Marker(text: s.text, style: style, number: s.number, location: loc),
                heading: nil, body: string(p, bodyStart, to), subitems: [],
                subitemsSeparate: false, location: loc, headingRange: nil,
                bodyRange: range(p, bodyStart, to), range: range(p, s.offset, to))
        }
    }

    /// An item from the scalars `[from, to)` of paragraph `p` that starts
    /// with `marker`: its heading sentence, body and run-in sub-items.
    func item(_ p: Int, from: Int, to: Int, marker: Outline.Marker, subitems: Bool = true) -> Outline.Item {
        let chars = self.chars[p]
        let start = from + marker.text.unicodeScalars.count
        var headingEnd: Int?
        var k = start
        // 【抓理论武装】 is the item's name already: what follows is its body.
        while k < to, marker.style != .bracketed {
            if chars[k] == "。" || chars[k] == "！" || chars[k] == "？" { headingEnd = k + 1; break }
            k += 1
        }
        var heading: String?
        var headingRange: SourceRange?
        var bodyStart = start
        if let h = headingEnd, h < to {
            heading = string(p, start, h)
            headingRange = range(p, start, h)
            bodyStart = h
        }
        var subs: [Outline.Item] = []
        var bodyEnd = to
        if subitems {
            let present = NumberingMarkers.stylesPresent(chars, from: bodyStart, stopAt: to, lexicon: lexicon)
            for style in Self.runInStyles where present.contains(style) {
                let firsts = NumberingMarkers.runIn(chars, from: bodyStart, style: style, next: 1, stopAt: to, lexicon: lexicon)
                guard let f = firsts.first else { continue }
                let more = NumberingMarkers.runIn(
                    chars, from: f.offset + f.text.unicodeScalars.count, style: style, next: 2, stopAt: to, lexicon: lexicon)
                if more.isEmpty { continue }
                bodyEnd = f.offset
                subs = runInList(p, starts: [f] + more, style: style, end: to)
                break
            }
        }
        return Outline.Item(
            marker: marker, heading: heading, body: string(p, bodyStart, bodyEnd), subitems: subs,
            subitemsSeparate: false, location: marker.location, headingRange: headingRange,
            bodyRange: range(p, bodyStart, bodyEnd), range: range(p, from, to))
    }
}
