import Foundation
import XCTest
@testable import shuzhi
@testable import ShuzhiKit

/// What shuzhi reads and writes when a path is not what it seems: only
/// regular files and standard input, at most 64 MB, never a pipe opened to
/// wait on; a folder's odd entries are passed over; a write interrupted by
/// a signal leaves nothing behind; a read-only file is not replaced.
final class FileLimitsTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws { dir = try temporaryFolder(self) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) { FileManager.default.createFile(atPath: path(name), contents: Data(text.utf8)) }
    var example: String { packageRoot.appendingPathComponent("Examples/青石镇2024.yaml").path }
    let report = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"

    private func fifo(_ name: String) throws {
        guard mkfifo(path(name), 0o644) == 0 else { throw XCTSkip("mkfifo failed here: \(errno)") }
    }

    private func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(name), withDestinationPath: target)
    }

    // MARK: Reading

    func testADeviceIsRefusedAtOnce() {
        let r = runCLI(["check", "/dev/zero"])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.stdout, "/dev/zero: error[not-a-file]: 这是设备文件，不是普通文件\n  提示：shuzhi只读普通文件（和用“-”表示的标准输入）\n")
    }

    func testANamedPipeIsRefusedWithoutWaitingForAWriter() throws {
        try fifo("管道.yaml")
        let r = runCLI(["draft", path("管道.yaml")])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.contains("管道.yaml: error[not-a-file]: 这是命名管道（FIFO），不是普通文件"), r.stderr)
    }

    func testAFolderNamedAsAFileIsRefused() {
        let r = runCLI(["draft", dir.path])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.contains("error[not-a-file]: 这是文件夹，不是普通文件"), r.stderr)
    }

    func testStandardInputEndlessIsCutAtTheLimit() throws {
        // /dev/zero as standard input of the real binary: read up to 64 MB and one byte, then refused.
        let p = Process()
        p.executableURL = BinaryRunner.binary
        p.arguments = ["check", "-"]
        p.standardInput = FileHandle(forReadingAtPath: "/dev/zero")
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 2)
        XCTAssertTrue(text.hasPrefix("<标准输入>: error[file-too-large]: 内容超过64 MB的上限，不读取\n"), text)
    }

    func testAFileOverTheLimitIsRefusedBeforeReading() throws {
        // A sparse file: 65 MB long, no disk space used.
        let fd = open(path("大.txt"), O_CREAT | O_WRONLY, 0o644)
        XCTAssertEqual(ftruncate(fd, off_t(65 * 1024 * 1024)), 0)
        close(fd)
        let r = runCLI(["check", path("大.txt")])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stdout.contains("大.txt: error[file-too-large]: 文件有65 MB，超过64 MB的上限，不读取\n"), r.stdout)
    }

    func testALinkLoopAndADanglingLinkAreNamedForWhatTheyAre() throws {
        try link("环1.txt", to: path("环2.txt"))
        try link("环2.txt", to: path("环1.txt"))
        try link("断.txt", to: path("不存在.txt"))
        let loop = runCLI(["draft", path("环1.txt")])
        XCTAssertEqual(loop.code, 2)
        XCTAssertEqual(loop.stderr, "shuzhi: 错误：“\(path("环1.txt"))”是循环的符号链接（链接最终指回自己），找不到真正的文件\n")
        let dangling = runCLI(["draft", path("断.txt")])
        XCTAssertEqual(dangling.stderr, "shuzhi: 错误：“\(path("断.txt"))”是符号链接，但它指向的文件不存在\n")
        XCTAssertEqual(runCLI(["draft", path("没有.txt")]).stderr, "shuzhi: 错误：找不到文件“\(path("没有.txt"))”\n")
    }

    func testAFolderPassesOverPipesAndDevicesAndChecksTheRest() throws {
        try FileManager.default.createDirectory(atPath: path("各单位"), withIntermediateDirectories: true)
        write("各单位/甲.txt", report)
        try fifo("各单位/乙.txt")
        try link("各单位/丙.txt", to: "/dev/zero")
        try link("各单位/丁.txt", to: path("各单位/丁.txt"))
        let r = runCLI(["check", path("各单位")])
        XCTAssertEqual(r.code, 2, r.stdout)
        XCTAssertTrue(r.stdout.contains("各单位/乙.txt: note[not-a-file]: 已跳过：这是命名管道（FIFO），不是普通文件\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("各单位/丙.txt: note[not-a-file]: 已跳过：这是设备文件，不是普通文件\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("丁.txt”是循环的符号链接"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("检查了2份：0份有错误，1份无法读取；跳过2个不是普通文件的\n"), r.stdout)
        let json = runCLI(["check", path("各单位"), "--format", "json"])
        XCTAssertTrue(json.stdout.contains("{\"file\":\"\(path("各单位/乙.txt"))\",\"skipped\":\"已跳过：这是命名管道（FIFO），不是普通文件\"}\n"), json.stdout)
    }

    func testUnreadableFilesAreNotCountedAmongThoseWithErrors() {
        write("a.txt", report.replacingOccurrences(of: "班子", with: "**村班子"))
        write("b.txt", report)
        let r = runCLI(["check", path("a.txt"), path("b.txt"), path("没有.txt")])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stdout.hasSuffix("检查了3份：1份有错误，1份无法读取\n"), r.stdout)
    }

    func testAPDFIsNamedAsOne() {
        write("报告.txt", "%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n")
        write("报告.yaml", "%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n")
        let check = runCLI(["check", path("报告.txt")])
        XCTAssertEqual(check.code, 1)
        XCTAssertTrue(check.stdout.contains("这是PDF文件"), check.stdout)
        let draft = runCLI(["draft", path("报告.yaml")])
        XCTAssertEqual(draft.code, 1)
        XCTAssertTrue(draft.stderr.contains("error[binary-file]: 这是PDF文件，不是文本文件"), draft.stderr)
    }

    func testEveryCommandCallsAnEmptyFileEmpty() {
        write("空.txt", "")
        write("空.yaml", "\n   \n")
        let commands: [[String]] = [
            ["check", path("空.txt")], ["check", path("空.yaml")], ["draft", path("空.yaml")],
            ["export", path("空.txt")], ["outline", path("空.txt")], ["parse", path("空.yaml")],
            ["import", path("空.txt")], ["new", "--from", path("空.txt")], ["new", "--from", path("空.yaml")],
        ]
        for args in commands {
            let r = runCLI(args)
            XCTAssertEqual(r.code, 1, "\(args)")
            XCTAssertTrue((r.stdout + r.stderr).contains(":1:1: error[empty-input]: "), "\(args): \(r.stdout)\(r.stderr)")
        }
    }

    // MARK: Template folders

    func testAPartialMustBeTheFoldersOwnFile() throws {
        try FileManager.default.createDirectory(atPath: path("子模板"), withIntermediateDirectories: true)
        write("外面.mustache", "机密{{x}}")
        write("模板.mustache", "见{{>甲}}")
        write("数据.json", "{\"x\": 1}")
        try link("子模板/甲.mustache", to: path("外面.mustache"))
        let outside = runCLI(["render", path("模板.mustache"), "--data", path("数据.json"), "--partials", path("子模板")])
        XCTAssertEqual(outside.code, 2)
        XCTAssertEqual(outside.stdout, "")
        XCTAssertTrue(outside.stderr.contains("甲.mustache: error[file-outside-folder]: 这个文件是指向文件夹以外的符号链接，不读取"), outside.stderr)
        try FileManager.default.removeItem(atPath: path("子模板/甲.mustache"))
        try fifo("子模板/甲.mustache")
        let pipe = runCLI(["render", path("模板.mustache"), "--data", path("数据.json"), "--partials", path("子模板")])
        XCTAssertEqual(pipe.code, 2)
        XCTAssertTrue(pipe.stderr.contains("甲.mustache: error[not-a-file]: 这是命名管道（FIFO），不是普通文件"), pipe.stderr)
        // A link that stays inside the folder is the folder's own file.
        try FileManager.default.removeItem(atPath: path("子模板/甲.mustache"))
        write("子模板/乙.mustache", "里面")
        try link("子模板/甲.mustache", to: "乙.mustache")
        XCTAssertEqual(runCLI(["render", path("模板.mustache"), "--data", path("数据.json"), "--partials", path("子模板")]).stdout, "见里面")
    }

    /// A template folder 县模板: the township schema renamed, and `body`.
    private func templateFolder(body: String) throws {
        try FileManager.default.createDirectory(atPath: path("县模板"), withIntermediateDirectories: true)
        let shown = runCLI(["templates", "show", "township"]).stdout
        let schema = shown.components(separatedBy: "# ==== 正文.mustache ====\n")[0]
            .replacingOccurrences(of: "# ==== 模板.yaml ====\n", with: "")
            .replacingOccurrences(of: "编号: township", with: "编号: county")
        write("县模板/模板.yaml", schema)
        write("县模板/正文.mustache", body)
    }

    func testATemplateFolderReadsOnlyItsOwnFiles() throws {
        try templateFolder(body: "{{<township}}{{/township}}\n")
        XCTAssertEqual(runCLI(["draft", example, "--template", path("县模板")]).code, 0)
        write("外面.mustache", "机密")
        try link("县模板/附.mustache", to: path("外面.mustache"))
        let r = runCLI(["draft", example, "--template", path("县模板")])
        XCTAssertNotEqual(r.code, 0)
        XCTAssertTrue(r.stderr.contains("附.mustache: error[file-outside-folder]"), r.stderr)
        XCTAssertFalse(r.stdout.contains("机密"))
    }

    /// A folder's body nested 5,000 deep (50,000 crashed before): refused at
    /// the 501st section, and named by its path, not as 正文 alone.
    func testATemplateFolderNestedTooDeepIsRefusedWhereItIs() throws {
        try templateFolder(body: String(repeating: "{{#a}}", count: 5_000) + "x" + String(repeating: "{{/a}}", count: 5_000))
        let r = runCLI(["draft", example, "--template", path("县模板")])
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("\(path("县模板"))/正文.mustache:1:3001: error[nesting-too-deep]: 区块嵌套超过500层\n"), r.stderr)
    }

    func testAMistakeInAFoldersPartialNamesThePartialsFile() throws {
        try templateFolder(body: "{{<township}}{{/township}}\n{{>附}}\n")
        write("县模板/附.mustache", "附：\n{{#数据}}\n")
        let r = runCLI(["draft", example, "--template", path("县模板")])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("\(path("县模板"))/附.mustache:2:1: error[unclosed-section]: “数据”没有结束标签\n"), r.stderr)
        write("县模板/附.mustache", "附：{{没有的名称}}\n")
        let warned = runCLI(["draft", example, "--template", path("县模板")])
        XCTAssertEqual(warned.code, 0)
        XCTAssertTrue(warned.stderr.contains("\(path("县模板"))/附.mustache:1:3: warning[unresolved-name]"), warned.stderr)
    }

    func testANamedPipeAsAFoldersPartialIsNamedAsOne() throws {
        try templateFolder(body: "{{<township}}{{/township}}\n{{>附}}\n")
        try fifo("县模板/附.mustache")
        let r = runCLI(["draft", example, "--template", path("县模板")])
        XCTAssertNotEqual(r.code, 0)
        XCTAssertTrue(r.stderr.contains("附.mustache: error[not-a-file]: 这是命名管道（FIFO），不是普通文件"), r.stderr)
    }

    // MARK: Writing

    func testAReadOnlyOutputIsRefusedAndLeftUnchanged() throws {
        write("旧.txt", "原来的内容\n")
        XCTAssertEqual(chmod(path("旧.txt"), 0o444), 0)
        let r = runCLI(["draft", example, "-o", path("旧.txt")])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.stderr, "shuzhi: 错误：无法写入“\(path("旧.txt"))”：文件是只读的，不替换它（要替换，请先去掉它的只读属性）\n")
        XCTAssertEqual(try String(contentsOfFile: path("旧.txt"), encoding: .utf8), "原来的内容\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["旧.txt"])
    }

    /// The binary is held (by a test-only environment variable) just before
    /// it renames its temporary file into place; then the signal comes.
    func testASignalDuringAWriteRemovesTheTemporaryFile() throws {
        for (signal, name) in [(SIGINT, "INT"), (SIGTERM, "TERM"), (SIGHUP, "HUP")] {
            let out = path("报告\(name).docx")
            let p = Process()
            p.executableURL = BinaryRunner.binary
            p.arguments = ["draft", example, "-o", out]
            var env = ProcessInfo.processInfo.environment
            env["SHUZHI_TEST_HOLD_TEMPORARY"] = "1"
            env["SWIFT_BACKTRACE"] = "enable=no"
            p.environment = env
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            var temporary: String?
            for _ in 0..<2000 where temporary == nil {
                temporary = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.contains(".shuzhi-tmp-") }
                if temporary == nil { usleep(5_000) }
            }
            XCTAssertNotNil(temporary, name)
            kill(p.processIdentifier, signal)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationReason, .uncaughtSignal, name)
            XCTAssertEqual(p.terminationStatus, signal, name)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [], name)
        }
    }

    func testTemporaryFilesLeftByAKilledWriterAreRemoved() throws {
        // A process id above Linux's largest (4194304) has no process.
        write(".报告.txt.99999999.shuzhi-tmp-AbCdEf", "半个文件")
        // Process 1 runs: that file may be another writer's, and stays.
        write(".报告.txt.1.shuzhi-tmp-GhIjKl", "别人的")
        write(".其他.txt.99999999.shuzhi-tmp-MnOpQr", "另一个目标的")
        XCTAssertEqual(runCLI(["draft", example, "-o", path("报告.txt")]).code, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), [
            ".其他.txt.99999999.shuzhi-tmp-MnOpQr", ".报告.txt.1.shuzhi-tmp-GhIjKl", "报告.txt",
        ])
    }
}
