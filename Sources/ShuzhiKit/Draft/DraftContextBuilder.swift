/// Builds the template context of a report: parts in the template's order,
/// numbering generated, text references filled, punctuation joined.
///
/// Every name the built-in body uses is present in every map (empty or
/// false when absent), so that strict rendering reports only real mistakes.
struct DraftContextBuilder {
    let report: Report
    let template: ReportTemplate
    let strict: Bool
    let sourceLines: [Substring]
    /// Whether the template or a partial names 指标: when none does, the
    /// metrics map (every field of every metric, worded) is left empty, as
    /// no tag can reach it. Its key stays, so did-you-mean is unchanged.
    var templateNamesMetrics = true
    private(set) var diagnostics: [Diagnostic] = []
    /// Each part's wording (问题, 措施 and 成效 joined), parsed once for all
    /// its items; `nil` when it does not parse (the item is then empty).
    private var wordings: [String: Template?] = [:]

    init(report: Report, template: ReportTemplate, strict: Bool, sourceLines: [Substring]) {
        self.report = report
        self.template = template
        self.strict = strict
        self.sourceLines = sourceLines
    }

    /// Evaluates 指标 once; a bad value or formula is reported and the
    /// metrics are left out, so that references to them are not reported twice.
    private mutating func evaluateMetrics() -> MetricTable? {
        // Every bad metric is named at once, and the good ones still work.
        let (table, problems) = MetricTable.evaluating(report.metrics.map(\.definition))
        diagnostics += problems
        return table
    }

    private func resolver(_ table: MetricTable?) -> TextResolver {
        var fields: [String: String] = [:]
        if let y = report.year { fields["年度"] = y.value }
        if let u = report.unit { fields["单位"] = u.value }
        if let r = report.reporter { fields["报告人"] = r.value }
        if let p = report.position { fields["职务"] = p.value }
        for (key, value) in grassroots() { fields[key] = value }
        var metrics = MetricValues(table)
        for m in report.metrics where table?.value(of: m.name) == nil || m.current == nil {
            if m.current == nil { metrics.unfilled.insert(m.name) }
        }
        // A metric whose value is wrong was reported where it is defined; keep
        // its name known so that each use of it is not reported again.
        for m in report.metrics where table?.value(of: m.name) == nil && m.current != nil {
            metrics.set(m.name, field: "", m.current!.value)
            metrics.failed.insert(m.name)
        }
        return TextResolver(fields: fields, metrics: metrics, sourceLines: sourceLines)
    }

    /// 村或社区 and 上级党委, for a village or community report: from the
    /// unit's name (柳河村, 柳河社区), or from 组织类型 and 上级党委 when the
    /// name does not tell. Never both 村（社区）: a report is one or the other.
    func grassroots() -> [String: String] {
        var result: [String: String] = [:]
        let unit = report.unit?.value ?? ""
        let kind = report.organizationType?.value ?? (unit.contains("社区") ? "社区" : (unit.contains("村") ? "村" : nil))
        if let kind { result["村或社区"] = kind }
        if let superior = report.superior?.value {
            result["上级党委"] = superior
        } else if let kind {
            // A village in a 乡 reports to the 乡党委; a community, as a rule, to the street's.
            result["上级党委"] = kind == "社区" ? "街道党工委" : (unit.contains("乡") ? "乡党委" : "镇党委")
        }
        return result
    }

    /// Whether the template's title or opening asks for a field the input
    /// does not give: the draft then shows a marker and says what to write.
    mutating func reportMissingGrassroots(_ fields: [String: String]) {
        // Only where the template's own title or opening is drafted: an input
        // that writes its own (as import does) asks for neither.
        let used = (report.title == nil ? template.title : "") + (report.opening == nil ? template.opening : "")
        guard used.contains("{{村或社区}}") || used.contains("{{上级党委}}"), fields["村或社区"] == nil else { return }
        diagnostics.append(.warning(
            .missingField, "从“单位”看不出是村还是社区", at: report.unit?.location ?? SourceLocation(line: 1, column: 1),
            hint: "在输入文件中写上“组织类型: 村”或“组织类型: 社区”；如上级不是镇党委或街道党工委，再写“上级党委: ……”"))
    }

    /// The marker a draft shows where something required is missing.
    static func missingMarker(_ what: String) -> String { "【待补充：\(what)】" }

