import Foundation
import XCTest
@testable import ShuzhiKit

/// Unpacks an exported DOCX with the system's `unzip` and reads the XML back,
/// so the archive is checked by a ZIP reader that is not ours.
final class DocxUnzipTests: XCTestCase {
    private func unpack() throws -> (String, URL) {
        guard let unzip = ExportTestSupport.tool("unzip") else {
            throw XCTSkip("未找到 unzip 命令，跳过 DOCX 解包测试；用 apt-get install unzip 安装")
        }
        let folder = try ExportTestSupport.temporaryFolder(self)
        let file = folder.appendingPathComponent("report.docx")
        try Data(DocxExporter(options: .init(grid: .linesAndChars)).export(ExportSamples.small)).write(to: file)
        let (status, _) = try ExportTestSupport.run(unzip, ["-q", file.path, "-d", folder.appendingPathComponent("x").path])
        XCTAssertEqual(status, 0)
        return (unzip, folder.appendingPathComponent("x"))
    }

    private func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func testUnzippedPackageHasEveryPart() throws {
        let (_, folder) = try unpack()
        for path in ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                     "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
                     "word/footer2.xml", "docProps/core.xml", "docProps/app.xml"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), path)
        }
    }

    func testUnzippedDocumentHasA4PageMarginsGridAndFooters() throws {
        let (_, folder) = try unpack()
        let document = try read(folder, "word/document.xml")
        XCTAssertTrue(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        XCTAssertTrue(document.contains(#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#))
        XCTAssertTrue(document.contains(#"<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>"#))
        XCTAssertTrue(document.contains(#"<w:footerReference w:type="even" r:id="rIdFooterEven"/>"#))
        let styles = try read(folder, "word/styles.xml")
        XCTAssertTrue(styles.contains(#"w:eastAsia="仿宋_GB2312""#))
        XCTAssertTrue(styles.contains(#"<w:sz w:val="32"/>"#))
        XCTAssertTrue(styles.contains(#"<w:sz w:val="44"/>"#))
        XCTAssertTrue(styles.contains(#"w:eastAsia="黑体""#))
        XCTAssertTrue(styles.contains(#"w:eastAsia="楷体_GB2312""#))
        XCTAssertTrue(styles.contains(#"w:firstLineChars="200""#))
        let footer = try read(folder, "word/footer1.xml")
        XCTAssertTrue(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        XCTAssertTrue(try read(folder, "word/settings.xml").contains("<w:evenAndOddHeaders/>"))
    }

    func testUnzipListsStoredEntriesWithTheFixedDate() throws {
        let (unzip, folder) = try unpack()
        let (status, listing) = try ExportTestSupport.run(
            unzip, ["-Z", "-T", folder.deletingLastPathComponent().appendingPathComponent("report.docx").path])
        XCTAssertEqual(status, 0)
        let text = String(decoding: listing, as: UTF8.self)
        XCTAssertTrue(text.contains("stor 19800101.000000 [Content_Types].xml"), text)
        XCTAssertFalse(text.contains("defN"))
    }
}
