import Foundation
import XCTest
@testable import shuzhi
@testable import ShuzhiKit

/// The commands that read reports take Word documents and GBK/UTF-16 text,
/// and GB 18030 output is exact.
final class DocumentCommandTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws { dir = try temporaryFolder(self) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func write(_ name: String, _ bytes: [UInt8]) { FileManager.default.createFile(atPath: path(name), contents: Data(bytes)) }
    func write(_ name: String, _ text: String) { write(name, Array(text.utf8)) }
    func read(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path(name))) }

    static let report = """
        根据县委要求，现将本人抓基层党建工作情况报告如下：
        一、履职情况
        （一）抓学习。每月学习一次，全年发展党员12名。
        （二）抓队伍。选好配强村班子。
        二、存在问题
        一是学习不深。二是创新不够。
        三、下一步工作打算
        一是加强学习。二是改进作风。

        """

    // MARK: GB 18030 output

    func testGB18030ToStandardOutputIsByteIdenticalToTheFile() throws {
        write("r.txt", Self.report)
        let file = try BinaryRunner.run(["export", path("r.txt"), "-o", path("o.txt"), "--encoding", "gb18030", "--crlf"])
        XCTAssertEqual(file.code, 0, file.stderr)
        let out = try BinaryRunner.runBytes(["export", path("r.txt"), "--encoding", "gb18030", "--crlf"])
        XCTAssertEqual(out.code, 0, out.stderr)
        XCTAssertEqual(out.stdout, try read("o.txt"))
        XCTAssertEqual(out.stdout.prefix(4), Data([0xB8, 0xF9, 0xBE, 0xDD]))  // 根据
    }

    func testGB18030DraftToStandardOutputIsByteIdenticalToTheFile() throws {
        let example = packageRoot.appendingPathComponent("Examples/青石镇2024.yaml").path
        let file = try BinaryRunner.run(["draft", example, "-o", path("d.txt"), "--encoding", "gb18030"])
        XCTAssertEqual(file.code, 0, file.stderr)
        let out = try BinaryRunner.runBytes(["draft", example, "--encoding", "gb18030"])
        XCTAssertEqual(out.stdout, try read("d.txt"))
    }

    func testAnUnencodableCharacterIsNamedWithItsFileLineAndColumn() throws {
        // glibc's GB 18030 has no code for U+E78D (a private-use character).
        write("r.txt", Self.report.replacingOccurrences(of: "选好配强", with: "选好配\u{E78D}强"))
        let r = try BinaryRunner.run(["export", path("r.txt"), "-o", path("o.txt"), "--encoding", "gb18030"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.hasPrefix("\(path("r.txt")):4:11: error[export-unencodable-character]: 字符“\u{E78D}”（U+E78D）无法用 GB18030 编码\n"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("o.txt")))
    }

    func testAnUnencodableCharacterInADraftIsNamedInTheInputFile() throws {
        write("a.yaml", "年度: 2024\n单位: 青石镇\n存在问题: 学习\u{E78D}不够。\n")
        let r = try BinaryRunner.run(["draft", path("a.yaml"), "--encoding", "gb18030"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("\(path("a.yaml")):3:9: error[export-unencodable-character]: 字符“\u{E78D}”（U+E78D）无法用 GB18030 编码\n"), r.stderr)
    }
}

/// Word documents and GBK text through every command that reads a report.
final class WordDocumentCommandTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws { dir = try temporaryFolder(self) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func write(_ name: String, _ bytes: [UInt8]) { FileManager.default.createFile(atPath: path(name), contents: Data(bytes)) }
    func write(_ name: String, _ text: String) { write(name, Array(text.utf8)) }

    /// The report as a .docx made by our exporter, whose paragraphs are the report's lines.
    func docx(_ text: String) -> [UInt8] {
        DocxExporter().export(ExportDocument(outline: OutlineReader.read(text, profile: Importer.detectTemplate(text).profile)))
    }

    static let withPlaceholder = DocumentCommandTests.report.replacingOccurrences(of: "选好配强村班子", with: "选好配强**村班子")

    func testCheckLocatesFindingsInAWordDocumentByParagraph() {
        write("2024.docx", docx(Self.withPlaceholder))
        let r = runCLI(["check", path("2024.docx")])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stdout.contains("""
            \(path("2024.docx")):第4段:12: error[placeholder]: 留有占位符“**村”
              提示：请填写实际内容
            \(path("2024.docx")):第4段:1: note: 这一段开头是“（二）抓队伍。选好配强**村班子……”

            """), r.stdout)
    }

    func testCheckJSONOfAWordDocumentSaysItCountsParagraphs() {
        write("2024.docx", docx(Self.withPlaceholder))
        let r = runCLI(["check", path("2024.docx"), "--format", "json"])
        XCTAssertTrue(r.stdout.contains(#""line":4,"column":12,"endLine":4,"endColumn":14,"unit":"paragraph","severity":"error","code":"placeholder""#), r.stdout)
    }

    func testCheckAFolderMixesWordDocumentsAndText() throws {
        try FileManager.default.createDirectory(atPath: path("各单位"), withIntermediateDirectories: true)
        write("各单位/甲镇.docx", docx(Self.withPlaceholder))
        write("各单位/乙镇.txt", DocumentCommandTests.report)
        write("各单位/丙镇.txt", try Iconv.convert(Array(Self.withPlaceholder.utf8), from: "UTF-8", to: "GB18030"))
        write("各单位/~$甲镇.docx", [0x01, 0x02])  // Word's lock file
        let r = runCLI(["check", path("各单位")])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stdout.contains("各单位/甲镇.docx:第4段:12: error[placeholder]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("各单位/丙镇.txt: note[text-encoding]: 文件不是UTF-8编码，已按GBK/GB18030读取\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("各单位/丙镇.txt:4:12: error[placeholder]"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("检查了3份：2份有错误\n"), r.stdout)
    }

    func testImportOfAWordDocumentGivesTheSameInputFileAsImportOfTheText() {
        write("r.txt", DocumentCommandTests.report)
        write("r.docx", docx(DocumentCommandTests.report))
        let text = runCLI(["import", path("r.txt")])
        let word = runCLI(["import", path("r.docx")])
        XCTAssertEqual(word.code, 0, word.stderr)
        // The first line names the file read.
        XCTAssertEqual(word.stdout.split(separator: "\n").dropFirst(), text.stdout.split(separator: "\n").dropFirst())
        XCTAssertFalse(word.stdout.isEmpty)
    }

    func testNewFromAWordDocumentStartsNextYear() {
        write("2023.txt", DocumentCommandTests.report)
        write("2023.docx", docx(DocumentCommandTests.report))
        let text = runCLI(["new", "--from", path("2023.txt"), "--year", "2024"])
        let word = runCLI(["new", "--from", path("2023.docx"), "--year", "2024"])
        XCTAssertEqual(word.code, 0, word.stderr)
        XCTAssertEqual(word.stdout, text.stdout)
        XCTAssertTrue(word.stdout.contains("年度: 2024"), word.stdout)
    }

    func testExportAndOutlineReadWordDocuments() {
        write("r.txt", DocumentCommandTests.report)
        write("r.docx", docx(DocumentCommandTests.report))
        XCTAssertEqual(runCLI(["export", path("r.docx"), "--format", "markdown"]).stdout,
                       runCLI(["export", path("r.txt"), "--format", "markdown"]).stdout)
        let outline = runCLI(["outline", path("r.docx")])
        XCTAssertEqual(outline.code, 0, outline.stderr)
        XCTAssertEqual(outline.stdout, runCLI(["outline", path("r.txt")]).stdout)
        let again = runCLI(["export", path("r.docx"), "-o", path("again.docx")])
        XCTAssertEqual(again.code, 0, again.stderr)
    }

    func testGBKAndUTF16ReportsAreReadWithANote() throws {
        write("gbk.txt", try Iconv.convert(Array(DocumentCommandTests.report.utf8), from: "UTF-8", to: "GBK"))
        write("utf16.txt", [0xFF, 0xFE] + DocumentCommandTests.report.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        for name in ["gbk.txt", "utf16.txt"] {
            let r = runCLI(["import", path(name)])
            XCTAssertEqual(r.code, 0, r.stderr)
            XCTAssertEqual(r.stdout.split(separator: "\n").dropFirst(),
                           runCLI(["import", "-"], stdin: DocumentCommandTests.report).stdout.split(separator: "\n").dropFirst())
            XCTAssertTrue(r.stderr.contains("note[text-encoding]"), r.stderr)
        }
    }

    func testAGBKInputFileDrafts() throws {
        let example = try String(contentsOf: packageRoot.appendingPathComponent("Examples/青石镇2024.yaml"), encoding: .utf8)
        write("a.yaml", try Iconv.convert(Array(example.utf8), from: "UTF-8", to: "GB18030"))
        let r = runCLI(["draft", path("a.yaml")])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(r.stdout, try String(contentsOf: packageRoot.appendingPathComponent("Examples/青石镇2024.txt"), encoding: .utf8))
        XCTAssertEqual(r.stderr, "\(path("a.yaml")): note[text-encoding]: 文件不是UTF-8编码，已按GBK/GB18030读取\n  提示：shuzhi写出的文件都是UTF-8；建议把这个文件也另存为UTF-8（记事本：另存为→编码选UTF-8）\n")
    }

    func testRefusedDocumentsExit1WithTheirCodeInEveryCommand() {
        write("old.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100))
        write("scan.docx", Array("%PDF-1.4\n".utf8))
        var cut = docx(DocumentCommandTests.report)
        cut.removeLast(cut.count / 2)
        write("cut.docx", cut)
        for (name, code) in [("old.docx", "docx-old-format"), ("scan.docx", "docx-not-docx"), ("cut.docx", "docx-corrupt")] {
            for args in [["check"], ["import"], ["outline"], ["export", "--format", "html"], ["new", "--from"]] {
                let r = runCLI(args + [path(name)])
                XCTAssertEqual(r.code, 1, "\(args) \(name)")
                let printed = r.stdout + r.stderr
                XCTAssertTrue(printed.contains("\(path(name)): error[\(code)]"), "\(args) \(name): \(printed)")
            }
        }
    }

    func testAWordDocumentIsNotAnInputFile() {
        write("a.docx", docx(DocumentCommandTests.report))
        let r = runCLI(["draft", path("a.docx")])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("error[binary-file]: 这是Word文档（.docx）或压缩包，不是文本文件"), r.stderr)
    }
}
