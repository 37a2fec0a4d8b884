/// Maps an outline onto the input format, recording the report's own
/// numbering and layout only where they differ from the template's.
struct ImportMapper {
    let outline: Outline
    let template: ReportTemplate

    static let keys: [PartKind: String] = [
        .achievements: "履职情况", .rectification: "整改情况", .problems: "存在问题", .nextSteps: "下一步",
    ]

    mutating func fields() throws(Diagnostic) -> [InputField] {
        var f: [InputField] = [InputField("模板", .text(template.id))]
        let year = firstYear(in: [outline.title?.text, outline.opening?.text].compactMap { $0 }.joined())
        if let year { f.append(InputField("年度", .text(String(year)))) }
        f.append(InputField("标题", .text(outline.title?.text ?? "无")))
        if let n = outline.nameLine { f.append(InputField("姓名行", .text(n.text))) }
        if let s = outline.salutation { f.append(InputField("称呼", .text(s.text))) }
        // A report that starts with its first part keeps doing so; check warns about it.
        // A self-introduction before the opening is the opening's first paragraph.
        let opening = [outline.introduction?.text, outline.opening?.text].compactMap { $0 }.joined(separator: "\n")
        f.append(InputField("开头", .text(opening.isEmpty ? "无" : opening)))
        let headed = outline.parts.contains { $0.headingMarker != nil }
        if !headed { f.append(InputField("显示标题", .text("否"))) }

        var i = 0
        while i < outline.parts.count {
            let part = outline.parts[i]
            guard let kind = part.kind, let key = Self.keys[kind] ?? (kind == .causes ? "原因" : nil) else {
                throw Diagnostic.error(
                    .importMismatch, "无法判断这一部分是什么", at: part.location,
                    hint: "给这一部分加上常见的标题，如“二、存在问题”“三、下一步工作打算”")
            }
            if kind == .causes {
                throw Diagnostic.error(
                    .importMismatch, "原因分析前面没有“存在问题”部分", at: part.location,
                    hint: "原因分析应紧跟在存在问题之后")
            }
            var value = try partFields(part, key: key, headed: headed)
            if kind == .problems, i + 1 < outline.parts.count, outline.parts[i + 1].kind == .causes {
                value += try causesFields(outline.parts[i + 1])
                i += 1
            } else if kind == .problems, let causes = template.part("原因"), causes.lead != nil {
                // The template would add its cause lead (究其原因：) only with items; nothing to undo.
                _ = causes
            }
            f.append(InputField(key, simplify(value)))
            i += 1
        }
        if outline.closing.count > 1 {
            throw Diagnostic.error(.importMismatch, "结尾有多段", at: outline.closing[1].location, hint: "结尾只能是一段")
        }
        if let c = outline.closing.first { f.append(InputField("结尾", .text(c.text))) }
        switch outline.signature.count {
        case 0: break
        case 1: f.append(InputField("署名", .text(outline.signature[0].text)))
        case 2:
            f.append(InputField("署名", .text(outline.signature[0].text)))
            f.append(InputField("日期", .text(outline.signature[1].text)))
        default:
            throw Diagnostic.error(.importMismatch, "报告末尾的署名超过两行", at: outline.signature[2].location, hint: "署名和日期各占一行")
        }
        return f
    }

    /// A part written as one paragraph stays one line: `存在问题: ……`.
    func simplify(_ fields: [InputField]) -> InputValue {
        if fields.count == 1, fields[0].key == "导语", case .text = fields[0].value { return fields[0].value }
        return .map(fields)
    }

