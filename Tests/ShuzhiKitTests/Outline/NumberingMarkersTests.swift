import XCTest
@testable import ShuzhiKit

final class NumberingMarkersTests: XCTestCase {
    /// The heading level a draft asks for is the level of the marker the
    /// outline reader finds, without the lexicon's sequence words.
    func testHeadingLevelIsTheLeadingMarkersLevel() {
        let leads = [
            "（一）存在的问题", "(二)原因分析", "〔三〕", "1.建强阵地", "12、", "（1）学习", "一、履职情况", "第一，", "一是",
            "首先，", "最后", "下一步，我将从三个方面着力。", "究其原因：", "", "2024年", "1.5倍",
        ]
        for lead in leads {
            XCTAssertEqual(
                NumberingMarkers.headingLevel(atStartOf: Substring(lead)),
                NumberingMarkers.leading(Substring(lead))?.style.documentLevel, lead)
        }
        XCTAssertEqual(NumberingMarkers.headingLevel(atStartOf: "（一）存在的问题"), 2)
        XCTAssertNil(NumberingMarkers.headingLevel(atStartOf: "首先，"))
    }
}
