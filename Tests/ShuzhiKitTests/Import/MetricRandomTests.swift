import XCTest
@testable import ShuzhiKit

/// Sentences built at random from the pieces figures come in (names,
/// numbers, units, changes against last year, ratios, ranges, bounds,
/// quotations, Chinese numerals): `import --metrics` never breaks the round
/// trip, and every figure is either a metric or reported.
final class MetricRandomTests: XCTestCase {
    func testRandomFiguresImportBackExactly() throws {
        var rng = SplitMix(seed: 14_2026)
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }
        func number() -> String {
            let n = Int(rng.next() % 900) + 1
            switch rng.next() % 4 {
            case 0: return "\(n).\(rng.next() % 10)"
            case 1: return "\(n * 10)"
            default: return "\(n)"
            }
        }
        let names = ["发展党员", "村集体经济收入", "走访困难群众", "召开党委会议", "排查矛盾纠纷", "参学率", "群众满意度", "新建党群服务中心", "培训村干部"]
        let units = ["名", "万元", "次", "户", "个", "%", "件", "人次", "亩", "余次", "万余元"]
        let changes = ["，较上年增长", "，比上年增加", "，同比下降", "，较上年提高", "，比上年减少了", "，较去年的"]
        let pieces: [() -> String] = [
            { pick(names) + number() + pick(units) },
            { pick(names) + number() + pick(units) + pick(changes) + number() + pick(["%", "名", "个百分点", "万元", "个"]) },
            { "发展" + number() + "名党员" },
            { pick(names) + "由" + number() + "名增加到" + number() + "名" },
            { "排查" + number() + "件，调处" + number() + "件，调处成功率" + number() + "%" },
            { "其中35岁以下" + number() + "名，占比" + number() + "%" },
            { "每名党员联系" + number() + "至" + number() + "户" },
            { "收入" + number() + "万元以上的村达到" + number() + "个" },
            { "开展“" + pick(["一村一品", "三个聚焦", "两学一做"]) + "”活动" + number() + "次" },
            { pick(["新建党员活动室", "走访联系村", "召开专题会议"]) + pick(["两个", "三次", "五个", "十二次", "二个"]) },
            { "2024年" + pick(names) + number() + pick(units) },
        ]
        for round in 0..<80 {
            var items: [String] = []
            for _ in 0..<(2 + Int(rng.next() % 3)) {
                items.append((0..<(1 + Int(rng.next() % 4))).map { _ in pick(pieces)() }.joined(separator: "，") + "。")
            }
            let body = items.enumerated().map { "（\(ChineseNumeral.string($0.offset + 1))）抓第\($0.offset + 1)项。" + $0.element }.joined(separator: "\n")
            let report = "根据镇党委要求，现将本人2024年度抓基层党建工作情况报告如下：\n一、履职情况\n\(body)\n二、存在问题\n一是学习不够深入。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
            do {
                let result = try Importer.importText(report, file: "random\(round).txt", metrics: true)
                let drafted = Drafter.draft(result.input, file: "random\(round).yaml")
                XCTAssertEqual(OutlineReader.splitParagraphs(drafted.text ?? "").map(\.text), OutlineReader.splitParagraphs(report).map(\.text), report)
                let summary = try XCTUnwrap(result.notes.first { $0.code == .importMetrics }?.message)
                let numbers = summary.split { !$0.isNumber }.compactMap { Int($0) }
                let kept = result.notes.filter { $0.code == .importFigureText }.count
                XCTAssertEqual(numbers[0], numbers[1] + kept, summary)
            } catch {
                XCTFail("\((error as? Diagnostic).map { DiagnosticPrinter.text($0) } ?? "\(error)")\n\(report)")
            }
        }
    }
}
