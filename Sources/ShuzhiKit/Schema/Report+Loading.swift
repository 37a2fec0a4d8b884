extension Report {
    /// Top-level keys of an input file, in the order `new` writes them.
    static let topKeys = [
        "模板", "年度", "单位", "组织类型", "上级党委", "报告人", "职务", "标题", "姓名行", "称呼", "开头", "指标",
        "履职情况", "整改情况", "存在问题", "下一步", "结尾", "署名", "日期", "附录", "一级编号", "显示标题", "部分顺序",
        "其他部分",
    ]

    /// The list key of each part's items.
    static let itemKeys: [String: String] = [
        "履职情况": "事项", "整改情况": "事项", "存在问题": "问题", "下一步": "措施",
    ]

    /// Parts whose items may hold measures: achievements, and next steps
    /// written as a heading line with paragraphs under it.
    static let partsWithMeasures: Set<String> = ["履职情况", "下一步"]

    static func partKeys(_ key: String) -> [String] {
        var keys = ["标题", "显示标题", "导语", itemKeys[key]!, "结语", "编号", "版式"]
        if Self.partsWithMeasures.contains(key) { keys += ["措施编号", "措施版式"] }
        if key == "存在问题" { keys += ["原因标题", "原因显示标题", "原因导语", "原因", "原因编号", "原因版式"] }
        return keys
    }

    /// Reads a report from the tree of an input file, collecting every
    /// unknown key and wrong type. The report is usable even when there
    /// are findings: what could not be read is left out.
    static func read(_ root: Node) -> (Report, [Diagnostic]) {
        var r = FieldReader()
        let f = r.mapping(root, allowed: topKeys, what: "输入文件") ?? [:]
        if !root.isNull && root.entries == nil {
            // Already reported by mapping(); nothing more to read.
        }
        var report = Report(
            templateName: r.text(f["模板"]), year: r.text(f["年度"]), unit: r.text(f["单位"]),
            reporter: r.text(f["报告人"]), position: r.text(f["职务"]), title: r.text(f["标题"]),
            nameLine: r.text(f["姓名行"]), salutation: r.text(f["称呼"]), opening: r.text(f["开头"]),
            metrics: [], parts: [], closing: r.text(f["结尾"]), signature: r.text(f["署名"]),
            date: r.text(f["日期"]), partNumbering: r.numbering(f["一级编号"]),
            showHeadings: r.bool(f["显示标题"]))
        report.organizationType = r.text(f["组织类型"])
        report.superior = r.text(f["上级党委"])
        report.appendix = r.text(f["附录"])
        for node in r.list(f["其他部分"]) ?? [] {
            guard let m = r.mapping(node, allowed: ["标题", "内容"], what: "其他部分") else { continue }
            guard let heading = r.text(m["标题"]) else {
                r.diagnostics.append(.error(.missingField, "“其他部分”的这一项缺少“标题”", at: node.location))
                continue
            }
            report.extraParts.append(ExtraPart(heading: heading, text: r.text(m["内容"])))
        }
        if let kind = report.organizationType, !["村", "社区"].contains(kind.value) {
            r.diagnostics.append(.badValue("“组织类型”应是“村”或“社区”，而不是“\(kind.value)”", at: kind.location))
        }
        if let year = report.year, !(year.value.count == 4 && year.value.allSatisfy(\.isASCII) && Int(year.value) != nil) {
            r.diagnostics.append(.badValue(
                "年度应为四位数字，如2024，而不是“\(year.value)”", at: year.location))
        }
        if let m = f["指标"] {
            report.metrics = readMetrics(m, &r)
        }
        // Parts keep the input's order, so a writer can see them as written;
        // drafting orders them by the template, or by 部分顺序.
        for entry in root.entries ?? [] where itemKeys[entry.key] != nil {
            report.parts += readPart(entry, &r)
        }
        report.partOrder = readPartOrder(f["部分顺序"], &r)
        return (report, r.diagnostics)
    }

    /// The part keys in the order 部分顺序 gives, on one line
    /// (`整改情况 履职情况 存在问题 下一步`) or as a list; 原因 goes with 存在问题.
    private static func readPartOrder(_ entry: Node.Entry?, _ r: inout FieldReader) -> [String]? {
        guard let entry, let nodes = r.list(entry) else { return nil }
        let parts = ["履职情况", "整改情况", "存在问题", "下一步"]
        var order: [String] = []
        for node in nodes {
            guard let t = r.text(node, what: "部分顺序") else { continue }
            let words = t.value.split { $0 == " " || $0 == "\u{3000}" || $0 == "、" || $0 == "，" || $0 == "," }.map(String.init)
            for word in words {
                guard parts.contains(word) else {
                    r.diagnostics.append(.badValue(
                        "“部分顺序”中的“\(word)”不是报告的部分", at: t.location,
                        hint: Suggestion.closest(to: word, among: parts).map { "是不是“\($0)”？" }
                            ?? "可写的部分：" + parts.joined(separator: " ")))
                    continue
                }
                guard !order.contains(word) else {
                    r.diagnostics.append(.badValue("“部分顺序”中“\(word)”写了两次", at: t.location))
                    continue
                }
                order.append(word)
                if word == "存在问题" { order.append("原因") }
            }
        }
        return order.isEmpty ? nil : order
    }

    private static func readMetrics(_ entry: Node.Entry, _ r: inout FieldReader) -> [MetricEntry] {
        guard let entries = entry.value.entries else {
            if !entry.value.isNull {
                r.diagnostics.append(.wrongType(what: "指标", expected: "键值对（“指标名: 数值”的若干行）", node: entry.value))
            }
            return []
        }
        var metrics: [MetricEntry] = []
        for e in entries {
            switch e.value.kind {
            case .mapping:
                let m = r.mapping(e.value, allowed: ["本年", "上年", "精度"], what: e.key) ?? [:]
                metrics.append(MetricEntry(
                    name: e.key, nameLocation: e.keyLocation,
                    current: r.text(m["本年"]), previous: r.text(m["上年"]), precision: r.text(m["精度"])))
            default:
                metrics.append(MetricEntry(
                    name: e.key, nameLocation: e.keyLocation, current: r.text(e), previous: nil, precision: nil))
            }
        }
        return metrics
    }

    private static func readPart(_ entry: Node.Entry, _ r: inout FieldReader) -> [Part] {
        let key = entry.key
        var part = Part(
            key: key, heading: nil, showHeading: nil, lead: nil, items: [], closing: nil,
            itemNumbering: nil, measureNumbering: nil, layout: nil, measureLayout: nil,
            location: entry.keyLocation)
        // A part written as one paragraph (整改情况: 针对……) is its lead.
        if entry.value.string != nil {
            part.lead = r.text(entry)
            return [part]
        }
        guard let f = r.mapping(entry.value, allowed: partKeys(key), what: key) else { return [part] }
        part.heading = r.text(f["标题"])
        part.showHeading = r.bool(f["显示标题"])
        part.lead = r.text(f["导语"])
        part.closing = r.text(f["结语"])
        part.itemNumbering = r.numbering(f["编号"])
        part.layout = r.layout(f["版式"])
        part.measureNumbering = r.numbering(f["措施编号"])
        part.measureLayout = r.layout(f["措施版式"], measures: true)
        let itemsKey = itemKeys[key]!
        part.items = (r.list(f[itemsKey]) ?? []).compactMap { readItem($0, partKey: key, &r) }
        guard key == "存在问题", f["原因"] != nil || f["原因导语"] != nil || f["原因标题"] != nil else { return [part] }
        // Causes under a heading of their own (三、原因分析) are still written under 存在问题:
        // the template places them right after the problems.
        let causes = Part(
            key: "原因", heading: r.text(f["原因标题"]), showHeading: r.bool(f["原因显示标题"]), lead: r.text(f["原因导语"]),
            items: (r.list(f["原因"]) ?? []).compactMap { readItem($0, partKey: "原因", &r) },
            closing: nil, itemNumbering: r.numbering(f["原因编号"]), measureNumbering: nil,
            layout: r.layout(f["原因版式"]), measureLayout: nil,
            location: (f["原因"] ?? f["原因导语"] ?? f["原因标题"])!.keyLocation)
        return [part, causes]
    }

    private static func readItem(_ node: Node, partKey: String, _ r: inout FieldReader) -> Item? {
        if node.string != nil || node.isNull {
            guard let text = r.text(node, what: "条目") else { return nil }
            return Item(heading: nil, text: text, measures: [], location: node.location)
        }
        if partKey == "整改情况" {
            guard let f = r.mapping(node, allowed: ["问题", "措施", "成效", "标题", "内容"], what: "整改事项") else {
                return nil
            }
            // 问题 heads the item; 措施 and 成效 are its paragraph, in that order,
            // joined by the template's wording when it has one.
            var texts: [Located<String>] = []
            var byKey: [String: [Located<String>]] = [:]
            for key in ["内容", "措施", "成效"] {
                if let list = r.list(f[key]) {
                    let found = list.compactMap { r.text($0, what: key) }
                    texts += found
                    byKey[key] = found
                }
            }
            let problem = r.text(f["问题"])
            let heading = problem ?? r.text(f["标题"])
            let text = joined(texts)
            if heading == nil && text == nil { return nil }
            let rectification = problem != nil && f["内容"] == nil && f["标题"] == nil
                ? Rectification(problem: problem, measures: byKey["措施"] ?? [], effects: byKey["成效"] ?? []) : nil
            return Item(heading: heading, text: text, measures: [], location: node.location, rectification: rectification)
        }
        let allowed = Self.partsWithMeasures.contains(partKey) ? ["标题", "内容", "措施"] : ["标题", "内容"]
        guard let f = r.mapping(node, allowed: allowed, what: "条目") else { return nil }
        var measures: [Measure] = []
        for m in r.list(f["措施"]) ?? [] {
            if m.string != nil {
                if let t = r.text(m, what: "措施") {
                    measures.append(Measure(heading: nil, text: t, location: m.location))
                }
            } else if let mf = r.mapping(m, allowed: ["标题", "内容"], what: "措施") {
                let heading = r.text(mf["标题"]), text = r.text(mf["内容"])
                // A measure left empty (as `new` writes it) is not drafted as a bare number.
                if heading != nil || text != nil {
                    measures.append(Measure(heading: heading, text: text, location: m.location))
                }
            }
        }
        let heading = r.text(f["标题"]), text = r.text(f["内容"])
        if heading == nil && text == nil && measures.isEmpty { return nil }
        return Item(heading: heading, text: text, measures: measures, location: node.location)
    }

    /// Several texts as one, each ending as a sentence; located at the first.
    private static func joined(_ texts: [Located<String>]) -> Located<String>? {
        guard let first = texts.first else { return nil }
        if texts.count == 1 { return first }
        return Located(texts.map { Punctuation.sentence($0.value) }.joined(), at: first.location, node: first.node)
    }
}
