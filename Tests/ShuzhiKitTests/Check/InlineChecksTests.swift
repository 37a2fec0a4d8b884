import Foundation
import XCTest
@testable import ShuzhiKit

final class InlineChecksTests: XCTestCase {
    func testRunReportsEveryCheckAtExactLinesAndColumns() {
        let fixtures = [
            (1, "2024年度抓基层党建工作述职报告"),
            (3, "在⟦**村开展活动⟦,参学率96%。"),
            (4, "　　落实领⟦领导干部责任。⟦。满意度98⟦％。"),
        ]
        var expected: [SourceLocation] = []
        var paragraphs: [CheckedText] = []
        for (line, fixture) in fixtures {
            let (text, columns) = unmark(fixture)
            paragraphs.append(CheckedText(text: text, line: line))
            expected += columns.map { SourceLocation(line: line, column: $0) }
        }
        let found = InlineChecks.run(paragraphs).sortedByLocation()
        XCTAssertEqual(found.compactMap(\.location), expected)
        XCTAssertEqual(found.map(\.code), [
            "placeholder", "halfwidth-punctuation", "repeated-phrase", "repeated-punctuation", "mixed-percent",
        ])
    }

    func testEveryPerParagraphCheckIsRunAndListedInTheCatalog() {
        let codes = [
            PlaceholderCheck.code, EmptyBracketsCheck.code, HalfwidthPunctuationCheck.code, UnbalancedPairCheck.code,
            StraySpaceCheck.code, MixedPercentCheck.code, RepeatedPhraseCheck.code, RepeatedPunctuationCheck.code,
        ]
        XCTAssertEqual(InlineChecks.codes, codes)
        XCTAssertEqual(InlineChecks.perParagraph.count, codes.count - 1)
    }

    /// The README table `## 检查项（诊断代码）` lists every catalog code with
    /// the same level and meaning (structural codes may sit in it too).
    func testReadmeTableMatchesTheCatalog() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "## 检查项（诊断代码）") else { return XCTFail("README lacks ## 检查项（诊断代码）") }
        let section = readme[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        var rows: [String: (level: String, meaning: String)] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let code = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            XCTAssertNil(rows[code], "README lists \(code) twice")
            rows[code] = (cells[2], cells[3])
        }
        let levelName: [Diagnostic.Severity: String] = [.error: "错误", .warning: "警告", .note: "说明"]
        for entry in InlineChecks.codes {
            guard let row = rows[entry.rawValue] else { XCTFail("README table lacks `\(entry.rawValue)`"); continue }
            XCTAssertEqual(row.level, levelName[entry.severity], entry.rawValue)
            XCTAssertEqual(row.meaning, entry.meaning, entry.rawValue)
        }
    }

    /// On the three real reports, the only errors are the defects the corpus
    /// README lists: placeholders and the two repeated phrases.
    func testCorpusSeedsHaveErrorsOnlyWhereTheCorpusReadmeSays() throws {
        let seeds = try SharedFolder.corpusSeeds()
        let expected: [String: Set<String>] = [
            "000_6de2acf763e16f43.txt": ["5 placeholder", "6 placeholder", "7 repeated-phrase"],
            "002_19510a32855f60f0.txt": [
                "6 placeholder", "7 placeholder", "8 placeholder", "9 placeholder", "18 repeated-phrase",
                "20 placeholder",
            ],
            "003_4b50101ba8d7b0dc.txt": ["5 placeholder", "6 placeholder"],
        ]
        for (name, lines) in expected.sorted(by: { $0.key < $1.key }) {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n").enumerated().map { CheckedText(text: $0.element, line: $0.offset + 1) }
            let found = InlineChecks.run(paragraphs).sortedByLocation()
            let errors = Set(found.filter { $0.severity == .error }.map { "\($0.location!.line) \($0.code)" })
            XCTAssertEqual(errors, lines, "\(name):\n" + found.map { "\($0.location!): \($0.severity)[\($0.code)] \($0.message)" }.joined(separator: "\n"))
            if ProcessInfo.processInfo.environment["SHUZHI_DUMP"] != nil { print(found.map { "\(name):\($0.location!): \($0.severity)[\($0.code)] \($0.message)" }.joined(separator: "\n")) }
            let repeated = found.filter { $0.code == "repeated-phrase" }.map(\.message)
            XCTAssertEqual(repeated, ["000_6de2acf763e16f43.txt": ["词语“集体经济”重复"], "002_19510a32855f60f0.txt": ["“领”字重复"]][name] ?? [], name)
        }
    }
}

extension InlineChecksTests {
    func testAParagraphStartingMidLineIsLocatedFromItsOwnColumn() {
        let (text, columns) = unmark("落实领⟦领导干部责任")
        let found = InlineChecks.run([CheckedText(text: text, line: 7, column: 5)])
        XCTAssertEqual(found.compactMap(\.location), [SourceLocation(line: 7, column: columns[0] + 4)])
    }

    func testALineBreakInsideAParagraphMovesToTheNextLine() {
        let (second, columns) = unmark("在⟦**村建成阵地")
        let found = InlineChecks.run([CheckedText(text: "全年发展党员，\n" + second, line: 2, column: 3)])
        XCTAssertEqual(found.compactMap(\.location), [SourceLocation(line: 3, column: columns[0])])
    }

    func testAReportIsCheckedOneLineAParagraphWithCRLF() {
        let (third, columns) = unmark("在⟦**村建成阵地。⟦。")
        let found = InlineChecks.run(report: "2024年度述职报告\r\n\r\n" + third + "\r\n")
        XCTAssertEqual(found.compactMap(\.location), columns.map { SourceLocation(line: 3, column: $0) })
        XCTAssertEqual(found.map(\.code), ["placeholder", "repeated-punctuation"])
    }
}