    mutating func build() -> TemplateValue {
        let table = evaluateMetrics()
        var resolver = self.resolver(table)
        reportMissingGrassroots(resolver.fields)
        if resolver.fields["村或社区"] == nil {
            resolver.fields["村或社区"] = Self.missingMarker("村或社区")
            resolver.fields["上级党委"] = resolver.fields["上级党委"] ?? Self.missingMarker("上级党委")
        }
        var root = TemplateMap()
        root["年度"] = report.year.map { .string($0.value) } ?? .null
        root["单位"] = report.unit.map { .string($0.value) } ?? .null
        root["报告人"] = report.reporter.map { .string($0.value) } ?? .null
        root["职务"] = report.position.map { .string($0.value) } ?? .null

        // Template texts have no location of their own; their references are
        // checked against the input's fields, so place them at the input's start.
        let start = SourceLocation(line: 1, column: 1)
        let title: String?
        if let t = report.title {
            title = t.value == "无" ? nil : resolver.resolve(t, &diagnostics)
        } else if report.year == nil && template.title.contains("{{年度}}") {
            diagnostics.append(.warning(
                .missingField, "没有写“年度”，标题和开头中的年度无法填写", at: start,
                hint: "在输入文件开头加一行，如“年度: 2024”"))
            title = template.title.replacing("{{年度}}", with: Self.missingMarker("年度"))
        } else {
            title = resolver.resolve(Located(template.title, at: start), &diagnostics)
        }
        root["标题"] = title.map { .string($0) } ?? .null
        root["有标题"] = .bool(title != nil)
        root["姓名行"] = report.nameLine.map { .string(resolver.resolve($0, &diagnostics)) } ?? .null
        root["称呼"] = report.salutation.map { .string(resolver.resolve($0, &diagnostics)) } ?? .null
        let opening: String
        if let o = report.opening {
            opening = o.value == "无" ? "" : resolver.resolve(o, &diagnostics)
        } else if report.year == nil {
            opening = template.opening.replacing("{{年度}}", with: Self.missingMarker("年度"))
        } else {
            opening = resolver.resolve(Located(template.opening, at: start), &diagnostics)
        }
        root["开头"] = .string(opening)
        root["部分"] = .list(buildParts(resolver))
        root["结尾"] = report.closing.map { .string(resolver.resolve($0, &diagnostics)) } ?? .null
        root["署名"] = report.signature.map { .string(resolver.resolve($0, &diagnostics)) } ?? .null
        root["日期"] = report.date.map { .string(resolver.resolve($0, &diagnostics)) } ?? .null
        root["附录"] = report.appendix.map { .string(resolver.resolve($0, &diagnostics)) } ?? .null
        root["指标"] = (templateNamesMetrics ? table?.templateValue() : nil) ?? .map(TemplateMap())
        return .map(root)
    }