    func firstYear(in text: String) -> Int? {
        let chars = Array(text)
        var i = 0
        while i + 4 < chars.count {
            if chars[i...(i + 3)].allSatisfy({ $0.isASCII && $0.isNumber }), chars[i + 4] == "年",
               i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber) {
                return Int(String(chars[i...(i + 3)]))
            }
            i += 1
        }
        return nil
    }

    func partFields(_ part: Outline.Part, key: String, headed: Bool) throws(Diagnostic) -> [InputField] {
        guard let spec = template.part(key) else {
            throw Diagnostic.error(.importMismatch, "模板“\(template.name)”没有“\(key)”部分", at: part.location)
        }
        var f: [InputField] = []
        if let heading = part.heading {
            if heading != spec.spec.heading { f.append(InputField("标题", .text(heading))) }
            if !spec.hasHeading { f.append(InputField("显示标题", .text("是"))) }
        } else if headed && spec.hasHeading {
            f.append(InputField("显示标题", .text("否")))
        }
        f += listFields(
            lead: part.lead, items: part.items, runIn: part.itemsRunIn, closing: part.closing,
            defaultLead: spec.lead, defaultLayout: spec.layout, defaultStyle: spec.itemNumbering,
            itemsKey: Report.itemKeys[key]!, prefix: "", allowMeasures: Report.partsWithMeasures.contains(key),
            defaultMeasureStyle: spec.measureNumbering, defaultMeasureLayout: spec.measureLayout)
        return f
    }

    func causesFields(_ part: Outline.Part) throws(Diagnostic) -> [InputField] {
        let spec = template.part("原因")
        var f = listFields(
            lead: part.lead, items: part.items, runIn: part.itemsRunIn, closing: part.closing,
            defaultLead: spec?.lead, defaultLayout: spec?.layout ?? .runIn, defaultStyle: spec?.itemNumbering ?? .shiRunIn,
            itemsKey: "原因", prefix: "原因", allowMeasures: false, defaultMeasureStyle: .shiRunIn, defaultMeasureLayout: .runIn)
        if part.continuesPrevious {
            f.removeAll { $0.key == "原因版式" }
            f.append(InputField("原因版式", .text(ItemLayout.continued.rawValue)))
        }
        if part.items.isEmpty, let lead = part.lead {
            // A cause paragraph without items: its text is the lead, shown only with items,
            // so write it as a single item with no number instead.
            f = [InputField("原因导语", .text("无")), InputField("原因编号", .text("无")), InputField("原因", .list([.text(lead)]))]
            if part.continuesPrevious { f.append(InputField("原因版式", .text(ItemLayout.continued.rawValue))) }
            else { f.append(InputField("原因版式", .text(ItemLayout.separate.rawValue))) }
        }
        return f
    }

    /// Lead, items and closing of a list, with numbering and layout
    /// recorded where they differ from the defaults.
    func listFields(
        lead: String?, items: [Outline.Item], runIn: Bool, closing: [Outline.Paragraph],
        defaultLead: String?, defaultLayout: ItemLayout, defaultStyle: NumberingStyle,
        itemsKey: String, prefix: String, allowMeasures: Bool,
        defaultMeasureStyle: NumberingStyle, defaultMeasureLayout: ItemLayout
    ) -> [InputField] {
        var f: [InputField] = []
        let leadKey = prefix.isEmpty ? "导语" : "原因导语"
        if let lead {
            f.append(InputField(leadKey, .text(lead)))
        } else if defaultLead != nil && !items.isEmpty {
            f.append(InputField(leadKey, .text("无")))
        }
        guard !items.isEmpty else {
            if !closing.isEmpty { f.append(InputField("结语", .text(closing.map(\.text).joined(separator: "\n")))) }
            return f
        }
        let layout: ItemLayout = runIn ? .runIn : .separate
        if layout != defaultLayout { f.append(InputField(prefix.isEmpty ? "版式" : "原因版式", .text(layout.rawValue))) }
        let style = Self.consistentStyle(items.map(\.marker))
        let inline = style == nil
        if let style, style != defaultStyle { f.append(InputField(prefix.isEmpty ? "编号" : "原因编号", .text(style.spelling))) }
        if inline { f.append(InputField(prefix.isEmpty ? "编号" : "原因编号", .text(NumberingStyle.none.spelling))) }
        var measureStyle: NumberingStyle?
        var measuresInline = false
        // 另段连排 is one layout for the whole part: when only some items keep their
        // measures in one paragraph, those paragraphs stay one measure each.
        let headed = items.filter { $0.subitemsSeparate && !$0.subitems.isEmpty }
        let below = !headed.isEmpty && headed.allSatisfy(\.subitemsInOneParagraph)
        var items = items
        if !below {
            for k in items.indices where items[k].subitemsInOneParagraph {
                let subs = items[k].subitems
                var one = subs[0]
                one.body += subs.dropFirst().map { ($0.marker?.text ?? "") + $0.body }.joined()
                items[k].subitems = [one]
                items[k].subitemsInOneParagraph = false
            }
        }
        let separate = items.contains { $0.subitemsSeparate }
        if allowMeasures {
            if below && defaultMeasureLayout != .runInBelow {
                f.append(InputField("措施版式", .text(ItemLayout.runInBelow.rawValue)))
            } else if separate && !below && defaultMeasureLayout != .separate {
                f.append(InputField("措施版式", .text(ItemLayout.separate.rawValue)))
            }
            if !separate && items.contains(where: { !$0.subitems.isEmpty }) && defaultMeasureLayout != .runIn {
                f.append(InputField("措施版式", .text(ItemLayout.runIn.rawValue)))
            }
            let all = items.flatMap(\.subitems)
            if !all.isEmpty {
                // Each item's sub-items must number the same way, restarting at one.
                let styles = items.filter { !$0.subitems.isEmpty }.map { Self.consistentStyle($0.subitems.map(\.marker)) }
                if styles.allSatisfy({ $0 != nil && $0 == styles.first! }) {
                    measureStyle = styles.first!!
                } else {
                    measuresInline = true
                }
                if let ms = measureStyle, ms != defaultMeasureStyle { f.append(InputField("措施编号", .text(ms.spelling))) }
                if measuresInline { f.append(InputField("措施编号", .text(NumberingStyle.none.spelling))) }
            }
        }
        var list: [InputValue] = []
        for item in items {
            let markerText = inline ? (item.marker?.text ?? "") : ""
            var heading = item.heading
            var body = item.body
            if !allowMeasures && !item.subitems.isEmpty {
                // Only achievements have measures: keep sub-items as text.
                body += item.subitems.map { ($0.marker?.text ?? "") + $0.body }.joined()
            }
            if !markerText.isEmpty {
                if heading != nil { heading = markerText + heading! } else { body = markerText + body }
            }
            var fields: [InputField] = []
            if let heading { fields.append(InputField("标题", .text(heading))) }
            if !body.isEmpty { fields.append(InputField("内容", .text(body))) }
            if allowMeasures && !item.subitems.isEmpty {
                let measures: [InputValue] = item.subitems.map { s in
                    .text((measuresInline ? (s.marker?.text ?? "") : "") + (s.heading ?? "") + s.body)
                }
                fields.append(InputField("措施", .list(measures)))
            }
            if fields.count == 1, fields[0].key == "内容", case .text(let t) = fields[0].value {
                list.append(.text(t))
            } else {
                list.append(.map(fields))
            }
        }
        f.append(InputField(itemsKey, .list(list)))
        if !closing.isEmpty { f.append(InputField("结语", .text(closing.map(\.text).joined(separator: "\n")))) }
        return f
    }

    /// The style when every marker has it, numbers 1, 2, 3… and reads
    /// exactly as a draft would write it; `nil` otherwise (markers are then
    /// kept in the text).
    static func consistentStyle(_ markers: [Outline.Marker?]) -> NumberingStyle? {
        guard let first = markers.first??.style, markers.count > 1 || !first.isRunIn else { return nil }
        for (k, m) in markers.enumerated() {
            guard let m, m.style == first, m.text == first.marker(position: k + 1, count: markers.count) else { return nil }
        }
        return first
    }
}

