/// The tree as JSON, as `shuzhi parse` prints it: objects keep key order,
/// every scalar is a string, an empty value is null; two-space indent and
/// a final newline.
public enum NodeJSON {
    /// The JSON text of `node`.
    public static func dump(_ node: Node) -> String {
        var out = ""
        write(node, indent: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ node: Node, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent + 2)
        switch node.kind {
        case .null:
            out += "null"
        case .scalar(let s, _):
            out += JSONText.quote(s)
        case .sequence(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                write(item, indent: indent + 2, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .mapping(let entries):
            if entries.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, e) in entries.enumerated() {
                out += pad + JSONText.quote(e.key) + ": "
                write(e.value, indent: indent + 2, into: &out)
                out += i + 1 < entries.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }
}