    private mutating func buildParts(_ resolver: TextResolver) -> [TemplateValue] {
        for part in report.parts where template.part(part.key) == nil {
            diagnostics.append(.error(
                .partNotInTemplate, "模板“\(template.name)”没有“\(part.key)”部分", at: part.location,
                hint: "换一个模板，或删去这一部分"))
        }
        let numbering = report.partNumbering ?? template.partNumbering
        var number = 0
        var result: [TemplateValue] = []
        for spec in orderedParts() {
            let input = report.part(spec.key)
            let empty = input.map { $0.items.isEmpty && $0.lead == nil && $0.closing == nil } ?? true
            // An optional part with nothing in it yet is left out, not drafted as a bare heading.
            if empty && !spec.spec.required { continue }
            let showHeading = input?.showHeading ?? (report.showHeadings == false ? false : spec.hasHeading)
            var map = TemplateMap()
            map["键"] = .string(spec.key)
            var marker = ""
            if showHeading {
                number += 1
                marker = numbering.marker(position: number, count: 0) ?? ""
            }
            map["编号"] = .string(marker)
            let heading = input?.heading.map { Punctuation.headingLine(resolver.resolve($0, &diagnostics)) } ?? spec.spec.heading
            map["标题"] = .string(heading)
            map["有标题"] = .bool(showHeading)
            guard let input, !(input.items.isEmpty && input.lead == nil && input.closing == nil) else {
                let what = spec.spec.heading
                diagnostics.append(Diagnostic(
                    strict ? .error : .warning, code: .missingSection,
                    message: "缺少必需部分“\(what)”", at: input?.location ?? SourceLocation(line: 1, column: 1),
                    hint: input == nil
                        ? "在输入文件中写上“\(spec.key)”，草稿中暂以\(Self.missingMarker(what))标出"
                        : "“\(spec.key)”下还没有填写内容，草稿中暂以\(Self.missingMarker(what))标出"))
                map["待补充"] = .string(Self.missingMarker(what))
                map["连排"] = .bool(false)
                map["导语"] = .string("")
                map["有导语"] = .bool(false)
                map["条目"] = .list([])
                map["结语"] = .string("")
                map["有结语"] = .bool(false)
                result.append(.map(map))
                continue
            }
            map["待补充"] = .null
            let layout = input.layout ?? spec.layout
            map["连排"] = .bool(layout != .separate)
            let itemStyle = input.itemNumbering ?? spec.itemNumbering
            let measureStyle = input.measureNumbering ?? spec.measureNumbering
            let measureLayout = input.measureLayout ?? spec.measureLayout
            if spec.spec.minItems > 0 && input.items.count < spec.spec.minItems && input.lead == nil {
                diagnostics.append(.warning(
                    .tooFewItems, "“\(spec.key)”只有\(input.items.count)项，模板要求至少\(spec.spec.minItems)项",
                    at: input.location))
            }
            let count = ChineseNumeral.count(input.items.count)
            var lead = ""
            if let l = input.lead {
                lead = l.value == "无" ? "" : resolver.resolve(l, extra: ["条目数": count], &diagnostics)
            } else if let l = spec.lead, !input.items.isEmpty {
                lead = resolver.resolve(Located(l, at: input.location), extra: ["条目数": count], &diagnostics)
            }
            // In a run-in paragraph the lead is followed by items: it must end a sentence or a colon.
            // A numbered lead without a sentence mark (（一）存在的问题) is a sub-heading: it stays
            // bare, on a line of its own, also before run-in items.
            let subHeading = (NumberingMarkers.headingLevel(atStartOf: Substring(lead)) ?? 0) >= 2
                && lead.count <= 30 && !lead.contains("\n") && !lead.contains("。")
                && Punctuation.sentence(lead) != lead && Punctuation.lead(lead) != lead
            if !lead.isEmpty && !input.items.isEmpty {
                if layout == .runInBelow {
                    // 另段连排: the lead a paragraph of its own, the items run on in the next.
                    lead = (subHeading ? lead : Punctuation.lead(lead, runIn: false)) + "\n"
                } else if !subHeading {
                    lead = Punctuation.lead(lead, runIn: layout != .separate)
                } else if layout != .separate {
                    lead += "\n"
                }
            }
            map["导语"] = .string(lead)
            map["有导语"] = .bool(!lead.isEmpty)
            var items: [TemplateValue] = []
            for (i, item) in input.items.enumerated() {
                let itemMarker = numberingMarker(itemStyle, i + 1, input.items.count, at: item.location)
                items.append(.map(buildItem(
                    item, marker: itemMarker, measureStyle: measureStyle, measureLayout: measureLayout, wording: spec.wording, resolver)))
            }
            map["条目"] = .list(items)
            // Items numbered like parts in a part without its heading (一、…四、 as the
            // achievements) take those numbers: the next heading goes on from them.
            if !showHeading, itemStyle == numbering { number += input.items.count }
            let closing = input.closing.map { Punctuation.sentence(resolver.resolve($0, &diagnostics)) } ?? ""
            if layout == .continued, !showHeading, case .map(var previous)? = result.last {
                // The whole part becomes the end of the previous part's last paragraph.
                var text = lead
                for case .map(let item) in items {
                    for key in ["编号", "标题句", "内容"] {
                        if case .string(let s)? = item[key] { text += s }
                    }
                }
                text += closing
                // Run on after the items, or after the closing paragraph when there is one.
                let key = previous["连排"] == .bool(true) && previous["有结语"] != .bool(true) ? "续写" : "结语"
                if case .string(let before)? = previous[key] { text = before + text }
                previous[key] = .string(text)
                if key == "结语" { previous["有结语"] = .bool(!text.isEmpty) }
                result[result.count - 1] = .map(previous)
                continue
            }
            map["续写"] = .string("")
            map["结语"] = .string(closing)
            map["有结语"] = .bool(!closing.isEmpty)
            result.append(.map(map))
        }
        // Parts no template names (廉洁自律情况) follow, numbered on: heading, then paragraphs.
        for extra in report.extraParts {
            var map = TemplateMap()
            let showHeading = report.showHeadings != false
            if showHeading { number += 1 }
            map["键"] = .string("其他部分")
            map["编号"] = .string(showHeading ? numbering.marker(position: number, count: 0) ?? "" : "")
            map["标题"] = .string(Punctuation.headingLine(resolver.resolve(extra.heading, &diagnostics)))
            map["有标题"] = .bool(showHeading)
            map["待补充"] = .null
            map["连排"] = .bool(false)
            let text = extra.text.map { resolver.resolve($0, &diagnostics) } ?? ""
            map["导语"] = .string(text)
            map["有导语"] = .bool(!text.isEmpty)
            map["条目"] = .list([])
            map["续写"] = .string("")
            map["结语"] = .string("")
            map["有结语"] = .bool(false)
            result.append(.map(map))
        }
        return result
    }

