/// Reads a plain-text report (one paragraph a line) into an `Outline`.
///
/// This is the one place that knows how a report's structure looks in
/// text; check, import and the exporters all read reports through it. It
/// never fails: a paragraph it cannot place is kept where it stands.
public enum OutlineReader {
    /// Reads `text` against the parts, headings and aliases of `profile`.
    public static func read(_ text: String, profile: OutlineProfile = .standard) -> Outline {
        let paragraphs = splitParagraphs(text)
        var builder = OutlineBuilder(profile: profile, paragraphs: paragraphs)
        return builder.build()
    }

    /// Non-blank lines without leading indentation (spaces, full-width
    /// spaces, tabs) or trailing spaces, each located at its first character.
    static func splitParagraphs(_ text: String) -> [Outline.Paragraph] {
        var result: [Outline.Paragraph] = []
        var lineNumber = 0
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        for raw in String(body).sourceLines {
            lineNumber += 1
            var line = raw
            var column = 1
            while let c = line.first, c == " " || c == "\u{3000}" || c == "\t" || c == "\u{A0}" {
                line = line.dropFirst()
                column += 1
            }
            while let c = line.last, c == " " || c == "\u{3000}" || c == "\t" { line = line.dropLast() }
            if line.isEmpty { continue }
            result.append(Outline.Paragraph(String(line), at: SourceLocation(line: lineNumber, column: column)))
        }
        return result
    }
}

/// The state of one reading.
struct OutlineBuilder {
    let profile: OutlineProfile
    let paragraphs: [Outline.Paragraph]
    var outline = Outline(
        title: nil, nameLine: nil, salutation: nil, opening: nil, parts: [], closing: [], signature: [], paragraphs: [])

    init(profile: OutlineProfile, paragraphs: [Outline.Paragraph]) {
        self.profile = profile
        self.paragraphs = paragraphs
        outline.paragraphs = paragraphs
    }

    mutating func build() -> Outline {
        var i = 0
        let n = paragraphs.count
        guard n > 0 else { return outline }
        // Title, name line, salutation: short lines at the top.
        if isTitle(paragraphs[0].text), n > 1 {
            outline.title = paragraphs[0]
            i = 1
            if i < n, isNameLine(paragraphs[i].text) { outline.nameLine = paragraphs[i]; i += 1 }
        } else if n > 2, isNameLine(paragraphs[0].text), isSalutation(paragraphs[1].text) {
            // No title: a name line is known by the salutation under it.
            outline.nameLine = paragraphs[0]
            i = 1
        }
        if i < n, isSalutation(paragraphs[i].text) { outline.salutation = paragraphs[i]; i += 1 }
        if i < n, partHeading(paragraphs[i]) == nil, NumberingMarkers.leading(Substring(paragraphs[i].text)) == nil {
            outline.opening = paragraphs[i]
            i += 1
        }
        // The signature: short lines at the end without sentence punctuation.
        var end = n
        while end > i + 1, isSignatureLine(paragraphs[end - 1].text), outline.signature.count < 3 {
            outline.signature.insert(paragraphs[end - 1], at: 0)
            end -= 1
        }
        let hasHeadings = paragraphs[i..<end].contains { partHeading($0) != nil }
        var current: Outline.Part?
        var p = i
        while p < end {
            let para = paragraphs[p]
            if let (marker, heading) = partHeading(para) {
                if let c = current { outline.parts.append(c) }
                current = newPart(kind: profile.kind(ofHeading: heading), at: para.location)
                current!.headingMarker = marker
                current!.heading = heading
                current!.paragraphs.append(para)
                p += 1
                continue
            }
            // Without headings, a part starts where its usual opening words are;
            // with headings, causes may still open a paragraph of their own.
            if let kind = openingWordsKind(para.text), kind != current?.kind,
               !hasHeadings || (kind == .causes && current?.kind == .problems) {
                if let c = current { outline.parts.append(c) }
                current = newPart(kind: kind, at: para.location)
            }
            // 存在问题及原因 is often split by sub-headings of its own, （一）存在的问题
            // and （二）原因分析: the first is the problems' lead, the second opens
            // the causes. Their markers are then words of the lead, not items.
            var numbered = true
            if current?.kind == .problems, let group = groupHeadingKind(para.text) {
                // （一）主要问题。理论学习不够深入。 is a problem like the next one; it heads
                // the problems only when （二）原因分析 follows.
                let causesFollow = paragraphs[(p + 1)..<end].prefix { partHeading($0) == nil }.contains { groupHeadingKind($0.text) == .causes }
                if group == .problems, current!.items.isEmpty, current!.lead == nil, causesFollow {
                    numbered = false
                } else if group == .causes {
                    outline.parts.append(current!)
                    current = newPart(kind: .causes, at: para.location)
                    numbered = false
                }
            }
            if current == nil {
                current = newPart(kind: hasHeadings ? nil : .achievements, at: para.location)
            }
            // Closing lines after the last part (以上报告，请予评议).
            if p == end - 1, isClosingSentence(para.text), current!.kind == .nextSteps, !current!.items.isEmpty || current!.lead != nil {
                outline.closing.append(para)
                p += 1
                continue
            }
            let nextStartsSibling = p + 1 < end && {
                guard let m = NumberingMarkers.leading(Substring(paragraphs[p + 1].text)) else { return false }
                if current!.kind == .problems || current!.kind == .causes, groupHeadingKind(paragraphs[p + 1].text) != nil { return false }
                return partHeading(paragraphs[p + 1]) == nil && m.style != .chineseComma
            }()
            let extra = addParagraph(para, to: &current!, nextStartsSibling: nextStartsSibling, numbered: numbered)
            if let causes = extra {
                outline.parts.append(current!)
                current = causes
            }
            p += 1
        }
        if let c = current { outline.parts.append(c) }
        return outline
    }

