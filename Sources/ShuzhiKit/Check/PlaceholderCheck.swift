/// `placeholder`: anonymization marks and unfilled slots left in the text.
///
/// Found: runs of `*`/`＊` next to Chinese (`*镇`, `**村`, `“***”`, `引入*为`),
/// or of three or more standing alone, but not in ASCII text (`3*4`, `%.*s`);
/// runs of two or more `X`/`x`/`Ｘ` not touching ASCII text (`XX村`, but not
/// `xx:xx` or `www.xx.cn`); runs of two or more
/// `×`, `○` or `□` (not `〇`, the zero of 二〇二四); `【待补充…】`, `【待填写…】`,
/// `【待完善…】`; unfilled `{{…}}` (run these checks on drafts, not on input
/// files, whose `{{指标}}` references are meant to be there).
/// `某某` is not reported: reports legitimately cite anonymized cases
/// (某某村原党支部书记) in warning-education passages.
enum PlaceholderCheck: InlineCheck {
    static let code: DiagnosticCode = .placeholder

    /// Place and unit characters shown with a mark in the message (“**村”).

    private static let xs = GlyphSet("XxＸｘ")


    static func check(_ t: CheckedText, into findings: inout [Diagnostic]) {
        let c = t.chars
        var i = 0
        var noClosingBraces = false
        while i < c.count {
            let ch = c[i]
            switch ch {
            case "*", "＊", "×", "○", "□", "X", "x", "Ｘ", "ｘ":
                let isX = xs.contains(ch)
                let isStar = ch == "*" || ch == "＊"
                var j = i + 1
                while j < c.count, isX ? xs.contains(c[j]) : c[j] == ch { j += 1 }
                let before = i > 0 ? c[i - 1] : nil, after = j < c.count ? c[j] : nil
                // ASCII text around the run (`3*4`, `%.*s`, `xx:xx`, `www.xx.cn`) means code or a formula.
                let asciiBefore = before.map { $0.isASCII && !CheckChars.isSpace($0) } ?? false
                let asciiAfter = after.map { $0.isASCII && !CheckChars.isSpace($0) } ?? false
                let chineseNext = (before.map(CheckChars.isChinese) ?? false) || (after.map(CheckChars.isChinese) ?? false)
                let report: Bool
                if isStar {
                    report = chineseNext || (j - i >= 3 && !asciiBefore && !asciiAfter)
                } else {
                    report = j - i >= 2 && (!isX || (!asciiBefore && !asciiAfter))
                }
                if report {
                    // Name the mark with the unit it stands before: “**村”, “**份”.
                    let units = t.lexicon.placeholderUnits
                    let end = (after.map { $0.cluster == 0 && units.contains($0.scalar) } ?? false) ? j + 1 : j
                    findings.append(.placeholder(t.slice(i, end), range: t.range(i, j)))
                }
                i = j
            case "【":
                if let close = c[(i + 1)...].prefix(80).firstIndex(of: "】"),
                   t.lexicon.placeholderPrompts.prefix(of: t.slice(i + 1, close)) != nil {
                    findings.append(.placeholder(t.slice(i, close + 1), range: t.range(i, close + 1)))
                    i = close + 1
                } else {
                    i += 1
                }
            case "{" where i + 1 < c.count && c[i + 1] == "{" && !noClosingBraces:
                var close = i + 2
                while close + 1 < c.count, !(c[close] == "}" && c[close + 1] == "}") { close += 1 }
                if close + 1 < c.count {
                    findings.append(.placeholder(t.slice(i, close + 2), range: t.range(i, close + 2)))
                    i = close + 2
                } else {
                    noClosingBraces = true  // no later “{{” can close either: stay linear
                    i += 2
                }
            default:
                i += 1
            }
        }
    }
}

extension Diagnostic {
    static func placeholder(_ found: String, range: SourceRange) -> Diagnostic {
        Diagnostic(.error, code: PlaceholderCheck.code, message: "留有占位符“\(found)”", range: range, hint: "请填写实际内容")
    }
}
