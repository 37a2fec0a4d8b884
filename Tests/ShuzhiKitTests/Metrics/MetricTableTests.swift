import XCTest
@testable import ShuzhiKit

final class MetricTableTests: XCTestCase {
    func table(_ defs: [MetricDefinition], _ options: MetricTable.Options = .init()) throws(Diagnostic) -> MetricTable {
        try MetricTable(defs, options: options)
    }

    func testComputesAPercentageFromTwoCounts() throws {
        let t = try table([
            metric("成功率", line: 1, "=调处矛盾纠纷/排查矛盾纠纷*100%"),
            metric("排查矛盾纠纷", line: 2, "58件"),
            metric("调处矛盾纠纷", line: 3, "56件"),
        ])
        XCTAssertEqual(t.value(of: "成功率")?.current?.description, "96.6%")
        XCTAssertTrue(t.value(of: "成功率")?.isComputed ?? false)
        XCTAssertEqual(t.names, ["成功率", "排查矛盾纠纷", "调处矛盾纠纷"])
        XCTAssertNil(t.value(of: "没有"))
    }

    func testComputesLastYearFromTheSameFormulaWhenAllInputsHaveIt() throws {
        let t = try table([
            metric("党员总数", line: 1, "=男党员+女党员"),
            metric("男党员", line: 2, "80名", previous: "78名"),
            metric("女党员", line: 3, "40名", previous: "30名"),
            metric("入党积极分子", line: 4, "=党员总数*5%"),
        ])
        XCTAssertEqual(t.value(of: "党员总数")?.current?.description, "120名")
        XCTAssertEqual(t.value(of: "党员总数")?.previous?.description, "108名")
        XCTAssertEqual(t.value(of: "党员总数")?.change?.differenceWording, "增加12名")
        XCTAssertEqual(t.value(of: "党员总数")?.change?.rateWording, "增长11.1%")
        XCTAssertEqual(t.value(of: "入党积极分子")?.current?.description, "6名")
        XCTAssertEqual(t.value(of: "入党积极分子")?.previous?.description, "5.4名")
    }

    func testLastYearIsUnknownWhenAnInputLacksIt() throws {
        let t = try table([
            metric("合计", line: 1, "=甲+乙"),
            metric("甲", line: 2, "3个", previous: "2个"),
            metric("乙", line: 3, "4个"),
        ])
        XCTAssertEqual(t.value(of: "合计")?.current?.description, "7个")
        XCTAssertNil(t.value(of: "合计")?.previous)
        XCTAssertNil(t.value(of: "合计")?.change)
    }

    func testGivenLastYearOverridesTheFormula() throws {
        let t = try table([
            metric("合计", line: 1, "=甲+乙", previous: "9个"),
            metric("甲", line: 2, "3个", previous: "2个"),
            metric("乙", line: 3, "4个", previous: "2个"),
        ])
        XCTAssertEqual(t.value(of: "合计")?.previous?.description, "9个")
        XCTAssertNil(t.value(of: "合计")?.previousFormula)
        XCTAssertEqual(t.value(of: "合计")?.change?.differenceWording, "减少2个")
    }

    func testWanIsKeptForComputedMoney() throws {
        let t = try table([
            metric("争取资金", line: 1, "=上级资金+自筹资金"),
            metric("上级资金", line: 2, "1.2万元", previous: "1万元"),
            metric("自筹资金", line: 3, "3000元", previous: "2000元"),
        ])
        XCTAssertEqual(t.value(of: "争取资金")?.current?.description, "1.5万元")
        XCTAssertEqual(t.value(of: "争取资金")?.change?.differenceWording, "增加3000元")
        XCTAssertEqual(t.value(of: "争取资金")?.change?.rateWording, "增长25%")
    }

    func testPrecisionSettingRoundsHalfUp() throws {
        let defs = [
            metric("人均", line: 1, "=收入/户数", precision: "0"),
            metric("收入", line: 2, "129.43万元"),
            metric("户数", line: 3, "174户"),
            metric("比例", line: 4, "=1/8*100%", precision: "2"),
            metric("默认", line: 5, "=1/8*100%"),
        ]
        let t = try table(defs)
        XCTAssertEqual(t.value(of: "人均")?.current?.description, "7439元")
        XCTAssertEqual(t.value(of: "比例")?.current?.description, "12.5%")
        XCTAssertEqual(t.value(of: "默认")?.current?.description, "12.5%")
        let coarse = try table(defs, .init(percentDigits: 0, decimalDigits: 1))
        XCTAssertEqual(coarse.value(of: "默认")?.current?.description, "13%")
        XCTAssertEqual(coarse.value(of: "比例")?.current?.description, "12.5%")
    }

