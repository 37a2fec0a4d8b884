import XCTest
@testable import shuzhi

final class CLITests: XCTestCase {
    func testNoArgumentsPrintsOverviewAndSucceeds() {
        let r = runCLI([])
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.stdout.hasPrefix("shuzhi \(CLI.version)："))
        XCTAssertEqual(r.stderr, "")
    }

    func testVersionFlagPrintsVersion() {
        XCTAssertEqual(runCLI(["--version"]).stdout, "shuzhi \(CLI.version)\n")
    }

    func testMisspelledCommandSuggestsTheNearestOne() {
        let r = runCLI(["hepl"])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.stderr, """
            shuzhi: 错误：未知命令“hepl”，是不是“help”？
            用法：shuzhi <命令> [参数]；运行“shuzhi --help”查看所有命令

            """)
    }

    func testUnknownOptionIsAUsageError() {
        let r = runCLI(["help", "--bogus"])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.stderr, """
            shuzhi: 错误：未知选项“--bogus”
            用法：shuzhi help [命令]；运行“shuzhi help help”查看说明

            """)
    }

    func testHelpForACommandPrintsItsPage() {
        let r = runCLI(["help", "version"])
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(r.stdout, "用法：shuzhi version\n\n显示版本\n")
    }
}

/// Runs the tool in-process and returns what it printed and its exit code.
func runCLI(_ args: [String], stdin: String = "") -> (code: Int32, stdout: String, stderr: String) {
    let buffers = BufferConsole(stdin: Array(stdin.utf8))
    let code = CLI.run(args, console: buffers.console)
    return (code, buffers.stdout, buffers.stderr)
}
