/// Next year's input from last year's: the step `shuzhi new --from` makes.
///
/// The structure, headings and measures stay, each carried-over text marked
/// by a comment to be rewritten; 年度 moves on; every metric's value moves
/// to 上年 with 本年 left empty; and last year's problems become this
/// year's rectification items, since every outline asks how they were fixed.
public enum NextYear {
    /// The comment written above a carried-over text. The text's hash
    /// follows it, so that `check` can tell whether it was rewritten.
    static var carriedMarker: String { CarriedText.marker }
    static let fillMarker = "待填写"

    /// The new input file's text.
    ///
    /// - Parameters:
    ///   - root: last year's input, as `InputReader` read it.
    ///   - year: the new year; `nil`: last year's 年度 + 1.
    /// - Returns: the text, or a diagnostic when the year is unknown.
    public static func input(from root: Node, year: Int?, template: String? = nil) throws(Diagnostic) -> String {
        guard let entries = root.entries else {
            throw Diagnostic.error(.wrongType, "上年的输入文件应为键值对", at: root.location)
        }
        let oldYear = root["年度"]?.string.flatMap { Int($0) }
        guard let newYear = year ?? oldYear.map({ $0 + 1 }) else {
            throw Diagnostic.error(
                .missingField, "上年的输入文件没有“年度”，无法推算新的年度", at: root.location,
                hint: "用 --year 指定新的年度，如 --year 2025")
        }
        let replaceYear: (String) -> String = { text in
            guard let oldYear else { return text }
            return text.replacing(String(oldYear), with: String(newYear))
        }
        var fields: [InputField] = []
        var problems: [InputValue] = []
        if let p = root["存在问题"] {
            problems = (p["问题"]?.items ?? []).compactMap { item in
                // The problem as the template quotes it (针对“……”的问题): its
                // heading, or its first sentence; the detail was last year's.
                guard var text = item["标题"]?.string ?? item.string.map(firstSentence) else { return nil }
                // A problem kept with its own number (编号: 无 in last year's file) is quoted
                // without it: the rectification numbers its items itself.
                if let m = NumberingMarkers.leading(Substring(text)) { text = String(text.dropFirst(m.text.count)) }
                text = Punctuation.bare(text)
                guard !text.isEmpty else { return nil }
                return .map([
                    InputField("问题", .text(text)),
                    InputField("措施", .empty, comment: "\(fillMarker)：针对这个问题采取了哪些整改措施"),
                    InputField("成效", .empty, comment: "\(fillMarker)：整改取得了什么成效"),
                ])
            }
        }
        var wroteRectification = false
        for e in entries {
            switch e.key {
            case "模板":
                fields.append(InputField("模板", .text(template ?? e.value.string ?? "")))
            case "年度":
                fields.append(InputField("年度", .text(String(newYear))))
            case "标题":
                fields.append(InputField(e.key, convert(e.value, mark: false, transform: replaceYear)))
            case "开头", "结尾", "附录":
                // A text that states figures (党员194名) is last year's until they are
                // updated; an opening that only asks for the report is the same every year.
                let value = convert(e.value, mark: false, transform: replaceYear)
                if case .text(let t) = value, !Figures.find(in: t).isEmpty {
                    fields.append(InputField(e.key, value, comment: carriedComment(t)))
                } else {
                    fields.append(InputField(e.key, value))
                }
            case "日期":
                fields.append(InputField("日期", .empty, comment: "\(fillMarker)：如“\(newYear + 1)年1月10日”"))
            case "指标":
                fields.append(InputField("指标", metrics(e.value), comment: "上年的数值已移到“上年”，请填写本年数值"))
            case "整改情况":
                // Last year's rectification was about the year before; this
                // year's comes from last year's problems, written below (once:
                // after 存在问题 under 部分顺序, it is already written).
                if !problems.isEmpty && !wroteRectification {
                    fields.append(rectification(problems))
                    wroteRectification = true
                }
            case "存在问题", "下一步", "履职情况":
                if e.key == "存在问题" && !wroteRectification && !problems.isEmpty {
                    fields.append(rectification(problems))
                    wroteRectification = true
                }
                fields.append(InputField(e.key, convert(e.value, mark: true, transform: { $0 })))
            default:
                fields.append(InputField(e.key, convert(e.value, mark: false, transform: { $0 })))
            }
        }
        // A year or template that last year's file never stated is stated now,
        // so that the year after can start from this one.
        if template != nil && !fields.contains(where: { $0.key == "模板" }) {
            fields.insert(InputField("模板", .text(template!)), at: 0)
        }
        if !fields.contains(where: { $0.key == "年度" }) {
            let at = fields.firstIndex { $0.key == "模板" }.map { $0 + 1 } ?? 0
            fields.insert(InputField("年度", .text(String(newYear))), at: at)
        }
        let header = [
            "\(newYear)年度述职报告输入文件，由\(oldYear.map { "\($0)年度" } ?? "上年")的输入生成（shuzhi new --from）。",
            "标有“\(fillMarker)”的地方请填写；标有“\(carriedMarker.prefix(4))”的是上年的原文，请按今年的情况改写。",
            "注释末尾的“#”和编号用来识别还没有改写的原文，请勿修改。",
            "改好后运行 shuzhi check 本文件：没有填写的会报错，没有改写的会提醒。",
        ]
        return InputEmitter.emit(fields, header: header)
    }