    func newPart(kind: PartKind?, at location: SourceLocation) -> Outline.Part {
        Outline.Part(
            kind: kind, headingMarker: nil, heading: nil, location: location, lead: nil, items: [],
            itemsRunIn: false, closing: [], paragraphs: [], continuesPrevious: false)
    }

    // MARK: Line kinds

    /// A short line naming the report; not a short opening (现将情况报告如下：).
    func isTitle(_ t: String) -> Bool {
        t.count <= 50 && !t.contains("。") && !t.contains("，") && NumberingMarkers.leading(Substring(t)) == nil
            && (t.contains("述职") || t.contains("报告") || t.contains("汇报"))
            && !t.hasSuffix("：") && !t.hasSuffix(":") && !t.contains("如下")
    }

    /// 青石镇党委书记　王明远, or 述职人：王明远.
    func isNameLine(_ t: String) -> Bool {
        let labelled = ["述职人：", "述职人:", "报告人：", "报告人:", "汇报人：", "汇报人:"].contains { t.hasPrefix($0) && t.count > $0.count }
        return t.count <= 30 && !t.contains("。") && !t.contains("，") && (labelled || !t.contains("：") && !t.hasSuffix(":"))
            && NumberingMarkers.leading(Substring(t)) == nil
    }

    func isSalutation(_ t: String) -> Bool {
        t.count <= 24 && (t.hasSuffix("：") || t.hasSuffix(":")) && (t.contains("领导") || t.contains("同志") || t.contains("代表"))
    }

    func isSignatureLine(_ t: String) -> Bool {
        guard t.count <= 30, !t.contains("。"), !t.contains("，"), !t.contains("；") else { return false }
        return NumberingMarkers.leading(Substring(t)) == nil && partHeading(Outline.Paragraph(t, at: SourceLocation(line: 1, column: 1))) == nil
    }

    func isClosingSentence(_ t: String) -> Bool {
        (t.hasPrefix("以上") && (t.contains("报告") || t.contains("述职"))) || t.contains("请予评议") || t.contains("批评指正")
    }

