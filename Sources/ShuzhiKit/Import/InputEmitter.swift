/// A value to write into an input file: what `import` and `new --from`
/// produce, before it becomes text.
indirect enum InputValue: Sendable, Hashable {
    case text(String)
    case list([InputValue])
    case map([InputField])
    /// An empty value (`key:` with nothing after it), to be filled in.
    case empty
}

/// One `key: value` line (or block) of a mapping, with an optional comment
/// written on the line above it.
struct InputField: Sendable, Hashable {
    var key: String
    var value: InputValue
    var comment: String?

    init(_ key: String, _ value: InputValue, comment: String? = nil) {
        self.key = key
        self.value = value
        self.comment = comment
    }
}

/// Writes `InputValue`s as an input file that `InputReader` reads back to
/// the same strings.
///
/// Short texts are plain scalars when that is safe, double-quoted
/// otherwise. Long texts become folded block scalars (`>-`) wrapped only
/// between two CJK characters, where our reader folds a line break to
/// nothing, so the wrapping never changes the text.
enum InputEmitter {
    /// Width in Characters after which a text is written as a folded block.
    static let wrapWidth = 40

    static func emit(_ fields: [InputField], header: [String] = []) -> String {
        var out = ""
        for line in header { out += "# \(line)\n" }
        if !header.isEmpty { out += "\n" }
        emitMap(fields, indent: 0, into: &out)
        return out
    }

    private static func emitMap(_ fields: [InputField], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for field in fields {
            if let comment = field.comment {
                for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                    out += "\(pad)# \(line)\n"
                }
            }
            let key = scalar(field.key, forKey: true)
            emitValue(field.value, prefix: "\(pad)\(key):", indent: indent, into: &out)
        }
    }

    private static func emitList(_ items: [InputValue], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item {
            case .map(let fields) where !fields.isEmpty:
                // The first field shares the dash's line; the rest align under it.
                var inner = ""
                emitMap(fields, indent: indent + 2, into: &inner)
                let body = inner.dropFirst(indent + 2)
                out += "\(pad)- " + body
            default:
                emitValue(item, prefix: "\(pad)-", indent: indent, into: &out)
            }
        }
    }

    private static func emitValue(_ value: InputValue, prefix: String, indent: Int, into out: inout String) {
        switch value {
        case .empty:
            out += prefix + "\n"
        case .text(let s):
            if let block = folded(s, indent: indent + 2) {
                out += prefix + " >-\n" + block
            } else {
                out += prefix + " " + scalar(s, forKey: false) + "\n"
            }
        case .list(let items):
            if items.isEmpty {
                out += prefix + "\n"
            } else {
                out += prefix + "\n"
                emitList(items, indent: indent + 2, into: &out)
            }
        case .map(let fields):
            out += prefix + "\n"
            emitMap(fields, indent: indent + 2, into: &out)
        }
    }

    /// A plain scalar when it reads back unchanged, else double-quoted.
    static func scalar(_ s: String, forKey: Bool) -> String {
        isPlainSafe(s, forKey: forKey) ? s : doubleQuoted(s)
    }

    static func isPlainSafe(_ s: String, forKey: Bool) -> Bool {
        guard let first = s.first, let last = s.last else { return false }
        if first.isWhitespace || last.isWhitespace { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if last == ":" { return false }
        if s.contains(": ") || s.contains(" #") || s.contains("\t") { return false }
        if s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }) { return false }
        // A full-width colon directly after a would-be key is what the
        // reader reports as a typo; quoting keeps such texts unambiguous.
        if s.contains("：") && forKey { return false }
        if s == "---" || s == "..." || s.hasPrefix("--- ") || s.hasPrefix("... ") { return false }
        return true
    }

    static func doubleQuoted(_ s: String) -> String { JSONText.quote(s) }

    /// A `>-` block for a long single-line text, or `nil` when the text is
    /// short or cannot be wrapped safely.
    static func folded(_ s: String, indent: Int) -> String? {
        let chars = Array(s)
        guard chars.count > wrapWidth, !s.contains("\n"), isPlainSafe(s, forKey: false) || !s.contains("\"") else {
            return nil
        }
        if chars.first!.isWhitespace || chars.last!.isWhitespace { return nil }
        if s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return nil }
        // Never wrap inside a reference ({{发展党员}}): the reader would keep it
        // whole, but a person reading the file should see it whole too.
        var insideReference = [Bool](repeating: false, count: chars.count + 1)
        var depth = false
        for k in chars.indices {
            if k + 1 < chars.count && chars[k] == "{" && chars[k + 1] == "{" { depth = true }
            insideReference[k] = depth
            if k > 0 && chars[k - 1] == "}" && chars[k] == "}" { depth = false }
        }
        var lines: [String] = []
        var start = 0
        while chars.count - start > wrapWidth + 4 {
            // Break after a punctuation mark if one is near the width, so that words stay
            // whole for a clerk searching the file; else at the last CJK–CJK boundary.
            func canBreak(_ i: Int) -> Bool { CJK.contains(chars[i - 1]) && CJK.contains(chars[i]) && !insideReference[i] }
            var cut = -1
            var i = start + wrapWidth
            while i > start + wrapWidth / 2 {
                if canBreak(i) && "，。；：、！？）”".contains(chars[i - 1]) { cut = i; break }
                i -= 1
            }
            i = start + wrapWidth
            while cut < 0 && i > start + wrapWidth / 2 {
                if canBreak(i) { cut = i; break }
                i -= 1
            }
            if cut < 0 { break }
            lines.append(String(chars[start..<cut]))
            start = cut
        }
        lines.append(String(chars[start...]))
        if lines.count == 1 { return nil }
        let pad = String(repeating: " ", count: indent)
        return lines.map { pad + $0 + "\n" }.joined()
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
