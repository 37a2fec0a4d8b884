import XCTest
@testable import ShuzhiKit

final class UnbalancedPairCheckTests: XCTestCase {
    func testUnmatchedMarksAreReportedWhereTheyStand() {
        assertFindings(UnbalancedPairCheck.self, "开展⟦“我为群众办实事活动，学习《条例》⟦》，柳河村⟦（社区")
        XCTAssertEqual(findings(UnbalancedPairCheck.self, "开展“活动").map(\.message), ["““”没有配对的“””"])
        XCTAssertEqual(findings(UnbalancedPairCheck.self, "开展活动”").map(\.message), ["“””前面没有配对的““”"])
    }

    func testNestedAndBalancedPairsAreClean() {
        assertFindings(UnbalancedPairCheck.self, "开展“‘两学一做’学习教育”，学习《关于〈条例〉的说明》，在柳河村（社区）【试点】。")
    }

    func testAClosingQuoteTypedForAnOpeningOneIsReported() {
        assertFindings(UnbalancedPairCheck.self, "开展⟦”三会一课⟦”活动")
    }
}
