/// Every diagnostic code the template engine and its JSON reader emit.
public enum TemplateDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.unclosedTag, .emptyTagName, .badTagName, .badDelimiters, .unclosedSection, .mismatchedSection, .unexpectedClose, .unknownPartial, .partialDepth, .unresolvedName, .badJson]
}

extension Diagnostic {
    static func unclosedTag(_ open: String, _ close: String, at location: SourceLocation) -> Diagnostic {
        .error(
            .unclosedTag, "标签“\(open)”没有结束的“\(close)”", at: location,
            hint: "检查是否少写了“\(close)”")
    }

    static func emptyTagName(at location: SourceLocation) -> Diagnostic {
        .error(.emptyTagName, "标签里没有名称", at: location)
    }

    static func badTagName(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(
            .badTagName, "标签名称“\(name)”无效", at: location,
            hint: "名称不能含空白，点号两边都要有名称（如“措施.内容”）")
    }

    static func badDelimiters(_ content: String, at location: SourceLocation) -> Diagnostic {
        .error(
            .badDelimiters, "设置定界符的标签“\(content)”无效", at: location,
            hint: "写法是“{{=<% %>=}}”：两个等号之间是用空格隔开的开始和结束定界符，不能含等号")
    }

    static func unclosedSection(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(
            .unclosedSection, "“\(name)”没有结束标签", at: location,
            hint: "在区块结尾加上“{{/\(name)}}”")
    }

    static func mismatchedSection(
        opened: String, closed: String, at location: SourceLocation, opening: SourceLocation
    ) -> Diagnostic {
        .error(
            .mismatchedSection, "结束标签“\(closed)”与开始标签“\(opened)”不一致", at: location,
            hint: "先用“{{/\(opened)}}”结束“\(opened)”",
            notes: [Diagnostic.Note("“\(opened)”从这里开始", at: opening)])
    }

    static func unexpectedClose(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(.unexpectedClose, "结束标签“\(name)”前没有对应的开始标签", at: location)
    }

    static func sectionsTooDeep(at location: SourceLocation) -> Diagnostic {
        .error(
            .nestingTooDeep, "区块嵌套超过\(TemplateParser.maxNesting)层", at: location,
            hint: "模板通常只嵌套几层；请检查结束标签是否漏写")
    }

    static func unknownPartial(_ name: String, at location: SourceLocation, suggestion: String?) -> Diagnostic {
        .error(
            .unknownPartial, "找不到子模板“\(name)”", at: location,
            hint: suggestion.map { "是不是“\($0)”？" })
    }

    static func partialDepth(_ name: String, limit: Int, at location: SourceLocation) -> Diagnostic {
        .error(
            .partialDepth, "子模板嵌套超过\(limit)层（在“\(name)”处）", at: location,
            hint: "检查子模板是否直接或间接引用了自己")
    }

    static func unresolvedName(_ name: String, at location: SourceLocation, suggestion: String?) -> Diagnostic {
        .warning(
            .unresolvedName, "名称“\(name)”没有对应的数据", at: location,
            hint: suggestion.map { "是不是“\($0)”？" })
    }

    static func badJSON(_ message: String, at location: SourceLocation) -> Diagnostic {
        .error(.badJson, message, at: location)
    }
}

extension DiagnosticCode {
    /// `unclosed-tag`
    public static let unclosedTag = DiagnosticCode("unclosed-tag", .error, "标签没有结束定界符（如缺少“}}”）")
    /// `empty-tag-name`
    public static let emptyTagName = DiagnosticCode("empty-tag-name", .error, "标签里没有名称")
    /// `bad-tag-name`
    public static let badTagName = DiagnosticCode("bad-tag-name", .error, "标签名称含空白或空的点分段")
    /// `bad-delimiters`
    public static let badDelimiters = DiagnosticCode("bad-delimiters", .error, "设置定界符的标签写法不对")
    /// `unclosed-section`
    public static let unclosedSection = DiagnosticCode("unclosed-section", .error, "区块、块或父模板没有结束标签")
    /// `mismatched-section`
    public static let mismatchedSection = DiagnosticCode("mismatched-section", .error, "结束标签与最近的开始标签名称不一致")
    /// `unexpected-close`
    public static let unexpectedClose = DiagnosticCode("unexpected-close", .error, "结束标签前没有对应的开始标签")
    /// `unknown-partial`
    public static let unknownPartial = DiagnosticCode("unknown-partial", .error, "严格模式下找不到引用的子模板")
    /// `partial-depth`
    public static let partialDepth = DiagnosticCode("partial-depth", .error, "子模板嵌套过深（多半是自我引用）")
    /// `unresolved-name`
    public static let unresolvedName = DiagnosticCode("unresolved-name", .warning, "严格模式下名称没有对应的数据（警告）")
    /// `bad-json`
    public static let badJson = DiagnosticCode("bad-json", .error, "JSON数据文件格式错误")
}