    private static func rectification(_ problems: [InputValue]) -> InputField {
        InputField("整改情况", .map([InputField("事项", .list(problems))]),
                   comment: "上年度述职查摆的问题，逐条写明整改措施和成效")
    }

    /// Every metric's value moves to 上年; 本年 is left empty. A formula
    /// stays as it is: it computes both years.
    private static func metrics(_ node: Node) -> InputValue {
        guard let entries = node.entries else { return convert(node, mark: false, transform: { $0 }) }
        var out: [InputField] = []
        for e in entries {
            var last: String?
            var extra: [InputField] = []
            switch e.value.kind {
            case .scalar(let s, _):
                last = s
            case .mapping(let m):
                last = m.first { $0.key == "本年" }?.value.string
                extra = m.filter { $0.key == "精度" }.map { InputField($0.key, convert($0.value, mark: false, transform: { $0 })) }
            default:
                break
            }
            if let last, Formula.isFormula(last) {
                // A formula computes both years; its precision (精度) stays with it.
                out.append(extra.isEmpty ? InputField(e.key, .text(last)) : InputField(e.key, .map([InputField("本年", .text(last))] + extra)))
                continue
            }
            var fields = [InputField("本年", .empty, comment: fillMarker)]
            if let last { fields.append(InputField("上年", .text(last))) }
            out.append(InputField(e.key, .map(fields + extra)))
        }
        return .map(out)
    }

    /// A tree as input values; with `mark`, each text under 内容, 措施,
    /// 问题, 原因 or a list gets the carried-over comment with its hash.
    private static func convert(_ node: Node, mark: Bool, transform: (String) -> String) -> InputValue {
        switch node.kind {
        case .null:
            return .empty
        case .scalar(let s, _):
            return .text(transform(s))
        case .sequence(let items):
            return .list(items.map { convert($0, mark: mark, transform: transform) })
        case .mapping(let entries):
            return .map(entries.map { e in
                let value = convert(e.value, mark: mark, transform: transform)
                // 无 (no lead) is a setting, not last year's words.
                if mark, case .text(let t) = value, t != "无", ["内容", "导语", "结语", "原因导语"].contains(e.key) {
                    return InputField(e.key, value, comment: carriedComment(t))
                }
                if mark, case .list(let items) = value {
                    // A list of plain texts (措施, 问题, 原因): mark each by rewriting
                    // it as a one-entry map would change its shape, so the list
                    // itself carries one comment naming every hash.
                    let texts = items.compactMap { item -> String? in
                        if case .text(let t) = item { return t }
                        return nil
                    }
                    if !texts.isEmpty {
                        return InputField(e.key, value, comment: CarriedText.comment(texts))
                    }
                }
                return InputField(e.key, value)
            })
        }
    }

    static func carriedComment(_ text: String) -> String { CarriedText.comment(text) }

    /// The first sentence of `text`, without its end mark.
    static func firstSentence(_ text: String) -> String {
        Punctuation.bare(String(text.prefix { $0 != "。" && $0 != "；" && $0 != "！" && $0 != "？" }))
    }

    static func hash(_ text: String) -> String { CarriedText.hash(text) }
}

/// Last year's report as an input tree: an input file as it is, or a
/// finished plain-text report imported on the fly.
public enum LastYear {
    /// Reads `text`: a report when it looks like one (no `key: value`
    /// lines, or the name ends in .txt), otherwise an input file.
    public static func read(_ text: String, name: String) throws(Diagnostic) -> Node {
        if !Checker.isInputFile(name) && !looksLikeInput(text) {
            return try InputReader.read(try Importer.importText(text, file: name).input)
        }
        return try InputReader.read(text)
    }

    /// Whether a text is an input file rather than a report, whatever its
    /// name says: its first line that is not blank or a comment is a short
    /// `key: value` or `key:` line (a report's lines are sentences).
    public static func looksLikeInput(_ text: String) -> Bool {
        guard let first = text.sourceLines.first(where: { line in
            let t = line.trimmingSpaces()
            return !t.isEmpty && !t.hasPrefix("#")
        }) else { return false }
        let line = first.trimmingSpaces()
        if line == "---" { return true }
        guard let colon = line.firstRange(of: ": ") ?? (line.hasSuffix(":") ? line.lastRange(of: ":") : nil) else { return false }
        let key = line[..<colon.lowerBound]
        return !key.isEmpty && key.count <= 12 && !key.contains("，") && !key.contains("。")
    }
}
