import Foundation
import XCTest
@testable import ShuzhiKit

final class TemplateDiagnosticTests: XCTestCase {
    func parseError(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        do {
            _ = try Template(source, name: "t.mustache")
            XCTFail("no error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func renderError(_ source: String, options: RenderOptions) -> Diagnostic? {
        do {
            _ = try Template(source).render(.map(["a": .bool(true)]), options: options)
            XCTFail("no error")
            return nil
        } catch {
            return error
        }
    }

    func testUnclosedSectionPointsAtItsOpeningTag() {
        let d = parseError("一、\n  {{#措施}}{{内容}}\n")
        XCTAssertEqual(d.map(DiagnosticPrinter.text), """
            t.mustache:2:3: error[unclosed-section]: “措施”没有结束标签
              提示：在区块结尾加上“{{/措施}}”

            """)
    }

    func testMismatchedCloseHasANoteAtTheOpeningTag() {
        let d = parseError("{{#甲}}\n{{#乙}}x{{/甲}}")
        XCTAssertEqual(d.map(DiagnosticPrinter.text), """
            t.mustache:2:8: error[mismatched-section]: 结束标签“甲”与开始标签“乙”不一致
              提示：先用“{{/乙}}”结束“乙”
            t.mustache:2:1: note: “乙”从这里开始

            """)
    }

    func testCloseWithoutOpen() {
        let d = parseError("正文{{/措施}}")
        XCTAssertEqual(d?.code, "unexpected-close")
        XCTAssertEqual(d?.location, SourceLocation(line: 1, column: 3))
        XCTAssertEqual(d?.message, "结束标签“措施”前没有对应的开始标签")
    }

    func testUnclosedTagCountsCharactersNotBytes() {
        let d = parseError("青石镇{{名称")
        XCTAssertEqual(d?.code, "unclosed-tag")
        XCTAssertEqual(d?.location, SourceLocation(line: 1, column: 4))
        XCTAssertEqual(d?.message, "标签“{{”没有结束的“}}”")
    }

    func testUnclosedTagUnderCustomDelimiters() {
        let d = parseError("{{=<% %>=}}\n柳河村<%名称")
        XCTAssertEqual(d?.code, "unclosed-tag")
        XCTAssertEqual(d?.location, SourceLocation(line: 2, column: 4))
        XCTAssertEqual(d?.message, "标签“<%”没有结束的“%>”")
    }

    func testBadDelimiters() {
        for source in ["{{=<%=}}", "{{=<% = %>=}}", "{{=a b c=}}", "{{= <% %>}}"] {
            let d = parseError("x\n " + source)
            XCTAssertEqual(d?.code, "bad-delimiters", source)
            XCTAssertEqual(d?.location, SourceLocation(line: 2, column: 2), source)
        }
    }

    func testEmptyAndBadNames() {
        XCTAssertEqual(parseError("a{{}}")?.code, "empty-tag-name")
        XCTAssertEqual(parseError("a{{#}}")?.location, SourceLocation(line: 1, column: 2))
        let d = parseError("{{措施 内容}}")
        XCTAssertEqual(d?.code, "bad-tag-name")
        XCTAssertEqual(d?.message, "标签名称“措施 内容”无效")
        XCTAssertEqual(parseError("{{a..b}}")?.code, "bad-tag-name")
    }

    func testUnclosedBlockAndParent() {
        XCTAssertEqual(parseError("{{<父}}{{$块}}x{{/块}}")?.location, SourceLocation(line: 1, column: 1))
        XCTAssertEqual(parseError("{{<父}}{{$块}}x{{/父}}")?.code, "mismatched-section")
    }

    func testUnknownPartialIsAnErrorOnlyInStrictMode() throws {
        XCTAssertEqual(try Template("a{{>无}}b").render(.null).text, "ab")
        let d = renderError("a\n {{>问题清单}}", options: RenderOptions(strict: true, partials: ["问题清单列表": "", "整改": ""]))
        XCTAssertEqual(d?.code, "unknown-partial")
        XCTAssertEqual(d?.location, SourceLocation(line: 2, column: 2))
        XCTAssertEqual(d?.message, "找不到子模板“问题清单”")
    }

    func testSelfIncludingPartialStopsAtTheDepthLimit() {
        let d = renderError("{{>自己}}", options: RenderOptions(partials: ["自己": "x\n{{>自己}}"]))
        XCTAssertEqual(d.map(DiagnosticPrinter.text), """
            自己:2:1: error[partial-depth]: 子模板嵌套超过100层（在“自己”处）
              提示：检查子模板是否直接或间接引用了自己

            """)
        let mutual = renderError(
            "{{<甲}}{{/甲}}", options: RenderOptions(partials: ["甲": "{{<乙}}{{/乙}}", "乙": "{{>甲}}"], maxPartialDepth: 10))
        XCTAssertEqual(mutual?.code, "partial-depth")
    }

    func testPartialParseErrorNamesThePartial() {
        let d = renderError("{{>节}}", options: RenderOptions(partials: ["节": "\n\n  {{#a}}"]))
        XCTAssertEqual(d?.file, "节")
        XCTAssertEqual(d?.code, "unclosed-section")
        XCTAssertEqual(d?.location, SourceLocation(line: 3, column: 3))
    }

    func testStrictModeWarnsAboutUnresolvedNamesWithPositionsAndSuggestions() throws {
        let source = "{{单位}}\n{{#措施}}\n  {{@ordinal}}.{{内荣}}{{备注}}\n{{/措施}}{{措施.@count}}{{措施.数}}{{书记.性名}}"
        let data = try TemplateJSON.parse(#"{"单位": "青石镇", "措施": [{"内容": "a", "备注": null}, {"内容": "b"}], "书记": {"姓名": "王明远"}}"#)
        let result = try Template(source, name: "正文").render(data, options: RenderOptions(strict: true))
        XCTAssertEqual(result.text, "青石镇\n  1.\n  2.\n2")
        XCTAssertEqual(result.warnings.map(DiagnosticPrinter.text).joined(), """
            正文:3:16: warning[unresolved-name]: 名称“内荣”没有对应的数据
              提示：是不是“内容”？
            正文:3:22: warning[unresolved-name]: 名称“备注”没有对应的数据
            正文:4:21: warning[unresolved-name]: 名称“措施.数”没有对应的数据
            正文:4:29: warning[unresolved-name]: 名称“书记.性名”没有对应的数据
              提示：是不是“书记.姓名”？

            """)
    }

    func testNormalModeRendersUnresolvedNamesEmptyWithoutWarnings() throws {
        let result = try Template("[{{无}}]").render(.map([:]))
        XCTAssertEqual(result.text, "[]")
        XCTAssertEqual(result.warnings, [])
    }

    func testJSONErrorsAreLocated() {
        func error(_ text: String) -> Diagnostic? {
            do { _ = try TemplateJSON.parse(text); return nil } catch { return error }
        }
        XCTAssertEqual(error("{\n  \"名称\": 青石镇\n}")?.location, SourceLocation(line: 2, column: 9))
        XCTAssertEqual(error("{\"a\": 1, \"a\": 2}")?.message, "重复的键“a”")
        XCTAssertEqual(error("{\"a\": 1, \"a\": 2}")?.location, SourceLocation(line: 1, column: 10))
        XCTAssertEqual(error("[1, 2] x")?.message, "值后面还有多余内容")
        XCTAssertEqual(error("[1,]")?.code, "bad-json")
        XCTAssertEqual(error(String(repeating: "[", count: 10000))?.message, "嵌套超过500层")
        XCTAssertEqual(try? TemplateJSON.parse(#"[1, -2, 1.5, 1e2, "\u4e2d\ud83d\ude00", true, null]"#),
            .list([.int(1), .int(-2), .double(1.5), .double(100), .string("中😀"), .bool(true), .null]))
    }

    func testDeepNestingRendersWithoutExhaustingTheStack() throws {
        XCTAssertEqual(parseError(String(repeating: "{{#a}}", count: 500))?.code, "unclosed-section")
        XCTAssertEqual(parseError(String(repeating: "{{#a}}", count: 5000))?.code, "nesting-too-deep")
        let deep = String(repeating: "{{#a}}", count: 500) + "x" + String(repeating: "{{/a}}", count: 500)
        XCTAssertEqual(try Template(deep).render(.map(["a": .bool(true)])).text, "x")
    }

    func testDeepSectionsInsideDeepPartialsEndWithAnError() {
        let body = String(repeating: "{{#a}}", count: 99) + "{{>p}}" + String(repeating: "{{/a}}", count: 99)
        let d = renderError("{{>p}}", options: RenderOptions(partials: ["p": body]))
        XCTAssertEqual(d?.code, "partial-depth")
    }

    func testReadmeDocumentsEveryCodeAndItsExampleRendersAsClaimed() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        for (code, meaning) in TemplateDiagnostics.codes.map({ ($0.rawValue, $0.meaning) }) {
            XCTAssertTrue(readme.contains("| `\(code)` | \(meaning) |"), code)
        }
        let example = "从{{措施.@count.cn}}个方面推进：{{#措施}}{{@ordinal.cn}}是{{.}}{{^@last}}；{{/@last}}{{#@last}}。{{/@last}}{{/措施}}"
        XCTAssertTrue(readme.contains(example))
        let data: TemplateValue = .map(["措施": .list([.string("建强支部"), .string("带好队伍"), .string("办好实事")])])
        XCTAssertEqual(
            try Template(example).render(data, options: RenderOptions(escaping: .none)).text,
            "从三个方面推进：一是建强支部；二是带好队伍；三是办好实事。")
    }

    func testCatalogListsEveryCodeOnce() {
        let codes = TemplateDiagnostics.codes.map(\.rawValue)
        XCTAssertEqual(Set(codes).count, codes.count)
        XCTAssertEqual(Set(codes), [
            "unclosed-tag", "empty-tag-name", "bad-tag-name", "bad-delimiters", "unclosed-section",
            "mismatched-section", "unexpected-close", "unknown-partial", "partial-depth", "unresolved-name", "bad-json",
        ])
    }
}
