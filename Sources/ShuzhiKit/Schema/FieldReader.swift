/// Reads typed fields out of a tree read by `InputReader`, collecting a
/// located diagnostic for every unknown key and wrong type instead of
/// stopping at the first, so that `check` can list them all.
struct FieldReader {
    /// Findings so far, in the order met.
    var diagnostics: [Diagnostic] = []

    /// The entries of a mapping node keyed by key, after reporting keys not
    /// in `allowed` (with a did-you-mean). `what` names the mapping in
    /// messages (“履职情况”). Returns `nil` (and reports) when `node` is
    /// not a mapping.
    mutating func mapping(_ node: Node, allowed: [String], what: String) -> [String: Node.Entry]? {
        guard let entries = node.entries else {
            if !node.isNull {
                diagnostics.append(.wrongType(what: what, expected: "键值对（“键: 值”的若干行）", node: node))
            }
            return nil
        }
        var result: [String: Node.Entry] = [:]
        for entry in entries {
            if allowed.contains(entry.key) {
                result[entry.key] = entry
            } else {
                diagnostics.append(.unknownKey(entry.key, in: what, at: entry.keyLocation, allowed: allowed))
            }
        }
        return result
    }

    /// A scalar's text; `nil` for an absent or empty value. A list or
    /// mapping where text is expected is reported.
    mutating func text(_ entry: Node.Entry?, what: String? = nil) -> Located<String>? {
        guard let entry else { return nil }
        return text(entry.value, what: what ?? entry.key)
    }

    mutating func text(_ node: Node, what: String) -> Located<String>? {
        switch node.kind {
        case .null:
            return nil
        case .scalar(let s, let style):
            let trimmed = s.trimmingSpacesAndLineBreaks()
            // Positions inside a quoted scalar count from its first character, not the quote.
            var at = node.location
            if style == .singleQuoted || style == .doubleQuoted { at.column += 1 }
            return trimmed.isEmpty ? nil : Located(trimmed, at: at, node: node)
        case .sequence, .mapping:
            diagnostics.append(.wrongType(what: what, expected: "一段文字", node: node))
            return nil
        }
    }

    /// A yes/no value: 是/否, true/false, yes/no.
    mutating func bool(_ entry: Node.Entry?) -> Bool? {
        guard let entry, let t = text(entry) else { return nil }
        switch t.value.lowercased() {
        case "是", "true", "yes", "对", "要": return true
        case "否", "false", "no", "不", "不要": return false
        default:
            diagnostics.append(.badValue(
                "“\(entry.key)”的值应为“是”或“否”，而不是“\(t.value)”", at: t.location))
            return nil
        }
    }

    /// A whole number ≥ 0 written with Arabic digits.
    mutating func count(_ entry: Node.Entry?) -> Int? {
        guard let entry, let t = text(entry) else { return nil }
        guard let n = Int(t.value), n >= 0 else {
            diagnostics.append(.badValue("“\(entry.key)”的值应为整数，而不是“\(t.value)”", at: t.location))
            return nil
        }
        return n
    }

    /// A numbering style spelling (一是, （一）…).
    mutating func numbering(_ entry: Node.Entry?) -> NumberingStyle? {
        guard let entry, let t = text(entry) else { return nil }
        guard let style = NumberingStyle(spelling: t.value) else {
            let all = NumberingStyle.allCases.filter(\.isDrafted).map(\.spelling).joined(separator: " ")
            diagnostics.append(.badValue(
                "编号样式“\(t.value)”无法识别", at: t.location, hint: "可用的编号样式：\(all)"))
            return nil
        }
        return style
    }

    /// An item layout: 连排, 分段, 接续, 另段连排.
    mutating func layout(_ entry: Node.Entry?, measures: Bool = false) -> ItemLayout? {
        guard let entry, let t = text(entry) else { return nil }
        guard let layout = ItemLayout(rawValue: t.value) else {
            diagnostics.append(.badValue(
                "版式“\(t.value)”无法识别", at: t.location,
                hint: "可用的版式：连排（各项写在一段里）、分段（每项一段）、接续（接在上一部分的最后一段后面）、"
                    + (measures ? "另段连排（措施在事项标题下另起一段连排）" : "另段连排（导语单独一段，各项在下一段连排）")))
            return nil
        }
        return layout
    }

    /// The items of a sequence; a single scalar counts as a one-item list,
    /// since a clerk with one measure often writes it without a dash.
    mutating func list(_ entry: Node.Entry?) -> [Node]? {
        guard let entry else { return nil }
        switch entry.value.kind {
        case .null: return nil
        case .sequence(let items): return items
        case .scalar: return [entry.value]
        case .mapping:
            diagnostics.append(.wrongType(
                what: entry.key, expected: "列表（每项一行，以“- ”开头）", node: entry.value))
            return nil
        }
    }
}

/// A value with the place it came from.
struct Located<Value> {
    var value: Value
    var location: SourceLocation
    /// The node the value was read from, when there is one; used to find
    /// exact positions inside the text.
    var node: Node?

    init(_ value: Value, at location: SourceLocation, node: Node? = nil) {
        self.value = value
        self.location = location
        self.node = node
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

extension Diagnostic {
    static func unknownKey(_ key: String, in what: String, at location: SourceLocation, allowed: [String]) -> Diagnostic {
        let hint: String
        if let near = Suggestion.closest(to: key, among: allowed) {
            hint = "是不是“\(near)”？"
        } else {
            hint = "“\(what)”下可用的键：\(allowed.joined(separator: "、"))"
        }
        return .error(.unknownKey, "“\(what)”下没有键“\(key)”", at: location, hint: hint)
    }

    static func wrongType(what: String, expected: String, node: Node) -> Diagnostic {
        let found: String
        switch node.kind {
        case .null: found = "空值"
        case .scalar: found = "一段文字"
        case .sequence: found = "列表"
        case .mapping: found = "键值对"
        }
        return .error(.wrongType, "“\(what)”应为\(expected)，这里是\(found)", at: node.location)
    }

    static func badValue(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        .error(.badValue, message, at: location, hint: hint)
    }
}
