/// Escaping for XML and HTML text and attribute values.
enum XMLText {
    /// `text` safe inside XML or HTML element content and double-quoted
    /// attributes: `& < > "` become entities, and characters XML 1.0 forbids
    /// (C0 controls other than tab, line feed and carriage return, U+FFFE,
    /// U+FFFF, lone surrogates cannot occur in a Swift String) are dropped,
    /// because Word refuses a package that contains them.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
