import Foundation
import XCTest
@testable import ShuzhiKit

/// Rounding works on decimal digits, half away from zero, as NSDecimalRound `.plain` did.
final class DecimalRoundingTests: XCTestCase {
    func testRoundsHalfAwayFromZeroWithCarries() {
        let cases: [(String, Int, String)] = [
            ("2.345", 2, "2.35"), ("-2.345", 2, "-2.35"), ("9.995", 2, "10"), ("-0.5", 0, "-1"),
            ("0.05", 1, "0.1"), ("0.04", 1, "0"), ("12.3", 2, "12.3"), ("99.96", 1, "100"),
            ("96.55172413793103448275862068965517241", 1, "96.6"), ("1234567", 0, "1234567"),
        ]
        for (input, digits, expected) in cases {
            let rounded = DecimalText.rounded(Decimal(string: input)!, digits: digits)
            XCTAssertEqual(rounded, Decimal(string: expected)!, "\(input) to \(digits)")
            var value = Decimal(string: input)!
            var foundation = Decimal()
            NSDecimalRound(&foundation, &value, digits, .plain)
            XCTAssertEqual(rounded, foundation, "\(input) to \(digits) as Foundation")
        }
    }
}
