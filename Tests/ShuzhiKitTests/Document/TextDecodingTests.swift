import Foundation
import XCTest
@testable import ShuzhiKit

/// Text in the encodings Chinese Windows tools write.
final class TextDecodingTests: XCTestCase {
    static let report = "一、履职情况\n（一）强化责任落实，发展党员12名。\n"

    func testUTF8IsReadWithoutANote() throws {
        let text = try DocumentText.read(Array(Self.report.utf8), name: "a.txt")
        XCTAssertEqual(text.text, Self.report)
        XCTAssertTrue(text.notes.isEmpty)
    }

    func testGBKTextIsReadAsGB18030WithANote() throws {
        let gbk = try Iconv.convert(Array(Self.report.utf8), from: "UTF-8", to: "GBK")
        let text = try DocumentText.read(gbk, name: "a.txt")
        XCTAssertEqual(text.text, Self.report)
        XCTAssertEqual(text.notes.map { DiagnosticPrinter.text($0) }, [
            "a.txt: note[text-encoding]: 文件不是UTF-8编码，已按GBK/GB18030读取\n  提示：shuzhi写出的文件都是UTF-8；建议把这个文件也另存为UTF-8（记事本：另存为→编码选UTF-8）\n",
        ])
    }

    func testGB18030FourByteCharactersAreRead() throws {
        let source = "吉祥的𠮷字，€\n"
        let bytes = try Iconv.convert(Array(source.utf8), from: "UTF-8", to: "GB18030")
        XCTAssertEqual(try DocumentText.read(bytes, name: "a.txt").text, source)
    }

    func testUTF16WithAByteOrderMarkIsReadWithANote() throws {
        let le: [UInt8] = [0xFF, 0xFE] + Self.report.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + Self.report.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let a = try DocumentText.read(le, name: "a.txt")
        let b = try DocumentText.read(be, name: "b.txt")
        XCTAssertEqual(a.text, Self.report)
        XCTAssertEqual(b.text, Self.report)
        XCTAssertEqual(a.notes.first?.message, "文件不是UTF-8编码，已按UTF-16LE读取")
        XCTAssertEqual(b.notes.first?.message, "文件不是UTF-8编码，已按UTF-16BE读取")
    }

    func testBytesThatAreNeitherUTF8NorGB18030AreAClearError() {
        // 0x80 and 0xFF are not GB 18030 lead bytes.
        let bytes: [UInt8] = Array("第一行\n".utf8) + [0x41, 0x80, 0xFF, 0x42]
        XCTAssertThrowsError(try DocumentText.read(bytes, name: "a.txt")) { error in
            let d = error as! Diagnostic
            XCTAssertEqual(d.code, "not-utf8")
            XCTAssertEqual(DiagnosticPrinter.text(d), "a.txt:2:2: error[not-utf8]: 文件既不是有效的UTF-8（第12字节），也不是有效的GBK/GB18030（第9字节）\n  提示：请把文件另存为UTF-8编码（记事本：另存为→编码选UTF-8）\n")
        }
    }

    func testBinaryFilesAreStillRefused() {
        XCTAssertThrowsError(try DocumentText.read([0x41, 0x00, 0x42], name: "a.bin")) { error in
            XCTAssertEqual((error as! Diagnostic).code, "binary-file")
        }
    }

    func testAnOddUTF16FileIsAnError() {
        XCTAssertThrowsError(try DocumentText.read([0xFF, 0xFE, 0x41], name: "a.txt")) { error in
            XCTAssertEqual((error as! Diagnostic).code, "not-utf8")
        }
    }
}
