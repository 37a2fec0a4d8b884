/// One paragraph to check: its text and where it starts.
///
/// `line` and `column` are 1-based and locate the paragraph's first
/// character; columns count `Character`s. The characters are split once
/// here so that every inline check indexes the same array.
struct CheckedText: Sendable {
    /// The paragraph's text (normally one line, without its line break).
    var text: String { didSet { (chars, lineStarts) = Self.split(text) } }
    /// 1-based line of the first character.
    var line: Int
    /// 1-based column of the first character, in `Character`s.
    var column: Int
    /// Whether spaces between Chinese characters are intended (a name or
    /// signature line); `nil` lets `StraySpaceCheck` decide from the text.
    var allowSpaces: Bool?
    /// `text` as Characters, for O(1) indexing.
    private(set) var chars: [Character]
    /// The index in `chars` just after each line break: empty for a
    /// single line, so a column is one addition away, and a binary search
    /// away otherwise (a block scalar can hold thousands of findings).
    private var lineStarts: [Int]
    /// The words the checks know (legitimate reduplication, name lines).
    var lexicon: ReportLexicon

    init(text: String, line: Int, column: Int = 1, allowSpaces: Bool? = nil, lexicon: ReportLexicon = .builtin) {
        self.lexicon = lexicon
        self.text = text
        self.line = line
        self.column = column
        self.allowSpaces = allowSpaces
        (chars, lineStarts) = Self.split(text)
    }

    private static func split(_ text: String) -> ([Character], [Int]) {
        let chars = Array(text)
        var starts: [Int] = []
        for (i, c) in chars.enumerated() where c.isNewline { starts.append(i + 1) }
        return (chars, starts)
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
        String(chars[max(0, start)..<min(end, chars.count)])
    }
}

/// Classification of characters shared by the inline checks.
enum CheckChars {
    /// A Han ideograph (the unified blocks, extension A and beyond, compatibility).
    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        switch v {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// A Han ideograph or a full-width mark: what counts as “Chinese” next to half-width punctuation.
    static func isChinese(_ c: Character) -> Bool { CJK.contains(c) && c != "\u{3000}" }

    /// A full-width punctuation mark (CJK symbols, full-width forms, curly quotes, dashes, ellipsis).
    static func isFullWidthPunctuation(_ c: Character) -> Bool {
        guard CJK.contains(c), !isHan(c), c != "\u{3000}" else { return false }
        return !(c.isLetter || c.isNumber)
    }

    /// An ASCII letter or digit.
    static func isASCIIAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    /// A space that can separate words: ASCII space, tab, no-break space, ideographic space.
    static func isSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{3000}"
    }
}
