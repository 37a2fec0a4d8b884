import Foundation
import XCTest

/// `export` and `draft` remove control characters from every format
/// (.txt, .md, .html, .docx) and warn where they were, exit code 0.
final class ControlCharacterExportTests: XCTestCase {
    static let report = "2024年度抓基层党建工作述职报告\n\n根据县委要求，现将情况报告如下：\n一、履职\u{1B}情况\n全年发展党员\u{07}10名。\n"

    func testExportRemovesThemFromEveryFormatAndWarns() throws {
        let folder = try temporaryFolder(self)
        let input = folder.appendingPathComponent("报告.txt")
        try Self.report.write(to: input, atomically: true, encoding: .utf8)
        for format in ["txt", "md", "html", "docx"] {
            let output = folder.appendingPathComponent("out.\(format)")
            let (code, _, stderr) = try BinaryRunner.run(["export", input.path, "-o", output.path])
            XCTAssertEqual(code, 0, format)
            XCTAssertTrue(stderr.contains("报告.txt:4:5: warning[export-control-character]: 删除了不可见的控制字符 U+001B"), stderr)
            XCTAssertTrue(stderr.contains("报告.txt:5:7: warning[export-control-character]: 删除了不可见的控制字符 U+0007"), stderr)
            let bytes = try Data(contentsOf: output)
            if format == "docx" {
                let (_, xml, _) = try BinaryRunner.run(["outline", output.path])
                XCTAssertFalse(xml.contains("\u{1B}") || xml.contains("\u{07}"), format)
            } else {
                XCTAssertFalse(bytes.contains(0x1B) || bytes.contains(0x07), format)
            }
        }
    }

    func testDraftWarnsAtThePlaceInTheInputFile() throws {
        let folder = try temporaryFolder(self)
        let example = try String(contentsOf: packageRoot.appendingPathComponent("Examples/青石镇2024.yaml"), encoding: .utf8)
        let input = folder.appendingPathComponent("2024.yaml")
        let edited = example.replacingOccurrences(of: "全年发展党员", with: "全年\u{07}发展党员")
        try edited.write(to: input, atomically: true, encoding: .utf8)
        let lines = edited.components(separatedBy: "\n")
        let line = try XCTUnwrap(lines.firstIndex { $0.contains("\u{07}") })
        let column = try XCTUnwrap(lines[line].firstIndex(of: "\u{07}")).utf16Offset(in: lines[line]) // ASCII and CJK: one UTF-16 unit each
        XCTAssertNotEqual(edited, example)
        let (code, stdout, stderr) = try BinaryRunner.run(["draft", input.path])
        XCTAssertEqual(code, 0)
        XCTAssertFalse(stdout.contains("\u{07}"))
        XCTAssertTrue(stdout.contains("全年发展党员"))
        XCTAssertTrue(stderr.contains("2024.yaml:\(line + 1):\(column + 1): warning[export-control-character]"), stderr)
    }
}
