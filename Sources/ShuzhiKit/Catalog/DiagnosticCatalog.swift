/// Every diagnostic code shuzhi reports, assembled from the stages' own
/// lists: the list the README's table is generated from and checked
/// against, so that the two cannot drift.
///
/// It sits above every stage (it names them all) and below nothing.
public enum DiagnosticCatalog {
    /// Every code, in the order the README lists them.
    public static let all: [DiagnosticCode] = {
        var seen: Set<String> = []
        let lists: [[DiagnosticCode]] = [
            FileInputDiagnostics.codes, ReaderDiagnostics.codes, SchemaDiagnostics.codes, MetricDiagnostics.codes, TemplateDiagnostics.codes,
            DocumentDiagnostics.codes, StructureDiagnostics.codes, InlineChecks.codes, ImportDiagnostics.codes,
            ExportDiagnostics.codes,
        ]
        return lists.flatMap { $0 }.filter { seen.insert($0.rawValue).inserted }
    }()

    /// The code named `rawValue`, if shuzhi has one.
    public static func code(named rawValue: String) -> DiagnosticCode? {
        all.first { $0.rawValue == rawValue }
    }

    /// The README table: one row per code.
    public static func markdownTable() -> String {
        var s = "| 代码 | 含义 |\n|---|---|\n"
        for code in all { s += "| `\(code.rawValue)` | \(code.meaning) |\n" }
        return s
    }
}
