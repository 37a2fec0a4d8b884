import XCTest
@testable import ShuzhiKit

final class FormulaTests: XCTestCase {
    /// Formulas in these tests start at line 4, column 10.
    func parse(_ text: String) throws(Diagnostic) -> Formula { try Formula.parse(text, at: at(4, 10)) }

    func assertBad(_ text: String, _ message: String, _ column: Int, code: DiagnosticCode = "bad-formula",
                   file: StaticString = #filePath, line: UInt = #line) {
        guard let d = thrown({ () throws(Diagnostic) in try parse(text) }, file: file, line: line) else { return }
        XCTAssertEqual(d.code, code, file: file, line: line)
        XCTAssertEqual(d.message, message, file: file, line: line)
        XCTAssertEqual(d.location, at(4, column), file: file, line: line)
    }

    func testReferencesAreLocatedInTheFile() throws {
        let f = try parse("=调处矛盾纠纷/排查矛盾纠纷*100%")
        XCTAssertEqual(f.references.map(\.name), ["调处矛盾纠纷", "排查矛盾纠纷"])
        XCTAssertEqual(f.references.map(\.location), [at(4, 11), at(4, 18)])
    }

    func testFullWidthOperatorsParenthesesAndSpaces() throws {
        let f = try parse("＝ （村集体收入 － 上缴） ÷ 村数")
        XCTAssertEqual(f.references.map(\.name), ["村集体收入", "上缴", "村数"])
        XCTAssertEqual(f.references.map(\.location), [at(4, 13), at(4, 21), at(4, 27)])
    }

    func testIsFormulaLooksAtTheFirstCharacter() {
        XCTAssertTrue(Formula.isFormula("=a"))
        XCTAssertTrue(Formula.isFormula(" ＝a"))
        XCTAssertFalse(Formula.isFormula("10名"))
        XCTAssertFalse(Formula.isFormula(""))
    }

    func testMissingEqualsSign() { assertBad("a+b", "公式要以“=”开头", 10) }
    func testNothingAfterEquals() { assertBad("=  ", "“=”后面缺少公式", 13) }
    func testOperatorWithoutLeftOperand() { assertBad("=*党员", "“*”前面缺少数或指标名", 11) }
    func testOperatorAtTheEnd() { assertBad("=党员+", "公式末尾缺少数或指标名", 14) }
    func testTwoOperandsWithoutOperator() { assertBad("=党员 群众", "这里缺少运算符", 14) }
    func testStrayClosingParenthesis() { assertBad("=党员)", "多余的右括号", 13) }
    func testBadNumberInsideAFormula() { assertBad("=党员*1,20", "千位分隔符“,”的位置不对", 15, code: "bad-quantity") }

    func testUnclosedParenthesisNotesWhereItOpened() {
        guard let d = thrown({ () throws(Diagnostic) in try parse("=（a+b*2") }) else { return }
        XCTAssertEqual(d.message, "缺少右括号")
        XCTAssertEqual(d.location, at(4, 17))
        XCTAssertEqual(d.notes, [.init("左括号在这里", at: at(4, 11))])
    }
}
