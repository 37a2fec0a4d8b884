/// One paragraph to check: its text and where it starts.
///
/// `line` and `column` are 1-based and locate the paragraph's first
/// character; columns count `Character`s. The characters are split once
/// here, as `Glyph`s, so that every inline check indexes the same array
/// and compares numbers.
struct CheckedText: Sendable {
    /// The paragraph's text (normally one line, without its line break).
    let text: String
    /// 1-based line of the first character.
    var line: Int
    /// 1-based column of the first character, in `Character`s.
    var column: Int
    /// Whether spaces between Chinese characters are intended (a name or
    /// signature line); `nil` lets `StraySpaceCheck` decide from the text.
    var allowSpaces: Bool?
    /// `text`, one glyph per Character, for O(1) indexing.
    let chars: [Glyph]
    /// The Characters of more than one scalar, by index in `chars`.
    private let clusters: [Int: Character]
    /// The index in `chars` just after each line break: empty for a
    /// single line, so a column is one addition away, and a binary search
    /// away otherwise (a block scalar can hold thousands of findings).
    private let lineStarts: [Int]
    /// The words the checks know (legitimate reduplication, name lines).
    var lexicon: ReportLexicon

    init(text: String, line: Int, column: Int = 1, allowSpaces: Bool? = nil, lexicon: ReportLexicon = .builtin) {
        self.lexicon = lexicon
        self.text = text
        self.line = line
        self.column = column
        self.allowSpaces = allowSpaces
        // The scalars are at least as many as the Characters, and as many in
        // nearly every text: reserving them exactly keeps a long paragraph
        // at four bytes a character, without the slack of growing.
        var scalarCount = 0
        let standAlone = text.unicodeScalars.allSatisfy {
            scalarCount += 1
            return ScalarText.standsAlone($0)
        }
        var chars: [Glyph] = []
        chars.reserveCapacity(scalarCount)
        var clusters: [Int: Character] = [:]
        var clusterIDs: [Character: UInt32] = [:]
        var lineStarts: [Int] = []
        // Nearly every text is made of scalars that are Characters on their
        // own (see `ScalarText`): then the glyphs come straight from the
        // scalars, without finding Character boundaries.
        if standAlone {
            for s in text.unicodeScalars {
                chars.append(Glyph(s))
                if s.isLineBreak { lineStarts.append(chars.count) }
            }
            self.chars = chars
            self.clusters = clusters
            self.lineStarts = lineStarts
            return
        }
        for ch in text {
            let scalars = ch.unicodeScalars
            let first = scalars.first!
            var cluster: UInt32 = 0
            if scalars.index(after: scalars.startIndex) != scalars.endIndex {
                clusters[chars.count] = ch
                if let id = clusterIDs[ch] {
                    cluster = id
                } else {
                    cluster = UInt32(clusterIDs.count + 1)
                    clusterIDs[ch] = cluster
                }
            }
            let g = Glyph(first, cluster: cluster)
            chars.append(g)
            if g.isNewline { lineStarts.append(chars.count) }
        }
        self.chars = chars
        self.clusters = clusters
        self.lineStarts = lineStarts
    }

    /// The location of `chars[index]`. Paragraphs are single lines in
    /// practice; a line break inside one still moves to the next line,
    /// where columns start again at 1.
    func location(_ index: Int) -> SourceLocation {
        // The number of line breaks before `index`.
        var lo = 0, hi = lineStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineStarts[mid] <= index { lo = mid + 1 } else { hi = mid }
        }
        if lo == 0 { return SourceLocation(line: line, column: column + index) }
        return SourceLocation(line: line + lo, column: 1 + index - lineStarts[lo - 1])
    }

    /// The range `[start, end)` of characters.
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(start), end: location(end))
    }

    /// The characters `[start, end)` as a string.
    func slice(_ start: Int, _ end: Int) -> String {
        let range = max(0, start)..<min(end, chars.count)
        if clusters.isEmpty {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: chars[range].lazy.map(\.scalar))
            return String(scalars)
        }
        var s = ""
        for i in range {
            if let cluster = clusters[i] { s.append(cluster) } else { s.unicodeScalars.append(chars[i].scalar) }
        }
        return s
    }

    /// The Character at `index`, for messages.
    func character(_ index: Int) -> Character {
        clusters[index] ?? Character(chars[index].scalar)
    }
}

/// Classification of characters shared by the inline checks.
enum CheckChars {
    /// A Han ideograph (the unified blocks, extension A and beyond, compatibility).
    static func isHan(_ c: Glyph) -> Bool {
        switch c.scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// `isHan` for a Character: judged by its first scalar.
    static func isHan(_ c: Character) -> Bool { isHan(Glyph(c.unicodeScalars.first!)) }

    /// A Han ideograph or a full-width mark: what counts as “Chinese” next to half-width punctuation.
    static func isChinese(_ c: Glyph) -> Bool { CJK.contains(c.scalar) && c != "\u{3000}" }

    /// A full-width punctuation mark (CJK symbols, full-width forms, curly quotes, dashes, ellipsis).
    static func isFullWidthPunctuation(_ c: Glyph) -> Bool {
        guard CJK.contains(c.scalar), !isHan(c), c != "\u{3000}" else { return false }
        return !(c.isLetter || c.isNumber)
    }

    /// An ASCII letter or digit.
    static func isASCIIAlnum(_ c: Glyph) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    /// A space that can separate words: ASCII space, tab, no-break space, ideographic space.
    static func isSpace(_ c: Glyph) -> Bool {
        c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{3000}"
    }
}
