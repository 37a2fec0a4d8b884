import Foundation
import XCTest
@testable import ShuzhiKit

/// Issue 14, done when: starting from a report, `import --metrics`, `new
/// --from`, fill this year's figures with other numbers and draft: no
/// figure or percentage of last year survives unflagged. Every figure left
/// in the text was reported by import; every reference prints a value
/// other than last year's, and every computed change is recomputed from
/// this year's numbers.
final class NextYearMetricsTests: XCTestCase {
    /// Each empty 本年 gets a number other than 上年 (different per metric,
    /// so that two metrics of one value do not keep their ratio), and each
    /// other place left to fill gets words.
    static func filled(_ input: String) -> String {
        var lines = input.components(separatedBy: "\n")
        var index = 0
        for i in lines.indices {
            let line = lines[i]
            let indent = String(line.prefix { $0 == " " })
            let key = line.dropFirst(indent.count)
            if key == "本年:", i + 1 < lines.count, lines[i + 1].hasPrefix(indent + "上年: ") {
                let last = String(lines[i + 1].dropFirst(indent.count + "上年: ".count))
                lines[i] = indent + "本年: " + other(last, index)
                index += 1
            } else if key.hasSuffix(":"), !key.hasPrefix("#"), !key.hasPrefix("-"), i > 0,
                      lines[i - 1].trimmingCharacters(in: .whitespaces).hasPrefix("# \(NextYear.fillMarker)") {
                lines[i] = line + (key == "日期:" ? " 2026年1月12日" : " 逐项整改到位。")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func other(_ text: String, _ k: Int) -> String {
        guard let q = try? Quantity.parse(text, at: SourceLocation(line: 1, column: 1)) else { return text }
        let amount = q.isPercent
            ? DecimalText.rounded(q.amount / 2 + Decimal(k % 7 + 1) + Decimal(string: "0.3")!, digits: 1)
            : q.amount * Decimal(2 + k % 3) + Decimal(k % 5 + 1)
        return Quantity(amount, unit: q.unit, magnitude: q.magnitude).formatted
    }

    /// The texts of a report's body, as the input file holds them.
    static func bodyTexts(_ root: Node) -> [String] {
        var out: [String] = []
        func walk(_ n: Node) {
            switch n.kind {
            case .scalar(let s, _): out.append(s)
            case .sequence(let items): items.forEach(walk)
            case .mapping(let entries):
                for e in entries where !MetricExtractor.settings.contains(e.key) { walk(e.value) }
            case .null: break
            }
        }
        for e in root.entries ?? [] where MetricExtractor.textKeys.contains(e.key) { walk(e.value) }
        return out
    }

    /// Every `{{name}}` or `{{name.field}}` of a text, and the text with each replaced by □.
    static func references(_ text: String) -> (names: [(String, String)], rest: String) {
        var names: [(String, String)] = []
        var rest = ""
        var s = Substring(text)
        while let open = s.range(of: "{{"), let close = s[open.upperBound...].range(of: "}}") {
            rest += s[..<open.lowerBound] + "□"
            let parts = s[open.upperBound..<close.lowerBound].split(separator: ".", maxSplits: 1).map(String.init)
            names.append((parts[0], parts.count > 1 ? parts[1] : MetricField.current))
            s = s[close.upperBound...]
        }
        return (names, rest + s)
    }

    static func table(_ input: String) throws -> [String: [String: String]] {
        let (report, _) = Report.read(try InputReader.read(input))
        let (table, problems) = MetricTable.evaluating(report.metrics.map(\.definition))
        XCTAssertEqual(problems.map { DiagnosticPrinter.text($0) }, [])
        var out: [String: [String: String]] = [:]
        for v in table.values { out[v.name] = Dictionary(v.textFields.map { ($0.field, $0.text) }, uniquingKeysWith: { a, _ in a }) }
        return out
    }

    /// Imports `text`, starts next year from it, fills it and drafts it.
    /// Returns how many references and literal figures next year's input has.
    @discardableResult
    func assertNothingOfLastYearSurvives(_ text: String, file: String, line: UInt = #line) throws -> (references: Int, literal: Int) {
        let imported = try Importer.importText(text, file: file, metrics: true)
        let kept = Set(imported.notes.filter { $0.code == .importFigureText }.compactMap { n in
            n.message.split(separator: "”").first.map { String($0.dropFirst()) }
        })
        let root = try InputReader.read(imported.input)
        let year = (root["年度"]?.string.flatMap { Int($0) } ?? 2024) + 1
        let next = Self.filled(try NextYear.input(from: root, year: year))
        let drafted = Drafter.draft(next, file: file)
        XCTAssertNotNil(drafted.text, file, line: line)
        XCTAssertEqual(drafted.diagnostics.filter { $0.severity == .error }.map { DiagnosticPrinter.text($0) }, [], file, line: line)
        let last = try Self.table(imported.input)
        let now = try Self.table(next)
        let scanner = FigureScanner()
        var counts = (references: 0, literal: 0)
        for body in Self.bodyTexts(try InputReader.read(next)) {
            let (refs, rest) = Self.references(body)
            // A figure left as text was named by import, with its reason.
            for f in scanner.scan(Array(rest.unicodeScalars)).figures {
                counts.literal += 1
                XCTAssertTrue(kept.contains(f.text), "\(file): “\(f.text)” in “\(body)” was not reported", line: line)
            }
            // A reference prints this year's value, not last year's.
            for (name, field) in refs {
                counts.references += 1
                guard let value = now[name]?[field] else {
                    XCTFail("\(file): {{\(name).\(field)}} has no value this year", line: line)
                    continue
                }
                XCTAssertNotEqual(value, last[name]?[field], "\(file): {{\(name).\(field)}} still prints last year's value", line: line)
            }
        }
        return counts
    }

    func testNoFigureOfLastYearSurvivesUnflaggedInOurFixtures() throws {
        var total = (references: 0, literal: 0)
        for url in FigureShareTests.fixtureFiles {
            let counts = try assertNothingOfLastYearSurvives(try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
            total.references += counts.references
            total.literal += counts.literal
        }
        XCTAssertGreaterThan(total.references, 700)
        print("next year from our fixtures: \(total.references) references recomputed, \(total.literal) figures left as reported text")
    }

    func testNoFigureOfLastYearSurvivesUnflaggedInTheRealReports() throws {
        let corpus = try SharedFolder.corpusSeeds()
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            try assertNothingOfLastYearSurvives(try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8), file: name)
        }
    }

    /// A ratio printed with other than one decimal keeps its precision next
    /// year, so that it is written as the report wrote it.
    func testARatiosPrecisionIsCarriedToNextYear() throws {
        let report = "根据镇党委要求，现将本人2024年度抓基层党建工作情况报告如下：\n一、履职情况\n（一）抓队伍。全村党员46名，其中女党员12名，占党员总数的26%。\n（二）抓学习。每月学习一次。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        let imported = try Importer.importText(report, file: "r.txt", metrics: true)
        XCTAssertTrue(imported.input.contains("  女党员占比:\n    本年: =女党员/党员*100%\n    精度: 0\n"), imported.input)
        let next = try NextYear.input(from: try InputReader.read(imported.input), year: nil)
        XCTAssertTrue(next.contains("  女党员占比:\n    本年: =女党员/党员*100%\n    精度: 0\n"), next)
        var filled = next.replacingOccurrences(of: "    本年:\n    上年: 46名", with: "    本年: 51名\n    上年: 46名")
        filled = filled.replacingOccurrences(of: "    本年:\n    上年: 12名", with: "    本年: 17名\n    上年: 12名")
        let drafted = Drafter.draft(filled, file: "next.yaml")
        // 17 / 51 = 33.33…%, at no decimals.
        XCTAssertTrue(drafted.text?.contains("全村党员51名，其中女党员17名，占党员总数的33%。") ?? false, drafted.text ?? "")
    }

    /// In our words: each computed change and ratio of next year's draft,
    /// worked out by hand from the numbers filled in.
    func testComputedChangesAreRecomputedFromThisYearsNumbers() throws {
        let report = try String(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/metrics/derived-figures.txt"), encoding: .utf8)
        let imported = try Importer.importText(report, file: "derived-figures.txt", metrics: true)
        var next = try NextYear.input(from: try InputReader.read(imported.input), year: nil)
        let values = [
            "党委会议专题研究党建工作": "12次", "村级集体经济收入总额": "680万元", "农民人均可支配收入": "23100元",
            "群众满意度": "97.5%", "发展党员": "20名", "排查矛盾纠纷": "300件", "成功调解": "288件",
            "细化任务": "50项", "年底完成": "49项", "经营性收入超过30万元的村": "11个",
        ]
        next = Self.filled(next)
        // The filled values above replace the generated ones.
        var lines = next.components(separatedBy: "\n")
        var metric = ""
        for i in lines.indices {
            let t = lines[i].trimmingCharacters(in: .whitespaces)
            if lines[i].hasPrefix("  "), !lines[i].hasPrefix("    "), t.hasSuffix(":") { metric = String(t.dropLast()) }
            if t.hasPrefix("本年: "), let v = values[metric] { lines[i] = String(lines[i].prefix { $0 == " " }) + "本年: " + v }
        }
        let drafted = Drafter.draft(lines.joined(separator: "\n"), file: "next.yaml")
        let text = try XCTUnwrap(drafted.text, "\(drafted.diagnostics.map { DiagnosticPrinter.text($0) })")
        let expected = [
            // 12 against 14: 2 fewer.
            "全年召开党委会议专题研究党建工作12次，比上年减少2次",
            // (680 − 612.4) / 612.4 = 11.04%, at the default one decimal.
            "全镇村级集体经济收入总额达到680万元，较上年增长11%",
            // (23100 − 21860) / 21860 = 5.672…%, at the two decimals last year's text showed.
            "农民人均可支配收入23100元，同比增长5.67%",
            // 97.5% against 96.8%: 0.7 points.
            "群众满意度达到97.5%，较上年提高0.7个百分点",
            // 288 / 300 = 96%.
            "成功调解288件，调解成功率96%",
            // 49 / 50 = 98%.
            "年底完成49项，完成率98%",
            // Last year's 8 is this year's 上年.
            "经营性收入超过30万元的村有11个，较上年的8个增加3个",
            "发展党员20名，比上年减少3名",
        ]
        for e in expected { XCTAssertTrue(text.contains(e), "\(e)\n\(text)") }
    }
}
