/// The diagnostic codes of import.
public enum ImportDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.importEmpty, .importMismatch, .importTemplate, .importMetrics, .importFigureText]
}

extension DiagnosticCode {
    /// `import-empty`
    public static let importEmpty = DiagnosticCode("import-empty", .error, "没有读出报告的结构")
    /// `import-mismatch`
    public static let importMismatch = DiagnosticCode("import-mismatch", .error, "这一段无法原样转换成输入文件（指出段落所在的行）")
    /// `import-template`
    public static let importTemplate = DiagnosticCode("import-template", .note, "导入时选用的模板（提示）")
    /// `import-metrics`
    public static let importMetrics = DiagnosticCode("import-metrics", .note, "import --metrics 提取了多少指标，多少数字成为指标（提示）")
    /// `import-figure-text`
    public static let importFigureText = DiagnosticCode("import-figure-text", .note, "import --metrics 把这个数字留作正文，并说明原因（提示）")
}
