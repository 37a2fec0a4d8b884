/// `repeated-punctuation`: two or more sentence marks in a row (`。。`,
/// `，，`, `，。`, `；。`, `、、`, `！！`, `？？`). `……` and `——` are single
/// marks written with two characters and are not in the set.
enum RepeatedPunctuationCheck: InlineCheck {
    static let code: DiagnosticCode = .repeatedPunctuation

    static let marks: GlyphSet = ["。", "，", "、", "；", "：", "！", "？"]

    static func check(_ t: CheckedText, into findings: inout [Diagnostic]) {
        let c = t.chars
        var i = 0
        while i < c.count {
            guard marks.contains(c[i]) else { i += 1; continue }
            var j = i + 1
            while j < c.count, marks.contains(c[j]) { j += 1 }
            if j - i >= 2 { findings.append(.repeatedPunctuation(t.slice(i, j), range: t.range(i + 1, j))) }
            i = j
        }
    }
}

extension Diagnostic {
    static func repeatedPunctuation(_ run: String, range: SourceRange) -> Diagnostic {
        Diagnostic(.error, code: RepeatedPunctuationCheck.code, message: "标点“\(run)”重复", range: range,
                   hint: "只保留一个标点")
    }
}
