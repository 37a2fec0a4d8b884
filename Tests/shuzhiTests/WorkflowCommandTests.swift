import Foundation
import XCTest
@testable import shuzhi

/// The yearly loop through the commands a clerk and a reviewer use:
/// draft, check (files and folders, text and JSON), import, new --from,
/// export, with their exact exit codes.
final class WorkflowCommandTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws { dir = try temporaryFolder(self) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) { FileManager.default.createFile(atPath: path(name), contents: Data(text.utf8)) }
    var example: String { packageRoot.appendingPathComponent("Examples/青石镇2024.yaml").path }

    func testDraftPrintsTheCommittedDraftOfAnExample() throws {
        let r = runCLI(["draft", example])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(r.stdout, try String(contentsOf: packageRoot.appendingPathComponent("Examples/青石镇2024.txt"), encoding: .utf8))
        XCTAssertEqual(r.stderr, "")
    }

    func testDraftOfAnInputWithAnUnknownKeyFailsWithDidYouMeanAndWritesNothing() {
        write("a.yaml", "年度: 2024\n存在问提:\n  问题:\n    - 学习不够\n")
        let r = runCLI(["draft", path("a.yaml"), "-o", path("out.txt")])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("a.yaml:2:1: error[unknown-key]: “输入文件”下没有键“存在问提”\n  提示：是不是“存在问题”？\n"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.txt")))
    }

    func testDraftMissingPartIsAWarningAndAnErrorWithStrict() {
        write("a.yaml", "年度: 2024\n履职情况:\n  事项:\n    - 抓学习\n    - 抓队伍\n下一步:\n  措施:\n    - 加强学习\n    - 改进作风\n")
        let loose = runCLI(["draft", path("a.yaml")])
        XCTAssertEqual(loose.code, 0)
        XCTAssertTrue(loose.stdout.contains("二、存在问题\n【待补充：存在问题】\n"), loose.stdout)
        XCTAssertTrue(loose.stderr.contains("warning[missing-section]: 缺少必需部分“存在问题”"), loose.stderr)
        let strict = runCLI(["draft", path("a.yaml"), "--strict", "-o", path("o.txt")])
        XCTAssertEqual(strict.code, 1)
        XCTAssertTrue(strict.stderr.contains("error[missing-section]"), strict.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("o.txt")))
    }

    func testCheckAFolderPrintsFindingsAndASummaryAndExits1() {
        try? FileManager.default.createDirectory(atPath: path("各单位/子"), withIntermediateDirectories: true)
        write("各单位/甲.txt", "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强**村班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n")
        write("各单位/子/乙.txt", "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n")
        write("各单位/说明.doc", "不是报告")
        let r = runCLI(["check", path("各单位")])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stdout.contains("各单位/甲.txt:4:12: error[placeholder]: 留有占位符“**村”\n"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("检查了2份：1份有错误\n"), r.stdout)
    }

    func testCheckJSONStreamsOneObjectPerFile() throws {
        write("a.txt", "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n")
        write("b.yaml", "年度: 2024\n单位: 青石镇\n")
        let r = runCLI(["check", path("a.txt"), path("b.yaml"), "--format", "json"])
        XCTAssertEqual(r.code, 1)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            XCTAssertNotNil(object?["diagnostics"])
        }
        XCTAssertTrue(lines[1].contains("\"code\":\"missing-section\""), String(lines[1]))
    }

    func testCheckWithAFileThatCannotBeReadExits2() {
        let r = runCLI(["check", example, path("没有.txt")])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stdout.hasSuffix("检查了2份：0份有错误，1份无法读取\n"), r.stdout)
    }

    func testAnInputFileIsRecognizedByItsContentWhateverItsName() {
        write("2024.yaml.txt", try! String(contentsOfFile: example, encoding: .utf8))
        let r = runCLI(["check", path("2024.yaml.txt")])
        XCTAssertEqual(r.code, 0, r.stdout)
        let piped = runCLI(["check", "-"], stdin: try! String(contentsOfFile: example, encoding: .utf8))
        XCTAssertEqual(piped.code, 0, piped.stdout)
    }

    func testAnEmptyReferenceIsAnErrorNotACrash() {
        write("a.yaml", "年度: 2024\n结尾: 共有\"{{}}\"\n")
        let r = runCLI(["draft", path("a.yaml")])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("a.yaml:2:8: error[bad-reference]: “{{}}”没有写指标名"), r.stderr)
    }

    func testEveryBadMetricIsNamedAndTheGoodOnesStillWork() {
        write("m.yaml", "年度: 2024\n指标:\n  发展党员:\n    本年: 10名\n    上年: 8名\n  坏: 3公斤重\n  坏二: =发展党员+村数\n结尾: 比上年{{发展党员.变化}}\n")
        let r = runCLI(["draft", path("m.yaml")])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("m.yaml:6:9: error[bad-quantity]"), r.stderr)
        XCTAssertTrue(r.stderr.contains("m.yaml:7:13: error[unknown-metric]"), r.stderr)
        XCTAssertFalse(r.stderr.contains("8:"), r.stderr)
    }

    func testCheckOnACleanExampleExits0() {
        let r = runCLI(["check", example])
        XCTAssertEqual(r.code, 0, r.stdout + r.stderr)
        XCTAssertEqual(r.stdout, "")
    }

    func testImportThenDraftGivesBackTheReport() throws {
        let report = try String(contentsOf: packageRoot.appendingPathComponent("Examples/柳河社区2024.txt"), encoding: .utf8)
        write("r.txt", report)
        let i = runCLI(["import", path("r.txt"), "-o", path("r.yaml")])
        XCTAssertEqual(i.code, 0, i.stderr)
        XCTAssertTrue(i.stderr.contains("note[import-template]: 按模板“村（社区）党组织书记抓基层党建工作述职”（village）导入"), i.stderr)
        let d = runCLI(["draft", path("r.yaml")])
        XCTAssertEqual(d.code, 0, d.stderr)
        XCTAssertEqual(d.stdout, report)
        // A second import never replaces the input file someone may have edited.
        let again = runCLI(["import", path("r.txt"), "-o", path("r.yaml")])
        XCTAssertEqual(again.code, 2)
        XCTAssertEqual(again.stderr, "shuzhi: 错误：“\(path("r.yaml"))”已存在，为防止覆盖已编辑的输入文件，请换一个文件名或先删除它\n")
    }

    func testNewFromLastYearThenCheckListsWhatIsLeftToFill() {
        let n = runCLI(["new", "--from", example, "-o", path("2025.yaml")])
        XCTAssertEqual(n.code, 0, n.stderr)
        let c = runCLI(["check", path("2025.yaml")])
        XCTAssertEqual(c.code, 1)
        XCTAssertTrue(c.stdout.contains("error[unfilled]: 指标“发展党员”的本年数值还没有填写"), c.stdout)
        XCTAssertTrue(c.stdout.contains("warning[unchanged-from-last-year]"), c.stdout)
    }

    func testExportWritesAWordDocumentThatUnzips() throws {
        let r = runCLI(["draft", example, "-o", path("r.docx")])
        XCTAssertEqual(r.code, 0, r.stderr)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path("r.docx"))))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") else { throw XCTSkip("没有 unzip，跳过解压检查（apt-get install unzip）") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        p.arguments = ["-p", path("r.docx"), "word/document.xml"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let xml = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertTrue(xml.contains("一、履职情况"))
        XCTAssertTrue(xml.contains("全年发展党员10名，比上年增加2名，"))
    }

    func testDocxToStandardOutputIsAUsageError() {
        let r = runCLI(["draft", example, "--format", "docx"])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.contains("docx 格式请用 -o 指定输出文件"), r.stderr)
    }

    func testEveryCommandHasHelpAndTheOverviewListsThemAll() {
        for c in CLI.commands {
            let r = runCLI([c.info.name, "--help"])
            XCTAssertEqual(r.code, 0)
            XCTAssertTrue(r.stdout.hasPrefix("用法：shuzhi \(c.info.usage)\n"), c.info.name)
            XCTAssertTrue(runCLI(["--help"]).stdout.contains("  \(c.info.name)"), c.info.name)
        }
    }
}
