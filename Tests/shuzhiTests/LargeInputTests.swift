import Foundation
import XCTest
@testable import shuzhi

/// Large inputs checked by the real binary, at a twentieth of the sizes
/// that took half a minute and 575 MB before (a 20 MB one-line report, a
/// million-line block scalar, an 8 MB ASCII value): the finding at the very
/// end is placed exactly, and the memory the check uses beyond a tiny
/// file's stays within a small multiple of the input (it was 29 to 39
/// times the input before). Peak memory is read by GNU time, which starts
/// the binary from a small process: Linux would count this test process's
/// own memory in a child it started itself.
final class LargeInputTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            throw XCTSkip("/usr/bin/time (GNU time) is not installed: peak memory cannot be read")
        }
        dir = try temporaryFolder(self)
    }

    /// Exit code, output and peak resident memory (bytes) of `shuzhi check FILE`.
    private func check(_ name: String, _ text: String) throws -> (code: Int32, stdout: String, peak: Int) {
        let file = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        let report = dir.appendingPathComponent("\(name).time")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        p.arguments = ["-f", "%M", "-o", report.path, BinaryRunner.binary.path, "check", file.path]
        p.environment = ["SWIFT_BACKTRACE": "enable=no"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let lines = try String(contentsOf: report, encoding: .utf8).split(separator: "\n")
        guard let last = lines.last, let kilobytes = Int(last) else {
            throw XCTSkip("/usr/bin/time did not report the peak memory: \(lines)")
        }
        return (p.terminationStatus, stdout.replacingOccurrences(of: dir.path + "/", with: ""), kilobytes * 1024)
    }

    /// Checks `text`, expects `finding` in the output, and holds the memory
    /// used beyond a tiny file's to 12 times the input.
    private func assertChecked(_ name: String, _ text: String, finding: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let tiny = try check("小" + name, "年度: 2024\n单位: 青石镇\n结尾: 好。\n")
        let r = try check(name, text)
        XCTAssertEqual(r.code, 1, file: file, line: line)
        XCTAssertTrue(r.stdout.contains(finding), String(r.stdout.prefix(600)), file: file, line: line)
        let size = text.utf8.count
        XCTAssertLessThanOrEqual(r.peak - tiny.peak, 12 * size,
            "\(name): \(r.peak >> 20) MB at peak for \(size >> 10) KB, a tiny file \(tiny.peak >> 20) MB", file: file, line: line)
    }

    func testALongOneLineReport() throws {
        let sentence = "全年发展党员10名，争取资金650万元，开展主题党日活动48次，推动基层党组织全面进步全面过硬。"
        let n = 1_000_000 / sentence.utf8.count
        let text = "2024年度抓基层党建工作述职报告\n\n" + String(repeating: sentence, count: n) + "**村落实。\n"
        try assertChecked("单行.txt", text, finding: "单行.txt:3:\(n * sentence.count + 1): error[placeholder]: 留有占位符“**村”")
    }

    func testABlockScalarOfTwentyThousandLines() throws {
        let lines = (0..<20_000).map { "  第\($0)行，落实党建责任制。\n" }.joined()
        let text = "年度: 2024\n结尾: |\n" + lines + "  最后一行**村。\n"
        try assertChecked("块.yaml", text, finding: "块.yaml:20003:5: error[placeholder]: 留有占位符“**村”")
    }

    func testALongASCIIValue() throws {
        let n = 1_000_000 / 9
        let text = "年度: 2024\n单位: 青石镇\n结尾: " + String(repeating: "abcdefgh ", count: n) + "**村\n"
        try assertChecked("英文.yaml", text, finding: "英文.yaml:3:\(5 + 9 * n): error[placeholder]: 留有占位符“**村”")
    }
}
