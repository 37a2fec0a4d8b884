/// The diagnostic codes of the input format's schema, the templates and drafting.
public enum SchemaDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.emptyInput, .unknownKey, .wrongType, .badValue, .missingField, .unknownTemplate, .templateNotFound, .duplicatePart, .partNotInTemplate, .missingSection, .missingOpening, .markerPunctuation, .tooFewItems, .numberingOverflow, .badReference, .unitDoubled, .unfilled, .unchangedFromLastYear, .unchangedFigure, .staleYear, .repeatedProblem]
}

extension DiagnosticCode {
    /// `empty-input`
    public static let emptyInput = DiagnosticCode("empty-input", .error, "输入文件或报告是空的（只有空行，或输入文件只有注释）")
    /// `unknown-key`
    public static let unknownKey = DiagnosticCode("unknown-key", .error, "没有这个键（提示最接近的键）")
    /// `wrong-type`
    public static let wrongType = DiagnosticCode("wrong-type", .error, "值的类型不对，如该写一段文字的地方写了列表")
    /// `bad-value`
    public static let badValue = DiagnosticCode("bad-value", .error, "值无法识别，如“必需”不是“是”或“否”、编号样式或版式写错")
    /// `missing-field`
    public static let missingField = DiagnosticCode("missing-field", .error, "缺少必需的字段，如模板缺少“编号”、输入文件没有“年度”")
    /// `unknown-template`
    public static let unknownTemplate = DiagnosticCode("unknown-template", .error, "没有这个模板（提示最接近的模板名）")
    /// `template-not-found`
    public static let templateNotFound = DiagnosticCode("template-not-found", .error, "--template 指定的模板或模板文件夹不存在")
    /// `duplicate-part`
    public static let duplicatePart = DiagnosticCode("duplicate-part", .error, "模板中同一部分写了两次")
    /// `part-not-in-template`
    public static let partNotInTemplate = DiagnosticCode("part-not-in-template", .error, "输入文件中有模板没有的部分")
    /// `missing-section`
    public static let missingSection = DiagnosticCode("missing-section", .error, "缺少必需部分（起草时为警告并标出【待补充】，--strict 或检查报告时为错误）")
    /// `missing-opening`
    public static let missingOpening = DiagnosticCode("missing-opening", .warning, "报告没有开头段落，直接从第一部分开始（警告）")
    /// `marker-punctuation`
    public static let markerPunctuation = DiagnosticCode("marker-punctuation", .warning, "编号的标点不合公文写法，如“一.”应为“一、”、“1、”应为“1.”（警告）")
    /// `too-few-items`
    public static let tooFewItems = DiagnosticCode("too-few-items", .error, "条目少于模板要求的最少条目数")
    /// `numbering-overflow`
    public static let numberingOverflow = DiagnosticCode("numbering-overflow", .error, "条目超过这种编号能写的项数（“首先”式四项，“①”式二十项）")
    /// `bad-reference`
    public static let badReference = DiagnosticCode("bad-reference", .error, "引用写法不对：“{{”没有对应的“}}”，或用了全角大括号“｛｛｝｝”、只有一对大括号“{…}”")
    /// `unit-doubled`
    public static let unitDoubled = DiagnosticCode("unit-doubled", .error, "引用的指标已带单位，后面又写了一遍（{{发展党员}}名 起草成“12名名”）")

    /// `unfilled`
    public static let unfilled = DiagnosticCode("unfilled", .error, "还没有填写的地方（new --from 留下的本年数值、整改措施和成效，或空的列表项）")
    /// `unchanged-from-last-year`
    public static let unchangedFromLastYear = DiagnosticCode("unchanged-from-last-year", .warning, "与上年原文相同、还没有改写的文字")
}

extension Diagnostic {
    /// The one rule for empty input, whatever the command: a file with
    /// nothing but blank lines (and, in an input file, comments) is
    /// `empty-input` at 1:1, and the command exits 1.
    ///
    /// - Parameter inputFile: an input file (`.yaml`) rather than a report.
    public static func emptyInput(inputFile: Bool) -> Diagnostic {
        inputFile
            ? .error(.emptyInput, "输入文件是空的", at: SourceLocation(line: 1, column: 1),
                     hint: "运行“shuzhi new -o 文件名.yaml”生成一个带说明的输入文件")
            : .error(.emptyInput, "文件是空的", at: SourceLocation(line: 1, column: 1),
                     hint: "请检查是否选错了文件；报告应是Word文档（.docx）或纯文本（每段一行）")
    }

    /// Whether `text` holds nothing but spaces and line breaks.
    public static func isBlank(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}

extension DiagnosticCode {
    /// `unchanged-figure`
    public static let unchangedFigure = DiagnosticCode("unchanged-figure", .warning, "改写过的上年原文里还留着上年的数字（警告）")
    /// `stale-year`
    public static let staleYear = DiagnosticCode("stale-year", .warning, "正文中的年份早于报告年度的上一年或晚于下一年，多半是上年原文没改（警告）")
    /// `repeated-problem`
    public static let repeatedProblem = DiagnosticCode("repeated-problem", .error, "存在问题中列了整改情况里已整改的问题（相同为错误，几乎相同为警告）")
}
