/// Reads input files: a strict subset of YAML (see DESIGN.md) in which
/// every scalar is a string.
///
/// Supported: block mappings and sequences, plain, single- and
/// double-quoted scalars, `|` and `>` block scalars, comments, a leading
/// `---` and trailing `...`. Anchors, aliases, tags, flow collections,
/// complex keys, directives and a second document are each a located
/// error, never a guess.
public enum InputReader {
    /// How deep mappings and sequences may nest. Real inputs nest five or
    /// six levels; the bound keeps recursion far from the stack's limit.
    public static let maxDepth = 500

    /// Reads an input file's text. The root is a mapping, a sequence, a
    /// scalar, or `.null` for an empty document.
    ///
    /// - Throws: the first structural error as a `Diagnostic` located at a
    ///   1-based line and column (in `Character`s).
    public static func read(_ text: String) throws(Diagnostic) -> Node {
        if let node = compiled(text) { return node }
        return try parse(text)
    }

    /// The tree of a file in Templates/ whose text is exactly `text`,
    /// parsed when the program was built; `nil` for any other text.
    static func compiled(_ text: String) -> Node? {
        compiledFiles.first { $0.text.hasSameUTF8(as: text) }?.node
    }

    /// Parses `text`, without looking among the compiled files.
    static func parse(_ text: String) throws(Diagnostic) -> Node {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = InputParser(bytes: bytes)
        return try parser.parseStream()
    }

    /// Decodes UTF-8 bytes (see `SourceText.decode`) and reads them.
    public static func read(bytes: [UInt8]) throws(Diagnostic) -> Node {
        try read(try SourceText.decode(bytes))
    }
}

