import XCTest
@testable import ShuzhiKit

final class YearOnYearTests: XCTestCase {
    func change(_ current: String, _ previous: String, digits: Int = 1) throws(Diagnostic) -> YearOnYear {
        try YearOnYear(current: q(current), previous: q(previous), digits: digits)
    }

    func testIncrease() throws {
        let c = try change("12名", "10名")
        XCTAssertEqual(c.direction, .up)
        XCTAssertEqual(c.differenceWording, "增加2名")
        XCTAssertEqual(c.rateWording, "增长20%")
        XCTAssertEqual(c.signedDifference, "2名")
        XCTAssertEqual(c.signedRate, "20%")
    }

    func testDecrease() throws {
        let c = try change("31个", "34个")
        XCTAssertEqual(c.direction, .down)
        XCTAssertEqual(c.differenceWording, "减少3个")
        XCTAssertEqual(c.rateWording, "下降8.8%")
        XCTAssertEqual(c.signedDifference, "-3个")
        XCTAssertEqual(c.signedRate, "-8.8%")
    }

    func testNoChange() throws {
        let c = try change("10名", "10名")
        XCTAssertEqual(c.differenceWording, "持平")
        XCTAssertEqual(c.rateWording, "持平")
        XCTAssertEqual(c.signedDifference, "0名")
    }

    func testPercentagesChangeInPercentagePoints() throws {
        let up = try change("96.6%", "94.5%")
        XCTAssertEqual(up.differenceWording, "提高2.1个百分点")
        XCTAssertEqual(up.signedDifference, "2.1个百分点")
        let down = try change("94％", "94.5%")
        XCTAssertEqual(down.differenceWording, "下降0.5个百分点")
    }

    func testMoneyInWan() throws {
        XCTAssertEqual(try change("650万元", "600万元").differenceWording, "增加50万元")
        XCTAssertEqual(try change("650万元", "600万元").rateWording, "增长8.3%")
        XCTAssertEqual(try change("1.2亿元", "9000万元").differenceWording, "增加3000万元")
    }

    func testRateRoundsHalfUpAtTheStatedPrecision() throws {
        // 1/8 = 12.5%: one decimal keeps it, none rounds half up.
        XCTAssertEqual(try change("9个", "8个").rateWording, "增长12.5%")
        XCTAssertEqual(try change("9个", "8个", digits: 0).rateWording, "增长13%")
        XCTAssertEqual(try change("7个", "8个", digits: 0).rateWording, "下降13%")
        // 1/3 = 33.33…%
        XCTAssertEqual(try change("4个", "3个", digits: 2).rateWording, "增长33.33%")
        // 0.05% rounds to 0.1%, 0.04% to 0.0%: 基本持平.
        XCTAssertEqual(try change("2001元", "2000元", digits: 1).rateWording, "增长0.1%")
        XCTAssertEqual(try change("2000.8元", "2000元", digits: 1).rateWording, "基本持平")
    }

    func testZeroLastYearLeavesTheRateUndefined() throws {
        let c = try change("5个", "0个")
        XCTAssertNil(c.rate)
        XCTAssertNil(c.rateWording)
        XCTAssertNil(c.signedRate)
        XCTAssertEqual(c.differenceWording, "增加5个")
        XCTAssertEqual(try change("0个", "0个").rateWording, "持平")
    }

    func testNegativeLastYearRateIsRelativeToItsSize() throws {
        let c = try change("3万元", "-2万元")
        XCTAssertEqual(c.differenceWording, "增加5万元")
        XCTAssertEqual(c.rateWording, "增长250%")
    }

    func testFallToZeroIsAHundredPercentDecline() throws {
        XCTAssertEqual(try change("0起", "4起").rateWording, "下降100%")
    }

    func testApproximateValuesReadAbout() throws {
        let c = try change("60余次", "50次")
        XCTAssertEqual(c.differenceWording, "增加约10次")
        XCTAssertEqual(c.rateWording, "增长约20%")
        XCTAssertEqual(c.signedDifference, "10次")
    }

    func testUnitsMustMatch() {
        let d = thrown({ () throws(Diagnostic) in try YearOnYear(current: q("10名"), previous: q("10人"), at: at(9, 9)) })
        XCTAssertEqual(d?.code, "unit-mismatch")
        XCTAssertEqual(d?.message, "本年和上年的单位不一致：“名”和“人”")
        XCTAssertEqual(d?.location, at(9, 9))
    }
}
