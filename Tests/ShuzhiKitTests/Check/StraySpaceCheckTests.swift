import XCTest
@testable import ShuzhiKit

final class StraySpaceCheckTests: XCTestCase {
    func testSpacesBetweenHanOrByFullWidthMarksAreReported() {
        assertFindings(StraySpaceCheck.self, "　　全年发展⟦ 党员12名，⟦　柳河村建成阵地⟦ 。")
        XCTAssertEqual(findings(StraySpaceCheck.self, "全年发展 党员12名，建成阵地。").map(\.message), ["汉字之间有多余的空格"])
    }

    func testIndentationASCIISpacingAndNameLinesAreClean() {
        assertFindings(StraySpaceCheck.self, "　　全年使用 VR 设备开展教育12次，覆盖党员 326 名。")
        assertFindings(StraySpaceCheck.self, "青石镇党委书记 王明远")
        assertFindings(StraySpaceCheck.self, "青石镇党委书记　王明远")
        assertFindings(StraySpaceCheck.self, "全年发展 党员12名，建成阵地。", allowSpaces: true)
    }

    func testANumberedHeadingIsNotTakenForANameLine() {
        assertFindings(StraySpaceCheck.self, "一、加强⟦ 组织建设")
    }
}
