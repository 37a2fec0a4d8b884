/// Turns an input file into a report draft: reader → schema → context →
/// template → plain text, one paragraph a line.
public enum Drafter {
    /// What drafting asks for besides the input.
    public struct Options: Sendable {
        /// Templates to choose from by `模板` in the input.
        public var library: TemplateLibrary
        /// A template that overrides `模板` (`--template`), with its partials.
        public var template: (template: ReportTemplate, partials: [String: String])?
        /// Whether a missing required part is an error instead of a warning.
        public var strict: Bool
        /// Whether places left to fill are reported (check reports them itself).
        var reportUnfilled = true

        /// Options with the built-in templates.
        public init(library: TemplateLibrary = .builtin, template: (ReportTemplate, [String: String])? = nil, strict: Bool = false) {
            self.library = library
            self.template = template.map { (template: $0.0, partials: $0.1) }
            self.strict = strict
        }
    }

    /// A draft and what was found on the way.
    public struct Result: Sendable {
        /// The draft; `nil` when there are errors.
        public var text: String?
        /// The template used, when one was found.
        public var template: ReportTemplate?
        /// Errors and warnings, in source order, attributed to their files.
        public var diagnostics: [Diagnostic]
        /// 报告人, for document properties.
        public var author: String? = nil
        /// 年度, for document properties.
        public var year: Int? = nil
    }

    /// Drafts the input file `source`, named `file` in diagnostics.
    public static func draft(_ source: String, file: String, options: Options = Options()) -> Result {
        let root: Node
        do throws(Diagnostic) {
            root = try InputReader.read(source)
        } catch {
            return Result(text: nil, template: nil, diagnostics: [error.inFile(file)])
        }
        if root.isNull {
            return Result(text: nil, template: nil, diagnostics: [Diagnostic.emptyInput(inputFile: true).inFile(file)])
        }
        var (report, diagnostics) = Report.read(root)
        let template: ReportTemplate
        let partials: [String: String]
        if let t = options.template {
            template = t.template
            partials = t.partials
        } else if let name = report.templateName {
            guard let t = options.library.template(named: name.value) else {
                let near = Suggestion.closest(to: name.value, among: options.library.allNames)
                diagnostics.append(.error(
                    .unknownTemplate, "没有名为“\(name.value)”的模板", at: name.location,
                    hint: near.map { "是不是“\($0)”？" } ?? "运行“shuzhi templates”查看可用的模板"))
                return Result(text: nil, template: nil, diagnostics: diagnostics.map { $0.inFile(file) }.sortedByLocation())
            }
            template = t
            partials = options.library.partials
        } else {
            template = options.library.defaultTemplate
            partials = options.library.partials
        }
        var builder = DraftContextBuilder(
            report: report, template: template, strict: options.strict,
            sourceLines: source.sourceLines)
        // A tag can name 指标 only by writing it: no other character sequence
        // is canonically equivalent to it, so a byte search is exact.
        builder.templateNamesMetrics = template.body.firstUTF8Range(of: "指标") != nil
            || partials.values.contains { $0.firstUTF8Range(of: "指标") != nil }
        let context = builder.build()
        diagnostics += builder.diagnostics
        // A place left to fill (整改措施, 成效) would draft as if there were nothing to say.
        for var d in options.reportUnfilled ? InputFilePlaces.unfilled(root) : [] {
            if !options.strict { d.severity = .warning }
            d.hint = "填写后再起草；草稿中这里是空的（shuzhi check 把它作为错误）"
            diagnostics.append(d)
        }
        var all = diagnostics.map { $0.inFile(file) }
        var text: String?
        // A folder's body and partials are named by their paths, so that their
        // mistakes can be found; a partial is named by its name when rendered.
        let bodyFile = template.origin == "内置" ? "Templates/\(template.id)/正文.mustache" : template.origin + "/正文.mustache"
        func placed(_ d: Diagnostic) -> Diagnostic {
            guard let f = d.file else { return d.inFile(bodyFile) }
            if template.origin != "内置", !f.contains("/"), let own = partials[f], own != options.library.partials[f] {
                return d.inFile(template.origin + "/" + f + ".mustache")
            }
            return d
        }
        do throws(Diagnostic) {
            let body = try Template(template.body, name: bodyFile)
            let rendered = try body.render(
                context, options: RenderOptions(escaping: .none, strict: true, partials: partials))
            all += rendered.warnings.map(placed)
            text = normalize(rendered.text)
        } catch {
            all.append(placed(error))
        }
        if all.hasErrors { text = nil }
        return Result(
            text: text, template: template, diagnostics: all.sortedByLocation(),
            author: report.reporter?.value, year: report.year.flatMap { Int($0.value) })
    }

    /// One paragraph a line, no trailing spaces, no runs of blank lines,
    /// one final newline: whatever the template's whitespace did.
    static func normalize(_ text: String) -> String {
        // One pass over the bytes, writing as it goes: all the marks involved
        // are ASCII, and a long draft is many megabytes.
        var out = ""
        out.reserveCapacity(text.utf8.count + 1)
        var blank = false, started = false
        let bytes = text.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var end = newline
            while end > start {
                let b = bytes[bytes.index(before: end)]
                guard b == 0x20 || b == 0x09 || b == 0x0D else { break }
                end = bytes.index(before: end)
            }
            if end == start {
                if started { blank = true }
            } else {
                if started { out += blank ? "\n\n" : "\n" }
                out += text[start..<end]
                started = true
                blank = false
            }
            start = newline == bytes.endIndex ? newline : bytes.index(after: newline)
        }
        out.append("\n")
        return out
    }
}
