import Foundation
import XCTest
@testable import ShuzhiKit

/// `new --from`: next year's input lists exactly what is left to fill, and
/// once filled drafts a complete report with year-on-year wording.
final class NextYearTests: XCTestCase {
    func testFromEveryExampleCheckListsExactlyTheUnfilledPlaces() throws {
        let folder = packageRoot.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".yaml") }).sorted() {
            let last = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let root = try InputReader.read(last)
            let next = try NextYear.input(from: root, year: nil)
            let findings = Checker.checkInput(next, file: "next.yaml")
            let errors = findings.filter { $0.severity == .error }
            XCTAssertTrue(errors.allSatisfy { $0.code == "unfilled" || $0.code == "repeated-problem" }, "\(name): \(errors.map { DiagnosticPrinter.text($0) })")
            // One per metric that is not a formula, two per carried-over problem (措施, 成效),
            // and one per problem still listed under 存在问题 although it is now being put right.
            let metrics = (root["指标"]?.entries ?? []).filter { !($0.value.string?.hasPrefix("=") ?? false) }.count
            let problems = root["存在问题"]?["问题"]?.items?.count ?? 0
            XCTAssertEqual(errors.count, metrics + 3 * problems, "\(name): \(errors.map { DiagnosticPrinter.text($0) })")
            XCTAssertTrue(findings.contains { $0.code == "unchanged-from-last-year" }, name)
        }
    }

    /// 无 and layout settings are the same every year by design: only last
    /// year's words are flagged as not rewritten.
    func testSettingsAndNoneAreNotFlaggedAsUnrewritten() throws {
        let last = "年度: 2024\n单位: 清河镇\n报告人: 张三\n履职情况:\n  措施编号: 无\n  事项:\n    - 标题: 抓学习\n      内容: 每月学习一次。\n    - 标题: 强队伍\n      内容: 选好配强班子。\n存在问题:\n  问题:\n    - 学习不深\n    - 创新不够\n下一步:\n  导语: 无\n  措施:\n    - 加强学习\n    - 改进作风\n"
        let next = try NextYear.input(from: try InputReader.read(last), year: nil)
        XCTAssertFalse(next.contains("#\(NextYear.hash("无"))"), next)
        let flagged = Checker.checkInput(next, file: "n.yaml").filter { $0.code == "unchanged-from-last-year" }.compactMap(\.location?.line)
        let lines = next.components(separatedBy: "\n")
        XCTAssertEqual(flagged.map { lines[$0 - 1].trimmingCharacters(in: .whitespaces) },
                       ["内容: 每月学习一次。", "内容: 选好配强班子。", "- 学习不深", "- 创新不够", "- 加强学习", "- 改进作风"])
    }

    /// An opening, closing or appendix that states figures is last year's
    /// until they change; an opening that only asks for the report is not.
    /// A problem kept with its own number is quoted without it.
    func testFiguresOutsideThePartsAreFlaggedAndProblemsLoseTheirNumbers() throws {
        let last = "年度: 2024\n单位: 清河镇\n开头: 清河镇有党员860名。2024年，我认真履职，现报告如下：\n履职情况:\n  事项:\n    - 抓学习。\n    - 抓队伍。\n存在问题:\n  编号: 无\n  问题:\n    - 一是学习不深。\n    - 二是创新不够。\n下一步:\n  措施:\n    - 加强学习\n    - 改进作风\n日期: 2025年1月6日\n附录: 附：党员860名，党支部23个。\n"
        let next = try NextYear.input(from: try InputReader.read(last), year: nil)
        XCTAssertTrue(next.contains("开头: 清河镇有党员860名。2025年，我认真履职，现报告如下："), next)
        XCTAssertTrue(next.contains("    - 问题: 学习不深\n"), next)
        XCTAssertTrue(next.contains("    - 问题: 创新不够\n"), next)
        let lines = next.components(separatedBy: "\n")
        let flagged = Checker.checkInput(next, file: "n.yaml").filter { $0.code == "unchanged-from-last-year" }.compactMap(\.location?.line)
        XCTAssertEqual(flagged.map { lines[$0 - 1].components(separatedBy: ":")[0] }.filter { !$0.hasPrefix(" ") }, ["开头", "附录"])
        // Rewritten in part: the figure left as it was is named.
        let edited = next.replacingOccurrences(of: "附：党员860名，党支部23个。", with: "附：党员871名，党支部23个。")
        let figures = Checker.checkInput(edited, file: "n.yaml").filter { $0.code == "unchanged-figure" }.map(\.message)
        XCTAssertEqual(figures, ["“23个”是上年原文里的数字，还没有改"])
        let plain = try NextYear.input(from: try InputReader.read("年度: 2024\n开头: 根据要求，现将2024年履职情况报告如下：\n"), year: nil)
        XCTAssertFalse(plain.contains(CarriedText.marker), plain)
    }

    /// After `new --from`, a rate computed from two counts has no value
    /// until they are filled: only the counts are named, not each use of
    /// the rate's growth. A formula that is wrong is named once, at itself.
    func testAFormulaOverMetricsLeftToFillIsNotReportedAgainWhereItsGrowthIsUsed() {
        let next = "年度: 2025\n指标:\n  排查纠纷:\n    本年:\n    上年: 40件\n  化解纠纷:\n    本年:\n    上年: 38件\n  化解率: =化解纠纷/排查纠纷*100%\n履职情况:\n  事项:\n    - 化解率{{化解率}}，比上年{{化解率.变化}}。\n    - 抓队伍。\n存在问题:\n  问题:\n    - 学习不深\n    - 创新不够\n下一步:\n  措施:\n    - 加强学习\n    - 改进作风\n"
        let errors = Checker.checkInput(next, file: "n.yaml").filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.code), [.unfilled, .unfilled], errors.map { DiagnosticPrinter.text($0) }.joined())
        let typo = next.replacingOccurrences(of: "*100%", with: "*100%+").replacingOccurrences(of: "本年:\n", with: "本年: 41件\n")
        let drafted = Drafter.draft(typo, file: "n.yaml").diagnostics
        XCTAssertEqual(drafted.map(\.code), [.badFormula], drafted.map { DiagnosticPrinter.text($0) }.joined())
    }

    func testFilledNextYearDraftsWithGrowthWording() throws {
        let last = try String(contentsOf: packageRoot.appendingPathComponent("Examples/青石镇2024.yaml"), encoding: .utf8)
        var next = try NextYear.input(from: try InputReader.read(last), year: nil)
        // Fill every 本年 with last year's number plus one, and every rectification field.
        var lines = next.components(separatedBy: "\n")
        for i in lines.indices where lines[i].hasSuffix("本年:") && i + 1 < lines.count {
            let previous = lines[i + 1].components(separatedBy: "上年: ").last ?? ""
            let digits = previous.prefix { $0.isNumber }
            let rest = previous.dropFirst(digits.count)
            lines[i] += " \((Int(digits) ?? 0) + 1)\(rest)"
        }
        // A rectification item's 措施 is the empty one under its “to fill” comment (a long 问题 folds over lines).
        for i in lines.indices.dropFirst() where lines[i].trimmingCharacters(in: .whitespaces) == "措施:" && lines[i - 1].contains("整改措施") {
            lines[i] += " 建立问题清单，逐项整改销号"
        }
        for i in lines.indices where lines[i].trimmingCharacters(in: .whitespaces) == "成效:" { lines[i] += " 问题已全部整改到位" }
        next = lines.joined(separator: "\n")
        let result = Drafter.draft(next, file: "2025.yaml")
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map { DiagnosticPrinter.text($0) }, [])
        let text = try XCTUnwrap(result.text)
        XCTAssertTrue(text.hasPrefix("2025年度抓基层党建工作述职报告\n"), text)
        XCTAssertTrue(text.contains("全年发展党员11名，比上年增加1名，"), text)
        XCTAssertTrue(text.contains("二、上年度述职评议问题整改情况\n一是针对“抓党建的精力投入还不够"), text)
        XCTAssertFalse(text.contains("【待补充"), text)
    }
}

