import XCTest
@testable import ShuzhiKit

/// References in the texts of an input file, at sizes where a quadratic
/// path shows: each test below took from 10 s to nearly two minutes before
/// (every reference was searched for from the start of its line, every
/// unknown name compared with every metric) and takes about a second in a
/// debug build now. The suite's wall time would reveal a regression; the
/// suggestion test also counts the work done.
final class TextResolverTests: XCTestCase {
    private func resolver(metrics names: [String], source: String) -> TextResolver {
        var metrics = MetricValues()
        for name in names { metrics.set(name, field: "", "10名") }
        return TextResolver(fields: ["年度": "2024"], metrics: metrics, sourceLines: source.sourceLines)
    }

    func testTwentyThousandReferencesOnOneLineAreEachLocated() {
        let n = 20_000
        let value = "共" + String(repeating: "{{甲}}，{{乙}}；", count: n)
        let source = "年度: 2024\n结尾: " + value + "\n"
        var diagnostics: [Diagnostic] = []
        let out = resolver(metrics: ["甲"], source: source).resolve(Located(value, at: at(2, 5)), &diagnostics)
        XCTAssertEqual(out, "共" + String(repeating: "10名，{{乙}}；", count: n))
        XCTAssertEqual(diagnostics.count, n)
        // Each unit is 12 characters; the k-th {{乙}} (from 0) is at 5 + 1 + 12k + 6.
        XCTAssertEqual(diagnostics.first?.location, at(2, 12))
        XCTAssertEqual(diagnostics.last?.location, at(2, 12 + 12 * (n - 1)))
        XCTAssertEqual(Set(diagnostics.map(\.hint)), ["是不是“{{甲}}”？"])
    }

    func testTheSameReferenceTwiceIsLocatedTwice() {
        var diagnostics: [Diagnostic] = []
        let value = "{{乙}}和{{乙}}"
        _ = resolver(metrics: ["甲"], source: "结尾: \"" + value + "\"\n").resolve(Located(value, at: at(1, 6)), &diagnostics)
        XCTAssertEqual(diagnostics.map(\.location), [at(1, 6), at(1, 12)])
    }

    func testAReferenceNotInTheSourceAsWrittenIsPlacedAtTheTextsStart() {
        // An escape makes the value differ from the source.
        var diagnostics: [Diagnostic] = []
        let value = "{{乙}}和{{丙}}"
        let source = "结尾: \"\\u007B{乙}}和{{丙}}\"\n"
        _ = resolver(metrics: ["甲"], source: source).resolve(Located(value, at: at(1, 6)), &diagnostics)
        XCTAssertEqual(diagnostics.map(\.location), [at(1, 6), at(1, 6)])
    }

    func testTenThousandUnknownNamesAmongTenThousandMetricsSpendABoundedBudget() {
        let n = 10_000
        let value = (0..<n).map { "{{指示\($0)}}" }.joined()
        let r = resolver(metrics: (0..<n).map { "指标\($0)" }, source: "结尾: \"" + value + "\"\n")
        var diagnostics: [Diagnostic] = []
        _ = r.resolve(Located(value, at: at(1, 6)), &diagnostics)
        XCTAssertEqual(diagnostics.count, n)
        XCTAssertEqual(diagnostics.first?.hint, "是不是“{{指标0}}”？")
        XCTAssertEqual(diagnostics.last?.hint, "请在“指标”下定义它，或改用已有的指标")
        // The budget, plus at most one search's worth (each candidate looked
        // at once, at most 8 × 8 cells compared) beyond it.
        XCTAssertLessThanOrEqual(r.suggester.work, r.suggester.budget + (n + 1) * (1 + 8 * 8))
    }
}
