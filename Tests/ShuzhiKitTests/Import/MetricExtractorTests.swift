import XCTest
@testable import ShuzhiKit

/// Names that `import --metrics` gives quantities, in sentences of our own.
/// `nil`: the quantity stays inline (a date, a bound, a target, a list).
final class MetricExtractorTests: XCTestCase {
    func names(_ text: String) -> [String: String] {
        Dictionary(MetricExtractor.candidatesIn(text).map { ($0.value, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    func testNamesComeFromTheWordsAroundTheNumber() {
        let cases: [(String, String, String?)] = [
            ("全年发展党员12名。", "12名", "发展党员"),
            ("全年发展12名党员，带动群众。", "12名", "发展党员"),
            ("大力推进6个示范支部。", "6个", "推进示范支部"),
            ("16名党员联系农户90户。", "90户", "党员联系农户"),
            ("其中35岁以下11名。", "11名", nil),
            ("新选配35岁以下干部。", "35岁", nil),
            ("力争2027年村集体经济收入35万元。", "35万元", "村集体经济收入"),
            ("力争2027年实现目标。", "2027年", nil),
            ("经营性收入全部超过10万元。", "10万元", "经营性收入"),
            ("专题培训不少于4次。", "4次", "专题培训"),
            ("参学率提高到94%。", "94%", nil),
            ("考核权重占30%。", "30%", "考核权重"),
            ("全镇共有党支部7个。", "7个", "党支部"),
            ("为民办结实事98件。", "98件", "为民办结实事"),
            ("与驻区单位9家签订协议。", "9家", "驻区单位"),
            ("解决加装电梯等难题11个。", "11个", nil),
            ("每村至少培育1个品牌。", "1个", nil),
            ("入党积极分子4名。", "4名", "入党积极分子"),
            ("整合共建单位21家。", "21家", "整合共建单位"),
            ("共走访贫困户80户。", "80户", "走访贫困户"),
            ("参加组织生活会6次。", "6次", "参加组织生活会"),
            ("组织党员12名参加培训。", "12名", "党员"),
            ("筹集资金50万元用于修路。", "50万元", "筹集资金"),
            ("全村党员46名，平均年龄52岁。", "46名", "党员"),
        ]
        for (text, value, name) in cases {
            XCTAssertEqual(names(text)[value], name, text)
        }
    }
}
