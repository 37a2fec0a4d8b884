import Foundation
import XCTest
@testable import ShuzhiKit

final class ZipWriterTests: XCTestCase {
    /// Little-endian reads from an archive.
    private func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    private func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }

    func testAnEmptyArchiveIsOnlyTheEndRecord() {
        XCTAssertEqual(ZipWriter().finish(), [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
    }

    func testLocalHeaderCentralDirectoryAndEndRecordAgree() {
        var zip = ZipWriter()
        zip.add("a.txt", Array("abc".utf8))
        zip.add("dir/b.xml", Array("123456789".utf8))
        let b = zip.finish()
        // First local header.
        XCTAssertEqual(u32(b, 0), 0x0403_4B50)
        XCTAssertEqual(u16(b, 8), 0)  // stored
        XCTAssertEqual(u16(b, 10), 0)  // time 00:00
        XCTAssertEqual(u16(b, 12), 0x21)  // date 1980-01-01
        XCTAssertEqual(u32(b, 14), 0x3524_41C2)
        XCTAssertEqual(u32(b, 18), 3)
        XCTAssertEqual(u32(b, 22), 3)
        XCTAssertEqual(u16(b, 26), 5)
        XCTAssertEqual(Array(b[30..<35]), Array("a.txt".utf8))
        XCTAssertEqual(Array(b[35..<38]), Array("abc".utf8))
        // Second local header starts right after.
        XCTAssertEqual(u32(b, 38), 0x0403_4B50)
        XCTAssertEqual(u32(b, 38 + 14), 0xCBF4_3926)
        // End record: 22 bytes at the end.
        let end = b.count - 22
        XCTAssertEqual(u32(b, end), 0x0605_4B50)
        XCTAssertEqual(u16(b, end + 8), 2)
        XCTAssertEqual(u16(b, end + 10), 2)
        let centralSize = Int(u32(b, end + 12))
        let centralOffset = Int(u32(b, end + 16))
        XCTAssertEqual(centralOffset + centralSize, end)
        XCTAssertEqual(centralOffset, 38 + 30 + 9 + 9)
        // Central headers point back at the local headers.
        XCTAssertEqual(u32(b, centralOffset), 0x0201_4B50)
        XCTAssertEqual(u32(b, centralOffset + 42), 0)
        let second = centralOffset + 46 + 5
        XCTAssertEqual(u32(b, second), 0x0201_4B50)
        XCTAssertEqual(u32(b, second + 16), 0xCBF4_3926)
        XCTAssertEqual(u32(b, second + 42), 38)
        XCTAssertEqual(Array(b[(second + 46)..<(second + 55)]), Array("dir/b.xml".utf8))
    }

    func testTheSameEntriesGiveTheSameBytes() {
        XCTAssertEqual(DocxExporter().export(ExportSamples.small), DocxExporter().export(ExportSamples.small))
    }

    func testUnzipAcceptsTheArchive() throws {
        guard let unzip = ExportTestSupport.tool("unzip") else {
            throw XCTSkip("未找到 unzip 命令，跳过 ZIP 校验；用 apt-get install unzip 安装")
        }
        let folder = try ExportTestSupport.temporaryFolder(self)
        let file = folder.appendingPathComponent("t.zip")
        try Data(DocxExporter().export(ExportSamples.long)).write(to: file)
        let (status, output) = try ExportTestSupport.run(unzip, ["-t", file.path])
        XCTAssertEqual(status, 0, String(decoding: output, as: UTF8.self))
        XCTAssertTrue(String(decoding: output, as: UTF8.self).contains("No errors detected"))
    }
}
