/// The diagnostic codes of the exporters.
public enum ExportDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.exportUnencodableCharacter, .exportIconvMissing, .exportIconvFailed, .exportControlCharacter]
}

extension DiagnosticCode {
    /// `export-unencodable-character`
    public static let exportUnencodableCharacter = DiagnosticCode("export-unencodable-character", .error, "字符无法用 GB18030 编码")
    /// `export-iconv-missing`
    public static let exportIconvMissing = DiagnosticCode("export-iconv-missing", .error, "系统的 C 库不支持 GB18030 转换")
    /// `export-iconv-failed`
    public static let exportIconvFailed = DiagnosticCode("export-iconv-failed", .error, "GB18030 转换失败")
    /// `export-control-character`
    public static let exportControlCharacter = DiagnosticCode(
        "export-control-character", .warning, "报告中有不可见的控制字符，各种格式都删除它们（警告）")
}
