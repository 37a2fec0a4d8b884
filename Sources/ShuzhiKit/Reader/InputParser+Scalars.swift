extension InputParser {
    /// Reports a YAML feature that shuzhi's input format leaves out, with a
    /// hint for the common case of Chinese text that merely starts with it
    /// (an anonymization placeholder such as `*镇`).
    func rejectIndicator(_ line: Int, _ offset: Int, asKey: Bool) throws(Diagnostic) {
        let at = location(line, offset)
        let quote = "如果这是文字，请给整个值加上引号，如 \"*镇\""
        switch bytes[offset] {
        case 0x26: throw .unsupported(.unsupportedAnchor, "不支持锚点（以“&”开头）", at: at, hint: quote)
        case 0x2A: throw .unsupported(.unsupportedAlias, "不支持别名（以“*”开头）", at: at, hint: quote)
        case 0x21: throw .unsupported(.unsupportedTag, "不支持标签（以“!”开头）", at: at, hint: quote)
        case 0x7B where offset + 1 < lineEnd[line] && bytes[offset + 1] == 0x7B:
            throw .unsupported(
                .unsupportedFlow, "以“{{”开头的值要加引号", at: at,
                hint: "值以指标引用开头时，给整个值加上双引号，如 \"{{发展党员}}名党员……\"")
        case 0x5B, 0x7B:
            throw .unsupported(
                .unsupportedFlow, "不支持“[”“{”形式的列表或键值对", at: at,
                hint: "列表请每项一行、以“- ”开头；如果这是文字，请加引号")
        case 0x40, 0x60, 0x25:
            throw .syntax("不能以“\(Character(Unicode.Scalar(bytes[offset])))”开头", at: at, hint: "请给整个值加上引号")
        case 0x7C where asKey, 0x3E where asKey:
            throw .syntax("键不能以“\(Character(Unicode.Scalar(bytes[offset])))”开头", at: at)
        default:
            return
        }
    }

    /// A scalar starting at `offset` on `line`: quoted, block or plain.
    /// `isValue`: it follows `key: ` on the same line.
    mutating func parseScalarValue(line: Int, offset: Int, parent: Int, isValue: Bool) throws(Diagnostic) -> Node {
        let at = location(line, offset)
        let b = bytes[offset]
        switch b {
        case 0x22, 0x27:
            li = line
            let (text, endOffset) = try parseQuoted(line: line, offset: offset, parent: parent, singleLine: false)
            if !restIsBlank(li, endOffset) {
                let j = skipSpace(li, endOffset)
                throw .syntax(
                    "引号结束后还有多余的内容", at: location(li, j),
                    hint: j == endOffset && bytes[j] == 0x23 ? "注释的“#”前要有空格" : "整个值都要写在引号里面")
            }
            li += 1
            return Node(.scalar(text, b == 0x22 ? .doubleQuoted : .singleQuoted), at: at)
        case 0x7C, 0x3E:
            let (text, style) = try parseBlockScalar(line: line, offset: offset, parent: parent)
            return Node(.scalar(text, style), at: at)
        default:
            try rejectIndicator(line, offset, asKey: false)
            if (b == 0x3F || b == 0x3A || b == 0x2D) && (offset + 1 == lineEnd[line] || isSpace(bytes[offset + 1])) {
                throw .syntax("不能以“\(Character(Unicode.Scalar(b))) ”开头", at: at, hint: "请给整个值加上引号")
            }
            let text = try parsePlain(line: line, offset: offset, parent: parent, isValue: isValue)
            return Node(.scalar(text, .plain), at: at)
        }
    }

    // MARK: Plain scalars

    /// The end of plain text on line `l` from `i`: before a comment, with
    /// trailing whitespace trimmed. Reports `key: value` inside a value.
    func plainLineEnd(_ l: Int, _ i: Int, rejectColon: Bool) throws(Diagnostic) -> Int {
        let end = lineEnd[l]
        var j = i
        while j < end {
            let b = bytes[j]
            if b == 0x23 && j > i && isSpace(bytes[j - 1]) { break }
            if rejectColon && b == 0x3A && (j + 1 == end || isSpace(bytes[j + 1])) {
                throw .syntax(
                    "值里面不能再有“: ”", at: location(l, j),
                    hint: "如果冒号是文字的一部分，请给整个值加上引号，或改用全角冒号“：”")
            }
            j += 1
        }
        while j > i && isSpace(bytes[j - 1]) { j -= 1 }
        return j
    }

    mutating func parsePlain(line: Int, offset: Int, parent: Int, isValue: Bool) throws(Diagnostic) -> String {
        var out: [UInt8] = []
        let firstEnd = try plainLineEnd(line, offset, rejectColon: isValue)
        out.append(contentsOf: bytes[offset..<firstEnd])
        var l = line + 1
        // A comment ends a plain scalar: no continuation after it.
        var ended = firstEnd < lineEnd[line] && byte(skipSpace(line, firstEnd)) == 0x23
        var pendingBreaks = 0
        while !ended && l < lineCount {
            if isBlank(l) {
                pendingBreaks += 1
                l += 1
                continue
            }
            let ind = indent(l)
            if ind <= parent || isAnyDocumentMarker(l) { break }
            let start = skipSpace(l, lineStart[l] + ind)
            if bytes[start] == 0x23 { break }
            if lineStart[l] + ind < start && parent >= 0 {
                // Tabs after the indentation are separation, which YAML allows.
            }
            if try keyColon(l, start) != nil {
                throw .badIndent("缩进不一致：这一行没有与同一层的键对齐", at: location(l, start))
            }
            let end = try plainLineEnd(l, start, rejectColon: true)
            if pendingBreaks > 0 {
                out.append(contentsOf: [UInt8](repeating: 0x0A, count: pendingBreaks))
            } else if !InputParser.foldsToNothing(out, bytes, start) {
                out.append(0x20)
            }
            pendingBreaks = 0
            out.append(contentsOf: bytes[start..<end])
            ended = end < lineEnd[l] && byte(skipSpace(l, end)) == 0x23
            l += 1
        }
        li = l
        // Blank lines after the scalar belong to no one; they were only looked at.
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a line break between the text so far and the line starting
    /// at `next` folds to nothing: both sides CJK (see `CJK`).
    static func foldsToNothing(_ before: [UInt8], _ bytes: [UInt8], _ next: Int) -> Bool {
        guard let last = lastScalar(before), let first = scalar(at: next, in: bytes) else { return false }
        return CJK.contains(last) && CJK.contains(first)
    }

    static func scalar(at i: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        guard i < bytes.count else { return nil }
        var it = bytes[i...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&it) { return s }
        return nil
    }

    static func lastScalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        var i = bytes.count - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i >= 0 ? scalar(at: i, in: bytes) : nil
    }

    // MARK: Quoted scalars

    /// A quoted scalar starting at `offset` (its quote). Returns the text
    /// and the offset just after the closing quote on line `li`, which is
    /// left at the closing quote's line.
    mutating func parseQuoted(line: Int, offset: Int, parent: Int, singleLine: Bool) throws(Diagnostic) -> (String, Int) {
        let quote = bytes[offset]
        let double = quote == 0x22
        var out: [UInt8] = []
        // Whitespace produced by an escape is content, never trimmed at a line end.
        var protected = 0
        var l = line
        var i = offset + 1
        while true {
            let end = lineEnd[l]
            // Text up to the end of this line or the closing quote.
            var closed = false
            var escapedBreak = false
            while i < end {
                let b = bytes[i]
                if !double && b == 0x27 {
                    if i + 1 < end && bytes[i + 1] == 0x27 { out.append(0x27); i += 2; continue }
                    closed = true
                    break
                }
                if double && b == 0x22 { closed = true; break }
                if double && b == 0x5C {
                    if i + 1 == end { escapedBreak = true; i += 1; break }
                    i = try parseEscape(l, i, into: &out)
                    protected = out.count
                    continue
                }
                out.append(b)
                i += 1
            }
            if closed {
                li = l
                return (String(decoding: out, as: UTF8.self), i + 1)
            }
            if singleLine || l + 1 >= lineCount {
                throw .error(
                    .unterminatedQuote, "引号没有结束", at: location(line, offset),
                    hint: "在值的末尾补上\(double ? "\u{201C}\"\u{201D}" : "\u{201C}'\u{201D}")，引号要用半角")
            }
            // A line break inside quotes folds: trailing spaces go, one break
            // becomes a space, n + 1 breaks become n newlines.
            if !escapedBreak {
                while out.count > protected, let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
            }
            var breaks = 0
            l += 1
            while l < lineCount && isBlank(l) { breaks += 1; l += 1 }
            guard l < lineCount else {
                throw .error(.unterminatedQuote, "引号没有结束", at: location(line, offset), hint: "在值的末尾补上引号")
            }
            if isAnyDocumentMarker(l) {
                throw .error(.unterminatedQuote, "引号没有结束", at: location(line, offset), hint: "在值的末尾补上引号")
            }
            let ind = indent(l)
            let start = skipSpace(l, lineStart[l])
            if ind <= parent && start < lineEnd[l] {
                if bytes[lineStart[l] + ind] == 0x09 { throw .tabIndent(at: location(l, lineStart[l] + ind)) }
                // Back at the key's indentation: far more often a quote left open than a bad indent.
                throw .error(
                    .unterminatedQuote, "引号没有结束", at: location(line, offset),
                    hint: "在值的末尾补上\(double ? "\u{201C}\"\u{201D}" : "\u{201C}'\u{201D}")，引号要用半角")
            }
            if escapedBreak {
                if breaks > 0 { out.append(contentsOf: [UInt8](repeating: 0x0A, count: breaks)) }
            } else if breaks > 0 {
                out.append(contentsOf: [UInt8](repeating: 0x0A, count: breaks))
            } else {
                out.append(0x20)
            }
            i = start
        }
    }

    /// One escape sequence at `i` (the backslash); returns the offset after it.
    func parseEscape(_ l: Int, _ i: Int, into out: inout [UInt8]) throws(Diagnostic) -> Int {
        let c = bytes[i + 1]
        func append(_ s: Unicode.Scalar) { out.append(contentsOf: Array(String(Character(s)).utf8)) }
        switch c {
        case 0x30: out.append(0x00)
        case 0x61: out.append(0x07)
        case 0x62: out.append(0x08)
        case 0x74, 0x09: out.append(0x09)
        case 0x6E: out.append(0x0A)
        case 0x76: out.append(0x0B)
        case 0x66: out.append(0x0C)
        case 0x72: out.append(0x0D)
        case 0x65: out.append(0x1B)
        case 0x20: out.append(0x20)
        case 0x22: out.append(0x22)
        case 0x2F: out.append(0x2F)
        case 0x5C: out.append(0x5C)
        case 0x4E: append("\u{85}")
        case 0x5F: append("\u{A0}")
        case 0x4C: append("\u{2028}")
        case 0x50: append("\u{2029}")
        case 0x78, 0x75, 0x55:
            let digits = c == 0x78 ? 2 : (c == 0x75 ? 4 : 8)
            var value: UInt32 = 0
            var j = i + 2
            while j < i + 2 + digits {
                guard j < lineEnd[l], let d = hexValue(bytes[j]) else {
                    throw .error(
                        .badEscape, "转义“\\\(Character(Unicode.Scalar(c)))”后面应有\(digits)位十六进制数字", at: location(l, i),
                        hint: "如果反斜杠是文字，请写成“\\\\”，或改用单引号")
                }
                value = value << 4 | d
                j += 1
            }
            guard let s = Unicode.Scalar(value) else {
                throw .error(.badEscape, "“\(string(i, j))”不是有效的字符", at: location(l, i))
            }
            append(s)
            return j
        default:
            let shown = String(decoding: bytes[i..<min(i + 2, lineEnd[l])], as: UTF8.self)
            throw .error(
                .badEscape, "无法识别的转义“\(shown)”", at: location(l, i),
                hint: "双引号中的反斜杠要写成“\\\\”；或改用单引号，单引号中反斜杠就是反斜杠")
        }
        return i + 2
    }

    func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x41...0x46: UInt32(b - 0x41 + 10)
        case 0x61...0x66: UInt32(b - 0x61 + 10)
        default: nil
        }
    }
}
