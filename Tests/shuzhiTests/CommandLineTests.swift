import Foundation
import XCTest
@testable import shuzhi
@testable import ShuzhiKit

/// The typed command line: help generated from the declarations, `--help`
/// only where an option may stand, validation before any file is read,
/// `--template` the same in every command, one mapping to exit codes.
final class CommandLineTests: XCTestCase {
    /// Option spellings and their value's choices, read from a help page's
    /// 选项 section as a user reads it: `-o, --output 文件  help（a|b）`.
    private func listedOptions(_ page: String) -> [(spellings: [String], takesValue: Bool, choices: [String])] {
        guard let section = page.components(separatedBy: "\n选项：\n").dropFirst().first else { return [] }
        return section.split(separator: "\n").map { line in
            let label = line.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")[0]
            let words = label.split(separator: " ").map { String($0.hasSuffix(",") ? $0.dropLast() : $0) }
            let spellings = words.filter { $0.hasPrefix("-") }
            var choices: [String] = []
            if line.hasSuffix("）"), let open = line.lastIndex(of: "（") {
                let inside = line[line.index(after: open)..<line.index(before: line.endIndex)]
                if inside.contains("|") { choices = inside.split(separator: "|").map(String.init) }
            }
            return (spellings, words.count > spellings.count, choices)
        }
    }

