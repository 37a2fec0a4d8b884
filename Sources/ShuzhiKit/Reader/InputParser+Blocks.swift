extension InputParser {
    // MARK: Stream

    mutating func parseStream() throws(Diagnostic) -> Node {
        skipBlankAndComments()
        guard li < lineCount else { return Node(.null, at: SourceLocation(line: 1, column: 1)) }
        if bytes[lineStart[li]] == 0x25 {  // %
            throw .unsupported(.unsupportedDirective, "不支持YAML指令（以“%”开头的行）", at: location(li, lineStart[li]))
        }
        var root: Node
        if isDocumentMarker(li, 0x2D) {
            let after = skipSpace(li, lineStart[li] + 3)
            if restIsBlank(li, after) {
                let at = location(li, lineStart[li] + 3)
                li += 1
                root = try parseBlockNode(parent: -1, sequenceAtSameIndent: false, depth: 0, nullAt: at)
            } else {
                root = try parseNodeAt(line: li, offset: after, indent: -1, parent: -1, depth: 0, inlineAfterMarker: true)
            }
        } else {
            root = try parseBlockNode(parent: -1, sequenceAtSameIndent: false, depth: 0, nullAt: location(li, lineStart[li]))
        }
        skipBlankAndComments()
        if li < lineCount && isDocumentMarker(li, 0x2E) {
            li += 1
            skipBlankAndComments()
        }
        if li < lineCount {
            if isDocumentMarker(li, 0x2D) {
                throw .unsupported(.multipleDocuments, "一个文件只能有一个文档（“---”只能出现在开头）", at: location(li, lineStart[li]))
            }
            try checkNoTabIndent(li)
            let at = location(li, lineStart[li] + indent(li))
            if case .sequence = root.kind {
                throw .syntax("列表结束后不能再有其他内容", at: at, hint: "列表中的每一项都要以“- ”开头")
            }
            throw .syntax("这一行放错了位置", at: at, hint: "检查缩进：同一层的键要对齐，下一层要多缩进")
        }
        return root
    }

    // MARK: Block nodes

    /// The node that starts on the next non-blank line when it is indented
    /// more than `parent` (or, for a mapping value, a sequence at the same
    /// indentation); otherwise an empty value located at `nullAt`.
    mutating func parseBlockNode(parent: Int, sequenceAtSameIndent: Bool, depth: Int, nullAt: SourceLocation) throws(Diagnostic) -> Node {
        skipBlankAndComments()
        guard li < lineCount, !isAnyDocumentMarker(li) else { return Node(.null, at: nullAt) }
        try checkNoTabIndent(li)
        let ind = indent(li)
        let start = lineStart[li] + ind
        if ind > parent || (sequenceAtSameIndent && ind == parent && isDash(li, start)) {
            return try parseNodeAt(line: li, offset: start, indent: ind, parent: parent, depth: depth, inlineAfterMarker: false)
        }
        return Node(.null, at: nullAt)
    }

    /// The node whose first character is at `offset` on line `line`, at
    /// indentation `indent` (its column, for collections), inside a block
    /// indented `parent`.
    mutating func parseNodeAt(line: Int, offset: Int, indent: Int, parent: Int, depth: Int, inlineAfterMarker: Bool) throws(Diagnostic) -> Node {
        if depth > InputReader.maxDepth {
            throw .error(
                .nestingTooDeep, "嵌套超过\(InputReader.maxDepth)层", at: location(line, offset),
                hint: "输入文件通常只有五六层；请检查缩进是否越来越多")
        }
        li = line
        let b = bytes[offset]
        if !inlineAfterMarker {
            if isDash(line, offset) {
                return try parseSequence(indent: indent, depth: depth + 1)
            }
            if try keyColon(line, offset) != nil {
                return try parseMapping(indent: indent, depth: depth + 1)
            }
            if b == 0x3F && (offset + 1 == lineEnd[line] || isSpace(byte(offset + 1))) {  // ?
                throw .unsupported(.unsupportedComplexKey, "不支持复杂键（以“? ”开头）", at: location(line, offset))
            }
            try diagnoseListMarkTypo(line, offset)
            try diagnoseKeyTypo(line, offset, indent: indent)
        }
        return try parseScalarValue(line: line, offset: offset, parent: parent, isValue: false)
    }

    /// A line that starts like a list item typed with the wrong mark
    /// (－ 整合资源, — 整合资源, • 整合资源): read as text, the whole list would
    /// become one paragraph, so it is an error with the fix.
    func diagnoseListMarkTypo(_ line: Int, _ offset: Int) throws(Diagnostic) {
        guard let mark = InputParser.scalar(at: offset, in: bytes), Self.listMarkTypos.contains(mark) else { return }
        let after = offset + UTF8.width(mark)
        // The mark, then a space, or a dash typed twice (——).
        guard after < lineEnd[line], isSpace(bytes[after]) || InputParser.scalar(at: after, in: bytes) == mark else { return }
        throw .error(
            .fullwidthDash, "这一行以“\(Character(mark))”开头，不是列表项", at: location(line, offset),
            hint: "列表的每一项要以半角减号加空格“- ”开头；全角“－”、破折号或圆点会让整个列表变成一段文字")
    }

    /// Marks that are typed for a list's dash: the full-width hyphen-minus,
    /// em and en dashes, the minus sign, bullets and middle dots.
    static let listMarkTypos: Set<Unicode.Scalar> = ["－", "—", "–", "−", "•", "·", "・", "●", "○", "■", "□"]

    /// A line that is not a key but looks like one typed wrongly: report the
    /// typo when the following line at the same indentation is a key, so
    /// that a sentence with a colon in it is never mistaken for one.
    func diagnoseKeyTypo(_ line: Int, _ offset: Int, indent: Int) throws(Diagnostic) {
        var next = line + 1
        while next < lineCount && isBlankOrComment(next) { next += 1 }
        let nextIsKey = next < lineCount && self.indent(next) == indent
            && ((try? keyColon(next, lineStart[next] + indent)) ?? nil) != nil
        let nextIsDash = next < lineCount && self.indent(next) == indent && isDash(next, lineStart[next] + indent)
        if nextIsKey { try diagnoseNotAKey(line, offset) }
        if nextIsDash && bytes[offset] == 0x2D {
            throw .missingSpace("“-”后面缺少空格", at: location(line, offset + 1), hint: "列表项写成“- 内容”，短横后加一个空格")
        }
    }

    /// Explains why the line at `offset` is not a `key: value` line.
    func diagnoseNotAKey(_ line: Int, _ offset: Int) throws(Diagnostic) {
        let end = lineEnd[line]
        var i = offset
        var chars = 0
        while i < end {
            let b = bytes[i]
            if b == 0xEF && i + 2 < end && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x9A && chars <= 20 {  // ：
                throw .error(
                    .fullwidthColon, "键后用了全角冒号“：”", at: location(line, i),
                    hint: "请改为半角冒号加空格，如“单位: 青石镇”")
            }
            if b == 0x3A && i + 1 < end && !isSpace(bytes[i + 1]) && chars <= 20 {
                throw .missingSpace("冒号后面缺少空格", at: location(line, i + 1), hint: "写成“键: 值”，冒号后加一个空格")
            }
            if b == 0x20 || b == 0x09 { break }
            if b < 0x80 || b >= 0xC0 { chars += 1 }
            i += 1
        }
        throw .syntax("这一行缺少“键: ”", at: location(line, offset), hint: "每一行写成“键: 值”；如果这是上一行的续行，要比键多缩进")
    }

    // MARK: Mappings

    /// The end of a key at `offset` on line `line` and the offset of its
    /// colon, when the line is `key: …` or `key:`; `nil` otherwise.
    func keyColon(_ line: Int, _ offset: Int) throws(Diagnostic) -> (keyEnd: Int, colon: Int)? {
        let end = lineEnd[line]
        var i = offset
        let first = bytes[offset]
        if first == 0x22 || first == 0x27 {
            // A quoted key: find its end on this line.
            i += 1
            while i < end {
                if first == 0x27 && bytes[i] == 0x27 {
                    if i + 1 < end && bytes[i + 1] == 0x27 { i += 2; continue }
                    break
                }
                if first == 0x22 && bytes[i] == 0x5C { i += 2; continue }
                if first == 0x22 && bytes[i] == 0x22 { break }
                i += 1
            }
            guard i < end else { return nil }
            let keyEnd = i + 1
            let j = skipSpace(line, keyEnd)
            if j < end && bytes[j] == 0x3A && (j + 1 == end || isSpace(bytes[j + 1])) { return (keyEnd, j) }
            return nil
        }
        while i < end {
            let b = bytes[i]
            if b == 0x3A && (i + 1 == end || isSpace(bytes[i + 1])) {
                var keyEnd = i
                while keyEnd > offset && isSpace(bytes[keyEnd - 1]) { keyEnd -= 1 }
                return (keyEnd, i)
            }
            if b == 0x23 && i > offset && isSpace(bytes[i - 1]) { return nil }  // comment
            i += 1
        }
        return nil
    }

    mutating func parseMapping(indent: Int, depth: Int) throws(Diagnostic) -> Node {
        var entries: [Node.Entry] = []
        var seen: [String: SourceLocation] = [:]
        let start = location(li, lineStart[li] + indent)
        // The first key may follow a `- ` on the same line, so start at the
        // current line's `indent` column rather than its own indentation.
        var offset = lineStart[li] + indent
        while true {
            let line = li
            guard let (keyEnd, colon) = try keyColon(line, offset) else {
                try diagnoseNotAKey(line, offset)
                throw .syntax("这一行缺少“键: ”", at: location(line, offset))
            }
            let keyLocation = location(line, offset)
            let key = try parseKey(line, offset, keyEnd)
            if let first = seen[key] {
                throw .error(
                    .duplicateKey, "键“\(key)”重复", at: keyLocation,
                    hint: "删去其中一个，或把两处的内容合并",
                    notes: [.init("第一次出现在这里", at: first)])
            }
            seen[key] = keyLocation
            let after = skipSpace(line, colon + 1)
            let value: Node
            if restIsBlank(line, after) {
                let nullAt = location(line, colon + 1)
                li = line + 1
                value = try parseBlockNode(parent: indent, sequenceAtSameIndent: true, depth: depth, nullAt: nullAt)
            } else {
                if after > colon + 1 && bytes[colon + 1] == 0x09 && isDash(line, after) {
                    throw .tabIndent(at: location(line, colon + 1))
                }
                if isDash(line, after) {
                    throw .syntax(
                        "列表不能写在键的同一行", at: location(line, after),
                        hint: "把“- ”开头的各项写在下面几行，并比键多缩进")
                }
                value = try parseScalarValue(line: line, offset: after, parent: indent, isValue: true)
            }
            entries.append(Node.Entry(key: key, keyLocation: keyLocation, value: value))
            skipBlankAndComments()
            guard li < lineCount, !isAnyDocumentMarker(li) else { break }
            try checkNoTabIndent(li)
            let ind = self.indent(li)
            if ind < indent { break }
            let here = lineStart[li] + ind
            if ind > indent {
                throw .badIndent("缩进不一致：这一行没有与同一层的键对齐", at: location(li, here))
            }
            if isDash(li, here) {
                throw .syntax("这里不能出现列表项", at: location(li, here), hint: "列表项要写在某个键下面，并比键多缩进")
            }
            offset = here
        }
        return Node(.mapping(entries), at: start)
    }

    /// A key's text: plain (trimmed) or quoted (unescaped).
    func parseKey(_ line: Int, _ offset: Int, _ keyEnd: Int) throws(Diagnostic) -> String {
        let first = bytes[offset]
        if first == 0x22 || first == 0x27 {
            var copy = self
            copy.li = line
            let (text, _) = try copy.parseQuoted(line: line, offset: offset, parent: -1, singleLine: true)
            return text
        }
        try rejectIndicator(line, offset, asKey: true)
        return string(offset, keyEnd)
    }

    // MARK: Sequences

    mutating func parseSequence(indent: Int, depth: Int) throws(Diagnostic) -> Node {
        var items: [Node] = []
        let start = location(li, lineStart[li] + indent)
        while true {
            let line = li
            let dash = lineStart[line] + indent
            let after = skipSpace(line, dash + 1)
            if restIsBlank(line, after) {
                let nullAt = location(line, dash + 1)
                li = line + 1
                items.append(try parseBlockNode(parent: indent, sequenceAtSameIndent: false, depth: depth, nullAt: nullAt))
            } else {
                let column = InputParser.columns(bytes, from: lineStart[line], to: after)
                var hasTab = false
                for i in (dash + 1)..<after where bytes[i] == 0x09 { hasTab = true }
                let colon = try keyColon(line, after)
                let startsCollection = isDash(line, after) || colon != nil
                if hasTab && startsCollection {
                    throw .tabIndent(at: location(line, dash + 1))
                }
                items.append(try parseNodeAt(line: line, offset: after, indent: column, parent: indent, depth: depth, inlineAfterMarker: false))
            }
            skipBlankAndComments()
            guard li < lineCount, !isAnyDocumentMarker(li) else { break }
            try checkNoTabIndent(li)
            let ind = self.indent(li)
            if ind < indent { break }
            let here = lineStart[li] + ind
            if ind > indent {
                throw .badIndent("缩进不一致：这一行比上面的列表项多缩进了", at: location(li, here))
            }
            guard isDash(li, here) else { break }
        }
        return Node(.sequence(items), at: start)
    }
}
