import Foundation
import XCTest
@testable import shuzhi
@testable import ShuzhiKit

/// Inputs collected from many offices: some not text at all, some huge,
/// some deeply nested. Each gets a located error or a result with the
/// exact exit code and diagnostic code; none crashes or hangs.
final class HostileInputTests: XCTestCase {
    private func draft(bytes: [UInt8], file: String = "in.yaml") throws -> (code: Int32, stderr: String) {
        let dir = try temporaryFolder(self)
        let path = dir.appendingPathComponent(file).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let r = runCLI(["draft", path, "-o", dir.appendingPathComponent("out.txt").path])
        // Whatever happened, a failed run leaves no output file behind.
        if r.code != 0 {
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.txt").path))
        }
        return (r.code, r.stderr.replacingOccurrences(of: dir.path + "/", with: ""))
    }

    func testBinaryFileIsRejectedAsNotText() throws {
        let r = try draft(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0xFF, 0x10])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.hasPrefix("in.yaml:1:5: error[binary-file]: 文件含有空字节（第5字节），不是文本文件\n"), r.stderr)
    }

    func testAWordDocumentIsNamedAsOne() throws {
        let r = try draft(bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.hasPrefix("in.yaml:1:1: error[binary-file]: 这是Word文档（.docx）或压缩包，不是文本文件\n"), r.stderr)
    }

    /// The other files handed over instead of text: named, not reported as bad UTF-8.
    func testOldWordDocumentsRTFAndArchivesAreNamed() throws {
        let files: [(bytes: [UInt8], named: String)] = [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00], "这是旧版Word（.doc）或WPS（.wps）文档，不是文本文件"),
            (Array("{\\rtf1\\ansi 年度".utf8), "这是RTF文档，不是文本文件"),
            ([0x1F, 0x8B, 0x08, 0x00, 0x00], "这是压缩包（gzip、RAR或7z），不是文本文件"),
            (Array("Rar!\u{1A}\u{07}\u{00}".utf8), "这是压缩包（gzip、RAR或7z），不是文本文件"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00], "这是压缩包（gzip、RAR或7z），不是文本文件"),
        ]
        for file in files {
            let r = try draft(bytes: file.bytes)
            XCTAssertEqual(r.code, 1)
            XCTAssertTrue(r.stderr.hasPrefix("in.yaml:1:1: error[binary-file]: \(file.named)\n"), r.stderr)
        }
        let dir = try temporaryFolder(self)
        let gz = dir.appendingPathComponent("报告.txt.gz").path
        FileManager.default.createFile(atPath: gz, contents: Data([0x1F, 0x8B, 0x08, 0x00, 0x00]))
        let check = runCLI(["check", gz])
        XCTAssertEqual(check.code, 1)
        XCTAssertTrue(check.stdout.contains("报告.txt.gz: error[docx-not-docx]: 这是压缩包（gzip、RAR或7z），不是Word文档或文本文件\n"), check.stdout)
    }

    func testInvalidUTF8NamesTheByteOffset() throws {
        let r = try draft(bytes: Array("年度: 2024\n单位: ".utf8) + [0xC3, 0x28])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.hasPrefix("in.yaml:2:5: error[not-utf8]: 文件既不是有效的UTF-8（第22字节），也不是有效的GBK/GB18030（第22字节）\n"), r.stderr)
    }

    func testUTF16WithBOMIsReadWithANote() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "年度: 2024\n单位: 青石镇\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let r = try draft(bytes: bytes)
        XCTAssertTrue(r.stderr.hasPrefix("in.yaml: note[text-encoding]: 文件不是UTF-8编码，已按UTF-16LE读取\n"), r.stderr)
        XCTAssertFalse(r.stderr.contains("error"), r.stderr)
    }

    func testGB18030TextIsReadWithANote() throws {
        // 年度: 2024 / 单位: 青石镇, in GB18030.
        let bytes: [UInt8] = [0xC4, 0xEA, 0xB6, 0xC8, 0x3A, 0x20, 0x32, 0x30, 0x32, 0x34, 0x0A,
                              0xB5, 0xA5, 0xCE, 0xBB, 0x3A, 0x20, 0xC7, 0xE0, 0xCA, 0xAF, 0xD5, 0xF2, 0x0A]
        let r = try draft(bytes: bytes)
        XCTAssertTrue(r.stderr.hasPrefix("in.yaml: note[text-encoding]: 文件不是UTF-8编码，已按GBK/GB18030读取\n"), r.stderr)
        XCTAssertFalse(r.stderr.contains("error"), r.stderr)
    }

    func testEmptyFileIsAnErrorWithAHint() throws {
        let r = try draft(bytes: [])
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.stderr, "in.yaml:1:1: error[empty-input]: 输入文件是空的\n  提示：运行“shuzhi new -o 文件名.yaml”生成一个带说明的输入文件\n")
    }

    func testTenThousandLevelsOfNestingGiveAnErrorNotACrash() throws {
        var text = ""
        for depth in 0..<10_000 {
            text += String(repeating: " ", count: depth) + "a:\n"
        }
        let r = try draft(bytes: Array(text.utf8))
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("error[nesting-too-deep]"), String(r.stderr.prefix(300)))
    }

    func testAHundredThousandListItemsAreRead() throws {
        var text = "下一步:\n  措施:\n"
        for i in 0..<100_000 { text += "    - 措施\(i)\n" }
        let root = try InputReader.read(text)
        XCTAssertEqual(root["下一步"]?["措施"]?.items?.count, 100_000)
    }

    func testAFiftyMegabyteSingleLineIsRead() throws {
        let long = String(repeating: "抓党建促发展", count: 50 * 1024 * 1024 / 18)
        let root = try InputReader.read("结尾: " + long + "\n")
        XCTAssertEqual(root["结尾"]?.string?.count, long.count)
    }

    func testTemplateNestedTenThousandLevelsIsRefusedNotACrash() {
        let source = String(repeating: "{{#a}}", count: 10_000) + "x" + String(repeating: "{{/a}}", count: 10_000)
        XCTAssertThrowsError(try Template(source)) { error in
            XCTAssertEqual((error as? Diagnostic)?.code.rawValue, "nesting-too-deep")
        }
    }

    func testFormulasBuiltToOverflowTheStackDoNotEndAFolderCheck() throws {
        // Each of these crashed the whole `check DIR` (exit 139) before.
        let dir = try temporaryFolder(self)
        let example = try String(contentsOf: packageRoot.appendingPathComponent("Examples/青石镇2024.yaml"), encoding: .utf8)
        func withMetric(_ formula: String) -> Data {
            Data(example.replacingOccurrences(of: "指标:\n", with: "指标:\n  深: \"" + formula + "\"\n").utf8)
        }
        let files: [String: Data] = [
            "a括号.yaml": withMetric("=" + String(repeating: "(", count: 6_000) + "1" + String(repeating: ")", count: 6_000)),
            "b负号.yaml": withMetric("=" + String(repeating: "-", count: 6_000) + "1"),
            "c求和.yaml": withMetric("=" + Array(repeating: "1", count: 8_000).joined(separator: "+")),
            "d示例.yaml": Data(example.utf8),
        ]
        for (name, data) in files { FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: data) }
        let r = runCLI(["check", dir.path])
        XCTAssertEqual(r.code, 1, r.stdout)
        XCTAssertTrue(r.stdout.contains("a括号.yaml:9:108: error[bad-formula]: 括号嵌套超过100层"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("检查了4份：1份有错误\n"), r.stdout)
    }

    func testPartialThatIncludesItselfEndsWithAnError() throws {
        let t = try Template("{{>self}}")
        XCTAssertThrowsError(try t.render(.null, options: RenderOptions(partials: ["self": "x{{>self}}"]))) { error in
            XCTAssertEqual((error as? Diagnostic)?.code.rawValue, "partial-depth")
        }
    }
}
