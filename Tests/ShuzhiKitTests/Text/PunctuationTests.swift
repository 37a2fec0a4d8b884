import XCTest
@testable import ShuzhiKit

final class PunctuationTests: XCTestCase {
    func testSentenceEndsInExactlyOneFullStop() {
        XCTAssertEqual(Punctuation.sentence("带头抓落实"), "带头抓落实。")
        XCTAssertEqual(Punctuation.sentence("带头抓落实。"), "带头抓落实。")
        XCTAssertEqual(Punctuation.sentence("带头抓落实，"), "带头抓落实。")
        XCTAssertEqual(Punctuation.sentence("带头抓落实；  "), "带头抓落实。")
        XCTAssertEqual(Punctuation.sentence("带头抓落实,"), "带头抓落实。")
    }

    func testSentenceKeepsQuestionMarksColonsAndQuotedEnds() {
        XCTAssertEqual(Punctuation.sentence("怎么办？"), "怎么办？")
        XCTAssertEqual(Punctuation.sentence("究其原因："), "究其原因：")
        XCTAssertEqual(Punctuation.sentence("他说：“要抓实。”"), "他说：“要抓实。”")
        XCTAssertEqual(Punctuation.sentence("坚决做到“两个维护”"), "坚决做到“两个维护”。")
    }

    /// A lead ends with the mark its place needs: a list follows it.
    func testALeadEndsWithTheMarkItsPlaceNeeds() {
        // Typed without a mark, a lead announces its list.
        XCTAssertEqual(Punctuation.lead("究其原因"), "究其原因：")
        XCTAssertEqual(Punctuation.lead("下一步，我将从三个方面着力"), "下一步，我将从三个方面着力：")
        // A colon or a sentence stays as typed.
        XCTAssertEqual(Punctuation.lead("究其原因："), "究其原因：")
        XCTAssertEqual(Punctuation.lead("还存在以下不足。"), "还存在以下不足。")
        XCTAssertEqual(Punctuation.lead("正如群众所说：“干部带头。”"), "正如群众所说：“干部带头。”")
        // A clause mark leads on into items in the same paragraph, not into paragraphs of their own.
        XCTAssertEqual(Punctuation.lead("深入剖析问题的根源，"), "深入剖析问题的根源，")
        XCTAssertEqual(Punctuation.lead("深入剖析问题的根源，", runIn: false), "深入剖析问题的根源：")
        XCTAssertEqual(Punctuation.lead("主要有以下几点、", runIn: true), "主要有以下几点：")
    }

    func testBareDropsTrailingMarks() {
        XCTAssertEqual(Punctuation.bare("履职情况。"), "履职情况")
        XCTAssertEqual(Punctuation.bare("存在问题："), "存在问题")
        XCTAssertEqual(Punctuation.bare("下一步打算"), "下一步打算")
    }
}

final class NumberingMarkerTests: XCTestCase {
    func testMarkersForEveryStyle() {
        XCTAssertEqual(NumberingStyle.chineseComma.marker(position: 3, count: 3), "三、")
        XCTAssertEqual(NumberingStyle.chineseParen.marker(position: 11, count: 12), "（十一）")
        XCTAssertEqual(NumberingStyle.arabicDot.marker(position: 2, count: 2), "2.")
        XCTAssertEqual(NumberingStyle.arabicParen.marker(position: 2, count: 2), "（2）")
        XCTAssertEqual(NumberingStyle.shiRunIn.marker(position: 4, count: 4), "四是")
        XCTAssertEqual(NumberingStyle.diYi.marker(position: 2, count: 4), "第二，")
        XCTAssertEqual(NumberingStyle.none.marker(position: 2, count: 4), "")
    }

    func testShouxianStyleEndsWithZuihouAndStopsAfterFour() {
        XCTAssertEqual((1...3).map { NumberingStyle.shouxian.marker(position: $0, count: 3) }, ["首先，", "其次，", "再次，"])
        XCTAssertEqual((1...4).map { NumberingStyle.shouxian.marker(position: $0, count: 4) }, ["首先，", "其次，", "再次，", "最后，"])
        XCTAssertNil(NumberingStyle.shouxian.marker(position: 4, count: 5))
    }

    func testSpellingsRoundTripAndAcceptHalfWidthVariants() {
        for style in NumberingStyle.allCases {
            // Aspects and labels are read from reports; an input cannot ask for them.
            XCTAssertEqual(NumberingStyle(spelling: style.spelling), style.isDrafted ? style : nil, style.spelling)
        }
        XCTAssertEqual(NumberingStyle(spelling: "(一)"), .chineseParen)
        XCTAssertEqual(NumberingStyle(spelling: "第一,"), .diYi)
        XCTAssertNil(NumberingStyle(spelling: "甲"))
    }

    func testCountWordSaysLiangForTwo() {
        XCTAssertEqual([1, 2, 3, 12, 22].map(ChineseNumeral.count), ["一", "两", "三", "十二", "二十二"])
    }
}
