import Foundation
import XCTest
@testable import ShuzhiKit

/// One rule for control characters in every format: removed, with a
/// warning for each line that had some.
final class ControlCharactersTests: XCTestCase {
    func testRemovesControlsButKeepsTabsLineFeedsAndLineEndingCRs() {
        let (text, warnings) = ControlCharacters.removing(from: "一、履职\u{1B}情况\r\n正文\u{7F}有\u{85}控制\t制表\n\u{FFFE}末行\r")
        XCTAssertEqual(text, "一、履职情况\r\n正文有控制\t制表\n末行")
        XCTAssertEqual(warnings.map(\.code), Array(repeating: .exportControlCharacter, count: 3))
        XCTAssertEqual(warnings.map { $0.location.map { "\($0.line):\($0.column)" } }, ["1:5", "2:3", "3:1"])
        XCTAssertEqual(warnings.map(\.severity), [.warning, .warning, .warning])
        XCTAssertEqual(warnings[1].message, "删除了不可见的控制字符 U+007F、U+0085（共2个）")
        XCTAssertEqual(warnings[2].message, "删除了不可见的控制字符 U+FFFE、U+000D（共2个）")
    }

    func testATextWithoutControlsIsReturnedAsItIs() {
        let text = "全年发展党员10名，争取资金650万元。\r\n下一步，……\n"
        let (out, warnings) = ControlCharacters.removing(from: text)
        XCTAssertEqual(out, text)
        XCTAssertEqual(warnings, [])
        XCTAssertFalse(ControlCharacters.occur(in: "，。、“”（）·€\u{A0}"))
    }

    /// A draft's warning points at the input file the user can edit.
    func testWarningPointsIntoTheSourceADraftCameFrom() {
        let source = "单位: 青石镇\n开头: 根据\u{07}要求\n"
        let (_, warnings) = ControlCharacters.removing(from: "标题\n\n根据\u{07}要求", source: source)
        XCTAssertEqual(warnings.first?.location, SourceLocation(line: 2, column: 7))
    }

    /// Each exporter, given a document that still holds control
    /// characters, writes none of them: the same rule in every format.
    func testEveryFormatRemovesThem() throws {
        let document = ExportDocument(
            title: "报告\u{07}题目",
            blocks: [
                .heading(level: 1, text: "一、履职\u{1B}情况"),
                .paragraph(runIn: "（一）\u{0}", runInLevel: 2, text: "正文\u{7F}\u{85}\u{FFFF}。"),
                .signature(lines: ["王明远\u{0C}", "2025年1月8日"]),
            ])
        func controls(_ text: String) -> [UInt32] {
            text.unicodeScalars.filter { ControlCharacters.isRemoved($0) && $0 != "\r" }.map(\.value)
        }
        XCTAssertEqual(controls(try String(decoding: PlainTextExporter().export(document), as: UTF8.self)), [])
        XCTAssertEqual(controls(MarkdownExporter().string(document)), [])
        XCTAssertEqual(controls(HTMLExporter().string(document)), [])
        var docx = try ZipArchive(DocxExporter().export(document))
        for name in docx.entries.map(\.name) where name.hasSuffix(".xml") {
            let bytes = try XCTUnwrap(try docx.read(name))
            XCTAssertEqual(controls(String(decoding: bytes, as: UTF8.self)), [], name)
        }
        XCTAssertTrue(MarkdownExporter().string(document).contains("正文。"))
        XCTAssertTrue(try String(decoding: PlainTextExporter().export(document), as: UTF8.self).contains("（一）正文。"))
    }
}
