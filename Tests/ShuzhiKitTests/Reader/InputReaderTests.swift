import XCTest
@testable import ShuzhiKit

/// The reader's behaviour and every error a user will meet. Expected
/// positions are marked in the input with ⟦ just before the character the
/// error points at; the marker is removed before reading.
final class InputReaderTests: XCTestCase {
    /// Reads `marked` without its marker and checks code and position.
    func assertError(_ marked: String, _ code: DiagnosticCode, file: StaticString = #filePath, line: UInt = #line) {
        let lines = marked.components(separatedBy: "\n")
        guard let l = lines.firstIndex(where: { $0.contains("⟦") }) else { return XCTFail("no marker", file: file, line: line) }
        let column = lines[l].distance(from: lines[l].startIndex, to: lines[l].range(of: "⟦")!.lowerBound) + 1
        let text = marked.replacingOccurrences(of: "⟦", with: "")
        do {
            let node = try InputReader.read(text)
            XCTFail("expected \(code), read \(NodeJSON.dump(node))", file: file, line: line)
        } catch {
            XCTAssertEqual(error.code, code, DiagnosticPrinter.text(error), file: file, line: line)
            XCTAssertEqual(error.location, SourceLocation(line: l + 1, column: column), DiagnosticPrinter.text(error), file: file, line: line)
        }
    }

    func testFullWidthColonAfterAKey() {
        assertError("单位⟦：青石镇\n年度: 2024\n", "fullwidth-colon")
        assertError("年度: 2024\n报告人⟦：王明远\n", "fullwidth-colon")
    }

    func testTabInIndentation() {
        assertError("年度: 2024\n⟦\t单位: 青石镇\n", "tab-indent")
        assertError("履职情况:\n  事项:\n  ⟦\t- 一\n", "tab-indent")
    }

    func testFullWidthSpacesPastedAsIndentation() {
        assertError("年度: 2024\n指标:\n⟦　　网格: 16个\n", "fullwidth-indent")
    }

    func testAValueStartingWithAReferenceMustBeQuoted() {
        assertError("结尾: ⟦{{发展党员}}名党员\n", "unsupported-flow")
    }

    func testMissingSpaceAfterColonOrDash() {
        assertError("年度:⟦2024\n单位: 青石镇\n", "missing-space")
        assertError("措施:\n  -⟦抓学习\n  - 抓队伍\n", "missing-space")
    }

    func testInconsistentIndentation() {
        assertError("a:\n  b: 1\n   ⟦c: 2\n", "bad-indent")
        assertError("a:\n    b: 1\n  ⟦c: 2\n", "bad-indent")
    }

    func testDuplicateKeyHasANoteAtTheFirst() throws {
        assertError("年度: 2024\n单位: 青石镇\n⟦年度: 2025\n", "duplicate-key")
        do {
            _ = try InputReader.read("年度: 2024\n年度: 2025\n")
        } catch {
            XCTAssertEqual(error.notes, [.init("第一次出现在这里", at: SourceLocation(line: 1, column: 1))])
        }
    }

    func testUnterminatedQuoteAndBadEscape() {
        assertError("单位: ⟦\"青石镇\n年度: 2024\n", "unterminated-quote")
        assertError("单位: ⟦'青石镇", "unterminated-quote")
        assertError("单位: \"青石⟦\\q镇\"\n", "bad-escape")
        assertError("单位: \"青石⟦\\u12G4\"\n", "bad-escape")
    }

    func testRejectedYAMLFeaturesNameTheFeature() {
        assertError("单位: ⟦*镇\n", "unsupported-alias")
        assertError("单位: ⟦&a 青石镇\n", "unsupported-anchor")
        assertError("单位: ⟦!!str 青石镇\n", "unsupported-tag")
        assertError("措施: ⟦[一, 二]\n", "unsupported-flow")
        assertError("措施: ⟦{a: 1}\n", "unsupported-flow")
        assertError("⟦? 复杂键\n: 值\n", "unsupported-complex-key")
        assertError("⟦%YAML 1.2\n---\na: 1\n", "unsupported-directive")
        assertError("a: 1\n⟦---\nb: 2\n", "multiple-documents")
    }

    func testNestingTooDeepIsAnErrorNotACrash() {
        let deep = String(repeating: "- ", count: 10_000) + "a\n"
        XCTAssertThrowsError(try InputReader.read(deep)) { error in
            XCTAssertEqual((error as? Diagnostic)?.code, "nesting-too-deep")
        }
    }

    func testCJKLineBreaksFoldToNothingInPlainAndFoldedScalars() throws {
        let root = try InputReader.read("导语: 坚持把党建工作\n  抓在手上，\n  扛在肩上 and\n  more\n内容: >\n  推动基层党组织\n  全面进步“两个\n  维护”\n")
        XCTAssertEqual(root["导语"]?.string, "坚持把党建工作抓在手上，扛在肩上 and more")
        XCTAssertEqual(root["内容"]?.string, "推动基层党组织全面进步“两个维护”\n")
    }

    func testNonCJKBreaksFoldToASpaceAsYAMLDoes() throws {
        let root = try InputReader.read("a: 发展10\n  名党员\nb: 共计\n  10名\n")
        XCTAssertEqual(root["a"]?.string, "发展10 名党员")
        XCTAssertEqual(root["b"]?.string, "共计 10名")
    }

    func testBlockScalarsChompingAndIndentationIndicator() throws {
        let root = try InputReader.read("a: |\n  一\n  二\n\nb: |-\n  一\nc: |+\n  一\n\nd: >2\n   缩进\n  正文\n")
        XCTAssertEqual(root["a"]?.string, "一\n二\n")
        XCTAssertEqual(root["b"]?.string, "一")
        XCTAssertEqual(root["c"]?.string, "一\n\n")
        XCTAssertEqual(root["d"]?.string, " 缩进\n正文\n")
    }

    func testQuotedKeysCRLFAndBOM() throws {
        let root = try InputReader.read("\u{FEFF}\"年 度\": '2024'\r\n单位: \"青\\u77F3镇\"\r\n")
        XCTAssertEqual(root["年 度"]?.string, "2024")
        XCTAssertEqual(root["单位"]?.string, "青石镇")
        XCTAssertEqual(root.entries?[1].keyLocation, SourceLocation(line: 2, column: 1))
    }

    func testLocationsCountCharactersAndNullsSitAfterTheColon() throws {
        let root = try InputReader.read("履职情况:\n  事项:\n    - 标题: 强化责任\n      措施:\n")
        let item = try XCTUnwrap(root["履职情况"]?["事项"]?.items?.first)
        XCTAssertEqual(item.entry("标题")?.keyLocation, SourceLocation(line: 3, column: 7))
        XCTAssertEqual(item["标题"]?.location, SourceLocation(line: 3, column: 11))
        XCTAssertEqual(item["措施"]?.kind, .null)
        XCTAssertEqual(item["措施"]?.location, SourceLocation(line: 4, column: 10))
    }

    func testSequenceAtTheSameIndentationAsItsKey() throws {
        let root = try InputReader.read("措施:\n- 一\n- 二\n下一步: 好\n")
        XCTAssertEqual(root["措施"]?.items?.compactMap(\.string), ["一", "二"])
        XCTAssertEqual(root["下一步"]?.string, "好")
    }

    func testEmptyDocumentIsNull() throws {
        XCTAssertEqual(try InputReader.read("# 只有注释\n\n").kind, .null)
        XCTAssertEqual(try InputReader.read("---\n...\n").kind, .null)
    }
}
