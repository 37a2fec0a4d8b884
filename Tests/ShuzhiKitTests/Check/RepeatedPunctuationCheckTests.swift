import XCTest
@testable import ShuzhiKit

final class RepeatedPunctuationCheckTests: XCTestCase {
    func testRunsOfSentenceMarksAreReportedAtTheSecondMark() {
        assertFindings(RepeatedPunctuationCheck.self, "建强支部。⟦。带好队伍，⟦，办好实事，⟦。抓好、⟦、落实；⟦。真的吗？⟦？")
        XCTAssertEqual(findings(RepeatedPunctuationCheck.self, "办好实事，。").map(\.message), ["标点“，。”重复"])
    }

    func testEllipsisDashAndQuotedListsAreClean() {
        assertFindings(RepeatedPunctuationCheck.self, "开展“三会一课”、“主题党日”等活动……“计划——执行”闭环，“四议两公开”。")
    }
}
