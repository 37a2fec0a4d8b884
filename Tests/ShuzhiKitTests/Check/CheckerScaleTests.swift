import XCTest
@testable import ShuzhiKit

/// Input files at sizes where a quadratic path shows: each took about ten
/// seconds before (each unclosed "{{" searched to the end of its value,
/// each finding located by walking its text from the start) and well
/// under a second in a debug build now; the suite's wall time would reveal
/// a regression.
final class CheckerScaleTests: XCTestCase {
    func testTwentyThousandUnclosedReferencesInOneValueAreOneText() throws {
        let value = "共" + String(repeating: "{{发展党员，", count: 20_000)
        let root = try InputReader.read("结尾: " + value + "\n")
        var texts: [CheckedText] = []
        Checker.collectTexts(root, key: nil, into: &texts)
        XCTAssertEqual(texts.map(\.text), [value])
    }

    func testClosedReferencesStillSplitTheText() throws {
        let root = try InputReader.read("结尾: 共{{甲}}个，{{乙\n")
        var texts: [CheckedText] = []
        Checker.collectTexts(root, key: nil, into: &texts)
        XCTAssertEqual(texts.map(\.text), ["共", "个，{{乙"])
        XCTAssertEqual(texts.map(\.column), [5, 11])
    }

    func testTwentyThousandFindingsInABlockScalarAreEachOnTheirLine() {
        let n = 20_000
        let source = "年度: 2024\n结尾: |\n" + (0..<n).map { "  第\($0)段,,\n" }.joined()
        let found = Checker.checkInput(source, file: "a.yaml").filter { $0.code == "repeated-punctuation" || $0.code == "halfwidth-punctuation" }
        XCTAssertGreaterThanOrEqual(found.count, n)
        let last = found.filter { $0.location?.line == n + 2 }
        XCTAssertFalse(last.isEmpty)
        XCTAssertEqual(Set(last.map(\.file)), ["a.yaml"])
    }

    func testALocationAfterALineBreakCountsFromTheNewLine() {
        let t = CheckedText(text: "ab\ncd\n\nef", line: 4, column: 7)
        XCTAssertEqual([0, 2, 3, 4, 6, 7, 8, 9, 12].map(t.location), [
            at(4, 7), at(4, 9), at(5, 1), at(5, 2), at(6, 1), at(7, 1), at(7, 2), at(7, 3), at(7, 6),
        ])
    }
}