    /// `一、存在问题`: a short line numbered `一、` with no sentence in it.
    func partHeading(_ p: Outline.Paragraph) -> (Outline.Marker, String)? {
        guard let m = NumberingMarkers.leading(Substring(p.text)), m.style == .chineseComma else { return nil }
        let rest = String(p.text.dropFirst(m.text.count))
        guard rest.count <= 30, !rest.dropLast().contains("。"), !rest.isEmpty else { return nil }
        return (Outline.Marker(text: m.text, style: m.style, number: m.number, location: p.location), rest)
    }

    /// The part a paragraph opens by its first words, in reports that have
    /// no headings (虽然……不足, 在下一步的工作中, 针对去年……整改, 究其原因).
    func openingWordsKind(_ t: String) -> PartKind? {
        let head = String(t.prefix(30))
        if head.hasPrefix("究其原因") || head.hasPrefix("存在问题的主要原因") || head.hasPrefix("存在以上问题的原因")
            || head.hasPrefix("深入剖析") || head.hasPrefix("分析原因") || head.hasPrefix("原因") || head.hasPrefix("主要原因")
            || Self.causeIntroductions.contains(where: { head.hasPrefix($0) }) {
            return .causes
        }
        if head.hasPrefix("在下一步") || head.hasPrefix("下一步") || head.hasPrefix("下步") || head.hasPrefix("今后") || head.hasPrefix("在今后") || head.hasPrefix("新的一年") {
            return .nextSteps
        }
        if (head.hasPrefix("针对去年") || head.hasPrefix("针对上年") || head.hasPrefix("针对上一年")) && t.contains("整改") {
            return .rectification
        }
        let firstSentence = t.prefix { $0 != "。" }
        if (head.hasPrefix("虽然") || head.hasPrefix("但") || head.hasPrefix("回顾") || head.hasPrefix("对照") || head.hasPrefix("存在"))
            && (firstSentence.contains("不足") || firstSentence.contains("问题") || firstSentence.contains("差距")) {
            return .problems
        }
        return nil
    }

    /// 产生这些问题的原因, 出现以上问题的原因 and the like.
    static let causeIntroductions: [String] = {
        var result: [String] = []
        for verb in ["产生", "出现", "存在", "造成"] {
            for these in ["这些", "以上", "上述", ""] { result.append(verb + these + "问题的") }
        }
        return result.flatMap { [$0 + "原因", $0 + "主要原因", $0 + "根源"] }
    }()

    static let problemGroupHeadings: Set<String> = [
        "存在问题", "存在的问题", "主要问题", "存在的主要问题", "存在的不足", "问题表现", "问题和不足", "存在问题和不足", "存在的问题和不足",
    ]
    /// With `causeIntroductions` (存在问题的原因 and the like).
    static let causeGroupHeadings: Set<String> = ["原因", "原因分析", "原因剖析", "主要原因", "问题原因", "问题产生的原因"]

    /// Whether a numbered paragraph such as `（二）原因分析。一是……` is a
    /// sub-heading of 存在问题及原因 rather than one problem.
    func groupHeadingKind(_ t: String) -> PartKind? {
        guard let m = NumberingMarkers.leading(Substring(t)), (m.style.documentLevel ?? 0) >= 2 else { return nil }
        let afterMarker = t.dropFirst(m.text.count)
        let heading = afterMarker.prefix { !"。：:，".contains($0) }.trimmingSpaces()
        // Only a heading line, or a heading before run-in items (（一）存在问题。一是……).
        let rest = afterMarker.drop { !"。：:，".contains($0) }.dropFirst()
        if !rest.isEmpty && NumberingMarkers.leading(rest).map({ !$0.style.isRunIn }) ?? true { return nil }
        if Self.problemGroupHeadings.contains(heading) { return .problems }
        if Self.causeGroupHeadings.contains(heading) || Self.causeIntroductions.contains(heading) { return .causes }
        return nil
    }

    // MARK: Paragraphs in a part