    /// The template's parts in its order, or in the order 部分顺序 gives
    /// (整改情况 first drafts the rectification first); a part 部分顺序
    /// leaves out comes after every part the template puts before it, so
    /// a missing required part is marked where the outline puts it.
    func orderedParts() -> [ReportTemplate.Part] {
        guard let order = report.partOrder else { return template.parts }
        var ordered: [ReportTemplate.Part] = order.compactMap { template.part($0) }
        for (k, spec) in template.parts.enumerated() where !ordered.contains(where: { $0.key == spec.key }) {
            let earlier = Set(template.parts[..<k].map(\.key))
            let after = ordered.lastIndex { earlier.contains($0.key) }
            ordered.insert(spec, at: after.map { $0 + 1 } ?? 0)
        }
        return ordered
    }

    private mutating func buildItem(
        _ item: Report.Item, marker: String, measureStyle: NumberingStyle, measureLayout: ItemLayout,
        wording: String? = nil, _ resolver: TextResolver
    ) -> TemplateMap {
        var map = TemplateMap()
        map["编号"] = .string(marker)
        if let r = item.rectification, let wording = wording {
            // 问题, 措施 and 成效 joined by the template's words; each loses its own
            // end mark, and the wording's sentence gets one at its end.
            var words = TemplateMap()
            words["问题"] = .string(r.problem.map { Punctuation.bare(resolver.resolve($0, &diagnostics)) } ?? "")
            words["措施"] = .string(r.measures.map { Punctuation.bare(resolver.resolve($0, &diagnostics)) }.joined(separator: "，"))
            words["成效"] = .string(r.effects.map { Punctuation.bare(resolver.resolve($0, &diagnostics)) }.joined(separator: "，"))
            let parsed: Template?
            if let cached = wordings[wording] {
                parsed = cached
            } else {
                parsed = try? Template(wording)
                wordings[wording] = .some(parsed)
            }
            let text = (try? parsed?.render(.map(words), options: RenderOptions(escaping: .none)).text) ?? ""
            map["标题"] = .string("")
            map["标题句"] = .string("")
            map["内容"] = .string(Punctuation.itemText(text))
            map["措施"] = .list([])
            map["措施分段"] = .bool(false)
            map["措施另段"] = .bool(false)
            return map
        }
        let heading = item.heading.map { resolver.resolve($0, &diagnostics) }
        map["标题"] = .string(heading.map(Punctuation.headingLine) ?? "")
        map["标题句"] = .string(heading.map(Punctuation.sentence) ?? "")
        map["内容"] = .string(item.text.map { Punctuation.itemText(resolver.resolve($0, &diagnostics)) } ?? "")
        var measures: [TemplateValue] = []
        for (i, m) in item.measures.enumerated() {
            var mm = TemplateMap()
            mm["编号"] = .string(numberingMarker(measureStyle, i + 1, item.measures.count, at: m.location))
            let h = m.heading.map { resolver.resolve($0, &diagnostics) }
            mm["标题"] = .string(h.map(Punctuation.headingLine) ?? "")
            mm["标题句"] = .string(h.map(Punctuation.sentence) ?? "")
            mm["内容"] = .string(m.text.map { Punctuation.itemText(resolver.resolve($0, &diagnostics)) } ?? "")
            measures.append(.map(mm))
        }
        map["措施"] = .list(measures)
        map["措施分段"] = .bool(measureLayout == .separate && !item.measures.isEmpty)
        map["措施另段"] = .bool(measureLayout == .runInBelow && !item.measures.isEmpty)
        return map
    }

    private mutating func numberingMarker(_ style: NumberingStyle, _ position: Int, _ count: Int, at location: SourceLocation) -> String {
        // A lone item is not enumerated in running text: no report writes “一是” without a “二是”.
        if count == 1 && style.isRunIn { return "" }
        if let m = style.marker(position: position, count: count) { return m }
        let words = style == .shouxian ? "“首先……其次……再次……最后”" : "“\(style.spelling)”"
        diagnostics.append(.error(
            .numberingOverflow, "\(words)式编号最多\(ChineseNumeral.string(style.maximumCount ?? count))项，这里是第\(position)项", at: location,
            hint: "改用“一是”式编号（编号: 一是）"))
        return ""
    }
}
