import XCTest
@testable import ShuzhiKit

final class QuantityArithmeticTests: XCTestCase {
    func testWanScalesWhenAddingToPlainYuan() throws {
        let sum = try q("1.2万元") + q("3000元")
        XCTAssertEqual(sum.description, "1.5万元")
        XCTAssertEqual(sum.value, 15000)
    }

    func testResultDropsToPlainUnitsBelowTheMagnitude() throws {
        XCTAssertEqual(try (q("1.2万元") - q("1.1万元")).description, "1000元")
        XCTAssertEqual(try (q("1.2亿元") + q("3000万元")).description, "1.5亿元")
        XCTAssertEqual(try (q("0.5亿元") - q("1000万元")).description, "4000万元")
    }

    func testPlainUnitsStayPlainWhenNoInputUsedWan() throws {
        XCTAssertEqual(try (q("8000元") + q("7000元")).description, "15000元")
    }

    func testAddingNamesToMoneyIsAUnitMismatchAtTheOperator() throws {
        let d = thrown({ () throws(Diagnostic) in try q("10名").adding(q("650万元"), at: at(5, 9)) })
        XCTAssertEqual(d?.code, "unit-mismatch")
        XCTAssertEqual(d?.message, "单位不一致：“名”和“万元”不能相加")
        XCTAssertEqual(d?.location, at(5, 9))
        XCTAssertEqual(d?.hint, "相加减的数量要用同一种单位，如都用“名”")
    }

    func testBareNumberAndUnitDoNotAdd() throws {
        let d = thrown({ () throws(Diagnostic) in try q("3") - q("2名") })
        XCTAssertEqual(d?.message, "单位不一致：不带单位的数和“名”不能相减")
    }

    func testPercentSignsOfBothWidthsAdd() throws {
        XCTAssertEqual(try (q("50％") + q("1.5%")).description, "51.5％")
    }

    func testDivisionOfLikeUnitsIsABareRatio() throws {
        let r = try q("58件") / q("60件")
        XCTAssertEqual(r.unit, "")
        XCTAssertEqual(r.rounded(digits: 4).description, "0.9667")
    }

    func testRatioTimesHundredPercentIsAPercentage() throws {
        let r = try q("56件") / q("58件") * q("100%")
        XCTAssertTrue(r.isPercent)
        XCTAssertEqual(r.rounded(digits: 1).description, "96.6%")
        let w = try q("56件") / q("58件") * q("100％")
        XCTAssertEqual(w.rounded(digits: 1).description, "96.6％")
    }

    func testQuantityTimesPercentKeepsTheUnit() throws {
        XCTAssertEqual(try (q("200名") * q("5%")).description, "10名")
        XCTAssertEqual(try (q("5%") * q("200名")).description, "10名")
        XCTAssertEqual(try (q("650万元") * q("2")).description, "1300万元")
    }

    func testTwoUnitsDoNotMultiply() throws {
        let d = thrown({ () throws(Diagnostic) in try q("3名") * q("2户") })
        XCTAssertEqual(d?.code, "unit-mismatch")
        XCTAssertEqual(d?.message, "单位不一致：“名”和“户”不能相乘")
    }

    func testUnlikeUnitsDivideAsPerUnit() throws {
        let perHousehold = try q("129.43万元") / q("174户")
        XCTAssertEqual(perHousehold.unit, "元")
        XCTAssertEqual(perHousehold.magnitude, .one)
        XCTAssertEqual(perHousehold.rounded(digits: 2).description, "7438.51元")
    }

    func testPercentDividedByACountIsAMismatch() throws {
        let d = thrown({ () throws(Diagnostic) in try q("50%") / q("3名") })
        XCTAssertEqual(d?.message, "单位不一致：“%”和“名”不能相除")
    }

    func testDivisionByZeroIsLocatedAtTheOperator() throws {
        let d = thrown({ () throws(Diagnostic) in try q("3名").divided(by: q("0名"), at: at(2, 4)) })
        XCTAssertEqual(d?.code, "division-by-zero")
        XCTAssertEqual(d?.message, "除数为0")
        XCTAssertEqual(d?.location, at(2, 4))
    }

    func testApproximationPropagates() throws {
        XCTAssertEqual(try (q("60余次") + q("3次")).description, "63余次")
        XCTAssertEqual(try (q("3次") + q("60多次")).description, "63多次")
        XCTAssertEqual(try (q("60余次") - q("3次")).description, "57余次")
        XCTAssertEqual(try (q("100次") - q("60余次")).description, "约40次")
        XCTAssertEqual(try (q("60余次") * q("2")).description, "120余次")
        XCTAssertEqual(try (q("60余次") / q("60余次")).description, "约1")
        XCTAssertEqual(try (q("1.2万余元") + q("3000元")).description, "1.5万余元")
        XCTAssertEqual(try (q("约10次") + q("60余次")).description, "约70次")
    }

    func testNegationTurnsALowerBoundIntoAbout() throws {
        XCTAssertEqual(try q("60余次").negated.description, "约-60次")
        XCTAssertEqual(try q("3名").negated.description, "-3名")
    }

    func testRoundingIsHalfUpAwayFromZeroInTheBaseUnit() throws {
        XCTAssertEqual(Quantity(Decimal(string: "2.25")!, unit: "%").rounded(digits: 1).description, "2.3%")
        XCTAssertEqual(Quantity(Decimal(string: "-2.25")!, unit: "%").rounded(digits: 1).description, "-2.3%")
        XCTAssertEqual(Quantity(Decimal(string: "2.24999")!, unit: "%").rounded(digits: 1).description, "2.2%")
        XCTAssertEqual(Quantity(Decimal(string: "1.23456")!, unit: "元", magnitude: .wan).rounded(digits: 0).description, "1.2346万元")
    }

    func testRoundingKeepsSourceTextWhenNothingIsLost() throws {
        XCTAssertEqual(try q("96.60％").rounded(digits: 1).description, "96.60％")
    }
}
