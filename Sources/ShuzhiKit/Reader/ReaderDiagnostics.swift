extension Diagnostic {
    static func syntax(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        .error(.syntaxError, message, at: location, hint: hint)
    }

    static func unsupported(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        .error(code, message, at: location, hint: hint ?? "shuzhi的输入文件只用YAML的一个简单子集：键值对、列表、文字")
    }

    static func tabIndent(at location: SourceLocation) -> Diagnostic {
        .error(.tabIndent, "缩进中有制表符（Tab）", at: location, hint: "缩进只能用空格；请把Tab换成空格")
    }

    static func badIndent(_ message: String, at location: SourceLocation) -> Diagnostic {
        .error(.badIndent, message, at: location, hint: "同一层的键要对齐；下一层要比上一层多缩进，通常多两个空格")
    }

    static func missingSpace(_ message: String, at location: SourceLocation, hint: String) -> Diagnostic {
        .error(.missingSpace, message, at: location, hint: hint)
    }
}

/// Every code the reader reports, with its meaning, for the README's table.
enum ReaderDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.notUtf8, .binaryFile, .syntaxError, .fullwidthColon, .fullwidthDash, .missingSpace, .tabIndent, .fullwidthIndent, .badIndent, .duplicateKey, .unterminatedQuote, .badEscape, .unsupportedAnchor, .unsupportedAlias, .unsupportedTag, .unsupportedFlow, .unsupportedComplexKey, .unsupportedDirective, .multipleDocuments, .nestingTooDeep]
}

extension DiagnosticCode {
    /// `syntax-error`
    public static let syntaxError = DiagnosticCode("syntax-error", .error, "不符合输入文件写法的行（缺少“键: ”、值中多了“: ”、引号后多了内容等）")
    /// `fullwidth-colon`
    public static let fullwidthColon = DiagnosticCode("fullwidth-colon", .error, "键后用了全角冒号“：”")
    /// `missing-space`
    public static let missingSpace = DiagnosticCode("missing-space", .error, "冒号或短横后缺少空格")
    /// `tab-indent`
    public static let tabIndent = DiagnosticCode("tab-indent", .error, "缩进中有制表符（Tab）")
    /// `fullwidth-indent`
    public static let fullwidthIndent = DiagnosticCode("fullwidth-indent", .error, "缩进中有全角空格（从Word复制时常见）")
    /// `bad-indent`
    public static let badIndent = DiagnosticCode("bad-indent", .error, "缩进不一致")
    /// `duplicate-key`
    public static let duplicateKey = DiagnosticCode("duplicate-key", .error, "同一层有重复的键（附第一次出现的位置）")
    /// `unterminated-quote`
    public static let unterminatedQuote = DiagnosticCode("unterminated-quote", .error, "引号没有结束")
    /// `bad-escape`
    public static let badEscape = DiagnosticCode("bad-escape", .error, "双引号中无法识别的转义")
    /// `unsupported-anchor`
    public static let unsupportedAnchor = DiagnosticCode("unsupported-anchor", .error, "不支持的YAML功能：锚点“&”")
    /// `unsupported-alias`
    public static let unsupportedAlias = DiagnosticCode("unsupported-alias", .error, "不支持的YAML功能：别名“*”（占位符如“*镇”请加引号）")
    /// `unsupported-tag`
    public static let unsupportedTag = DiagnosticCode("unsupported-tag", .error, "不支持的YAML功能：标签“!”")
    /// `unsupported-flow`
    public static let unsupportedFlow = DiagnosticCode("unsupported-flow", .error, "不支持的YAML功能：“[ ]”“{ }”形式")
    /// `unsupported-complex-key`
    public static let unsupportedComplexKey = DiagnosticCode("unsupported-complex-key", .error, "不支持的YAML功能：复杂键“? ”")
    /// `unsupported-directive`
    public static let unsupportedDirective = DiagnosticCode("unsupported-directive", .error, "不支持的YAML功能：指令“%”")
    /// `multiple-documents`
    public static let multipleDocuments = DiagnosticCode("multiple-documents", .error, "一个文件中有多个文档")
    /// `nesting-too-deep`
    public static let nestingTooDeep = DiagnosticCode("nesting-too-deep", .error, "嵌套层数过多")
    /// `fullwidth-dash`
    public static let fullwidthDash = DiagnosticCode("fullwidth-dash", .error, "列表项用了全角“－”、破折号或圆点开头，整个列表会变成一段文字")
}
