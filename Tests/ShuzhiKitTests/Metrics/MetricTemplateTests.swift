import XCTest
@testable import ShuzhiKit

final class MetricTemplateTests: XCTestCase {
    func fields(_ v: TemplateValue?) -> [String: TemplateValue] {
        guard case .map(let m)? = v else { return [:] }
        return Dictionary(uniqueKeysWithValues: m.pairs.map { ($0.key, $0.value) })
    }

    func testEveryFieldIsPresentInAStableOrder() throws {
        let t = try MetricTable([metric("发展党员", line: 1, "12名", previous: "10名")])
        guard case .map(let all) = t.templateValue(), case .map(let m)? = all["发展党员"] else {
            return XCTFail("not a map")
        }
        XCTAssertEqual(m.keys, MetricField.all)
        XCTAssertEqual(m.keys, ["名称", "本年", "上年", "单位", "约数", "计算", "差值", "变化", "增幅", "比率", "上升", "下降", "持平", "汉字"])
    }

    func testAnIncreasingCount() throws {
        let t = try MetricTable([metric("发展党员", line: 1, "12名", previous: "10名")])
        let f = fields(t.value(of: "发展党员")?.templateValue())
        XCTAssertEqual(f["名称"], .string("发展党员"))
        XCTAssertEqual(f["本年"], .string("12名"))
        XCTAssertEqual(f["上年"], .string("10名"))
        XCTAssertEqual(f["单位"], .string("名"))
        XCTAssertEqual(f["约数"], .bool(false))
        XCTAssertEqual(f["计算"], .bool(false))
        XCTAssertEqual(f["差值"], .string("2名"))
        XCTAssertEqual(f["变化"], .string("增加2名"))
        XCTAssertEqual(f["增幅"], .string("增长20%"))
        XCTAssertEqual(f["比率"], .string("20%"))
        XCTAssertEqual(f["上升"], .bool(true))
        XCTAssertEqual(f["下降"], .bool(false))
        XCTAssertEqual(f["持平"], .bool(false))
    }

    func testAPercentageUsesPointsForItsRateWording() throws {
        let t = try MetricTable([metric("成功率", line: 1, "96.6％", previous: "94.5％")])
        let f = fields(t.value(of: "成功率")?.templateValue())
        XCTAssertEqual(f["本年"], .string("96.6％"))
        XCTAssertEqual(f["单位"], .string("％"))
        XCTAssertEqual(f["变化"], .string("提高2.1个百分点"))
        XCTAssertEqual(f["增幅"], .string("提高2.1个百分点"))
        XCTAssertEqual(f["比率"], .null)
    }

    func testWithoutLastYearTheChangeFieldsAreNull() throws {
        let t = try MetricTable([metric("服务群众", line: 1, "1.67万余人")])
        let f = fields(t.value(of: "服务群众")?.templateValue())
        XCTAssertEqual(f["单位"], .string("万人"))
        XCTAssertEqual(f["约数"], .bool(true))
        XCTAssertEqual(f["上年"], .null)
        for key in ["差值", "变化", "增幅", "比率"] { XCTAssertEqual(f[key], .null, key) }
        for key in ["上升", "下降", "持平"] { XCTAssertEqual(f[key], .bool(false), key) }
    }

    func testZeroLastYearHasAChangeButNoRate() throws {
        let t = try MetricTable([metric("示范点", line: 1, "3个", previous: "0个")])
        let f = fields(t.value(of: "示范点")?.templateValue())
        XCTAssertEqual(f["变化"], .string("增加3个"))
        XCTAssertEqual(f["增幅"], .null)
        XCTAssertEqual(f["比率"], .null)
    }

    func testTextFieldsLeaveOutBooleansAndNulls() throws {
        let t = try MetricTable([metric("争取资金", line: 1, "650万元")])
        let f = t.value(of: "争取资金")?.textFields ?? []
        XCTAssertEqual(f.map(\.field), ["名称", "本年", "单位"])
        XCTAssertEqual(f.map(\.text), ["争取资金", "650万元", "万元"])
    }
}

extension MetricTemplateTests {
    /// 汉字: small whole counts in Chinese numerals, 两 for 2; nothing else.
    func testChineseCountField() throws {
        let rows: [(String, String?)] = [
            ("2个", "两个"), ("12名", "十二名"), ("5次", "五次"), ("105户", "一百零五户"), ("0个", nil),
            ("1.5个", nil), ("1.5万元", nil), ("60余次", nil), ("96.6%", nil), ("3倍", nil), ("12", nil),
        ]
        for (value, expected) in rows {
            let t = try MetricTable([metric("数", line: 1, value)])
            let f = fields(t.value(of: "数")?.templateValue())
            XCTAssertEqual(f["汉字"], expected.map { .string($0) } ?? .null, value)
        }
    }
}
