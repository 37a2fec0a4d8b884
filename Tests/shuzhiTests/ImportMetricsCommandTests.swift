import Foundation
import XCTest
@testable import shuzhi

/// `import --metrics` as a clerk runs it: the input file it writes, the
/// notes on figures left as text (at their place in the report) and the
/// summary, then `new --from` and `draft` with this year's numbers.
final class ImportMetricsCommandTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws { dir = try temporaryFolder(self) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func testImportWithMetricsNamesWhatStaysTextAndNextYearRecomputesTheGrowth() throws {
        let report = """
            根据镇党委要求，现将本人2024年度抓基层党建工作情况报告如下：
            一、履职情况
            （一）抓队伍建设。全年发展党员6名，比上年增加2名；村集体经济收入28.5万元，较上年增长14%。
            （二）抓基层治理。每名党员联系3至5户群众，信访总量同比下降10.5%。
            二、存在问题
            一是学习不够深入。二是创新不够。
            三、下一步工作打算
            一是加强学习。二是改进作风。

            """
        FileManager.default.createFile(atPath: path("2024.txt"), contents: Data(report.utf8))
        let r = runCLI(["import", path("2024.txt"), "--metrics", "-o", path("2024.yaml")])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("2024.txt:4:18: note[import-figure-text]: “5户”留作正文：是一个范围的一端，一个指标只能有一个数\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("2024.txt:4:31: note[import-figure-text]: “10.5%”留作正文：是一个增减量，正文里没有它所比较的那个数\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("note[import-metrics]: 正文中有6个数字，4个（66.7%）成为指标或由指标算出，提取指标2个，2个留作正文\n"), r.stderr)
        let input = try String(contentsOfFile: path("2024.yaml"), encoding: .utf8)
        XCTAssertTrue(input.contains("  发展党员:\n    本年: 6名\n    上年: 4名\n  村集体经济收入:\n    本年: 28.5万元\n    上年: 25万元\n    精度: 0\n"), input)
        XCTAssertTrue(input.contains("全年发展党员{{发展党员}}，比上年{{发展党员.变化}}；"), input)
        XCTAssertTrue(input.contains("较上年{{村集体经济收入.增幅}}。"), input)

        XCTAssertEqual(runCLI(["new", "--from", path("2024.yaml"), "-o", path("2025.yaml")]).code, 0)
        var next = try String(contentsOfFile: path("2025.yaml"), encoding: .utf8)
        next = next.replacingOccurrences(of: "    本年:\n    上年: 6名", with: "    本年: 9名\n    上年: 6名")
        next = next.replacingOccurrences(of: "    本年:\n    上年: 28.5万元", with: "    本年: 34.2万元\n    上年: 28.5万元")
        FileManager.default.createFile(atPath: path("2025.yaml"), contents: Data(next.utf8))
        let d = runCLI(["draft", path("2025.yaml")])
        XCTAssertEqual(d.code, 0, d.stderr)
        XCTAssertTrue(d.stdout.contains("全年发展党员9名，比上年增加3名；村集体经济收入34.2万元，较上年增长20%。"), d.stdout)
    }
}