/// From each real report, `new --from` gives an input whose rectification
/// part holds that report's problems.
final class NextYearFromCorpusTests: XCTestCase {
    func testEveryCorpusReportStartsNextYearWithItsProblemsToRectify() throws {
        let corpus = try SharedFolder.corpusSeeds()
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let outline = OutlineReader.read(text, profile: Importer.detectTemplate(text).profile)
            let problems = outline.part(.problems)?.items.count ?? 0
            let next = try NextYear.input(from: try LastYear.read(text, name: name), year: 2024)
            let root = try InputReader.read(next)
            let items = root["整改情况"]?["事项"]?.items ?? []
            XCTAssertEqual(items.count, problems, name)
            XCTAssertTrue(items.allSatisfy { $0["问题"]?.string?.isEmpty == false && $0["措施"]?.isNull == true }, name)
            let findings = Checker.checkInput(next, file: name)
            // Besides the places to fill, only the report's own defects carry over.
            // Last year's problems are now being put right: still listed, each is flagged until rewritten.
            let carried: Set<DiagnosticCode> = ["unfilled", "placeholder", "repeated-phrase", "repeated-problem"]
            XCTAssertEqual(findings.filter { $0.severity == .error && !carried.contains($0.code) }.map { DiagnosticPrinter.text($0) }, [], name)
        }
    }
}
