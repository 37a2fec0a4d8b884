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
        let own = InlineChecks.run(texts)
        findings += own.map { $0.inFile(file) }
        // Count claims typed into leads (从三个方面 over two items) show only in the
        // draft: each is placed at its words in the input's own texts. A report
        // makes a handful; past `claimLimit` the rest would only repeat the point.
        if let text = draft.text, let template = draft.template {
            findings += draftOnly(text, own: own, texts: texts).map { $0.inFile(file) }
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

    /// What the typography checks find in the draft and not in the input's
    /// own texts: made where the drafter joins a text to the template's
    /// words or to a metric's value. Each is placed at the input text it
    /// comes from, found by the words around it; one the input cannot show
    /// is placed at the input's first line, naming the draft's paragraph.
    static func draftOnly(_ draft: String, own: [Diagnostic], texts: [CheckedText]) -> [Diagnostic] {
        // Placeholders in a draft mark places the input leaves to fill, reported as such.
        let codes: Set<DiagnosticCode> = [.repeatedPunctuation, .repeatedPhrase, .halfwidthPunctuation, .emptyBrackets, .unbalancedPair]
        var known: [String: Int] = [:]
        for d in own where codes.contains(d.code) { known[d.code.rawValue + d.message, default: 0] += 1 }
        let lines = draft.sourceLines
        var result: [Diagnostic] = []
        for d in InlineChecks.run(report: draft) where codes.contains(d.code) {
            let key = d.code.rawValue + d.message
            if let n = known[key], n > 0 {
                known[key] = n - 1
                continue
            }
            guard let at = d.location, at.line - 1 < lines.count else { continue }
            // The words just before the finding, as they would stand in the input.
            let paragraph = Array(lines[at.line - 1])
            // Marks next to the finding may be the join itself: the words end before them.
            var end = min(paragraph.count, at.column - 1)
            while end > 0, !(paragraph[end - 1].isLetter || paragraph[end - 1].isNumber) { end -= 1 }
            let before = String(paragraph[max(0, end - 6)..<end])
            var moved = d
            if !before.isEmpty, let t = texts.first(where: { $0.text.contains(before) }), let r = t.text.firstRange(of: before) {
                let offset = t.text.distance(from: t.text.startIndex, to: r.upperBound)
                moved.range = t.range(offset, offset + 1)
            } else {
                moved.range = SourceRange(at: SourceLocation(line: 1, column: 1))
                moved.notes.append(Diagnostic.Note("在起草后的第\(at.line)段：“\(String(paragraph.prefix(24)))……”"))
            }
            moved.hint = (moved.hint.map { $0 + "；" } ?? "") + "这是起草时连接文字产生的，请检查这一处前后的写法"
            result.append(moved)
        }
        return result
    }

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
