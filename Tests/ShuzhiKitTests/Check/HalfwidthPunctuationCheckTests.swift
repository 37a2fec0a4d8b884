import XCTest
@testable import ShuzhiKit

final class HalfwidthPunctuationCheckTests: XCTestCase {
    func testHalfwidthMarksNextToChineseAreReported() {
        assertFindings(HalfwidthPunctuationCheck.self, "抓党建⟦,促发展⟦;目标⟦:建强支部⟦!能做到吗⟦?⟦(一⟦)加强领导")
        let found = findings(HalfwidthPunctuationCheck.self, "党建,发展")
        XCTAssertEqual(found.map(\.message), ["中文中用了半角“,”"])
        XCTAssertEqual(found.first?.hint, "请改为全角“，”")
        XCTAssertEqual(found.first?.severity, .warning)
    }

    func testNumbersTimesURLsAndASCIIRunsAreClean() {
        assertFindings(HalfwidthPunctuationCheck.self, "投入资金1,200万元，比例3:1，于8:30召开，网址 https://www.example.cn/a?b=1 查看，Hello, world!")
    }
}
