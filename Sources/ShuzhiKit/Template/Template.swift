/// A parsed Mustache template: the spec's core modules, inheritance and
/// dynamic names, plus shuzhi's `@`-extensions for numbering and counts.
///
/// Parsing happens once, in `init`; rendering walks the token tree and
/// never re-parses. Partials are parsed lazily, once per render.
public struct Template: Sendable {
    /// The name diagnostics use as the file (empty: none).
    public let name: String
    let nodes: [TemplateNode]

    /// Parses `source`.
    ///
    /// - Throws: the first structural error as a `Diagnostic` (codes in
    ///   `TemplateDiagnostics.catalog`), located by 1-based line and column
    ///   in Characters within `source`, with `file` set to `name` when it is
    ///   not empty.
    public init(_ source: String, name: String = "") throws(Diagnostic) {
        self.name = name
        if let nodes = Self.compiled(source) {
            self.nodes = nodes
        } else {
            var parser = TemplateParser(source, file: name.isEmpty ? nil : name)
            self.nodes = try parser.parse()
        }
    }

    /// The token tree of a file in Templates/ whose text is exactly
    /// `source`, parsed when the program was built; `nil` for any other text.
    static func compiled(_ source: String) -> [TemplateNode]? {
        compiledFiles.first { $0.text.hasSameUTF8(as: source) }?.nodes
    }

    /// Renders the template against `context`.
    ///
    /// - Returns: the text and, in strict mode, warnings about names that
    ///   resolved to nothing (deduplicated by place and name).
    /// - Throws: a partial's parse error, `unknown-partial` (strict mode
    ///   only) or `partial-depth`.
    public func render(
        _ context: TemplateValue, options: RenderOptions = RenderOptions()
    ) throws(Diagnostic) -> RenderResult {
        var renderer = TemplateRenderer(options: options, root: context, file: name.isEmpty ? nil : name)
        try renderer.render(nodes)
        return RenderResult(text: renderer.out, warnings: renderer.warnings)
    }
}

/// How a template is rendered; the template itself never chooses.
public struct RenderOptions: Sendable {
    /// What `{{name}}` does to `&`, `<`, `>` and `"`.
    public enum Escaping: Sendable {
        /// HTML escaping, as the Mustache spec says.
        case html
        /// No escaping: plain-text report drafts, where `&` and `<` are text.
        case none
    }

    /// Escaping of `{{name}}`; `{{{name}}}` and `{{&name}}` never escape.
    public var escaping: Escaping = .html
    /// Report names that resolve to nothing as `unresolved-name` warnings,
    /// and a missing partial as an `unknown-partial` error.
    public var strict: Bool = false
    /// Partial name -> template source; parsed lazily, once per render.
    public var partials: [String: String] = [:]
    /// How deep partials (and parents) may nest before `partial-depth`.
    public var maxPartialDepth: Int = 100

    /// Creates options; every argument has the spec's default.
    public init(
        escaping: Escaping = .html, strict: Bool = false,
        partials: [String: String] = [:], maxPartialDepth: Int = 100
    ) {
        self.escaping = escaping
        self.strict = strict
        self.partials = partials
        self.maxPartialDepth = maxPartialDepth
    }
}

/// The output of a render.
public struct RenderResult: Sendable {
    /// The rendered text, exactly.
    public var text: String
    /// Strict-mode warnings, in the order they were found.
    public var warnings: [Diagnostic]

    /// Creates a result.
    public init(text: String, warnings: [Diagnostic]) {
        self.text = text
        self.warnings = warnings
    }
}

/// A name in a tag: `.` (no parts) or dot-separated parts.
struct TemplateName: Sendable {
    /// As written, trimmed.
    var raw: String
    /// Empty for the implicit iterator `.`.
    var parts: [String]
    /// Where the tag starts.
    var location: SourceLocation
}

/// The name of a partial or parent; dynamic names (`*name`) are looked up
/// in the context at render time.
struct PartialReference: Sendable {
    var name: String
    var dynamic: Bool
    var location: SourceLocation
}

/// One node of a parsed template. Text never spans a line break: a text
/// node that holds a newline ends with it, so indentation is applied at
/// exactly the template's own line starts.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, inverted: Bool, [TemplateNode])
    /// `indent` is added to each line of the partial; when `standalone`,
    /// the partial's first line gets it too.
    case partial(PartialReference, indent: String, standalone: Bool)
    case parent(PartialReference, overrides: [String: [TemplateNode]], indent: String, standalone: Bool)
    /// A block's content has its own definition indentation removed at
    /// parse time; `indent` is added back at the site where it expands.
    case block(String, [TemplateNode], indent: String, standalone: Bool)
}
