import Foundation
import XCTest
@testable import shuzhi

final class RenderCommandTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "shuzhi-render-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/parts", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func write(_ name: String, _ text: String) {
        FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
    }

    func testRendersTemplateWithJSONDataAndPartialsExactly() {
        write("t.mustache", "{{单位}}党委书记述职\n{{#措施}}\n  {{>措施}}\n{{/措施}}共{{措施.@count.cn}}项")
        write("parts/措施.mustache", "{{@ordinal.cn}}是{{内容}}。\n")
        write("d.json", #"{"单位": "青石镇", "措施": [{"内容": "建强支部&阵地"}, {"内容": "带好<队伍>"}]}"#)
        let r = runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.json",
                        "--partials", folder + "/parts", "--escape", "none"])
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(r.stdout, "青石镇党委书记述职\n  一是建强支部&阵地。\n  二是带好<队伍>。\n共二项")
    }

    func testEscapesHTMLByDefault() {
        write("t.mustache", "{{x}}")
        write("d.json", #"{"x": "a&b"}"#)
        XCTAssertEqual(runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.json"]).stdout, "a&amp;b")
    }

    func testDataFromStandardInput() {
        write("t.mustache", "{{x}}")
        let r = runCLI(["render", folder + "/t.mustache", "--data", "-"], stdin: #"{"x": 12}"#)
        XCTAssertEqual(r.stdout, "12")
        XCTAssertEqual(r.code, 0)
    }

    func testStrictWarningsGoToStandardErrorAndExitZero() {
        write("t.mustache", "{{单位}}{{年分}}")
        write("d.json", #"{"单位": "柳河村", "年份": 2024}"#)
        let r = runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.json", "--strict"])
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(r.stdout, "柳河村")
        XCTAssertEqual(r.stderr, """
            \(folder)/t.mustache:1:7: warning[unresolved-name]: 名称“年分”没有对应的数据
              提示：是不是“年份”？

            """)
    }

    func testTemplateErrorExitsOneWithLocatedDiagnostic() {
        write("t.mustache", "一、\n{{#措施}}")
        write("d.json", "{}")
        let r = runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.json"])
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, """
            \(folder)/t.mustache:2:1: error[unclosed-section]: “措施”没有结束标签
              提示：在区块结尾加上“{{/措施}}”

            """)
    }

    func testPartialErrorsNameThePartialFile() {
        write("t.mustache", "{{>节}}")
        write("parts/节.mustache", "x{{/y}}")
        write("d.json", "{}")
        let r = runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.json", "--partials", folder + "/parts"])
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.stderr, "\(folder)/parts/节.mustache:1:2: error[unexpected-close]: 结束标签“y”前没有对应的开始标签\n")
    }

    func testUnknownPartialInStrictModeIsAnError() {
        write("t.mustache", "{{>节}}")
        write("d.json", "{}")
        let r = runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.json", "--strict"])
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.stderr, "\(folder)/t.mustache:1:1: error[unknown-partial]: 找不到子模板“节”\n")
    }

    func testBadJSONIsADocumentError() {
        write("t.mustache", "x")
        write("d.json", "{\n  \"a\": 1,\n}")
        let r = runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.json"])
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.stderr, "\(folder)/d.json:3:1: error[bad-json]: 这里应当是用双引号括起的键\n")
    }

    func testMissingDataOptionIsAUsageError() {
        write("t.mustache", "x")
        let r = runCLI(["render", folder + "/t.mustache"])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.hasPrefix("shuzhi: 错误：缺少选项“--data”（数据文件）\n"))
    }

    func testInputFileDataGivesStringsToTheTemplate() {
        write("t.mustache", "{{单位}}：{{#措施}}{{@ordinal.cn}}是{{.}}。{{/措施}}共{{措施.@count.cn}}条")
        write("d.yaml", "单位: 青石镇\n措施:\n  - 抓学习\n  - 抓队伍\n")
        let r = runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.yaml", "--escape", "none"])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(r.stdout, "青石镇：一是抓学习。二是抓队伍。共二条")
    }

    func testMissingFilesAreIOErrors() {
        let r = runCLI(["render", folder + "/无.mustache", "--data", folder + "/d.json"])
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.stderr, "shuzhi: 错误：找不到文件“\(folder)/无.mustache”\n")
        write("t.mustache", "x")
        write("d.json", "{}")
        let p = runCLI(["render", folder + "/t.mustache", "--data", folder + "/d.json", "--partials", folder + "/无"])
        XCTAssertEqual(p.stderr, "shuzhi: 错误：找不到子模板文件夹“\(folder)/无”\n")
    }
}
