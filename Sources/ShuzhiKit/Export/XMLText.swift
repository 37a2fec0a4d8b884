/// Escaping for XML and HTML text and attribute values.
enum XMLText {
    /// `text` safe inside XML or HTML element content and double-quoted
    /// attributes: `& < > "` become entities, and control characters are
    /// removed by the one rule of every format (`ControlCharacters`), which
    /// also keeps out what XML 1.0 forbids: Word refuses a package that
    /// contains them.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in ControlCharacters.removed(from: text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
