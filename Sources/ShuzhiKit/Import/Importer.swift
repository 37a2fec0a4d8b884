/// Turns a finished plain-text report into an input file that drafts back
/// to the same text, so that next year starts from real text.
///
/// Import never guesses silently: it drafts the input it made and compares
/// the result with the report, paragraph by paragraph; when they differ it
/// reports the first paragraph that would change instead of writing a file.
public enum Importer {
    /// What import made.
    public struct Result: Sendable {
        /// The input file's text.
        public var input: String
        /// The built-in template it chose.
        public var template: ReportTemplate
        /// Notes on what import did (which template, metrics found).
        public var notes: [Diagnostic]
    }

    /// Imports `text` (a report named `file` in messages).
    ///
    /// - Parameters:
    ///   - template: a template to use instead of detecting one.
    ///   - metrics: whether to turn quantities into named metrics.
    /// - Throws: `import-mismatch` at the first paragraph that would not
    ///   draft back exactly, or `import-empty` for a text with no report.
    public static func importText(
        _ text: String, file: String, template: ReportTemplate? = nil, metrics: Bool = false,
        library: TemplateLibrary = .builtin
    ) throws(Diagnostic) -> Result {
        let reading = OutlineReader.readReport(text, library: library, template: template)
        let chosen = reading.template
        let outline = reading.outline
        guard outline.opening != nil || !outline.parts.isEmpty else {
            throw Diagnostic.error(
                .importEmpty, "没有读出报告的结构", at: SourceLocation(line: 1, column: 1),
                hint: "import需要一份完整的述职报告：每段一行，有开头和各部分").inFile(file)
        }
        // A missing required part would draft as a 【待补充】 marker: say what is missing instead.
        var missing: [Diagnostic] = []
        StructureChecks.missingSections(outline, chosen.profile, &missing)
        if let m = missing.first(where: { $0.severity == .error }) {
            throw Diagnostic.error(
                m.code, m.message + "，无法导入", at: m.location,
                hint: "先补上这一部分再导入；shuzhi check 会列出这份报告的全部问题").inFile(file)
        }
        var mapper = ImportMapper(outline: outline, template: chosen)
        var fields: [InputField]
        do { fields = try mapper.fields() } catch { throw error.inFile(file) }
        var notes: [Diagnostic] = []
        var extraction: MetricExtraction?
        if metrics {
            let found = MetricExtractor.extract(&fields, lexicon: chosen.lexicon)
            if !found.metrics.isEmpty {
                fields.insert(InputField("指标", .map(found.metrics), comment: "从正文中提取的数字；正文中的 {{指标名}} 引用它们"), at: metricsPosition(fields))
            }
            extraction = found
        }
        let header = [
            "由 shuzhi import 从“\(file)”生成（模板：\(chosen.name)）。",
            "运行 shuzhi draft 本文件 可得到与原报告相同的正文。",
        ]
        let input = InputEmitter.emit(fields, header: header)
        try verify(input: input, original: outline, template: chosen, file: file, library: library)
        notes.append(Diagnostic(.note, code: .importTemplate, message: "按模板“\(chosen.name)”（\(chosen.id)）导入", at: nil, file: file))
        if let extraction { notes += metricNotes(extraction, outline: outline, file: file) }
        // Numbering slips are kept as written text, where checking the input no longer sees them.
        var numbering: [Diagnostic] = []
        for part in outline.parts { StructureChecks.numbering(part, &numbering) }
        for d in numbering.sortedByLocation() where d.severity == .error {
            var w = d
            w.severity = .warning
            w.hint = "原报告的编号问题已原样写进输入文件，检查输入文件时不再报告；请在输入文件中改正"
            notes.append(w.inFile(file))
        }
        return Result(input: input, template: chosen, notes: notes)
    }

    /// One note per figure left as text, where it is in the report, then
    /// a summary of how many figures became metrics.
    static func metricNotes(_ extraction: MetricExtraction, outline: Outline, file: String) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        var locator = FigureLocator(paragraphs: outline.paragraphs)
        for k in extraction.kept {
            notes.append(Diagnostic(
                .note, code: .importFigureText, message: "“\(k.figure)”留作正文：\(k.reason.message)",
                at: locator.locate(k.text, offset: k.offset), file: file,
                hint: "明年请改写这个数字；也可在“指标”下为它起名，正文改为引用"))
        }
        guard extraction.figureCount > 0 else { return notes }
        let percent = Int((extraction.share * 1000).rounded()) 
        let share = "\(percent / 10).\(percent % 10)%"
        notes.append(Diagnostic(
            .note, code: .importMetrics,
            message: "正文中有\(extraction.figureCount)个数字，\(extraction.convertedCount)个（\(share)）成为指标或由指标算出，提取指标\(extraction.metrics.count)个"
                + (extraction.kept.isEmpty ? "" : "，\(extraction.kept.count)个留作正文"),
            at: nil, file: file))
        return notes
    }

    static func metricsPosition(_ fields: [InputField]) -> Int {
        (fields.lastIndex { ["模板", "年度", "标题", "姓名行", "称呼", "开头"].contains($0.key) } ?? -1) + 1
    }

    /// The built-in template that fits `text` best (see `TemplateDetector`).
    public static func detectTemplate(_ text: String, library: TemplateLibrary = .builtin) -> ReportTemplate {
        OutlineReader.readReport(text, library: library).template
    }

    /// Drafts `input` and compares it with the report it came from.
    static let mismatchHint = "这一段的编号、标点或分段方式 shuzhi 还不能原样还原；可用 shuzhi outline 查看读出的结构，手工调整这一段后再导入"

    static func verify(input: String, original: Outline, template: ReportTemplate, file: String, library: TemplateLibrary) throws(Diagnostic) {
        let result = Drafter.draft(input, file: file, options: Drafter.Options(library: library, template: (template, library.partials)))
        guard let drafted = result.text else {
            let first = result.diagnostics.first { $0.severity == .error }
            throw Diagnostic.error(
                .importMismatch, "导入结果无法起草：\(first?.message ?? "未知原因")", at: SourceLocation(line: 1, column: 1),
                hint: "请把这份报告和这条信息反馈给维护者").inFile(file)
        }
        let back = OutlineReader.splitParagraphs(drafted).map(\.text)
        let want = original.paragraphs
        for (k, p) in want.enumerated() where k >= back.count || back[k] != p.text {
            guard k < back.count else {
                throw Diagnostic.error(
                    .importMismatch, "这一段无法原样转换，导入后没有这一段", at: p.location,
                    hint: mismatchHint).inFile(file)
            }
            // Point at the first character that would change and show both readings from there.
            let a = Array(p.text), b = Array(back[k])
            var d = 0
            while d < a.count && d < b.count && a[d] == b[d] { d += 1 }
            func excerpt(_ c: [Character]) -> String {
                d >= c.count ? "（段落结束）" : String(c[d..<min(c.count, d + 16)]) + (c.count > d + 16 ? "……" : "")
            }
            throw Diagnostic.error(
                .importMismatch, "这一段无法原样转换：原文“\(excerpt(a))”，导入后会变成“\(excerpt(b))”",
                at: SourceLocation(line: p.location.line, column: p.location.column + d),
                hint: mismatchHint).inFile(file)
        }
        if back.count > want.count {
            throw Diagnostic.error(
                .importMismatch, "导入后会多出一段“\(String(back[want.count].prefix(40)))”",
                at: want.last?.location ?? SourceLocation(line: 1, column: 1),
                hint: "请把这份报告和这条信息反馈给维护者").inFile(file)
        }
    }
}
