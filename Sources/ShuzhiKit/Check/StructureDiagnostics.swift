/// The diagnostic codes of the checks of a report's structure.
public enum StructureDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.missingCauses, .missingRectification, .emptySection, .sectionOrder, .wordCount, .numberingGap, .numberingReused, .numberingMixed, .countMismatch]
}

extension DiagnosticCode {
    /// `missing-causes`
    public static let missingCauses = DiagnosticCode("missing-causes", .note, "没有分析问题的原因（模板要求时为错误，否则为提示）")
    /// `missing-rectification`
    public static let missingRectification = DiagnosticCode("missing-rectification", .note, "没有写上年度述职评议问题的整改情况（模板要求时为错误，否则为提示）")
    /// `empty-section`
    public static let emptySection = DiagnosticCode("empty-section", .error, "有标题但下面没有内容")
    /// `section-order`
    public static let sectionOrder = DiagnosticCode("section-order", .error, "各部分的顺序与提纲不一致")
    /// `word-count`
    public static let wordCount = DiagnosticCode("word-count", .warning, "全文字数超过模板的字数上限，或远少于这类报告通常的篇幅（警告）")
    /// `numbering-gap`
    public static let numberingGap = DiagnosticCode("numbering-gap", .error, "编号跳号或重号（一是、二是、四是）")
    /// `numbering-reused`
    public static let numberingReused = DiagnosticCode("numbering-reused", .error, "上下两级用了同一种编号")
    /// `numbering-mixed`
    public static let numberingMixed = DiagnosticCode("numbering-mixed", .error, "同一级混用了不同的编号")
    /// `count-mismatch`
    public static let countMismatch = DiagnosticCode("count-mismatch", .error, "说有几项（从三个方面、以下四点、“三个聚焦”）与后面列出的条目数不符")
}
