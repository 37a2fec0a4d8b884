/// `shuzhi check`: judges a finished plain-text report or an input file.
public enum Checker {
    /// Whether a file is an input file (by its name) rather than a report.
    public static func isInputFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// Every finding in the report `text`, sorted by position: the report
    /// is read once, checked against `template` or, without one, against the
    /// template of `library` that fits it best.
    public static func checkReport(
        _ text: String, file: String, template: ReportTemplate? = nil, library: TemplateLibrary = .builtin
    ) -> [Diagnostic] {
        let reading = OutlineReader.readReport(text, library: library, template: template)
        return check(reading.outline, profile: reading.template.profile, lexicon: reading.template.lexicon, file: file)
    }

    /// Every finding in the report `text` against `profile`'s outline.
    public static func checkReport(_ text: String, file: String, profile: OutlineProfile) -> [Diagnostic] {
        check(OutlineReader.read(text, profile: profile), profile: profile, lexicon: .builtin, file: file)
    }

    static func check(_ outline: Outline, profile: OutlineProfile, lexicon: ReportLexicon, file: String) -> [Diagnostic] {
        if outline.paragraphs.isEmpty {
            return [Diagnostic.emptyInput(inputFile: false).inFile(file)]
        }
        var findings = StructureChecks.run(outline, profile: profile)
        let nameLines = Set([outline.nameLine, outline.title].compactMap { $0?.location.line } + outline.signature.map(\.location.line))
        findings += InlineChecks.run(outline.paragraphs.map {
            CheckedText(
                text: $0.text, line: $0.location.line, column: $0.location.column,
                allowSpaces: nameLines.contains($0.location.line) ? true : nil, lexicon: lexicon)
        })
        return findings.map { $0.inFile(file) }.sortedByLocation()
    }

    /// Every finding in the input file `source`: what the schema and the
    /// drafter find, places left to fill, texts unchanged from last year,
    /// and the typography of every text, each at its place in the input.
    public static func checkInput(_ source: String, file: String, options: Drafter.Options = Drafter.Options()) -> [Diagnostic] {
        // A reviewer's check is strict: a missing required part is an error.
        var options = options
        options.strict = true
        // Unfilled places are reported below; as errors here they would also withhold the draft
        // text that the count checks read.
        options.reportUnfilled = false
        let draft = Drafter.draft(source, file: file, options: options)
        guard let root = try? InputReader.read(source) else { return draft.diagnostics.sortedByLocation() }
        // An empty 本年 is reported once, as unfilled, not again at each use of the metric.
        let unfilled = (root["指标"]?.entries ?? []).filter { $0.value.isNull || ($0.value["本年"]?.isNull ?? false) }.map(\.key)
        // Places left to fill are reported below, by InputFilePlaces, with check's own hint.
        var findings = draft.diagnostics.filter { d in
            d.code != .unfilled && (d.code != .missingMetricValue || !unfilled.contains { d.message.contains("“\($0)”") })
        }
        findings += InputFilePlaces.run(source: source, root: root).map { $0.inFile(file) }
        var texts: [CheckedText] = []
        collectTexts(root, key: nil, into: &texts)
        findings += InlineChecks.run(texts).map { $0.inFile(file) }
        // Count claims typed into leads (从三个方面 over two items) show only in the
        // draft: each is placed at its words in the input's own texts. A report
        // makes a handful; past `claimLimit` the rest would only repeat the point.
        if let text = draft.text, let template = draft.template {
            let outline = OutlineReader.readReport(text, template: template).outline
            for c in StructureChecks.claims(outline, lexicon: template.lexicon).prefix(claimLimit) {
                for t in texts {
                    guard let r = t.text.firstRange(of: c.phrase) else { continue }
                    let offset = t.text.distance(from: t.text.startIndex, to: r.lowerBound)
                    var moved = c.diagnostic
                    moved.range = t.range(offset, offset + c.phrase.count)
                    findings.append(moved.inFile(file))
                    break
                }
            }
        }
        return findings.sortedByLocation()
    }

    /// The most count claims of a draft placed back in its input file.
    static let claimLimit = 200

    /// The texts of an input file that end up in the report, located at
    /// their first character (inside quotes for quoted scalars).
    static func collectTexts(_ node: Node, key: String?, into texts: inout [CheckedText]) {
        let settings = InputFilePlaces.settingKeys
        switch node.kind {
        case .scalar(let s, let style):
            guard let key, !settings.contains(key) else { return }
            var column = node.location.column
            if style == .singleQuoted || style == .doubleQuoted { column += 1 }
            // Block scalars start on the line after their indicator.
            let line = (style == .literal || style == .folded) ? node.location.line + 1 : node.location.line
            let allow: Bool? = ["署名", "姓名行", "日期", "单位", "报告人", "职务"].contains(key) ? true : nil
            // References ({{发展党员}}) are the input's own syntax, not leftovers:
            // check the text between them, each piece at its place.
            let whole = CheckedText(text: s, line: line, column: column, allowSpaces: allow)
            guard s.firstUTF8Range(of: "{{") != nil else {
                texts.append(whole)
                return
            }
            let chars = whole.chars
            var start = 0
            var i = 0
            // Once no "}}" follows a "{{", none follows a later one either:
            // searching again for each of thousands of unclosed "{{" was quadratic.
            var closable = true
            while i + 1 < chars.count {
                if closable && chars[i] == "{" && chars[i + 1] == "{" {
                    guard let close = (i + 2..<chars.count).first(where: { $0 + 1 < chars.count && chars[$0] == "}" && chars[$0 + 1] == "}" }) else {
                        closable = false
                        continue
                    }
                    if i > start {
                        let at = whole.location(start)
                        texts.append(CheckedText(text: whole.slice(start, i), line: at.line, column: at.column, allowSpaces: allow))
                    }
                    i = close + 2
                    start = i
                    continue
                }
                i += 1
            }
            if start < chars.count {
                let at = whole.location(start)
                texts.append(CheckedText(text: whole.slice(start, chars.count), line: at.line, column: at.column, allowSpaces: allow))
            }
        case .sequence(let items):
            for item in items { collectTexts(item, key: key, into: &texts) }
        case .mapping(let entries):
            for e in entries where e.key != "指标" { collectTexts(e.value, key: e.key, into: &texts) }
        case .null:
            break
        }
    }
}