    func testEveryCommandsHelpListsExactlyTheOptionsItDeclaresAndAccepts() throws {
        for command in CLI.commands {
            let name = command.info.name
            let page = runCLI([name, "--help"])
            XCTAssertEqual(page.code, 0, name)
            let listed = listedOptions(page.stdout)
            let declared = command.info.options.flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) }
            XCTAssertEqual(Set(listed.flatMap(\.spellings)), Set(declared), name)
            XCTAssertEqual(listed.count, command.info.options.count, name)
            let usage = page.stdout.components(separatedBy: "\n")[0]
            for option in command.info.options {
                XCTAssertTrue(usage.contains(option.name), "\(name) 的用法行缺少 \(option.name)")
            }
            // Every spelling help lists is accepted, with a value where help shows one.
            for option in listed {
                for spelling in option.spellings {
                    let args = [spelling] + (option.takesValue ? [option.choices.first ?? "值"] : [])
                    do {
                        _ = try command.parse(args)
                    } catch CLIError.usage(let message) {
                        XCTAssertFalse(message.hasPrefix("未知选项") || message.contains("无效"), "\(name) \(args)：\(message)")
                    }
                }
            }
            // And nothing else is.
            XCTAssertThrowsError(try command.parse(["--no-such-option"]), name) { error in
                XCTAssertEqual((error as? CLIError).map { if case .usage(let m) = $0 { m.hasPrefix("未知选项") } else { false } }, true, name)
            }
        }
    }

    func testDraftHelpListsTheExportOptions() {
        let page = runCLI(["draft", "--help"]).stdout
        for option in ["--output", "--template", "--strict", "--format", "--indent", "--crlf", "--encoding", "--docx-grid"] {
            XCTAssertTrue(page.contains(" \(option)"), option)
        }
    }

    func testHelpCountsOnlyWhereAnOptionMayStand() throws {
        // Anywhere an option may stand, help wins, even over another mistake.
        XCTAssertEqual(runCLI(["draft", "--bogus", "-h"]).stdout, Help.page(for: CLI.command(named: "draft")!.info))
        XCTAssertEqual(runCLI(["check", "a.txt", "--help"]).code, 0)
        // As the value of -o it is a file name: the missing input is what is wrong.
        let asValue = runCLI(["draft", "-o", "--help"])
        XCTAssertEqual(asValue.code, 2)
        XCTAssertEqual(asValue.stdout, "")
        XCTAssertTrue(asValue.stderr.hasPrefix("shuzhi: 错误：缺少参数\n"), asValue.stderr)
        // After -- it is a file name too.
        let afterDashes = runCLI(["draft", "--", "--help"])
        XCTAssertEqual(afterDashes.code, 2)
        XCTAssertEqual(afterDashes.stderr, "shuzhi: 错误：找不到文件“--help”\n")
    }

    func testOptionsAreValidatedBeforeAnyFileIsRead() {
        // Each of these names a file that does not exist; the option mistake is reported, not the file.
        let cases: [([String], String)] = [
            (["draft", "/没有.yaml", "-o", "a.doc"], "不认识输出文件扩展名“.doc”"),
            (["draft", "/没有.yaml", "--crlf", "-o", "a.html"], "选项“--crlf”只用于 text 格式"),
            (["draft", "/没有.yaml", "--format", "docx"], "docx 格式请用 -o 指定输出文件"),
            (["export", "/没有.txt", "--format", "docx", "-o", "-"], "docx 格式请用 -o 指定输出文件"),
            (["export", "/没有.txt", "--docx-grid", "chars"], "选项“--docx-grid”只用于 docx 格式"),
            (["draft", "/没有.yaml", "--template", "没有这个模板"], "没有名为“没有这个模板”的模板"),
            (["new", "--from", "/没有.yaml", "--year", "24"], "年度应为四位数字，如2024，而不是“24”"),
            (["render", "-", "--data", "-"], "模板和数据不能都来自标准输入"),
        ]
        for (args, message) in cases {
            let r = runCLI(args)
            XCTAssertEqual(r.code, 2, "\(args)")
            XCTAssertTrue(r.stderr.hasPrefix("shuzhi: 错误：\(message)"), "\(args)：\(r.stderr)")
            XCTAssertTrue(r.stderr.contains("\n用法：shuzhi \(args[0]) "), "\(args)：\(r.stderr)")
        }
    }

    func testAnExistingOutputIsRefusedBeforeTheInputIsRead() throws {
        let dir = try temporaryFolder(self)
        let existing = dir.appendingPathComponent("2024.yaml").path
        try "已填写\n".write(toFile: existing, atomically: true, encoding: .utf8)
        for args in [["new", "--from", "/没有.yaml", "-o", existing], ["import", "/没有.txt", "-o", existing]] {
            let r = runCLI(args)
            XCTAssertEqual(r.code, 2, "\(args)")
            XCTAssertTrue(r.stderr.hasPrefix("shuzhi: 错误：“\(existing)”已存在"), r.stderr)
        }
    }

    func testAnUnknownTemplateIsTheSameUsageErrorInEveryCommand() {
        let commands: [[String]] = [
            ["draft", "a.yaml"], ["new"], ["check", "a.txt"], ["import", "a.txt"], ["export", "a.txt"], ["outline", "a.txt"],
        ]
        for args in commands {
            let r = runCLI(args + ["--template", "乡真"])
            XCTAssertEqual(r.code, 2, "\(args)")
            XCTAssertTrue(r.stderr.hasPrefix("shuzhi: 错误：没有名为“乡真”的模板，是不是“乡镇”？\n"), "\(args)：\(r.stderr)")
            let folder = runCLI(args + ["--template", "./没有这个文件夹"])
            XCTAssertEqual(folder.stderr, "shuzhi: 错误：找不到模板文件夹“./没有这个文件夹”\n", "\(args)")
        }
    }

    func testATemplateFolderWorksInEveryCommandThatTakesATemplate() throws {
        let dir = try temporaryFolder(self)
        let folder = dir.appendingPathComponent("县模板")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let schema = BuiltinTemplateSource.schema(of: "village")
            .replacingOccurrences(of: "编号: village", with: "编号: county")
            .replacingOccurrences(of: "标题: 存在问题\n", with: "标题: 存在的不足\n")
        try schema.write(to: folder.appendingPathComponent("模板.yaml"), atomically: true, encoding: .utf8)
        try "{{<village}}{{/village}}\n".write(to: folder.appendingPathComponent("正文.mustache"), atomically: true, encoding: .utf8)
        let input = packageRoot.appendingPathComponent("Examples/柳河社区2024.yaml").path
        let drafted = runCLI(["draft", input, "--template", folder.path])
        XCTAssertEqual(drafted.code, 0, drafted.stderr)
        XCTAssertTrue(drafted.stdout.contains("\n三、存在的不足\n"), drafted.stdout)
        let report = dir.appendingPathComponent("r.txt").path
        try drafted.stdout.write(toFile: report, atomically: true, encoding: .utf8)

        let imported = runCLI(["import", report, "--template", folder.path])
        XCTAssertEqual(imported.code, 0, imported.stderr)
        XCTAssertTrue(imported.stderr.contains("（county）导入"), imported.stderr)
        let skeleton = runCLI(["new", "--template", folder.path, "--year", "2025"])
        XCTAssertEqual(skeleton.code, 0, skeleton.stderr)
        XCTAssertTrue(skeleton.stdout.contains("模板: county"), skeleton.stdout)
        let outline = runCLI(["outline", report, "--template", folder.path])
        XCTAssertEqual(outline.code, 0, outline.stderr)
        XCTAssertTrue(outline.stdout.contains("存在的不足"), outline.stdout)
        let exported = runCLI(["export", report, "--template", folder.path, "--format", "markdown"])
        XCTAssertEqual(exported.code, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.contains("## 三、存在的不足"), exported.stdout)
        let checked = runCLI(["check", report, "--template", folder.path])
        XCTAssertFalse(checked.stdout.contains("missing-section"), checked.stdout)
    }

    func testOutcomesMapToTheDocumentedExitCodes() {
        XCTAssertEqual([Outcome.clean, .documentHasErrors, .failed].map(\.exitCode), [0, 1, 2])
        XCTAssertEqual(CLIError.usage("x").outcome, .failed)
        XCTAssertEqual(CLIError.io("x").outcome, .failed)
        XCTAssertEqual(CLIError.document([]).outcome, .documentHasErrors)
        XCTAssertEqual(CLIError.environment([]).outcome, .failed)
    }

    func testPositionalsFillTheirDeclarationsInOrder() throws {
        XCTAssertEqual(runCLI(["templates", "show"]).stderr.components(separatedBy: "\n")[0], "shuzhi: 错误：缺少模板名称")
        XCTAssertEqual(runCLI(["templates", "show", "organ", "x"]).stderr.components(separatedBy: "\n")[0], "shuzhi: 错误：多余的参数“x”")
        XCTAssertEqual(runCLI(["draft"]).stderr.components(separatedBy: "\n")[0], "shuzhi: 错误：缺少参数")
        XCTAssertEqual(runCLI(["render", "t.mustache"]).stderr.components(separatedBy: "\n")[0], "shuzhi: 错误：缺少选项“--data”（数据文件）")
        XCTAssertEqual(runCLI(["check", "--format", "xml", "a.txt"]).stderr.components(separatedBy: "\n")[0], "shuzhi: 错误：选项“--format”的值“xml”无效，可选：text、json")
        XCTAssertEqual(runCLI(["draft", "a", "-o", "x", "--output", "y"]).stderr.components(separatedBy: "\n")[0], "shuzhi: 错误：选项“--output”只能给一次")
    }
}
