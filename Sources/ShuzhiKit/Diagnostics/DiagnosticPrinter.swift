/// Turns diagnostics into text for people or JSON for machines.
public enum DiagnosticPrinter {
    /// Compiler style, one finding per line, hint and notes indented below:
    ///
    ///     2024.yaml:12:5: error[missing-section]: 缺少必需部分“存在问题”
    ///       提示：……
    ///     2024.yaml:3:1: note: ……
    ///
    /// Every line ends with "\n".
    public static func text(_ d: Diagnostic) -> String {
        var out = place(d.file, d.location)
        out += "\(d.severity.rawValue)[\(d.code.rawValue)]: \(d.message)\n"
        if let hint = d.hint {
            out += "  提示：\(hint)\n"
        }
        for note in d.notes {
            out += place(d.file, note.location) + "note: \(note.message)\n"
        }
        return out
    }

    private static func place(_ file: String?, _ location: SourceLocation?) -> String {
        switch (file, location) {
        case let (f?, l?): "\(f):\(l): "
        case let (f?, nil): "\(f): "
        case let (nil, l?): "\(l): "
        case (nil, nil): ""
        }
    }

    /// One JSON object with keys in a fixed order: file, line, column,
    /// endLine, endColumn, severity, code, message, hint, notes. No newline.
    /// For a Word document, whose locations count paragraphs, `"unit":"paragraph"`
    /// follows `endColumn` and `line`/`endLine` are paragraph numbers.
    public static func json(_ d: Diagnostic) -> String {
        var fields: [String] = []
        fields.append("\"file\":" + (d.file.map(JSONText.quote) ?? "null"))
        fields.append("\"line\":" + (d.range.map { String($0.start.line) } ?? "null"))
        fields.append("\"column\":" + (d.range.map { String($0.start.column) } ?? "null"))
        fields.append("\"endLine\":" + (d.range.map { String($0.end.line) } ?? "null"))
        fields.append("\"endColumn\":" + (d.range.map { String($0.end.column) } ?? "null"))
        if d.range?.start.unit == .paragraph { fields.append("\"unit\":\"paragraph\"") }
        fields.append("\"severity\":" + JSONText.quote(d.severity.rawValue))
        fields.append("\"code\":" + JSONText.quote(d.code.rawValue))
        fields.append("\"message\":" + JSONText.quote(d.message))
        fields.append("\"hint\":" + (d.hint.map(JSONText.quote) ?? "null"))
        let notes = d.notes.map { n in
            "{\"message\":\(JSONText.quote(n.message)),"
                + "\"line\":\(n.location.map { String($0.line) } ?? "null"),"
                + "\"column\":\(n.location.map { String($0.column) } ?? "null")}"
        }
        fields.append("\"notes\":[" + notes.joined(separator: ",") + "]")
        return "{" + fields.joined(separator: ",") + "}"
    }
}
