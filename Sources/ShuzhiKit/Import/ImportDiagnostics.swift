/// The diagnostic codes of import.
public enum ImportDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.importEmpty, .importMismatch, .importTemplate]
}

extension DiagnosticCode {
    /// `import-empty`
    public static let importEmpty = DiagnosticCode("import-empty", .error, "没有读出报告的结构")
    /// `import-mismatch`
    public static let importMismatch = DiagnosticCode("import-mismatch", .error, "这一段无法原样转换成输入文件（指出段落所在的行）")
    /// `import-template`
    public static let importTemplate = DiagnosticCode("import-template", .note, "导入时选用的模板（提示）")
}
