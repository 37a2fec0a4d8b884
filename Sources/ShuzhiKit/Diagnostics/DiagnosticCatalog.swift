/// Every diagnostic code shuzhi reports, with its meaning: the list the
/// README's table is checked against, so that the two cannot drift.
public enum DiagnosticCatalog {
    /// Codes of the input format, the report schema and drafting.
    static let schema: [(code: String, meaning: String)] = [
        ("empty-input", "输入文件是空的"),
        ("unknown-key", "没有这个键（提示最接近的键）"),
        ("wrong-type", "值的类型不对，如该写一段文字的地方写了列表"),
        ("bad-value", "值无法识别，如“必需”不是“是”或“否”、编号样式或版式写错"),
        ("missing-field", "缺少必需的字段，如模板缺少“编号”、输入文件没有“年度”"),
        ("unknown-template", "没有这个模板（提示最接近的模板名）"),
        ("template-not-found", "--template 指定的模板或模板文件夹不存在"),
        ("duplicate-part", "模板中同一部分写了两次"),
        ("part-not-in-template", "输入文件中有模板没有的部分"),
        ("missing-section", "缺少必需部分（起草时为警告并标出【待补充】，--strict 或检查报告时为错误）"),
        ("missing-opening", "报告没有开头段落，直接从第一部分开始（警告）"),
        ("marker-punctuation", "编号的标点不合公文写法，如“一.”应为“一、”、“1、”应为“1.”（警告）"),
        ("too-few-items", "条目少于模板要求的最少条目数"),
        ("numbering-overflow", "“首先……其次……再次……最后”式编号超过四项"),
        ("bad-reference", "正文中的“{{”没有对应的“}}”"),
        ("unfilled", "还没有填写的地方（new --from 留下的本年数值、整改措施和成效，或空的列表项）"),
        ("unchanged-from-last-year", "与上年原文相同、还没有改写的文字"),
    ]

    /// Codes of checks on a report's structure.
    static let structure: [(code: String, meaning: String)] = [
        ("missing-causes", "没有分析问题的原因（模板要求时为错误，否则为提示）"),
        ("missing-rectification", "没有写上年度述职评议问题的整改情况（模板要求时为错误，否则为提示）"),
        ("empty-section", "有标题但下面没有内容"),
        ("section-order", "各部分的顺序与提纲不一致"),
        ("word-count", "全文字数超过模板的字数上限"),
        ("numbering-gap", "编号跳号或重号（一是、二是、四是）"),
        ("numbering-reused", "上下两级用了同一种编号"),
        ("numbering-mixed", "同一级混用了不同的编号"),
        ("count-mismatch", "说有几项（从三个方面、以下四点、“三个聚焦”）与后面列出的条目数不符"),
    ]

    /// Codes of import and export.
    static let conversion: [(code: String, meaning: String)] = [
        ("import-empty", "没有读出报告的结构"),
        ("import-mismatch", "这一段无法原样转换成输入文件（指出段落所在的行）"),
        ("import-template", "导入时选用的模板（提示）"),
        ("export-unencodable-character", "字符无法用 GB18030 编码"),
        ("export-iconv-missing", "导出 GB18030 需要系统的 iconv 命令"),
        ("export-iconv-failed", "iconv 转换失败"),
    ]

    /// Every code and its meaning, in the order the README lists them.
    public static var all: [(code: String, meaning: String)] {
        var seen: Set<String> = []
        let lists: [[(code: String, meaning: String)]] = [
            ReaderDiagnostics.catalog, schema, MetricDiagnostics.catalog, TemplateDiagnostics.catalog,
            structure, InlineChecks.catalog.map { ($0.code, $0.meaning) }, conversion,
        ]
        return lists.flatMap { $0 }.filter { seen.insert($0.code).inserted }
    }

    /// The README table: one row per code.
    public static func markdownTable() -> String {
        var s = "| 代码 | 含义 |\n|---|---|\n"
        for (code, meaning) in all { s += "| `\(code)` | \(meaning) |\n" }
        return s
    }
}
