/// `empty-brackets`: a pair of brackets, quotes or title marks with nothing
/// (or only spaces) inside: （）, ()、“”、‘’、《》、【】、[]、〔〕、「」; an ASCII `()`
/// or `[]` right after an ASCII name (`iconv()`) is code and passes.
enum EmptyBracketsCheck: InlineCheck {
    static let code: DiagnosticCode = .emptyBrackets

    private static let closers: [Glyph: Glyph] = [
        "（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "【": "】", "[": "]", "〔": "〕", "「": "」",
    ]

    private static let openers = GlyphSet(closers.keys.map(\.scalar))

    static func check(_ t: CheckedText, into findings: inout [Diagnostic]) {
        let c = t.chars
        for i in c.indices {
            guard openers.contains(c[i]), let close = closers[c[i]] else { continue }
            // `iconv()`, `list[]`: a call or an index in ASCII text, not an empty bracket.
            if c[i].isASCII, i > 0, CheckChars.isASCIIAlnum(c[i - 1]) || c[i - 1] == "_" { continue }
            var j = i + 1
            while j < c.count, CheckChars.isSpace(c[j]) { j += 1 }
            if j < c.count, c[j] == close {
                findings.append(.emptyBrackets(t.slice(i, i + 1) + t.slice(j, j + 1), range: t.range(i, j + 1)))
            }
        }
    }
}

extension Diagnostic {
    static func emptyBrackets(_ pair: String, range: SourceRange) -> Diagnostic {
        Diagnostic(.error, code: EmptyBracketsCheck.code, message: "“\(pair)”中没有内容", range: range,
                   hint: "填写内容，或删去这对符号")
    }
}
