extension TemplateValue {
    /// The template context for an input file's tree: every scalar stays a
    /// string (the schema, not the template, gives types), an empty value
    /// is `.null`, and mappings keep document order. `.cn` and sections
    /// still work on strings such as "12".
    public init(_ node: Node) {
        switch node.kind {
        case .null:
            self = .null
        case .scalar(let s, _):
            self = .string(s)
        case .sequence(let items):
            self = .list(items.map(TemplateValue.init))
        case .mapping(let entries):
            self = .map(TemplateMap(entries.map { ($0.key, TemplateValue($0.value)) }))
        }
    }
}