/// Finds quantities in the imported text and names them after the words
/// before them, so that next year only the numbers change.
enum MetricExtractor {
    /// Replaces quantities in texts under the parts with `{{name}}` and
    /// returns the metrics found. A name that would be ambiguous (the same
    /// words before two different quantities) is left inline.
    static func extract(_ fields: inout [InputField]) -> [InputField] {
        var found: [(name: String, value: String)] = []
        var counts: [String: Int] = [:]
        // First pass: collect candidates to see which names repeat.
        var candidates: [(String, String)] = []
        visit(&fields) { text in
            for c in candidatesIn(text) { candidates.append((c.name, c.value)) }
            return text
        }
        for (name, _) in candidates { counts[name, default: 0] += 1 }
        visit(&fields) { text in
            var out = text
            let named = candidatesIn(text).filter { counts[$0.name] == 1 }
            found += named.map { ($0.name, $0.value) }
            for c in named.reversed() {
                let chars = Array(out)
                out = String(chars[..<c.range.lowerBound]) + "{{\(c.name)}}" + String(chars[c.range.upperBound...])
            }
            return out
        }
        return found.map { InputField($0.name, .text($0.value)) }.sortedStable()
    }

    /// Applies `transform` to every text under the part keys.
    static func visit(_ fields: inout [InputField], _ transform: (String) -> String) {
        func walk(_ v: InputValue) -> InputValue {
            switch v {
            case .text(let t): return .text(transform(t))
            case .list(let items): return .list(items.map(walk))
            case .map(let fs): return .map(fs.map { f in
                ["编号", "版式", "措施编号", "措施版式", "原因编号", "原因版式", "显示标题", "标题"].contains(f.key)
                    ? f : InputField(f.key, walk(f.value), comment: f.comment)
            })
            case .empty: return .empty
            }
        }
        for k in fields.indices where ["履职情况", "整改情况", "存在问题", "下一步"].contains(fields[k].key) {
            fields[k].value = walk(fields[k].value)
        }
    }

