import XCTest
@testable import ShuzhiKit

final class CRC32Tests: XCTestCase {
    func testChecksumsMatchTheKnownVectors() {
        XCTAssertEqual(CRC32.checksum(Array("".utf8)), 0x0000_0000)
        XCTAssertEqual(CRC32.checksum(Array("a".utf8)), 0xE8B7_BE43)
        XCTAssertEqual(CRC32.checksum(Array("abc".utf8)), 0x3524_41C2)
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(
            CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
    }

    func testChecksumOfAllZeroBytes() {
        XCTAssertEqual(CRC32.checksum([UInt8](repeating: 0, count: 32)), 0x190A_55AD)
    }

    func testTableStartsWithTheReflectedPolynomialValues() {
        XCTAssertEqual(CRC32.table[0], 0)
        XCTAssertEqual(CRC32.table[1], 0x7707_3096)
        XCTAssertEqual(CRC32.table[128], 0xEDB8_8320)
        XCTAssertEqual(CRC32.table[255], 0x2D02_EF8D)
    }
}
