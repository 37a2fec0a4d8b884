/// The one rule for control characters in every export format (.txt, .md,
/// .html, .docx): they are removed, and each line that had any gets a
/// warning `export-control-character`.
///
/// Control characters are invisible, usually pasted in from elsewhere, and
/// a Word document may not contain them at all (Word refuses the file);
/// keeping them in one format and not in another would make the formats
/// disagree. Removed: the C0 controls other than tab and line feed (and a
/// carriage return that ends a line before a line feed), DEL and the C1
/// controls (Unicode's `Cc`), and the noncharacters U+FFFE and U+FFFF.
public enum ControlCharacters {
    /// Whether `scalar` is removed from exported text. Tab and line feed
    /// are kept; a carriage return is removed unless it ends a line (see
    /// `removing(from:source:)`).
    public static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Whether `text` has a character that is removed.
    public static func occur(in text: String) -> Bool {
        // A quick look at the bytes first: C0 controls and DEL are single
        // bytes, C1 controls are C2 80 to C2 9F, U+FFFE and U+FFFF EF BF BE/BF.
        var before = (UInt8(0), UInt8(0))
        var suspect = false
        for b in text.utf8 {
            if b < 0x20 && b != 0x09 && b != 0x0A || b == 0x7F
                || before.1 == 0xC2 && (0x80...0x9F).contains(b)
                || before == (0xEF, 0xBF) && (b == 0xBE || b == 0xBF) {
                suspect = true
                break
            }
            before = (before.1, b)
        }
        // Controls are characters of their own (CR LF is one), so a
        // character-level test sees each.
        return suspect && text.contains { isRemoved($0) }
    }

    /// Whether the character `ch` is removed: a control (a lone CR too), or
    /// a cluster that holds a removed scalar.
    static func isRemoved(_ ch: Character) -> Bool {
        ch != "\r\n" && ch.unicodeScalars.contains(where: isRemoved)
    }

    /// `text` (a report, one paragraph a line) without its control
    /// characters, and a warning for each line that had some.
    ///
    /// - Parameters:
    ///   - text: the report's text; a CR before a LF is a line ending and kept.
    ///   - source: the file the report was drafted from, when it is not the
    ///     report itself (`draft`): a warning then points at the
    ///     character's first place in `source`, where the user can delete it.
    /// - Returns: the text and the warnings, located by 1-based line and
    ///   column (in Characters) in `source` or else in `text`; their file is
    ///   left for the caller to set.
    public static func removing(from text: String, source: String? = nil) -> (text: String, warnings: [Diagnostic]) {
        guard occur(in: text) else { return (text, []) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var warnings: [Diagnostic] = []
        var line = 1
        var column = 1
        // The current line's removed characters and where the first was.
        var found: [Unicode.Scalar] = []
        var firstColumn = 1
        for ch in text {
            if ch == "\n" || ch == "\r\n" {
                if let first = found.first {
                    let at = source.flatMap { firstPlace(of: first, in: $0) } ?? SourceLocation(line: line, column: firstColumn)
                    warnings.append(.controlCharacters(found, at: at))
                    found = []
                }
                out.append(ch)
                line += 1
                column = 1
            } else if isRemoved(ch) {
                if found.isEmpty { firstColumn = column }
                found += ch.unicodeScalars.filter(isRemoved)
                // What is left of a cluster that held one (a combining mark after U+FFFE) stays.
                let kept = ch.unicodeScalars.filter { !isRemoved($0) }
                if !kept.isEmpty {
                    out.unicodeScalars.append(contentsOf: kept)
                    column += 1
                }
            } else {
                out.append(ch)
                column += 1
            }
        }
        if let first = found.first {
            let at = source.flatMap { firstPlace(of: first, in: $0) } ?? SourceLocation(line: line, column: firstColumn)
            warnings.append(.controlCharacters(found, at: at))
        }
        return (out, warnings)
    }

    /// The text with control characters removed, without warnings: what
    /// each exporter does to the text it is given, so that a document that
    /// did not pass through `removing(from:source:)` follows the same rule.
    static func removed(from text: String) -> String {
        guard occur(in: text) else { return text }
        return removing(from: text).text
    }

    /// The 1-based line and column (in Characters) of the first character
    /// of `text` that holds `scalar`.
    static func firstPlace(of scalar: Unicode.Scalar, in text: String) -> SourceLocation? {
        var line = 1
        var column = 1
        for ch in text {
            if ch.unicodeScalars.contains(scalar) { return SourceLocation(line: line, column: column) }
            if ch == "\n" || ch == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }
}

extension Diagnostic {
    /// Control characters were removed from a line of an exported report.
    static func controlCharacters(_ scalars: [Unicode.Scalar], at location: SourceLocation) -> Diagnostic {
        var distinct: [Unicode.Scalar] = []
        for s in scalars where !distinct.contains(s) { distinct.append(s) }
        let codes = distinct.map { String.codePoint($0.value) }.joined(separator: "、")
        let count = scalars.count > 1 ? "（共\(scalars.count)个）" : ""
        return .warning(
            .exportControlCharacter, "删除了不可见的控制字符 \(codes)\(count)", at: location,
            hint: "这类字符多半是从别处复制时带入的，各种格式都会删除它们；请在原文中删去")
    }
}
