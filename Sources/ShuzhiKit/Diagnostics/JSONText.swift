/// Minimal JSON text helpers shared by every JSON printer (diagnostics,
/// `parse`, `outline`), so all of them escape the same way.
public enum JSONText {
    /// A JSON string literal. Non-ASCII characters are kept as they are
    /// (UTF-8), control characters are escaped. Every JSON escape is also a
    /// YAML escape, so the literal doubles as a YAML double-quoted scalar.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                // DEL and a BOM are escaped too, so that the result is also a
                // valid YAML double-quoted scalar (InputEmitter relies on it).
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF
                    || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)],
                       digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
    }
}
