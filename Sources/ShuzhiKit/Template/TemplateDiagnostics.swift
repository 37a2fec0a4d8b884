/// Every diagnostic code the template engine and its JSON reader emit.
public enum TemplateDiagnostics {
    /// Code and one-line Chinese meaning, in the order a user meets them.
    /// Locked by a test against the factories below.
    public static let catalog: [(code: String, meaning: String)] = [
        ("unclosed-tag", "标签没有结束定界符（如缺少“}}”）"),
        ("empty-tag-name", "标签里没有名称"),
        ("bad-tag-name", "标签名称含空白或空的点分段"),
        ("bad-delimiters", "设置定界符的标签写法不对"),
        ("unclosed-section", "区块、块或父模板没有结束标签"),
        ("mismatched-section", "结束标签与最近的开始标签名称不一致"),
        ("unexpected-close", "结束标签前没有对应的开始标签"),
        ("unknown-partial", "严格模式下找不到引用的子模板"),
        ("partial-depth", "子模板嵌套过深（多半是自我引用）"),
        ("unresolved-name", "严格模式下名称没有对应的数据（警告）"),
        ("bad-json", "JSON数据文件格式错误"),
    ]
}

extension Diagnostic {
    static func unclosedTag(_ open: String, _ close: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "unclosed-tag", "标签“\(open)”没有结束的“\(close)”", at: location,
            hint: "检查是否少写了“\(close)”")
    }

    static func emptyTagName(at location: SourceLocation) -> Diagnostic {
        .error("empty-tag-name", "标签里没有名称", at: location)
    }

    static func badTagName(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "bad-tag-name", "标签名称“\(name)”无效", at: location,
            hint: "名称不能含空白，点号两边都要有名称（如“措施.内容”）")
    }

    static func badDelimiters(_ content: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "bad-delimiters", "设置定界符的标签“\(content)”无效", at: location,
            hint: "写法是“{{=<% %>=}}”：两个等号之间是用空格隔开的开始和结束定界符，不能含等号")
    }

    static func unclosedSection(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "unclosed-section", "“\(name)”没有结束标签", at: location,
            hint: "在区块结尾加上“{{/\(name)}}”")
    }

    static func mismatchedSection(
        opened: String, closed: String, at location: SourceLocation, opening: SourceLocation
    ) -> Diagnostic {
        .error(
            "mismatched-section", "结束标签“\(closed)”与开始标签“\(opened)”不一致", at: location,
            hint: "先用“{{/\(opened)}}”结束“\(opened)”",
            notes: [Diagnostic.Note("“\(opened)”从这里开始", at: opening)])
    }

    static func unexpectedClose(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("unexpected-close", "结束标签“\(name)”前没有对应的开始标签", at: location)
    }

    static func unknownPartial(_ name: String, at location: SourceLocation, suggestion: String?) -> Diagnostic {
        .error(
            "unknown-partial", "找不到子模板“\(name)”", at: location,
            hint: suggestion.map { "是不是“\($0)”？" })
    }

    static func partialDepth(_ name: String, limit: Int, at location: SourceLocation) -> Diagnostic {
        .error(
            "partial-depth", "子模板嵌套超过\(limit)层（在“\(name)”处）", at: location,
            hint: "检查子模板是否直接或间接引用了自己")
    }

    static func unresolvedName(_ name: String, at location: SourceLocation, suggestion: String?) -> Diagnostic {
        .warning(
            "unresolved-name", "名称“\(name)”没有对应的数据", at: location,
            hint: suggestion.map { "是不是“\($0)”？" })
    }

    static func badJSON(_ message: String, at location: SourceLocation) -> Diagnostic {
        .error("bad-json", message, at: location)
    }
}