    func testComputedValuesUseExactInputsNotRoundedOnes() throws {
        let t = try table([
            metric("三分之一", line: 1, "=1/3"),
            metric("一", line: 2, "=三分之一*3"),
        ])
        XCTAssertEqual(t.value(of: "三分之一")?.current?.description, "0.33")
        XCTAssertEqual(t.value(of: "一")?.current?.description, "1")
    }

    func testPreviousYearDivisionByZeroLeavesLastYearUnknown() throws {
        let t = try table([
            metric("成功率", line: 1, "=调处/排查*100%"),
            metric("排查", line: 2, "50件", previous: "0件"),
            metric("调处", line: 3, "48件", previous: "0件"),
        ])
        XCTAssertEqual(t.value(of: "成功率")?.current?.description, "96%")
        XCTAssertNil(t.value(of: "成功率")?.previous)
    }

    // MARK: errors

    func failure(_ defs: [MetricDefinition], file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        thrown({ () throws(Diagnostic) in try MetricTable(defs) }, file: file, line: line)
    }

    func testUnknownMetricSuggestsTheClosestName() {
        let d = failure([
            metric("成功率", line: 1, "=调处矛盾纠纷/排查矛盾纠分*100%"),
            metric("排查矛盾纠纷", line: 2, "58件"),
            metric("调处矛盾纠纷", line: 3, "56件"),
        ])
        XCTAssertEqual(d?.code, "unknown-metric")
        XCTAssertEqual(d?.message, "没有名为“排查矛盾纠分”的指标")
        XCTAssertEqual(d?.location, at(1, 14))
        XCTAssertEqual(d?.hint, "是不是“排查矛盾纠纷”？")
    }

    func testUnknownMetricWithoutACloseName() {
        let d = failure([metric("合计", line: 1, "=完全不同的名字+1")])
        XCTAssertEqual(d?.hint, "先在指标中定义它，公式里的名称要与指标名完全一致")
        XCTAssertEqual(d?.location, at(1, 6))
    }

    func testDuplicateMetricNotesTheFirstDefinition() {
        let d = failure([metric("党员", line: 1, "3名"), metric("党员", line: 2, "4名")])
        XCTAssertEqual(d?.code, "duplicate-metric")
        XCTAssertEqual(d?.message, "指标“党员”重复定义")
        XCTAssertEqual(d?.location, at(2, 1))
        XCTAssertEqual(d?.notes, [.init("第一次定义在这里", at: at(1, 1))])
    }

    func testBadQuantityIsLocatedInsideItsValue() {
        let d = failure([metric("党员", line: 1, "3名"), metric("走访", line: 2, "60余次次")])
        XCTAssertEqual(d?.code, "bad-quantity")
        XCTAssertEqual(d?.location, at(2, 9))
    }

    func testBadPrecision() {
        let d = failure([metric("党员", line: 1, "3名", precision: "一位")])
        XCTAssertEqual(d?.code, "bad-precision")
        XCTAssertEqual(d?.message, "精度“一位”应是0到6的整数")
        XCTAssertEqual(d?.location, at(201, 5))
        XCTAssertEqual(failure([metric("党员", line: 1, "3名", precision: "7")])?.code, "bad-precision")
    }

    func testCycleIsReportedWithANoteAtEachReference() {
        let d = failure([
            metric("甲", line: 1, "=乙+1"),
            metric("乙", line: 2, "=丙*2"),
            metric("丙", line: 3, "=甲-1"),
            metric("丁", line: 4, "5"),
        ])
        XCTAssertEqual(d?.code, "formula-cycle")
        XCTAssertEqual(d?.message, "公式循环引用：甲 → 乙 → 丙 → 甲")
        XCTAssertEqual(d?.location, at(1, 1))
        XCTAssertEqual(d?.notes, [
            .init("“甲”的公式引用了“乙”", at: at(1, 5)),
            .init("“乙”的公式引用了“丙”", at: at(2, 5)),
            .init("“丙”的公式引用了“甲”", at: at(3, 5)),
        ])
    }