    /// Words that sit between a metric's name and its number (达、为、共).
    static let linkingWords = [
        "达到", "超过", "至少", "累计", "共计", "不少于", "不低于", "不超过", "突破", "全部", "均已", "已", "达", "为", "共", "约", "近", "均",
        "有", "了", "占",
    ]
    /// Words that start a clause rather than a name (全年、其中、大力). Verbs that
    /// belong to the name (发展党员, 争取资金) stay in it.
    static let clauseStarts = ["全年", "全镇", "全乡", "全村", "全县", "今年", "本年", "其中", "先后", "共", "累计", "组织", "开展", "召开",
                               "大力", "扎实", "持续", "力争", "确保", "推动"]
    /// Words that contain a clause-start word and are not cut there.
    static let namesWithClauseStarts = ["组织生活", "党组织", "组织委员", "组织部", "共建", "公共", "共产党", "共享", "共同", "共青团"]
    /// Words after which a number is a change, not a metric of its own.
    static let changeWords = ["增长", "增加", "提高", "下降", "减少", "降低", "提升", "提高到", "增加到", "提升到", "下降到", "降低到", "减少到"]
    /// Verbs that name a count only with their object (发展10名党员 → 发展党员);
    /// a two-character noun (党员12名参加培训) keeps its name.
    static let countingVerbs: Set<String> = [
        "发展", "培训", "新建", "建成", "打造", "走访", "慰问", "召开", "开展", "选派", "培养", "吸纳", "招聘", "办结", "化解",
        "调处", "排查", "帮扶", "联系", "整顿", "争取", "投入", "新增", "流转", "引进", "建立", "成立", "组建", "设立", "推进",
        "推动", "举办", "评选", "表彰", "约谈", "储备", "回引", "结对", "解决", "改造", "修建", "硬化", "安装", "收集", "接收",
    ]
    /// Words that tie a name to the rest of its sentence (为辖区, 与辖区, 有党支部); dropped from the front.
    static let leadingFunctionWords: Set<Character> = ["为", "与", "和", "对", "向", "把", "被", "从", "由", "有", "给", "在", "将", "让"]
    /// Words that start with one of those characters and keep it (为民办结实事).
    static let fixedWords: Set<String> = ["为民", "有效", "有序", "有力", "和谐", "对口", "在职", "在岗", "从严", "从业", "与会", "给予"]

    /// A metric's name from the words before its number: the last clause
    /// (after a verb such as 召开 when the rest is a noun), without the
    /// linking word before the number. `nil` when no good name is left.
    static func metricName(_ words: String) -> String? {
        var w = words
        if changeWords.contains(where: { w.hasSuffix($0) }) { return nil }
        var changed = true
        while changed {
            changed = false
            for l in linkingWords where w.hasSuffix(l) && w.count > l.count + 1 {
                w = String(w.dropLast(l.count))
                changed = true
            }
        }
        // 增长了12%, 提高到94%: a change, seen once the linking word is gone.
        if changeWords.contains(where: { w.hasSuffix($0) }) { return nil }
        // Keep the name from the last clause-start word on: 全年召开现场推进会 → 召开现场推进会 → 现场推进会.
        for c in clauseStarts {
            if let r = w.lastRange(of: c), w.distance(from: r.upperBound, to: w.endIndex) >= 2,
               !namesWithClauseStarts.contains(where: { n in n.contains(c) && w.contains(n) }) {
                w = String(w[r.upperBound...])
            }
        }
        if w.count >= 3, let first = w.first, leadingFunctionWords.contains(first), !fixedWords.contains(String(w.prefix(2))) { w.removeFirst() }
        // 等 lists examples (加装电梯等难题); 每 gives a rate or a target (每村至少培育1个);
        // 以下 and 以上 are the end of a bound (35岁以下).
        if w.contains("等") || w.hasPrefix("每") || w.hasPrefix("以下") || w.hasPrefix("以上") { return nil }
        // A longer phrase is a clause, not a name; cutting it would make a name up.
        guard (2...8).contains(w.count), !clauseStarts.contains(w), !["以及", "其中", "加强对", "亲自包抓"].contains(w),
              !w.hasSuffix("对"), !w.hasSuffix("的"), !w.hasSuffix("等") else { return nil }
        return w
    }

