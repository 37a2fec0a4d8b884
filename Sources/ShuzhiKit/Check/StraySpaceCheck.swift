/// `stray-space`: a space (half- or full-width) between two Han characters,
/// or next to a full-width punctuation mark, where Chinese needs none.
///
/// Not reported: leading indentation (`　　` at paragraph start), trailing
/// spaces, spaces next to ASCII (`使用 VR 设备` is a common house style), and
/// name or signature lines (`青石镇党委书记 王明远`): a paragraph marked
/// `allowSpaces`, or, when unmarked, a short one (at most 40 characters)
/// with no sentence punctuation that does not start with a heading number.
enum StraySpaceCheck: InlineCheck {
    static let code: DiagnosticCode = .straySpace

    private static let sentencePunctuation: GlyphSet = ["。", "，", "；", "！", "？", "：", "、"]

    static func check(_ t: CheckedText, into findings: inout [Diagnostic]) {
        let c = t.chars
        if t.allowSpaces ?? isNameLine(c, t.lexicon) { return }
        var i = 0
        while i < c.count, CheckChars.isSpace(c[i]) { i += 1 }
        while i < c.count {
            guard CheckChars.isSpace(c[i]) else { i += 1; continue }
            var j = i + 1
            while j < c.count, CheckChars.isSpace(c[j]) { j += 1 }
            if i > 0, j < c.count {
                let b = c[i - 1], a = c[j]
                let bothHan = CheckChars.isHan(b) && CheckChars.isHan(a)
                let byPunctuation = (CheckChars.isFullWidthPunctuation(b) && (CheckChars.isChinese(a) || !a.isASCII))
                    || (CheckChars.isFullWidthPunctuation(a) && (CheckChars.isChinese(b) || !b.isASCII))
                if bothHan || byPunctuation {
                    findings.append(.straySpace(afterPunctuation: !bothHan, range: t.range(i, j)))
                }
            }
            i = j
        }
    }

    /// A short line with no sentence punctuation that is not a numbered
    /// heading: the lexicon's name-line limit, as the outline reader uses.
    static func isNameLine(_ c: [Glyph], _ lexicon: ReportLexicon) -> Bool {
        let body = c.drop(while: CheckChars.isSpace)
        guard body.count <= lexicon.nameLine.maxLength, !body.contains(where: sentencePunctuation.contains) else { return false }
        return NumberingMarkers.leading(body.prefix(10).map(\.scalar), lexicon: lexicon) == nil
    }
}

extension Diagnostic {
    static func straySpace(afterPunctuation: Bool, range: SourceRange) -> Diagnostic {
        Diagnostic(.warning, code: StraySpaceCheck.code,
                   message: afterPunctuation ? "全角标点旁有多余的空格" : "汉字之间有多余的空格",
                   range: range, hint: "删去空格")
    }
}
