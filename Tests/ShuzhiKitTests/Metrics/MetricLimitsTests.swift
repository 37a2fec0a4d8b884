import XCTest
@testable import ShuzhiKit

/// Formulas and metric tables far larger than any report: nothing recurses
/// per parenthesis, sign, term or metric, so none of these can overflow the
/// stack (each crashed with exit 139 before), and nothing is quadratic.
final class MetricLimitsTests: XCTestCase {
    func testSixThousandNestedParenthesesAreRefusedAtTheFirstTooDeep() {
        let text = "=" + String(repeating: "(", count: 6_000) + "1" + String(repeating: ")", count: 6_000)
        guard let d = thrown({ () throws(Diagnostic) in try Formula.parse(text, at: at(4, 10)) }) else { return }
        XCTAssertEqual(d.code, "bad-formula")
        XCTAssertEqual(d.message, "括号嵌套超过100层")
        // `=` is column 10, the 101st parenthesis column 111.
        XCTAssertEqual(d.location, at(4, 111))
    }

    func testAHundredNestedParenthesesAreFine() throws {
        let text = "=" + String(repeating: "（", count: 100) + "2名" + String(repeating: "）", count: 100)
        let t = try MetricTable([metric("甲", line: 1, text)])
        XCTAssertEqual(t.value(of: "甲")?.current?.description, "2名")
    }

    func testSixThousandMinusSignsCancelInPairs() throws {
        let t = try MetricTable([
            metric("偶", line: 1, "=" + String(repeating: "-", count: 6_000) + "3名"),
            metric("奇", line: 2, "=" + String(repeating: "－", count: 6_001) + "3名"),
        ])
        XCTAssertEqual(t.value(of: "偶")?.current?.description, "3名")
        XCTAssertEqual(t.value(of: "奇")?.current?.description, "-3名")
    }

    func testASumOfEightThousandTermsIsComputedAndItsReferencesLocated() throws {
        // Every term names a metric: the parser locates each one, which was
        // a walk from the formula's start (quadratic) before.
        let terms = 8_000
        let text = "=" + Array(repeating: "甲", count: terms).joined(separator: "+")
        let t = try MetricTable([metric("和", line: 1, text), metric("甲", line: 2, "2名", previous: "1名")])
        XCTAssertEqual(t.value(of: "和")?.current?.description, "16000名")
        XCTAssertEqual(t.value(of: "和")?.previous?.description, "8000名")
        let f = try Formula.parse(text, at: at(1, 4))
        XCTAssertEqual(f.references.count, terms)
        XCTAssertEqual(f.references.last?.location, at(1, 4 + 2 * terms - 1))
    }

    func testReferencesAfterALineBreakAreLocatedOnTheirLine() throws {
        let f = try Formula.parse("=甲\n  +乙", at: at(4, 10))
        XCTAssertEqual(f.references.map(\.location), [at(4, 11), at(5, 4)])
    }

    func testAChainOfTwentyThousandFormulasIsEvaluated() throws {
        let n = 20_000
        var defs = [metric("链0", line: 1, "1名")]
        for i in 1..<n { defs.append(metric("链\(i)", line: i + 1, "=链\(i - 1)+1名")) }
        let t = try MetricTable(defs.reversed())
        XCTAssertEqual(t.value(of: "链\(n - 1)")?.current?.description, "\(n)名")
    }

    func testACycleOfTwentyThousandFormulasIsOneShortError() {
        let n = 20_000
        var defs = [metric("环0", line: 1, "=环\(n - 1)+1名")]
        for i in 1..<n { defs.append(metric("环\(i)", line: i + 1, "=环\(i - 1)+1名")) }
        let (table, problems) = MetricTable.evaluating(defs)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.code, "formula-cycle")
        XCTAssertEqual(
            problems.first?.message,
            "公式循环引用：环0 → 环19999 → 环19998 → 环19997 → 环19996 → 环19995 → 环19994 → 环19993 → 环19992 → 环19991 → …… → 环0（共20000个指标）")
        XCTAssertEqual(problems.first?.notes.count, 10)
        XCTAssertTrue(table.values.isEmpty)
    }

    func testEveryProblemIsReportedOnceAndWhatDependsOnItIsLeftOutQuietly() {
        let (table, problems) = MetricTable.evaluating([
            metric("坏", line: 1, "3公斤重"),
            metric("靠坏", line: 2, "=坏+1"),
            metric("拼错", line: 3, "=好人+1名"),
            metric("好", line: 4, "2名"),
            metric("环甲", line: 5, "=环乙"),
            metric("环乙", line: 6, "=环甲"),
            metric("靠环", line: 7, "=环甲*2"),
            metric("零", line: 8, "0名"),
            metric("除零", line: 9, "=好/零"),
            metric("靠除零", line: 10, "=除零+1"),
            metric("好", line: 11, "5名"),
            metric("好二", line: 12, "=好*2"),
        ])
        XCTAssertEqual(problems.map(\.code.rawValue), [
            "duplicate-metric", "bad-quantity", "unknown-metric", "formula-cycle", "division-by-zero",
        ])
        XCTAssertEqual(problems.map(\.location?.line), [11, 1, 3, 5, 9])
        XCTAssertEqual(problems[2].hint, "是不是“好”？")
        XCTAssertEqual(table.names, ["好", "零", "好二"])
        XCTAssertEqual(table.value(of: "好二")?.current?.description, "4名")
    }

    func testTenThousandUnknownNamesAmongTenThousandMetricsSpendABoundedBudget() {
        // Each unknown name was compared with every metric: 10,000 × 10,000
        // took 106 s. The suggester stops suggesting once its budget is
        // spent, so the work is bounded whatever the sizes; the count of
        // work done is asserted, not the time.
        let n = 10_000
        var defs: [MetricDefinition] = []
        for i in 0..<n { defs.append(metric("指标\(i)", line: i + 1, "\(i)名")) }
        for i in 0..<n { defs.append(metric("公式\(i)", line: n + i + 1, "=指示\(i)+1名")) }
        var evaluator = MetricEvaluator(defs, options: .init())
        _ = evaluator.evaluate()
        XCTAssertEqual(evaluator.diagnostics.count, n)
        XCTAssertEqual(evaluator.diagnostics.first?.hint, "是不是“指标0”？")
        XCTAssertEqual(evaluator.diagnostics.last?.hint, "先在指标中定义它，公式里的名称要与指标名完全一致")
        // The budget, plus at most one search's worth beyond it.
        XCTAssertLessThanOrEqual(evaluator.suggester.work, evaluator.suggester.budget + 2 * n * (1 + 8 * 8))
    }
}