    struct Candidate {
        var name: String
        var value: String
        var range: Range<Int>
    }

    /// Quantities such as 发展党员10名 or 争取资金650万元 whose name is the
    /// two to eight Chinese characters right before the number (after the
    /// last punctuation mark), and whose value parses as a `Quantity`.
    static func candidatesIn(_ text: String) -> [Candidate] {
        let chars = Array(text)
        var result: [Candidate] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII && chars[i].isNumber, i == 0 || !(chars[i - 1].isASCII && (chars[i - 1].isNumber || chars[i - 1] == ".")) else {
                i += 1
                continue
            }
            var j = i
            while j < chars.count && chars[j].isASCII && (chars[j].isNumber || chars[j] == ".") { j += 1 }
            // The longest unit reading that parses: 650万元, 96.6%, 60余次.
            var best: Int?
            var k = min(chars.count, j + 5)
            while k > j {
                let s = String(chars[i..<k])
                if (try? Quantity.parse(s, at: SourceLocation(line: 1, column: 1))) != nil, s.contains(where: { !$0.isASCII || $0 == "%" }) {
                    best = k
                    break
                }
                k -= 1
            }
            guard let end = best else { i = j; continue }
            var s = i
            while s > 0 && CJK.contains(chars[s - 1]) && !"，。；：、“”（）《》！？".contains(chars[s - 1]) && i - s < 16 { s -= 1 }
            // Words right after another number start with its unit (31名党员联系农户210户).
            while s < i, s > 0, chars[s - 1].isASCII && chars[s - 1].isNumber || "余多".contains(chars[s - 1]),
                  "名个人次户件项家场期张处所座条篇余多万元亩岁年月".contains(chars[s]) {
                s += 1
            }
            var name = metricName(String(chars[s..<i]))
            // A bare verb (发展10名党员) takes the noun after the quantity, so the
            // name says what was counted: 发展党员, not 发展.
            // Not after 为辖区82名: a name cut from a phrase is a noun already.
            if let verb = name, countingVerbs.contains(verb), let noun = nounAfter(chars, from: end) {
                name = verb + noun
            }
            let year = chars[i..<end].allSatisfy { $0.isNumber } && end < chars.count && chars[end] == "年"
            // A date (2026年, 3月) or a bound (35岁以下, 60岁以上) is not a metric.
            let unit = chars[i..<end].drop { $0.isASCII && ($0.isNumber || $0 == ".") }
            let date = unit.first.map { "月日号时".contains($0) || $0 == "年" && j - i == 4 } ?? false
            let bound = ["以下", "以上", "以内"].contains { String(chars[end..<min(chars.count, end + 2)]) == $0 }
            if let name, !year && !date && !bound && !(end < chars.count && (chars[end] == "年" || chars[end] == "月" || chars[end] == "日")) {
                result.append(Candidate(name: name, value: String(chars[i..<end]), range: i..<end))
            }
            i = end
        }
        return result
    }
}

extension MetricExtractor {
    /// The noun right after a quantity, up to the next punctuation mark or
    /// joining word (和、及、与、的); `nil` when it is not a short noun.
    static func nounAfter(_ chars: [Character], from start: Int) -> String? {
        var e = start
        while e < chars.count && CJK.contains(chars[e]) && !"，。；：、“”（）《》！？和及与的".contains(chars[e]) && e - start <= 6 { e += 1 }
        guard (2...6).contains(e - start) else { return nil }
        return String(chars[start..<e])
    }
}

extension Array where Element == InputField {
    /// Unique by key, first occurrence kept.
    func sortedStable() -> [InputField] {
        var seen: Set<String> = []
        return filter { seen.insert($0.key).inserted }
    }
}
