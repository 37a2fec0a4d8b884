extension Outline {
    /// The outline as JSON (`shuzhi outline`): every node with where it is
    /// (`line`, `column`, `endLine`, `endColumn`: 1-based, columns counted
    /// in Characters, the end exclusive), parts with their kind and the
    /// evidence that decided it. Two-space indent, final newline.
    public func json(template: String? = nil) -> String {
        let w = JSONWriter()
        w.object {
            if let template { w.field("template") { w.string(template) } }
            w.field("title") { w.paragraph(title) }
            if let titleContinuation { w.field("titleContinuation") { w.paragraph(titleContinuation) } }
            // A name inside the title is where the name line is: its columns show it is the title's start.
            w.field("nameLine") { w.paragraph(nameLine ?? nameInTitle) }
            w.field("salutation") { w.paragraph(salutation) }
            w.field("introduction") { w.paragraph(introduction) }
            w.field("opening") { w.paragraph(opening) }
            if !preamble.isEmpty { w.field("preamble") { w.array(preamble) { w.paragraph($0) } } }
            w.field("parts") {
                w.array(parts) { part in
                    w.object {
                        w.field("kind") { w.string(part.kind?.rawValue) }
                        w.range(part.range)
                        w.field("evidence") {
                            w.object {
                                w.field("source") { w.string(part.evidence.source.rawValue) }
                                if let words = part.evidence.words { w.field("words") { w.string(words) } }
                            }
                        }
                        w.field("marker") { w.string(part.headingMarker?.text) }
                        w.field("heading") { w.located(part.heading, part.headingRange) }
                        w.field("lead") { w.string(part.lead) }
                        if !part.leadRanges.isEmpty {
                            w.field("leadRanges") { w.array(part.leadRanges) { r in w.inlineRange(r) } }
                        }
                        w.field("itemsRunIn") { w.raw(part.itemsRunIn ? "true" : "false") }
                        w.field("continuesPrevious") { w.raw(part.continuesPrevious ? "true" : "false") }
                        w.field("items") { w.items(part.items) }
                        w.field("closing") { w.array(part.closing) { w.paragraph($0) } }
                    }
                }
            }
            w.field("closing") { w.array(closing) { w.paragraph($0) } }
            w.field("signature") { w.array(signature) { w.paragraph($0) } }
            if !appendix.isEmpty { w.field("appendix") { w.array(appendix) { w.paragraph($0) } } }
            if !embedded.isEmpty {
                w.field("embedded") {
                    w.array(embedded) { e in
                        w.raw("{\"kind\": \(JSONText.quote(e.kind.rawValue)), \"line\": \(e.location.line), \"column\": \(e.location.column), "
                            + "\"endLine\": \(e.range.end.line), \"endColumn\": \(e.range.end.column), \"words\": \(JSONText.quote(e.words))}")
                    }
                }
            }
            if !unplaced.isEmpty {
                w.field("unplaced") {
                    w.array(unplaced) { u in
                        w.raw("{\"line\": \(u.paragraph.location.line), \"column\": \(u.paragraph.location.column), \"likely\": \(JSONText.quote(u.likely.rawValue))}")
                    }
                }
            }
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
        let r = p.range
        out += "{\"line\": \(r.start.line), \"column\": \(r.start.column), \"endLine\": \(r.end.line), \"endColumn\": \(r.end.column), "
        out += "\"text\": \(JSONText.quote(p.text))}"
    }

    /// `line`, `column`, `endLine` and `endColumn` fields of the current object.
    func range(_ r: SourceRange) {
        field("line") { raw(String(r.start.line)) }
        field("column") { raw(String(r.start.column)) }
        field("endLine") { raw(String(r.end.line)) }
        field("endColumn") { raw(String(r.end.column)) }
    }

    /// A range as one compact object.
    func inlineRange(_ r: SourceRange) {
        out += "{\"line\": \(r.start.line), \"column\": \(r.start.column), \"endLine\": \(r.end.line), \"endColumn\": \(r.end.column)}"
    }

    /// A text with its range, or null.
    func located(_ text: String?, _ r: SourceRange?) {
        guard let text else { out += "null"; return }
        guard let r else { string(text); return }
        out += "{\"line\": \(r.start.line), \"column\": \(r.start.column), \"endLine\": \(r.end.line), \"endColumn\": \(r.end.column), "
        out += "\"text\": \(JSONText.quote(text))}"
    }

    func items(_ items: [Outline.Item]) {
        array(items) { item in
            object {
                field("marker") { string(item.marker?.text) }
                field("style") { string(item.marker.map { $0.style.spelling }) }
                range(item.range)
                field("heading") { located(item.heading, item.headingRange) }
                field("body") { located(item.body, item.bodyRange) }
                if !item.subitems.isEmpty {
                    field("subitems") { self.items(item.subitems) }
                }
            }
        }
    }
}