    /// Adds a paragraph to `part`. Returns a new causes part when the
    /// paragraph's run-in problems are followed by 究其原因 in the same
    /// paragraph.
    mutating func addParagraph(
        _ para: Outline.Paragraph, to part: inout Outline.Part, nextStartsSibling: Bool, numbered: Bool = true
    ) -> Outline.Part? {
        part.paragraphs.append(para)
        let chars = Array(para.text)
        if numbered, let m = NumberingMarkers.leading(Substring(para.text)), m.style != .chineseComma {
            let marker = Outline.Marker(text: m.text, style: m.style, number: m.number, location: para.location)
            // A heading line such as （一）强化政治引领 groups the numbered
            // paragraphs of another style that follow it (1. …, 2. …).
            if var last = part.items.last, last.subitemsSeparate, let outer = last.marker?.style, m.style != outer {
                // 一是……二是…… in the one paragraph below the heading line: each is a sub-item.
                let siblings = m.style.isRunIn && last.subitems.isEmpty
                    ? NumberingMarkers.runIn(chars, from: m.text.count, style: m.style, next: m.number + 1) : []
                if !siblings.isEmpty {
                    last.subitems = Self.runInList(
                        chars, starts: [(offset: 0, text: m.text, number: m.number)] + siblings, style: m.style, end: chars.count, para: para)
                    last.subitemsInOneParagraph = true
                } else {
                    last.subitems.append(item(chars, from: 0, to: chars.count, marker: marker, para: para, subitems: false))
                }
                part.items[part.items.count - 1] = last
                return nil
            }
            let rest = para.text.dropFirst(m.text.count)
            if m.style == .chineseParen || m.style == .arabicDot, rest.count <= 30, !rest.contains("。"), !rest.contains("；"),
               !rest.isEmpty, nextStartsSibling {
                part.items.append(Outline.Item(
                    marker: marker, heading: String(rest), body: "", subitems: [], subitemsSeparate: true, location: marker.location))
                return nil
            }
            // Siblings in the same paragraph (一是……二是……) when no sibling paragraph follows.
            let siblings = nextStartsSibling || !part.items.isEmpty ? []
                : NumberingMarkers.runIn(chars, from: m.text.count, style: m.style, next: m.number + 1)
            if !siblings.isEmpty && part.items.isEmpty && part.lead == nil || (!siblings.isEmpty && part.items.isEmpty) {
                return runInItems(chars, para: para, leadEnd: 0, first: (0, m.text, m.number), style: m.style, into: &part)
            }
            part.items.append(item(chars, from: 0, to: chars.count, marker: marker, para: para))
            return nil
        }
        if part.items.isEmpty {
            // A lead followed by run-in items in the same paragraph.
            for style in [NumberingStyle.shiRunIn, .diYi, .shouxian] {
                let firsts = NumberingMarkers.runIn(chars, from: 0, style: style, next: 1)
                guard let first = firsts.first else { continue }
                let seconds = NumberingMarkers.runIn(chars, from: first.offset + first.text.count, style: style, next: 2)
                if !seconds.isEmpty {
                    return runInItems(chars, para: para, leadEnd: first.offset, first: first, style: style, into: &part)
                }
            }
            if part.lead == nil { part.lead = para.text } else { part.lead! += "\n" + para.text }
            return nil
        }
        part.closing.append(para)
        return nil
    }

