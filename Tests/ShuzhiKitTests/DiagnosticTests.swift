import XCTest
@testable import ShuzhiKit

final class DiagnosticTests: XCTestCase {
    func testTextPrinterUsesCompilerStyleWithHintAndNote() {
        let d = Diagnostic.error(
            "duplicate-key", "键“年度”重复", at: SourceLocation(line: 12, column: 5),
            hint: "删除其中一个", notes: [.init("第一次出现在这里", at: SourceLocation(line: 3, column: 1))]
        ).inFile("2024.yaml")
        XCTAssertEqual(DiagnosticPrinter.text(d), """
            2024.yaml:12:5: error[duplicate-key]: 键“年度”重复
              提示：删除其中一个
            2024.yaml:3:1: note: 第一次出现在这里

            """)
    }

    func testJSONPrinterKeepsFieldOrderAndEscapes() {
        let d = Diagnostic.warning("x", "a\"b\n", at: SourceLocation(line: 1, column: 2)).inFile("f")
        XCTAssertEqual(
            DiagnosticPrinter.json(d),
            #"{"file":"f","line":1,"column":2,"endLine":1,"endColumn":2,"severity":"warning","code":"x","message":"a\"b\n","hint":null,"notes":[]}"#)
    }

    func testSuggestionFindsCloseChineseKeys() {
        XCTAssertEqual(Suggestion.closest(to: "存在问提", among: ["履职情况", "存在问题", "下一步"]), "存在问题")
        XCTAssertNil(Suggestion.closest(to: "完全不同的东西", among: ["存在问题"]))
        XCTAssertEqual(Suggestion.closest(to: "drfat", among: ["draft", "check"]), "draft")
    }

    func testDecodeRejectsInvalidUTF8WithByteOffsetAndPosition() {
        XCTAssertThrowsError(try SourceText.decode(Array("ab\n中".utf8) + [0xFF])) { e in
            let d = e as! Diagnostic
            XCTAssertEqual(d.code, "not-utf8")
            XCTAssertEqual(d.message, "第7字节不是有效的UTF-8")
            XCTAssertEqual(d.location, SourceLocation(line: 2, column: 2))
        }
    }

    func testDecodeDropsBOMAndRejectsUTF16() throws {
        XCTAssertEqual(try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("年度".utf8)), "年度")
        XCTAssertThrowsError(try SourceText.decode([0xFF, 0xFE, 0x74, 0x5E])) { e in
            XCTAssertEqual((e as! Diagnostic).code, "not-utf8")
        }
    }
}