/// The parser behind `InputReader`: a line-oriented recursive descent over
/// UTF-8 bytes. Structure is found from ASCII bytes only, so multi-byte
/// text never confuses it; columns are computed when a location is needed.
struct InputParser {
    let bytes: [UInt8]
    /// Byte offset where each line starts.
    var lineStart: [Int] = []
    /// Byte offset where each line's content ends (before `\r\n` or `\n`).
    var lineEnd: [Int] = []
    /// The current line.
    var li = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var start = 0
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] == 0x0A {
                lineStart.append(start)
                lineEnd.append(i > start && bytes[i - 1] == 0x0D ? i - 1 : i)
                start = i + 1
            }
            i += 1
        }
        if start < n {
            lineStart.append(start)
            lineEnd.append(bytes[n - 1] == 0x0D ? n - 1 : n)
        }
    }

    var lineCount: Int { lineStart.count }

    // MARK: Positions

    /// The location of byte `offset` on line `line` (0-based line index).
    func location(_ line: Int, _ offset: Int) -> SourceLocation {
        guard line < lineCount else {
            return SourceLocation(line: max(line, 1), column: 1)
        }
        return SourceLocation(line: line + 1, column: InputParser.columns(bytes, from: lineStart[line], to: offset) + 1)
    }

    /// The number of user-perceived characters in `bytes[from..<to]`:
    /// scalars, except combining marks, variation selectors and the scalar
    /// after a zero-width joiner, which extend the previous character.
    static func columns(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        var afterJoiner = false
        while i < to {
            let b = bytes[i]
            var scalar: UInt32
            var len: Int
            if b < 0x80 { scalar = UInt32(b); len = 1 }
            else if b < 0xE0 { scalar = UInt32(b & 0x1F); len = 2 }
            else if b < 0xF0 { scalar = UInt32(b & 0x0F); len = 3 }
            else { scalar = UInt32(b & 0x07); len = 4 }
            if len > 1 {
                for k in 1..<len where i + k < bytes.count { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            }
            let extends = (0x0300...0x036F).contains(scalar) || (0x1AB0...0x1AFF).contains(scalar)
                || (0x20D0...0x20FF).contains(scalar) || (0xFE00...0xFE0F).contains(scalar)
                || (0xFE20...0xFE2F).contains(scalar) || scalar == 0x200D || (0xE0100...0xE01EF).contains(scalar)
            if !extends && !afterJoiner { count += 1 }
            afterJoiner = scalar == 0x200D
            i += len
        }
        return count
    }

    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to], as: UTF8.self)
    }

    func byte(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    // MARK: Lines

    /// Leading spaces of line `l`.
    func indent(_ l: Int) -> Int {
        var i = lineStart[l]
        let end = lineEnd[l]
        while i < end && bytes[i] == 0x20 { i += 1 }
        return i - lineStart[l]
    }

    /// Whether line `l` is empty, only whitespace, or a comment.
    func isBlankOrComment(_ l: Int) -> Bool {
        var i = lineStart[l]
        let end = lineEnd[l]
        while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        return i == end || bytes[i] == 0x23
    }

    /// Whether line `l` is empty or only whitespace.
    func isBlank(_ l: Int) -> Bool {
        var i = lineStart[l]
        let end = lineEnd[l]
        while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        return i == end
    }

    /// Whether line `l` starts with a document marker (`---` or `...`)
    /// followed by whitespace or the end of the line.
    func isDocumentMarker(_ l: Int, _ c: UInt8) -> Bool {
        let s = lineStart[l]
        guard lineEnd[l] - s >= 3, bytes[s] == c, bytes[s + 1] == c, bytes[s + 2] == c else { return false }
        return s + 3 == lineEnd[l] || bytes[s + 3] == 0x20 || bytes[s + 3] == 0x09
    }

    func isAnyDocumentMarker(_ l: Int) -> Bool {
        isDocumentMarker(l, 0x2D) || isDocumentMarker(l, 0x2E)
    }

    mutating func skipBlankAndComments() {
        while li < lineCount && isBlankOrComment(li) { li += 1 }
    }

    /// Reports a tab in the indentation of line `l`, a frequent slip when
    /// an editor inserts tabs, and full-width spaces (　) pasted from Word
    /// where the indentation is.
    func checkNoTabIndent(_ l: Int) throws(Diagnostic) {
        var i = lineStart[l]
        let end = lineEnd[l]
        var k = lineStart[l] + indent(l)
        if k + 2 < end && bytes[k] == 0xE3 && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x80 {
            let at = location(l, k)
            while k + 2 < end && bytes[k] == 0xE3 && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x80 { k += 3 }
            if k < end && (isDash(l, k) || ((try? keyColon(l, k)) ?? nil) != nil) {
                throw .error(
                    .fullwidthIndent, "缩进中有全角空格“　”", at: at,
                    hint: "缩进只能用半角空格；从Word复制时常带进全角空格，请删去后重新缩进")
            }
        }
        while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) {
            if bytes[i] == 0x09 {
                var j = i
                while j < end && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
                if j < end && bytes[j] != 0x23 {
                    throw .tabIndent(at: location(l, i))
                }
                return
            }
            i += 1
        }
    }

    /// The offset after spaces and tabs from `i` on line `l`.
    func skipSpace(_ l: Int, _ i: Int) -> Int {
        var i = i
        while i < lineEnd[l] && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        return i
    }

    /// Whether only whitespace or a comment (after whitespace) remains on
    /// line `l` from `i`.
    func restIsBlank(_ l: Int, _ i: Int) -> Bool {
        let j = skipSpace(l, i)
        return j == lineEnd[l] || (bytes[j] == 0x23 && (j == i ? (j == lineStart[l] || isSpace(byte(j - 1))) : true))
    }

    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    /// Whether `-` at offset `i` of line `l` starts a sequence entry.
    func isDash(_ l: Int, _ i: Int) -> Bool {
        i < lineEnd[l] && bytes[i] == 0x2D && (i + 1 == lineEnd[l] || isSpace(bytes[i + 1]))
    }
}
