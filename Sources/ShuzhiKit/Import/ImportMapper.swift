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
        if let year = outline.year { f.append(InputField("年度", .text(String(year)))) }
        // A title set over two lines stays so.
        let title = [outline.title?.text, outline.titleContinuation?.text].compactMap { $0 }.joined(separator: "\n")
        f.append(InputField("标题", .text(title.isEmpty ? "无" : title)))
        if let n = outline.nameLine { f.append(InputField("姓名行", .text(n.text))) }
        if let s = outline.salutation { f.append(InputField("称呼", .text(s.text))) }
        // A report that starts with its first part keeps doing so; check warns about it.
        // A self-introduction before the opening is the opening's first paragraph.
        let opening = ([outline.introduction?.text, outline.opening?.text].compactMap { $0 } + outline.preamble.map(\.text))
            .joined(separator: "\n")
        f.append(InputField("开头", .text(opening.isEmpty ? "无" : opening)))
        let headed = outline.parts.contains { $0.headingMarker != nil || $0.heading != nil }
        if !headed { f.append(InputField("显示标题", .text("否"))) }
        // Headings without numbers (履职尽责情况 / 问题短板及原因) stay unnumbered.
        if headed, !outline.parts.contains(where: { $0.headingMarker != nil }) {
            f.append(InputField("一级编号", .text(NumberingStyle.none.spelling)))
        } else if let style = outline.parts.lazy.compactMap(\.headingMarker).first?.style, style != template.partNumbering {
            // Parts headed （一）…（四）.
            f.append(InputField("一级编号", .text(style.spelling)))
        }

        // Parts out of the template's order (整改情况 first, or after 存在问题) are drafted as written.
        let written = outline.parts.compactMap { $0.kind.flatMap { Self.keys[$0] } }
        let usual = template.parts.map(\.key).filter { written.contains($0) }
        if written != usual, Set(written).count == written.count {
            f.append(InputField("部分顺序", .text(written.joined(separator: " "))))
        }

        // Parts no template names, after all the others (五、廉洁自律情况), are kept as 其他部分.
        var parts = outline.parts
        var extras: [Outline.Part] = []
        while let last = parts.last, last.kind == nil, last.heading != nil { extras.insert(parts.removeLast(), at: 0) }
        var i = 0
        while i < parts.count {
            let part = parts[i]
            guard let kind = part.kind, let key = Self.keys[kind] ?? (kind == .causes ? "原因" : nil) else {
                if let heading = part.heading {
                    // A part no template names, between the others (四、廉洁自律情况 before 五、下一步).
                    throw Diagnostic.error(
                        .importMismatch, "“\(heading)”不是模板里的部分，只有写在各部分之后的这类部分能导入（作为“其他部分”）",
                        at: part.location, hint: "把这一部分移到最后一部分之后再导入")
                }
                throw Diagnostic.error(
                    .importMismatch, "无法判断这一部分是什么", at: part.location,
                    hint: "给这一部分加上常见的标题，如“二、存在问题”“三、下一步工作打算”")
            }
            if kind == .causes {
                throw Diagnostic.error(
                    .importMismatch, "原因分析前面没有“存在问题”部分", at: part.location,
                    hint: "原因分析应紧跟在存在问题之后")
            }
            if let earlier = parts[..<i].first(where: { $0.kind == kind }) {
                // Two headings read as one part (履职情况 / 廉洁自律情况): an input file has one key each.
                throw Diagnostic.error(
                    .importMismatch, "这一部分\(part.heading.map { "“\($0)”" } ?? "")和第\(earlier.location.line)行的部分都读作“\(key)”",
                    at: part.location, hint: "模板之外的部分请移到最后一部分之后（导入为“其他部分”），或把两部分合成一部分")
            }
            var value = try partFields(part, key: key, headed: headed)
            if kind == .problems, i + 1 < parts.count, parts[i + 1].kind == .causes {
                value += try causesFields(parts[i + 1])
                i += 1
            } else if kind == .problems, let causes = template.part("原因"), causes.lead != nil {
                // The template would add its cause lead (究其原因：) only with items; nothing to undo.
                _ = causes
            }
            f.append(InputField(key, simplify(value)))
            i += 1
        }
        if !extras.isEmpty {
            f.append(InputField("其他部分", .list(extras.map { part in
                let body = part.paragraphs.dropFirst().map(\.text).joined(separator: "\n")
                var fields = [InputField("标题", .text(part.heading!))]
                if !body.isEmpty { fields.append(InputField("内容", .text(body))) }
                return .map(fields)
            })))
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
        if !outline.appendix.isEmpty { f.append(InputField("附录", .text(outline.appendix.map(\.text).joined(separator: "\n")))) }
        return f
    }

    /// A part written as one paragraph stays one line: `存在问题: ……`.
    func simplify(_ fields: [InputField]) -> InputValue {
        if fields.count == 1, fields[0].key == "导语", case .text = fields[0].value { return fields[0].value }
        return .map(fields)
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
            leadApart: Self.leadApart(part), defaultLead: spec.lead, defaultLayout: spec.layout, defaultStyle: spec.itemNumbering,
            itemsKey: Report.itemKeys[key]!, prefix: "", allowMeasures: Report.partsWithMeasures.contains(key),
            defaultMeasureStyle: spec.measureNumbering, defaultMeasureLayout: spec.measureLayout)
        return f
    }

    func causesFields(_ part: Outline.Part) throws(Diagnostic) -> [InputField] {
        let spec = template.part("原因")
        var heading: [InputField] = []
        if let h = part.heading {
            // Causes under a numbered heading of their own (三、原因分析).
            if h != spec?.spec.heading { heading.append(InputField("原因标题", .text(h))) }
            if spec?.hasHeading != true { heading.append(InputField("原因显示标题", .text("是"))) }
        }
        var f = listFields(
            lead: part.lead, items: part.items, runIn: part.itemsRunIn, closing: part.closing,
            leadApart: Self.leadApart(part), defaultLead: spec?.lead, defaultLayout: spec?.layout ?? .runIn, defaultStyle: spec?.itemNumbering ?? .shiRunIn,
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
        return heading + f
    }

    /// Lead, items and closing of a list, with numbering and layout
    /// recorded where they differ from the defaults.
    /// Whether run-in items stand in a paragraph below their lead (……主要表现在：
    /// / 一方面……另一方面……) rather than after it in the same one.
    static func leadApart(_ part: Outline.Part) -> Bool {
        guard part.itemsRunIn, let lead = part.leadRanges.last, let first = part.items.first else { return false }
        return first.range.start.line > lead.end.line
    }

    func listFields(
        lead: String?, items: [Outline.Item], runIn: Bool, closing: [Outline.Paragraph], leadApart: Bool = false,
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
        let layout: ItemLayout = runIn ? (leadApart && lead != nil ? .runInBelow : .runIn) : .separate
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
                // A heading line whose marker names it (【把方向】) keeps the marker as its heading.
                if heading != nil || (item.subitemsSeparate && body.isEmpty) { heading = markerText + (heading ?? "") } else { body = markerText + body }
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
