import XCTest
@testable import ShuzhiKit

/// What import writes reads back to the same strings.
final class InputEmitterTests: XCTestCase {
    func testTextsThatNeedQuotesOrWrappingReadBackUnchanged() throws {
        let texts = [
            "*镇", "key: value", "以“{{”开头", "{{发展党员}}名", "- 不是列表", "# 不是注释", "末尾冒号:", "带\t制表符",
            "引号\"和\\反斜杠", "\u{FEFF}BOM", "DEL\u{7F}", " 前后空格 ", "---", "坚持把党建工作抓在手上扛在肩上推动基层党组织全面进步全面过硬，{{发展党员}}，切实履行第一责任人职责。",
        ]
        let fields = texts.enumerated().map { InputField("键\($0.offset)", .text($0.element)) }
        let root = try InputReader.read(InputEmitter.emit(fields))
        for (k, t) in texts.enumerated() {
            XCTAssertEqual(root["键\(k)"]?.string, t, "\(k)")
        }
    }

    func testLongCJKTextIsFoldedOnlyBetweenCJKAndNeverInsideAReference() {
        let text = String(repeating: "推动基层党组织全面进步，", count: 6) + "{{发展党员}}" + String(repeating: "全面过硬。", count: 8)
        let block = InputEmitter.folded(text, indent: 2) ?? ""
        XCTAssertFalse(block.isEmpty)
        XCTAssertTrue(block.contains("{{发展党员}}"), block)
        XCTAssertTrue(block.split(separator: "\n").allSatisfy { $0.count <= 2 + InputEmitter.wrapWidth + 4 }, block)
    }

    /// Lines end after a punctuation mark when one is near the width, so a
    /// word (发展党员) is never split where a clerk would search for it.
    func testLinesBreakAfterPunctuationWhenPossible() {
        let text = "全年发展党员12名，其中35岁以下7名；培训村干部和后备干部共计156人次，整顿软弱涣散村党组织2个，村集体经济收入全部达到10万元以上。"
        XCTAssertEqual(InputEmitter.folded(text, indent: 2), """
              全年发展党员12名，其中35岁以下7名；培训村干部和后备干部共计156人次，
              整顿软弱涣散村党组织2个，村集体经济收入全部达到10万元以上。

            """)
    }
}