    /// Splits a paragraph with run-in items into lead and items, and a
    /// following cause analysis (究其原因：一是……) into a part of its own.
    mutating func runInItems(
        _ chars: [Character], para: Outline.Paragraph, leadEnd: Int,
        first: (offset: Int, text: String, number: Int), style: NumberingStyle, into part: inout Outline.Part
    ) -> Outline.Part? {
        if leadEnd > 0 { part.lead = String(chars[0..<leadEnd]) }
        part.itemsRunIn = true
        // Causes written in the problems paragraph end the problems.
        var stop = chars.count
        var causesStart: Int?
        if part.kind == .problems, let r = para.text.firstRange(of: "究其原因") ?? para.text.firstRange(of: "原因主要有") {
            let offset = para.text.distance(from: para.text.startIndex, to: r.lowerBound)
            if offset > first.offset { stop = offset; causesStart = offset }
        }
        let rest = NumberingMarkers.runIn(chars, from: first.offset + first.text.count, style: style, next: first.number + 1, stopAt: stop)
        let starts = [first] + rest
        for (k, s) in starts.enumerated() {
            let to = k + 1 < starts.count ? starts[k + 1].offset : stop
            let marker = Outline.Marker(
                text: s.text, style: style, number: s.number,
                location: SourceLocation(line: para.location.line, column: para.location.column + s.offset))
            var it = item(chars, from: s.offset, to: to, marker: marker, para: para, subitems: false)
            it.heading = nil
            it.body = String(chars[(s.offset + s.text.count)..<to])
            part.items.append(it)
        }
        guard let cs = causesStart else { return nil }
        var causes = newPart(kind: .causes, at: SourceLocation(line: para.location.line, column: para.location.column + cs))
        causes.continuesPrevious = true
        let causeChars = Array(chars[cs...])
        let firsts = NumberingMarkers.runIn(causeChars, from: 0, style: .shiRunIn, next: 1)
        if let f = firsts.first {
            causes.lead = String(causeChars[0..<f.offset])
            causes.itemsRunIn = true
            let more = NumberingMarkers.runIn(causeChars, from: f.offset + f.text.count, style: .shiRunIn, next: 2)
            causes.items = Self.runInList(causeChars, starts: [f] + more, style: .shiRunIn, end: causeChars.count, para: para, column: cs)
        } else {
            causes.lead = String(causeChars)
        }
        return causes
    }

    /// Items run on in `chars` (一是……二是……), each from its marker to the
    /// next one or `end`; `column` is where `chars` starts in the paragraph.
    static func runInList(
        _ chars: [Character], starts: [(offset: Int, text: String, number: Int)], style: NumberingStyle, end: Int,
        para: Outline.Paragraph, column: Int = 0
    ) -> [Outline.Item] {
        starts.enumerated().map { k, s in
            let to = k + 1 < starts.count ? starts[k + 1].offset : end
            let loc = SourceLocation(line: para.location.line, column: para.location.column + column + s.offset)
            return Outline.Item(
                marker: Outline.Marker(text: s.text, style: style, number: s.number, location: loc),
                heading: nil, body: String(chars[(s.offset + s.text.count)..<to]), subitems: [],
                subitemsSeparate: false, location: loc)
        }
    }

    /// An item from `chars[from..<to]` that starts with `marker`: its
    /// heading sentence, body and run-in sub-items.
    func item(_ chars: [Character], from: Int, to: Int, marker: Outline.Marker, para: Outline.Paragraph, subitems: Bool = true) -> Outline.Item {
        let start = from + marker.text.count
        var headingEnd: Int?
        var k = start
        while k < to {
            if chars[k] == "。" || chars[k] == "！" || chars[k] == "？" { headingEnd = k + 1; break }
            k += 1
        }
        var heading: String?
        var bodyStart = start
        if let h = headingEnd, h < to {
            heading = String(chars[start..<h])
            bodyStart = h
        }
        var subs: [Outline.Item] = []
        var bodyEnd = to
        if subitems {
            for style in [NumberingStyle.shiRunIn, .diYi, .shouxian, .arabicParen] {
                let firsts = NumberingMarkers.runIn(chars, from: bodyStart, style: style, next: 1, stopAt: to)
                guard let f = firsts.first else { continue }
                let more = NumberingMarkers.runIn(chars, from: f.offset + f.text.count, style: style, next: 2, stopAt: to)
                if more.isEmpty { continue }
                bodyEnd = f.offset
                subs = Self.runInList(chars, starts: [f] + more, style: style, end: to, para: para)
                break
            }
        }
        return Outline.Item(
            marker: marker, heading: heading, body: String(chars[bodyStart..<bodyEnd]), subitems: subs,
            subitemsSeparate: false, location: marker.location)
    }
}
