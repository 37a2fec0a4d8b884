/// A check that needs nothing but the text of one paragraph.
///
/// One conforming type per file, named after its code. Checks collect all
/// findings; they never throw.
protocol InlineCheck {
    /// The stable diagnostic code this check reports.
    static var code: DiagnosticCode { get }
    /// Appends the findings for `t` to `into`.
    static func check(_ t: CheckedText, into: inout [Diagnostic])
}

/// The typography and leftover checks of `shuzhi check`, paragraph by paragraph.
public enum InlineChecks {
    /// Every per-paragraph check, as closures: calling a static requirement
    /// through `any InlineCheck.Type` crashes the Swift 6.3 compiler on Linux.
    static let perParagraph: [@Sendable (CheckedText, inout [Diagnostic]) -> Void] = [
        { PlaceholderCheck.check($0, into: &$1) },
        { EmptyBracketsCheck.check($0, into: &$1) },
        { HalfwidthPunctuationCheck.check($0, into: &$1) },
        { UnbalancedPairCheck.check($0, into: &$1) },
        { StraySpaceCheck.check($0, into: &$1) },
        { RepeatedPhraseCheck.check($0, into: &$1) },
        { RepeatedPunctuationCheck.check($0, into: &$1) },
    ]

    /// Runs every inline check on each paragraph, then the report-wide ones
    /// (`mixed-percent`). Findings are located at exact 1-based line and
    /// column (columns count `Character`s), in paragraph order.
    static func run(_ paragraphs: [CheckedText]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for p in paragraphs {
            for check in perParagraph { check(p, &findings) }
        }
        MixedPercentCheck.check(paragraphs, into: &findings)
        return findings
    }

    /// Runs the inline checks on a plain-text report, one paragraph a line
    /// (LF or CRLF). Findings carry 1-based lines and columns counted in
    /// `Character`s; `file` is left `nil` for the caller to set.
    public static func run(report text: String) -> [Diagnostic] {
        var paragraphs: [CheckedText] = []
        var line = 1
        text.forEachLine { paragraph in
            paragraphs.append(CheckedText(text: paragraph, line: line))
            line += 1
        }
        return run(paragraphs)
    }

    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.placeholder, .emptyBrackets, .halfwidthPunctuation, .unbalancedPair, .straySpace, .mixedPercent, .repeatedPhrase, .repeatedPunctuation]
}

extension DiagnosticCode {
    /// `placeholder`
    public static let placeholder = DiagnosticCode("placeholder", .error, "留有占位符或未填写的内容（*镇、**村、XX、【待补充】、{{…}} 等）")
    /// `empty-brackets`
    public static let emptyBrackets = DiagnosticCode("empty-brackets", .error, "括号、引号或书名号中没有内容")
    /// `halfwidth-punctuation`
    public static let halfwidthPunctuation = DiagnosticCode("halfwidth-punctuation", .warning, "中文中用了半角标点（, ; : ? ! ( )）")
    /// `unbalanced-pair`
    public static let unbalancedPair = DiagnosticCode("unbalanced-pair", .error, "引号、书名号、括号在段内不配对")
    /// `stray-space`
    public static let straySpace = DiagnosticCode("stray-space", .warning, "汉字之间或全角标点旁有多余的空格")
    /// `mixed-percent`
    public static let mixedPercent = DiagnosticCode("mixed-percent", .warning, "全文中全角“％”与半角“%”混用")
    /// `repeated-phrase`
    public static let repeatedPhrase = DiagnosticCode("repeated-phrase", .error, "词语或字误重复（集体经济集体经济、领领导）")
    /// `repeated-punctuation`
    public static let repeatedPunctuation = DiagnosticCode("repeated-punctuation", .error, "标点重复（。。、，。 等）")
}
