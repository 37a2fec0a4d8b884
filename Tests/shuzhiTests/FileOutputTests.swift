import Foundation
import XCTest
@testable import shuzhi

/// `-o` writes atomically, never onto an input, and leaves an existing
/// file byte for byte unchanged when the command fails.
final class FileOutputTests: XCTestCase {
    func testOutputIntoAMissingFolderIsAnIOError() throws {
        let dir = try temporaryFolder(self)
        let r = runCLI(["new", "-o", dir.path + "/没有/a.yaml"])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.stderr, "shuzhi: 错误：无法写入“\(dir.path)/没有/a.yaml”：文件夹“\(dir.path)/没有”不存在\n")
    }

    func testOutputToAFullDiskFailsWithExitCode2() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("没有 /dev/full") }
        let r = runCLI(["draft", packageRoot.appendingPathComponent("Examples/柳河社区2024.yaml").path, "-o", "/dev/full"])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.stderr, "shuzhi: 错误：无法写入“/dev/full”：磁盘已满\n")
    }

    func testOutputIntoAReadOnlyFolderLeavesNothingBehind() throws {
        guard getuid() != 0 else {
            // root ignores permissions; a read-only mount is not available in tests.
            throw XCTSkip("以 root 运行时文件夹权限不起作用，跳过只读文件夹测试")
        }
        let dir = try temporaryFolder(self)
        chmod(dir.path, 0o555)
        defer { chmod(dir.path, 0o755) }
        let r = runCLI(["new", "-o", dir.path + "/a.yaml"])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    func testOutputIntoAReadOnlyFileSystemIsAnIOError() throws {
        // /proc takes no new files, even from root.
        guard FileManager.default.fileExists(atPath: "/proc/self") else { throw XCTSkip("没有 /proc") }
        let r = runCLI(["draft", packageRoot.appendingPathComponent("Examples/柳河社区2024.yaml").path, "-o", "/proc/shuzhi-test.txt"])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.hasPrefix("shuzhi: 错误：无法写入“/proc/shuzhi-test.txt”："), r.stderr)
    }

    func testAtomicWriteReplacesWholeFileAndLeavesNoTemporaryFile() throws {
        let dir = try temporaryFolder(self)
        let target = dir.appendingPathComponent("out.txt").path
        try "旧内容".write(toFile: target, atomically: false, encoding: .utf8)
        try Files.write("新内容\n", to: target, inputs: [])
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "新内容\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["out.txt"])
    }

    func testWritingOntoAnInputIsRefusedEvenThroughAnotherPath() throws {
        let dir = try temporaryFolder(self)
        let input = dir.appendingPathComponent("in.yaml").path
        try "年度: 2024\n".write(toFile: input, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try Files.write("x", to: dir.path + "/./in.yaml", inputs: [input])) { error in
            XCTAssertEqual(error as? CLIError, .io("输出文件“\(dir.path)/./in.yaml”就是输入文件，拒绝覆盖；请换一个输出文件名"))
        }
        XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), "年度: 2024\n")
    }

    func testNewRefusesToOverwriteAnExistingFile() throws {
        let dir = try temporaryFolder(self)
        let target = dir.appendingPathComponent("2025.yaml").path
        try "已填写的内容".write(toFile: target, atomically: false, encoding: .utf8)
        let r = runCLI(["new", "-o", target])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "已填写的内容")
    }

    func testTwoConcurrentWritersLeaveOneCompleteFile() throws {
        let dir = try temporaryFolder(self)
        let target = dir.appendingPathComponent("out.txt").path
        let a = String(repeating: "甲", count: 200_000) + "\n"
        let b = String(repeating: "乙", count: 200_000) + "\n"
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            try? Files.write(i % 2 == 0 ? a : b, to: target, inputs: [])
        }
        let result = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(result == a || result == b)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["out.txt"])
    }

    func testMissingInputFileIsAnIOErrorThroughTheBinary() throws {
        let r = try BinaryRunner.run(["draft", "/没有这个文件.yaml"])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.stderr, "shuzhi: 错误：找不到文件“/没有这个文件.yaml”\n")
    }
}
