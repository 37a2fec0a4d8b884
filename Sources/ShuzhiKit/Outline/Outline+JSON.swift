extension Outline {
    /// The outline as JSON (`shuzhi outline`): parts with their kind,
    /// heading, lead, items and sub-items, each with `line` and `column`.
    /// Two-space indent, final newline.
    public func json() -> String {
        let w = JSONWriter()
        w.object {
            w.field("title") { w.paragraph(title) }
            w.field("nameLine") { w.paragraph(nameLine) }
            w.field("salutation") { w.paragraph(salutation) }
            w.field("opening") { w.paragraph(opening) }
            w.field("parts") {
                w.array(parts) { part in
                    w.object {
                        w.field("kind") { w.string(part.kind?.rawValue) }
                        w.field("line") { w.raw(String(part.location.line)) }
                        w.field("column") { w.raw(String(part.location.column)) }
                        w.field("marker") { w.string(part.headingMarker?.text) }
                        w.field("heading") { w.string(part.heading) }
                        w.field("lead") { w.string(part.lead) }
                        w.field("itemsRunIn") { w.raw(part.itemsRunIn ? "true" : "false") }
                        w.field("continuesPrevious") { w.raw(part.continuesPrevious ? "true" : "false") }
                        w.field("items") { w.items(part.items) }
                        w.field("closing") { w.array(part.closing) { w.paragraph($0) } }
                    }
                }
            }
            w.field("closing") { w.array(closing) { w.paragraph($0) } }
            w.field("signature") { w.array(signature) { w.paragraph($0) } }
        }
        return w.out + "\n"
    }
}

/// A small pretty-printing JSON writer for outline dumps.
final class JSONWriter {
    var out = ""
    var indent = 0
    var first = [true]

    func raw(_ s: String) { out += s }
    func string(_ s: String?) { out += s.map(JSONText.quote) ?? "null" }

    func newline() { out += "\n" + String(repeating: "  ", count: indent) }

    func object(_ body: () -> Void) {
        out += "{"
        indent += 1
        first.append(true)
        body()
        indent -= 1
        let empty = first.removeLast()
        if !empty { newline() }
        out += "}"
    }

    func field(_ name: String, _ value: () -> Void) {
        if !first[first.count - 1] { out += "," }
        first[first.count - 1] = false
        newline()
        out += JSONText.quote(name) + ": "
        value()
    }

    func array<T>(_ items: [T], _ element: (T) -> Void) {
        if items.isEmpty { out += "[]"; return }
        out += "["
        indent += 1
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            newline()
            element(item)
        }
        indent -= 1
        newline()
        out += "]"
    }

    func paragraph(_ p: Outline.Paragraph?) {
        guard let p else { out += "null"; return }
        out += "{\"line\": \(p.location.line), \"column\": \(p.location.column), \"text\": \(JSONText.quote(p.text))}"
    }

    func items(_ items: [Outline.Item]) {
        array(items) { item in
            object {
                field("marker") { string(item.marker?.text) }
                field("style") { string(item.marker.map { $0.style.spelling }) }
                field("line") { raw(String(item.location.line)) }
                field("column") { raw(String(item.location.column)) }
                field("heading") { string(item.heading) }
                field("body") { string(item.body) }
                if !item.subitems.isEmpty {
                    field("subitems") { self.items(item.subitems) }
                }
            }
        }
    }
}