    func testSelfReferenceIsACycle() {
        let d = failure([metric("甲", line: 1, "=甲+1")])
        XCTAssertEqual(d?.message, "公式循环引用：甲 → 甲")
        XCTAssertEqual(d?.notes.count, 1)
    }

    func testCycleOnlyInLastYearsFormulas() {
        let d = failure([
            metric("甲", line: 1, "1", previous: "=乙"),
            metric("乙", line: 2, "2", previous: "=甲"),
        ])
        XCTAssertEqual(d?.code, "formula-cycle")
        XCTAssertEqual(d?.notes.map(\.location), [at(101, 6), at(102, 6)])
    }

    func testReferenceToAMetricWithoutThisYearsValue() {
        let d = failure([
            metric("合计", line: 1, "=甲+乙"),
            metric("甲", line: 2, "3个"),
            metric("乙", line: 3, nil, previous: "4个"),
        ])
        XCTAssertEqual(d?.code, "missing-metric-value")
        XCTAssertEqual(d?.message, "指标“乙”没有本年数值")
        XCTAssertEqual(d?.location, at(1, 8))
    }

    func testUnitMismatchInAFormulaPointsAtTheOperator() {
        let d = failure([
            metric("合计", line: 1, "=党员+资金"),
            metric("党员", line: 2, "10名"),
            metric("资金", line: 3, "650万元"),
        ])
        XCTAssertEqual(d?.code, "unit-mismatch")
        XCTAssertEqual(d?.message, "单位不一致：“名”和“万元”不能相加")
        XCTAssertEqual(d?.location, at(1, 8))
    }

    func testUnitMismatchBetweenYears() {
        let d = failure([metric("阵地", line: 1, "10个", previous: "8处")])
        XCTAssertEqual(d?.code, "unit-mismatch")
        XCTAssertEqual(d?.message, "本年和上年的单位不一致：“个”和“处”")
        XCTAssertEqual(d?.location, at(101, 5))
    }

    func testDivisionByZeroThisYearPointsAtTheOperator() {
        let d = failure([
            metric("成功率", line: 1, "=调处/排查*100%"),
            metric("排查", line: 2, "0件"),
            metric("调处", line: 3, "0件"),
        ])
        XCTAssertEqual(d?.code, "division-by-zero")
        XCTAssertEqual(d?.location, at(1, 9))
    }

    func testResultTooLargeForExactArithmeticIsAnErrorAtTheOperator() {
        let d = failure([
            metric("大", line: 1, String(repeating: "9", count: 30) + "亿"),
            metric("积", line: 2, "=大*大*大*大*大"),
        ])
        XCTAssertEqual(d?.code, "bad-formula")
        XCTAssertEqual(d?.message, "计算结果太大，超出范围")
        XCTAssertEqual(d?.hint, "检查公式是否把很大的数连乘")
        XCTAssertEqual(d?.location, at(2, 12))
    }

    func testResultTooCloseToZeroSaysSoAtTheOperator() {
        // Foundation's Decimal traps on a product below about 1e-128: refused before that.
        let tiny = "0." + String(repeating: "0", count: 28) + "1"
        let d = failure([
            metric("小", line: 1, tiny),
            metric("积", line: 2, "=小*小*小*小*小"),
        ])
        XCTAssertEqual(d?.code, "bad-formula")
        XCTAssertEqual(d?.message, "计算结果太接近0，超出范围")
        XCTAssertEqual(d?.hint, "检查公式是否把很小的数连乘，或连续除以很大的数")
        XCTAssertEqual(d?.location, at(2, 10))
        let quotient = failure([
            metric("小", line: 1, tiny),
            metric("大", line: 2, "1" + String(repeating: "0", count: 29)),
            metric("商", line: 3, "=小/大/大/大/大"),
        ])
        XCTAssertEqual(quotient?.message, "计算结果太接近0，超出范围")
    }

    func testBadFormulaColumnIsValueColumnPlusOffset() {
        let d = failure([metric("成功率", line: 7, "=调处//排查")])
        XCTAssertEqual(d?.code, "bad-formula")
        XCTAssertEqual(d?.message, "“/”前面缺少数或指标名")
        XCTAssertEqual(d?.location, at(7, 10))
    }
}
