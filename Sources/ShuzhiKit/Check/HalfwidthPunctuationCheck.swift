/// `halfwidth-punctuation`: `, ; : ? ! ( )` typed half-width next to Chinese.
///
/// Reported only when a neighbour is Chinese (a Han character or a
/// full-width mark): `党建,发展`, `(一)`. Never between two digits (`1,200`,
/// `3:1`, `8:30`), so numbers, times and ASCII-only runs such as URLs pass.
enum HalfwidthPunctuationCheck: InlineCheck {
    static let code: DiagnosticCode = .halfwidthPunctuation

    static let fullWidth: [Glyph: Character] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    private static let halfWidth = GlyphSet(fullWidth.keys.map(\.scalar))

    static func check(_ t: CheckedText, into findings: inout [Diagnostic]) {
        let c = t.chars
        for i in c.indices {
            guard halfWidth.contains(c[i]), let replacement = fullWidth[c[i]] else { continue }
            let before = i > 0 ? c[i - 1] : nil, after = i + 1 < c.count ? c[i + 1] : nil
            if let b = before, let a = after, b.isASCII, b.isNumber, a.isASCII, a.isNumber { continue }
            let chineseBefore = before.map(CheckChars.isChinese) ?? false
            let chineseAfter = after.map(CheckChars.isChinese) ?? false
            let adjacent = chineseBefore || chineseAfter
            if adjacent { findings.append(.halfwidthPunctuation(t.character(i), replacement, at: t.location(i))) }
        }
    }
}

extension Diagnostic {
    static func halfwidthPunctuation(_ found: Character, _ replacement: Character, at location: SourceLocation) -> Diagnostic {
        .warning(HalfwidthPunctuationCheck.code, "中文中用了半角“\(found)”", at: location, hint: "请改为全角“\(replacement)”")
    }
}
