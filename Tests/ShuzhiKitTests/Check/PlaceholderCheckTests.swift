import XCTest
@testable import ShuzhiKit

final class PlaceholderCheckTests: XCTestCase {
    func testStarRunsAreReportedWithTheWordTheyStandFor() {
        assertFindings(PlaceholderCheck.self, "制定⟦*镇“强基计划”，在⟦**村建成阵地，带头践行“⟦***”要求，引入⟦*为发展助力。")
        // The range covers the marks only: from the first ⟦ to the second.
        let (text, bounds) = unmark("在⟦**⟦村建成阵地")
        let found = findings(PlaceholderCheck.self, text)
        XCTAssertEqual(found.map(\.message), ["留有占位符“**村”"])
        XCTAssertEqual(found.first?.hint, "请填写实际内容")
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first.flatMap(\.range).map { [$0.start.column, $0.end.column] }, bounds)
    }

    func testXRunsOutsideASCIIWordsAreReported() {
        assertFindings(PlaceholderCheck.self, "⟦XX村党支部联合⟦xxx公司开展活动，⟦ＸＸ镇⟦×××同志、⟦○○社区参加。")
    }

    func testAFilledReportWithXsInWordsAndFormulasIsClean() {
        assertFindings(PlaceholderCheck.self, "柳河村建成Xbox体验室和VR展厅，网址www.xxlh.cn，面积按3*4米计，投入3×4万元，二〇〇〇年建成。")
        assertFindings(PlaceholderCheck.self, "某某村原党支部书记违纪案件警示教育大会召开，X光机1台。")
    }

    func testBracketPromptsAndUnfilledMustacheTagsAreReported() {
        assertFindings(PlaceholderCheck.self, "⟦【待补充：存在问题】全年发展党员⟦{{发展党员}}，见【附件1】。")
        let found = findings(PlaceholderCheck.self, "全年发展党员{{发展党员}}。")
        XCTAssertEqual(found.map(\.message), ["留有占位符“{{发展党员}}”"])
    }
}

extension PlaceholderCheckTests {
    func testSquaresAreReportedButTheChineseZeroIsNot() {
        assertFindings(PlaceholderCheck.self, "在⟦□□村召开会议，二〇〇〇年建成的阵地已改造。")
    }
}

extension PlaceholderCheckTests {
    func testStarsAndXsInASCIITextArePassed() {
        assertFindings(PlaceholderCheck.self, "格式为%.*s，地址xx:xx:xx，按1024*3计算，文件 (*.*) 均可，附件 ⟦*** 待定。")
    }
}
