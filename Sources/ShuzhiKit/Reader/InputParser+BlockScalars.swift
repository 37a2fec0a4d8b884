extension InputParser {
    /// A `|` or `>` block scalar whose header is at `offset` on `line`,
    /// in a block indented `parent`. Leaves `li` on the first line after it.
    mutating func parseBlockScalar(line: Int, offset: Int, parent: Int) throws(Diagnostic) -> (String, Node.ScalarStyle) {
        let literal = bytes[offset] == 0x7C
        var chomp: UInt8 = 0  // 0 clip, '-' strip, '+' keep
        var explicit: Int?
        var i = offset + 1
        let end = lineEnd[line]
        while i < end && !isSpace(bytes[i]) {
            let b = bytes[i]
            if (b == 0x2D || b == 0x2B) && chomp == 0 {
                chomp = b
            } else if b >= 0x31 && b <= 0x39 && explicit == nil {
                explicit = Int(b - 0x30)
            } else {
                throw .syntax(
                    "块标记“\(literal ? "|" : ">")”后面只能有“-”“+”或一位数字", at: location(line, i),
                    hint: b == 0x23 ? "注释的“#”前要有空格" : "把内容写在下一行，并比键多缩进")
            }
            i += 1
        }
        if !restIsBlank(line, i) {
            throw .syntax(
                "块标记“\(literal ? "|" : ">")”后面不能再写内容", at: location(line, skipSpace(line, i)),
                hint: "把内容写在下一行，并比键多缩进")
        }
        let base = max(parent, 0) == parent ? parent : -1
        var contentIndent: Int
        var l = line + 1
        if let explicit {
            contentIndent = max(base, 0) + explicit
            if base < 0 { contentIndent = explicit - 1 + 1 }
        } else {
            // The first non-empty line sets the indentation; leading empty
            // lines may not be more indented than it.
            var maxLeading = 0
            var maxLeadingLine = -1
            var k = l
            contentIndent = -1
            while k < lineCount {
                if isAnyDocumentMarker(k) { break }
                let ind = indent(k)
                if ind == lineEnd[k] - lineStart[k] {
                    if ind > maxLeading { maxLeading = ind; maxLeadingLine = k }
                    k += 1
                    continue
                }
                contentIndent = ind
                break
            }
            if contentIndent < 0 || contentIndent <= parent {
                contentIndent = max(parent + 1, maxLeading)
                if contentIndent < 0 { contentIndent = 0 }
                // No content line: everything up to the next less-indented line is empty.
            } else if maxLeading > contentIndent {
                throw .badIndent("块中开头的空行比第一行内容缩进得多", at: location(maxLeadingLine, lineStart[maxLeadingLine]))
            }
            if contentIndent <= parent { contentIndent = parent + 1 }
        }
        // Collect content lines.
        var lines: [ArraySlice<UInt8>] = []
        while l < lineCount {
            if isAnyDocumentMarker(l) { break }
            let ind = indent(l)
            let width = lineEnd[l] - lineStart[l]
            if ind == width {
                // Only spaces: an empty line, or content made of the spaces past the indentation.
                lines.append(ind > contentIndent ? bytes[(lineStart[l] + contentIndent)..<lineEnd[l]] : [])
                l += 1
                continue
            }
            if ind < contentIndent {
                // A tab where the indentation should be is never an empty line.
                if bytes[lineStart[l] + ind] == 0x09 && isBlank(l) {
                    throw .tabIndent(at: location(l, lineStart[l] + ind))
                }
                break
            }
            lines.append(bytes[(lineStart[l] + contentIndent)..<lineEnd[l]])
            l += 1
        }
        li = l
        // Trailing empty lines are the chomping's business.
        var last = lines.count
        while last > 0 && lines[last - 1].isEmpty { last -= 1 }
        let trailing = lines.count - last
        let body = lines[..<last]
        var out: [UInt8] = []
        // Exactly what a literal block needs (a folded one needs no more):
        // growing a many-megabyte block by doubling would hold two copies.
        out.reserveCapacity(body.reduce(0) { $0 + $1.count } + body.count + trailing + 1)
        if literal {
            for (n, content) in body.enumerated() {
                if n > 0 { out.append(0x0A) }
                out.append(contentsOf: content)
            }
        } else {
            out = InputParser.fold(body)
        }
        switch chomp {
        case 0x2D:
            break
        case 0x2B:
            if !body.isEmpty { out.append(0x0A) }
            out.append(contentsOf: [UInt8](repeating: 0x0A, count: trailing))
        default:
            if !body.isEmpty { out.append(0x0A) }
        }
        return (String(decoding: out, as: UTF8.self), literal ? .literal : .folded)
    }

    /// Folds the lines of a `>` scalar (without the final break): a single
    /// break between two text lines becomes a space — or nothing between
    /// two CJK characters — empty lines become newlines, and lines that
    /// start with whitespace ("more indented") keep their breaks.
    static func fold(_ lines: ArraySlice<ArraySlice<UInt8>>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.count } + lines.count + 1)
        var started = false
        var empties = 0
        var previousMoreIndented = false
        for content in lines {
            if content.isEmpty {
                empties += 1
                continue
            }
            let moreIndented = content.first == 0x20 || content.first == 0x09
            if !started {
                out.append(contentsOf: [UInt8](repeating: 0x0A, count: empties))
            } else if moreIndented || previousMoreIndented {
                out.append(contentsOf: [UInt8](repeating: 0x0A, count: empties + 1))
            } else if empties > 0 {
                out.append(contentsOf: [UInt8](repeating: 0x0A, count: empties))
            } else if !foldsToNothing(out, Array(content), 0) {
                out.append(0x20)
            }
            out.append(contentsOf: content)
            started = true
            empties = 0
            previousMoreIndented = moreIndented
        }
        if !started { out.append(contentsOf: [UInt8](repeating: 0x0A, count: empties)) }
        return out
    }
}
