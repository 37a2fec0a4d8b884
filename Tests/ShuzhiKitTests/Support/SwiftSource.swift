@testable import ShuzhiKit

/// Writes values as Swift source, for the files generated from Templates/.
/// The generated code calls small unambiguous helper functions rather than
/// nesting literals, so the compiler type-checks it quickly.
enum SwiftSource {
    /// `s` as a Swift string literal.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Any value built of structs (initialised by their stored properties'
    /// labels, in order), enums without payloads, optionals, arrays,
    /// dictionaries, strings, integers and booleans, as a Swift expression
    /// with every type spelled out, so that a typed value read from a file
    /// in Templates/ can be compiled in whatever fields its type gains.
    static func value(_ value: Any, indent: String = "") -> String {
        switch value {
        case let s as String: return string(s)
        case let b as Bool: return String(b)
        case let i as Int: return String(i)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        let inner = indent + "    "
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return "nil" }
            return self.value(wrapped, indent: indent)
        case .collection:
            if mirror.children.isEmpty { return "[]" }
            return "[\n" + mirror.children.map { inner + self.value($0.value, indent: inner) + ",\n" }.joined() + indent + "]"
        case .dictionary:
            if mirror.children.isEmpty { return "[:]" }
            let pairs = mirror.children.map { pair -> (String, String) in
                let kv = Array(Mirror(reflecting: pair.value).children)
                return (self.value(kv[0].value, indent: inner), self.value(kv[1].value, indent: inner))
            }.sorted { $0.0 < $1.0 }
            return "[\n" + pairs.map { inner + $0.0 + ": " + $0.1 + ",\n" }.joined() + indent + "]"
        case .struct:
            let type = String(reflecting: Swift.type(of: value))
            let fields = mirror.children.map { child in
                inner + child.label! + ": " + self.value(child.value, indent: inner)
            }
            return type + "(\n" + fields.joined(separator: ",\n") + "\n" + indent + ")"
        case .enum:
            precondition(mirror.children.isEmpty, "enum with a payload: \(value)")
            return String(reflecting: Swift.type(of: value)) + "." + String(describing: value)
        default:
            preconditionFailure("cannot write \(Swift.type(of: value)) as Swift source")
        }
    }

    static func strings(_ list: [String]) -> String {
        "[" + list.map(string).joined(separator: ", ") + "]"
    }

    // MARK: Input-file trees

    /// Helpers the generated `Node` literals call.
    static let nodeHelpers = """
        private func n(_ line: Int, _ column: Int) -> Node {
            Node(.null, at: SourceLocation(line: line, column: column))
        }
        private func s(_ text: String, _ style: Node.ScalarStyle, _ line: Int, _ column: Int) -> Node {
            Node(.scalar(text, style), at: SourceLocation(line: line, column: column))
        }
        private func q(_ line: Int, _ column: Int, _ items: [Node]) -> Node {
            Node(.sequence(items), at: SourceLocation(line: line, column: column))
        }
        private func m(_ line: Int, _ column: Int, _ entries: [Node.Entry]) -> Node {
            Node(.mapping(entries), at: SourceLocation(line: line, column: column))
        }
        private func e(_ key: String, _ line: Int, _ column: Int, _ value: Node) -> Node.Entry {
            Node.Entry(key: key, keyLocation: SourceLocation(line: line, column: column), value: value)
        }

        """

    static func node(_ node: Node, indent: String) -> String {
        let at = "\(node.location.line), \(node.location.column)"
        precondition(node.location.unit == .line)
        switch node.kind {
        case .null:
            return "n(\(at))"
        case .scalar(let text, let style):
            return "s(\(string(text)), .\(style), \(at))"
        case .sequence(let items):
            if items.isEmpty { return "q(\(at), [])" }
            let inner = indent + "    "
            return "q(\(at), [\n" + items.map { inner + self.node($0, indent: inner) + ",\n" }.joined() + indent + "])"
        case .mapping(let entries):
            if entries.isEmpty { return "m(\(at), [])" }
            let inner = indent + "    "
            return "m(\(at), [\n" + entries.map { entry in
                inner + "e(\(string(entry.key)), \(entry.keyLocation.line), \(entry.keyLocation.column), "
                    + self.node(entry.value, indent: inner) + "),\n"
            }.joined() + indent + "])"
        }
    }

    // MARK: Mustache trees

    /// Helpers the generated `TemplateNode` literals call.
    static let templateHelpers = """
        private func t(_ text: String) -> TemplateNode { .text(text) }
        private func nm(_ raw: String, _ parts: [String], _ line: Int, _ column: Int) -> TemplateName {
            TemplateName(raw: raw, parts: parts, location: SourceLocation(line: line, column: column))
        }
        private func rf(_ name: String, _ dynamic: Bool, _ line: Int, _ column: Int) -> PartialReference {
            PartialReference(name: name, dynamic: dynamic, location: SourceLocation(line: line, column: column))
        }
        private func v(_ name: TemplateName, _ escaped: Bool) -> TemplateNode { .variable(name, escaped: escaped) }
        private func sec(_ name: TemplateName, _ inverted: Bool, _ children: [TemplateNode]) -> TemplateNode {
            .section(name, inverted: inverted, children)
        }
        private func p(_ ref: PartialReference, _ indent: String, _ standalone: Bool) -> TemplateNode {
            .partial(ref, indent: indent, standalone: standalone)
        }
        private func par(
            _ ref: PartialReference, _ overrides: [String: [TemplateNode]], _ indent: String, _ standalone: Bool
        ) -> TemplateNode {
            .parent(ref, overrides: overrides, indent: indent, standalone: standalone)
        }
        private func blk(_ name: String, _ content: [TemplateNode], _ indent: String, _ standalone: Bool) -> TemplateNode {
            .block(name, content, indent: indent, standalone: standalone)
        }

        """

    static func templateNodes(_ nodes: [TemplateNode], indent: String) -> String {
        if nodes.isEmpty { return "[]" }
        let inner = indent + "    "
        return "[\n" + nodes.map { inner + templateNode($0, indent: inner) + ",\n" }.joined() + indent + "]"
    }

    static func templateNode(_ node: TemplateNode, indent: String) -> String {
        func name(_ n: TemplateName) -> String {
            "nm(\(string(n.raw)), \(strings(n.parts)), \(n.location.line), \(n.location.column))"
        }
        func ref(_ r: PartialReference) -> String {
            "rf(\(string(r.name)), \(r.dynamic), \(r.location.line), \(r.location.column))"
        }
        switch node {
        case .text(let s):
            return "t(\(string(s)))"
        case .variable(let n, let escaped):
            return "v(\(name(n)), \(escaped))"
        case .section(let n, let inverted, let children):
            return "sec(\(name(n)), \(inverted), \(templateNodes(children, indent: indent)))"
        case .partial(let r, let extra, let standalone):
            return "p(\(ref(r)), \(string(extra)), \(standalone))"
        case .parent(let r, let overrides, let extra, let standalone):
            let inner = indent + "    "
            let blocks = overrides.isEmpty ? "[:]" : "[\n" + overrides.keys.sorted().map { key in
                inner + string(key) + ": " + templateNodes(overrides[key]!, indent: inner) + ",\n"
            }.joined() + indent + "]"
            return "par(\(ref(r)), \(blocks), \(string(extra)), \(standalone))"
        case .block(let n, let content, let extra, let standalone):
            return "blk(\(string(n)), \(templateNodes(content, indent: indent)), \(string(extra)), \(standalone))"
        }
    }
}
