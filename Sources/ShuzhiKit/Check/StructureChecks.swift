/// Checks of a report's structure against its template's outline: parts
/// present, in order and not empty, numbering without gaps or reused
/// styles, counts that match their claims, and the word budget.
enum StructureChecks {
    static func run(_ outline: Outline, profile: OutlineProfile) -> [Diagnostic] {
        var d: [Diagnostic] = []
        missingSections(outline, profile, &d)
        sectionOrder(outline, profile, &d)
        for part in outline.parts {
            emptySection(part, &d)
            numbering(part, &d)
        }
        d += claims(outline)
        wordCount(outline, profile, &d)
        markerSpelling(outline, &d)
        return d
    }

    /// Counts that do not match their claims: over the items that follow
    /// (从三个方面) and over a list after a colon (“三个聚焦”：A、B); a claim
    /// that is both is reported once.
    static func claims(_ outline: Outline) -> [Diagnostic] {
        var d: [Diagnostic] = []
        for part in outline.parts { countClaims(part, &d) }
        for p in outline.paragraphs {
            var found: [Diagnostic] = []
            colonListClaims(p, &found)
            d += found.filter { f in !d.contains { $0.location == f.location } }
        }
        return d
    }

    /// “三个聚焦”：聚焦A、聚焦B — a quoted count followed by a list in the
    /// same sentence. The last part may join two items with 和 or 及, so the
    /// count is reported only when no reading of the list matches it.
    static func colonListClaims(_ para: Outline.Paragraph, _ d: inout [Diagnostic]) {
        let chars = Array(para.text)
        var i = 0
        while i + 3 < chars.count {
            defer { i += 1 }
            guard chars[i] == "“", NumberingMarkers.isNumeral(chars[i + 1]) else { continue }
            var j = i + 1
            while j < chars.count && NumberingMarkers.isNumeral(chars[j]) { j += 1 }
            guard j < chars.count, chars[j] == "个" || chars[j] == "项" || chars[j] == "大",
                  let n = NumberingMarkers.value(Substring(String(chars[(i + 1)..<j]))), n >= 2 else { continue }
            var close = j
            while close < chars.count && chars[close] != "”" && close - i < 12 { close += 1 }
            guard close + 1 < chars.count, chars[close] == "”" else { continue }
            // ：…, ，即…, 即…
            var start = close + 1
            if chars[start] == "：" || chars[start] == ":" {
                start += 1
            } else if chars[start] == "，", start + 1 < chars.count, chars[start + 1] == "即" {
                start += 2
            } else if chars[start] == "即" {
                start += 1
            } else {
                continue
            }
            let phrase = String(chars[(i + 1)..<close])
            guard !slogans.contains(phrase) else { continue }
            var end = start
            while end < chars.count && !"。；;！？".contains(chars[end]) { end += 1 }
            let sentence = String(chars[start..<end])
            // Numbered items are counted by the numbering checks; 等 says the list is not complete.
            if NumberingMarkers.leading(Substring(sentence)) != nil || sentence.contains("一是") || sentence.contains("等") { continue }
            // The list is read two ways, up to the first comma split at 、, or the whole
            // sentence split at ，(思想、认识到位，措施到位，责任到位); a count matching
            // either reading, or 和 joining the last two, is not reported.
            let list = sentence.prefix { $0 != "，" && $0 != "," }
            let parts = list.split(separator: "、", omittingEmptySubsequences: false)
            guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 20 }) else { continue }
            let clauses = sentence.split(separator: "，").count
            let joined = ["和", "及", "与", "以及"].contains { parts.last!.contains($0) } ? 1 : 0
            if (n < parts.count || n > parts.count + joined) && n != clauses {
                d.append(mismatch(
                    (n, i + 1, phrase), actual: parts.count,
                    at: SourceLocation(line: para.location.line, column: para.location.column + i + 1)))
            }
        }
    }

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
                d.append(Diagnostic(
                    spec.required ? .error : .note, code: .missingRectification, message: "没有写上年度述职评议问题的整改情况", at: at,
                    hint: "多数提纲要求写明上年度查摆问题的整改措施和成效"))
            default:
                if spec.required {
                    // Where the part belongs: at the first part that should follow it.
                    let next = outline.parts.first { $0.kind.flatMap { rank[$0] }.map { $0 > r } ?? false }
                    d.append(.error(
                        .missingSection, "缺少必需部分“\(spec.heading)”", at: next?.location ?? end(outline),
                        hint: "常见的标题：" + ([spec.heading] + spec.aliases.prefix(2)).joined(separator: "、")))
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
            if m.style == .shouxian {
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

    /// Well-known slogans that contain a count but announce no list.
    static let slogans: Set<String> = [
        "两个维护", "两个确立", "四个意识", "四个自信", "四个全面", "五位一体", "三会一课", "两学一做", "三严三实",
        "四风", "八项规定", "两个务必", "三个代表", "四个服务", "两个责任", "一岗双责", "三重一大", "一肩挑",
    ]

    /// The count a sentence announces for the list after it: 从三个方面,
    /// 以下四点, 抓好三件事, or a quoted “三个聚焦”; with where it is.
    static func claim(in text: String) -> (count: Int, offset: Int, phrase: String)? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard NumberingMarkers.isNumeral(chars[i]) else { i += 1; continue }
            var j = i
            while j < chars.count && NumberingMarkers.isNumeral(chars[j]) { j += 1 }
            guard let n = NumberingMarkers.value(Substring(String(chars[i..<j]))), n >= 2, j < chars.count else { i = j; continue }
            let before = String(chars[max(0, i - 2)..<i])
            let after = String(chars[j..<min(chars.count, j + 4)])
            let announces = (before.hasSuffix("从") || before.hasSuffix("以下") || before.hasSuffix("抓好") || before.hasSuffix("做到") || before.hasSuffix("下面"))
                && (after.hasPrefix("个方面") || after.hasPrefix("方面") || after.hasPrefix("点") || after.hasPrefix("项") || after.hasPrefix("条") || after.hasPrefix("件") || after.hasPrefix("个"))
            let quoted = i > 0 && chars[i - 1] == "“" && after.hasPrefix("个")
            if announces || quoted {
                // The phrase a reader would quote back: “三个聚焦” up to its
                // closing quote; 三个方面 or 三项工作, not the verb after it.
                var k = j
                if quoted {
                    while k < chars.count && chars[k] != "”" && chars[k] != "，" && chars[k] != "。" && k - i < 8 { k += 1 }
                } else if after.hasPrefix("个方面") || after.hasPrefix("方面") {
                    k = j + (after.hasPrefix("个") ? 3 : 2)
                } else {
                    k = j + 1
                    while k < chars.count && k < j + 3 && CJK.contains(chars[k]) && !"，。：；、“”".contains(chars[k]) { k += 1 }
                }
                let phrase = String(chars[i..<k])
                if !slogans.contains(phrase) && !slogans.contains(where: { phrase.hasPrefix($0) }) {
                    return (n, i, phrase)
                }
            }
            i = j
        }
        return nil
    }

    static func countClaims(_ part: Outline.Part, _ d: inout [Diagnostic]) {
        if let lead = part.lead, !part.items.isEmpty, let c = claim(in: lead.split(separator: "\n").last.map(String.init) ?? lead),
           c.count != part.items.count {
            let leadPara = part.paragraphs.first { $0.text.hasPrefix(lead.split(separator: "\n").last.map(String.init) ?? lead) }
            let at = leadPara.map { SourceLocation(line: $0.location.line, column: $0.location.column + c.offset) } ?? part.location
            d.append(mismatch(c, actual: part.items.count, at: at))
        }
        for item in part.items where !item.subitems.isEmpty && !item.subitemsSeparate {
            // The claim may be in the heading sentence or in the words before the first sub-item.
            guard let m = item.marker else { continue }
            let lead = (item.heading ?? "") + item.body
            guard let c = claim(in: lead), c.count != item.subitems.count else { continue }
            let at = SourceLocation(line: m.location.line, column: m.location.column + m.text.count + c.offset)
            d.append(mismatch(c, actual: item.subitems.count, at: at))
        }
    }

    static func mismatch(_ c: (count: Int, offset: Int, phrase: String), actual: Int, at: SourceLocation) -> Diagnostic {
        .error(
            .countMismatch, "“\(c.phrase)”说有\(ChineseNumeral.count(c.count))项，后面列了\(ChineseNumeral.count(actual))项", at: at,
            hint: "改正数目，或补齐、删减后面的条目")
    }

    // MARK: word-count

    static func wordCount(_ outline: Outline, _ profile: OutlineProfile, _ d: inout [Diagnostic]) {
        guard let budget = profile.wordBudget else { return }
        var count = 0
        for p in outline.paragraphs {
            for s in p.text.unicodeScalars where CJK.contains(s) && !(0x3000...0x303F).contains(s.value) && !(0xFF00...0xFFEF).contains(s.value) {
                count += 1
            }
        }
        if count > budget {
            d.append(.warning(
                .wordCount, "全文约\(count)字，超过模板的字数上限\(budget)字", at: SourceLocation(line: 1, column: 1),
                hint: "精简内容；述职报告宜短不宜长"))
        }
    }
}
