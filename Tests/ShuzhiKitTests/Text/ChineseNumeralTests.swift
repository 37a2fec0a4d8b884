import XCTest
@testable import ShuzhiKit

final class ChineseNumeralTests: XCTestCase {
    func check(_ cases: [(Int, String)], line: UInt = #line) {
        for (n, text) in cases {
            XCTAssertEqual(ChineseNumeral.string(n), text, "\(n)", line: line)
        }
    }

    func testSingleDigitsAndZero() {
        check([(0, "零"), (1, "一"), (2, "二"), (5, "五"), (9, "九")])
    }

    func testTensDropTheLeadingOneOnlyAtTheStart() {
        check([(10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"), (99, "九十九")])
        check([(110, "一百一十"), (111, "一百一十一"), (1010, "一千零一十"), (10010, "一万零一十")])
        check([(100000, "十万"), (110000, "十一万"), (100001, "十万零一"), (150000, "十五万")])
    }

    func testZeroPlacementInsideAGroup() {
        check([(100, "一百"), (101, "一百零一"), (105, "一百零五"), (120, "一百二十"), (1000, "一千")])
        check([(1001, "一千零一"), (1100, "一千一百"), (1020, "一千零二十"), (9999, "九千九百九十九")])
    }

    func testZeroPlacementAcrossTenThousands() {
        check([(10000, "一万"), (10001, "一万零一"), (10100, "一万零一百"), (11000, "一万一千")])
        check([(20020, "二万零二十"), (99999, "九万九千九百九十九"), (101000, "十万一千")])
        check([(1000000, "一百万"), (10000000, "一千万"), (10010000, "一千零一万")])
    }

    func testHundredMillions() {
        check([(100000000, "一亿"), (100000001, "一亿零一"), (100010000, "一亿零一万"), (100001000, "一亿零一千")])
        check([(1000000000, "十亿"), (1200000000, "十二亿"), (123456789, "一亿二千三百四十五万六千七百八十九")])
    }

    func testNegativeNumbers() {
        check([(-1, "负一"), (-10, "负十"), (-105, "负一百零五")])
        XCTAssertTrue(ChineseNumeral.string(Int.min).hasPrefix("负"))
    }

    func testEveryNumberUpToOneHundredThousandIsWellFormed() {
        for n in 0...100_000 {
            let s = ChineseNumeral.string(n)
            XCTAssertFalse(s.contains("零零"), "\(n): \(s)")
            XCTAssertFalse(n > 0 && s.hasSuffix("零"), "\(n): \(s)")
            XCTAssertFalse(n > 0 && s.hasPrefix("零"), "\(n): \(s)")
            XCTAssertFalse(s.hasPrefix("一十"), "\(n): \(s)")
        }
    }
}
