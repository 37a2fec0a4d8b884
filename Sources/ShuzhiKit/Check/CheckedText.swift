/// One paragraph to check: its text and where it starts.
///
/// `line` and `column` are 1-based and locate the paragraph's first
/// character; columns count `Character`s. The characters are split once
/// here so that every inline check indexes the same array.
struct CheckedText: Sendable {
    /// The paragraph's text (normally one line, without its line break).
    var text: String { didSet { chars = Array(text); isSingleLine = !text.contains(where: \.isNewline) } }
    /// 1-based line of the first character.
    var line: Int
    /// 1-based column of the first character, in `Character`s.
    var column: Int
    /// Whether spaces between Chinese characters are intended (a name or
    /// signature line); `nil` lets `StraySpaceCheck` decide from the text.
    var allowSpaces: Bool?
    /// `text` as Characters, for O(1) indexing.
    private(set) var chars: [Character]
    /// Whether `text` holds no line break, so a column is one addition away.
    private var isSingleLine: Bool

    init(text: String, line: Int, column: Int = 1, allowSpaces: Bool? = nil) {
        self.text = text
        self.line = line
        self.column = column
        self.allowSpaces = allowSpaces
        self.chars = Array(text)
        self.isSingleLine = !text.contains(where: \.isNewline)
    }

    /// The location of `chars[index]`. Paragraphs are single lines in
    /// practice; a line break inside one still moves to the next line.
    func location(_ index: Int) -> SourceLocation {
        if isSingleLine { return SourceLocation(line: line, column: column + index) }
        var line = self.line, column = self.column
        for c in chars[..<min(index, chars.count)] {
            if c.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(line: line, column: column + max(0, index - chars.count))
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
