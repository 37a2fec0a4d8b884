import XCTest
@testable import ShuzhiKit

final class QuantityParseTests: XCTestCase {
    func testEveryAcceptedFormPrintsBackExactly() throws {
        for text in ["10名", "650万元", "4000平方米", "96.6%", "96.6％", "60余次", "1.67万人", "3", "-2",
                     "1,200元", "12.5亿元", "1.67万余人", "50多万元", "25万多元", "约60次", "１２名",
                     "10 名", "0", "2.1个百分点", "90公里", "3.5亩", "0.5"] {
            XCTAssertEqual(try q(text).description, text)
            XCTAssertEqual(try q(text).text, text)
        }
    }

    func testPartsOfAMoneyAmountWithMagnitude() throws {
        let x = try q("650万元")
        XCTAssertEqual(x.amount, 650)
        XCTAssertEqual(x.magnitude, .wan)
        XCTAssertEqual(x.unit, "元")
        XCTAssertEqual(x.value, 6_500_000)
        XCTAssertNil(x.approximation)
        XCTAssertEqual(try q("12.5亿元").value, 1_250_000_000)
    }

    func testDecimalsAreExact() throws {
        XCTAssertEqual(try q("1.67万人").value, 16700)
        XCTAssertEqual(try q("0.1").amount + (try q("0.2")).amount, Decimal(string: "0.3"))
    }

    func testApproximateMarkersAreKept() throws {
        XCTAssertEqual(try q("60余次").approximation, .over("余"))
        XCTAssertEqual(try q("50多件").approximation, .over("多"))
        XCTAssertEqual(try q("1.67万余人").approximation, .over("余"))
        XCTAssertEqual(try q("50余万元").magnitude, .wan)
        XCTAssertEqual(try q("约60次").approximation, .about)
        XCTAssertFalse(try q("60次").isApproximate)
    }

    func testFullWidthPercentIsAPercentOfTheSameDimension() throws {
        let x = try q("96.6％")
        XCTAssertTrue(x.isPercent)
        XCTAssertEqual(x.unit, "％")
        XCTAssertEqual(x, try q("96.6%"))
    }

    func testThousandsSeparatorsAndFullWidthDigits() throws {
        XCTAssertEqual(try q("1,200元").value, 1200)
        XCTAssertEqual(try q("12,345,678元").value, 12_345_678)
        XCTAssertEqual(try q("１２名").value, 12)
    }

    func testNegativeNumbers() throws {
        XCTAssertEqual(try q("-2").value, -2)
        XCTAssertEqual(try q("－3.5万元").value, -35000)
    }

    func testComputedQuantityFormatsFromItsParts() {
        XCTAssertEqual(Quantity(Decimal(string: "1.50")!, unit: "元", magnitude: .wan).description, "1.5万元")
        XCTAssertEqual(Quantity(63, unit: "次", approximation: .over("余")).description, "63余次")
        XCTAssertEqual(Quantity(Decimal(string: "1.5")!, unit: "元", magnitude: .wan, approximation: .over("多")).description, "1.5万多元")
        XCTAssertEqual(Quantity(Decimal(string: "96.6")!, unit: "%", approximation: .about).description, "约96.6%")
        XCTAssertEqual(Quantity(0).description, "0")
    }

    func testEqualityIgnoresSourceTextButNotMagnitude() throws {
        XCTAssertEqual(try q("10名"), Quantity(10, unit: "名"))
        XCTAssertNotEqual(try q("1.5万元"), try q("15000元"))
        XCTAssertEqual(try q("1.5万元").value, try q("15000元").value)
    }

    // MARK: errors, each with its exact location (the value starts at 3:7)

    func assertBad(_ text: String, _ message: String, _ column: Int, hint: String? = nil,
                   file: StaticString = #filePath, line: UInt = #line) {
        guard let d = thrown({ () throws(Diagnostic) in try Quantity.parse(text, at: at(3, 7)) }, file: file, line: line)
        else { return }
        XCTAssertEqual(d.code, "bad-quantity", file: file, line: line)
        XCTAssertEqual(d.message, message, file: file, line: line)
        XCTAssertEqual(d.location, at(3, column), file: file, line: line)
        if let hint { XCTAssertEqual(d.hint, hint, file: file, line: line) }
    }

    func testRejectsEmptyText() {
        assertBad("", "数量为空", 7, hint: "写成数字加单位，如“10名”“650万元”“96.6%”“60余次”")
        assertBad("  ", "数量为空", 9)
    }

    func testRejectsWordsWithoutNumber() {
        assertBad("很多", "“很多”不是数量", 7)
        assertBad("约", "“约”不是数量", 7)
    }

    func testRejectsChineseNumerals() {
        assertBad("十名", "数量要用阿拉伯数字", 7, hint: "如“十名”写成“10名”")
    }

    func testRejectsStrayWordsAfterTheUnit() {
        assertBad("3个村级阵地", "单位“个”后面多了“村级阵地”", 9,
                  hint: "数量只写数字和单位，说明文字写进指标名，如“村级阵地: 3个”")
        assertBad("10名党员 ", "单位“名”后面多了“党员”", 10)
    }

    func testRejectsUnknownUnits() {
        assertBad("10斗", "不认识的单位“斗”", 9)
        assertBad("1.2.3", "数字中有多余的小数点", 10)
    }

    func testRejectsMisplacedThousandsSeparators() {
        assertBad("1,20元", "千位分隔符“,”的位置不对", 8)
        assertBad("1234,567", "千位分隔符“,”的位置不对", 11)
        assertBad("1,2345", "千位分隔符“,”的位置不对", 8)
    }

    func testRejectsFullWidthCommaInsideANumber() {
        assertBad("1，200元", "数字中间不能用中文逗号“，”", 8)
    }

    func testRejectsPointWithoutFraction() {
        assertBad("96.%", "小数点后面缺少数字", 9)
    }

    func testRejectsMagnitudeOnAPercentage() {
        assertBad("1万%", "“%”前面不能带“万”或“亿”", 9)
    }

    func testRejectsTwoApproximationMarks() {
        assertBad("约60余次", "约数标记重复", 10)
        assertBad("60余多次", "约数标记重复", 10)
    }

    func testRejectsTooManyDigits() {
        assertBad(String(repeating: "9", count: 31), "数字位数太多", 7)
    }

    func testTrailingLineBreakOfABlockScalarIsIgnored() throws {
        XCTAssertEqual(try q("3个\n").value, 3)
    }

    func testErrorLocationFollowsLineBreaksInTheText() {
        guard let d = thrown({ () throws(Diagnostic) in try Quantity.parse("10\n名党员", at: at(3, 7)) }) else { return }
        XCTAssertEqual(d.location, at(4, 2))
    }
}
