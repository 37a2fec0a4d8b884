import XCTest
@testable import ShuzhiKit

final class EmptyBracketsCheckTests: XCTestCase {
    func testEveryKindOfEmptyPairIsReported() {
        assertFindings(EmptyBracketsCheck.self, "在⟦（）村开展⟦“”活动，学习⟦《》，见⟦【 】和⟦[]，另见⟦()。")
        XCTAssertEqual(findings(EmptyBracketsCheck.self, "学习《》").map(\.message), ["“《》”中没有内容"])
    }

    func testFilledPairsAreClean() {
        assertFindings(EmptyBracketsCheck.self, "在柳河村（社区）开展“三会一课”，学习《条例》，见【附件】和[1]。")
    }
}

extension EmptyBracketsCheckTests {
    func testAnASCIICallIsNotAnEmptyBracket() {
        assertFindings(EmptyBracketsCheck.self, "系统调用 iconv() 转换编码，数组 list[] 为空，而⟦()里什么也没写。")
    }
}
