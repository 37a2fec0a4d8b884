/// One paragraph to check: its text and where it starts.
///
/// `line` and `column` are 1-based and locate the paragraph's first
/// character; columns count `Character`s. The text is split into Unicode
/// scalars once here, so that every inline check indexes the same array
/// and compares integers (see `ScalarText`); `location` turns an offset
/// into a column.
struct CheckedText: Sendable {
    /// The paragraph's text (normally one line, without its line break).
    var text: String { didSet { (scalarText, lineStarts) = Self.split(text) } }
    /// 1-based line of the first character.
    var line: Int
    /// 1-based column of the first character, in `Character`s.
    var column: Int
    /// Whether spaces between Chinese characters are intended (a name or
    /// signature line); `nil` lets `StraySpaceCheck` decide from the text.
    var allowSpaces: Bool?
    private var scalarText: ScalarText
    /// The scalar offset just after each line break: empty for a single
    /// line, so a column is one addition away, and a binary search away
    /// otherwise (a block scalar can hold thousands of findings).
    private var lineStarts: [Int]
    /// The words the checks know (legitimate reduplication, name lines).
    var lexicon: ReportLexicon

    /// `text` as scalars, for O(1) indexing.
    var chars: [Unicode.Scalar] { scalarText.scalars }

    init(text: String, line: Int, column: Int = 1, allowSpaces: Bool? = nil, lexicon: ReportLexicon = .builtin) {
        self.lexicon = lexicon
        self.text = text
        self.line = line
        self.column = column
        self.allowSpaces = allowSpaces
        (scalarText, lineStarts) = Self.split(text)
    }

    private static func split(_ text: String) -> (ScalarText, [Int]) {
        let scalarText = ScalarText(text)
        var starts: [Int] = []
        for (i, c) in scalarText.scalars.enumerated() where c.isLineBreak { starts.append(i + 1) }
        return (scalarText, starts)
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
        let character = scalarText.characterOffset(index)
        if lo == 0 { return SourceLocation(line: line, column: column + character) }
        return SourceLocation(line: line + lo, column: 1 + character - scalarText.characterOffset(lineStarts[lo - 1]))
    }

    /// The range `[start, end)` of scalars.
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(start), end: location(end))
    }

    /// The scalars `[start, end)` as a string.
    func slice(_ start: Int, _ end: Int) -> String {
        let c = chars
        return String(scalars: c[max(0, start)..<min(end, c.count)])
    }
}

/// Classification of characters shared by the inline checks.
enum CheckChars {
    /// A Han ideograph or a full-width mark: what counts as “Chinese” next to half-width punctuation.
    static func isChinese(_ c: Unicode.Scalar) -> Bool { CJK.contains(c) && c != "\u{3000}" }

    /// A full-width punctuation mark (CJK symbols, full-width forms, curly quotes, dashes, ellipsis).
    static func isFullWidthPunctuation(_ c: Unicode.Scalar) -> Bool {
        guard CJK.contains(c), !c.isHan, c != "\u{3000}" else { return false }
        return !(c.properties.isAlphabetic || c.properties.numericType != nil)
    }

    /// An ASCII letter or digit.
    static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || c.isASCIIDigit) }

    /// A space that can separate words: ASCII space, tab, no-break space, ideographic space.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{3000}"
    }
}
