/// `mixed-percent` (report-wide): both `％` and `%` in one report.
///
/// Reported at the first occurrence of the rarer form (on a tie, the form
/// that appears second), with a note at the first occurrence of the other.
enum MixedPercentCheck {
    static let code: DiagnosticCode = .mixedPercent

    static func check(_ paragraphs: [CheckedText], into findings: inout [Diagnostic]) {
        var half = 0, full = 0
        var firstHalf: SourceLocation?, firstFull: SourceLocation?
        var order: [Unicode.Scalar] = []
        for p in paragraphs {
            for (i, ch) in p.chars.enumerated() where ch == "%" || ch == "％" {
                if ch == "%" {
                    half += 1
                    if firstHalf == nil { firstHalf = p.location(i); order.append("%") }
                } else {
                    full += 1
                    if firstFull == nil { firstFull = p.location(i); order.append("％") }
                }
            }
        }
        guard let h = firstHalf, let f = firstFull else { return }
        let minority: Unicode.Scalar = half == full ? order[1] : (half < full ? "%" : "％")
        let majority: Unicode.Scalar = minority == "%" ? "％" : "%"
        findings.append(.mixedPercent(
            minority, majority, count: minority == "%" ? half : full,
            at: minority == "%" ? h : f, other: minority == "%" ? f : h))
    }
}

extension Diagnostic {
    static func mixedPercent(
        _ found: Unicode.Scalar, _ other: Unicode.Scalar, count: Int, at location: SourceLocation, other otherLocation: SourceLocation
    ) -> Diagnostic {
        let width: (Unicode.Scalar) -> String = { $0 == "%" ? "半角" : "全角" }
        return .warning(
            MixedPercentCheck.code, "百分号\(width(found))“\(found)”与\(width(other))“\(other)”混用", at: location,
            hint: "全文统一用“\(other)”；“\(found)”共\(count)处",
            notes: [Note("“\(other)”第一次出现在这里", at: otherLocation)])
    }
}
