import Foundation
import XCTest
@testable import ShuzhiKit

/// The promise of the new-year workflow: starting from last year's report
/// (import --metrics, new --from), a writer who fills in this year's
/// figures and the rectification but rewrites nothing else gets a draft in
/// which no figure of last year survives without `check` naming the text
/// that still holds it.
final class NextYearFiguresTests: XCTestCase {
    /// Every style fixture: reports in our own words.
    func testNoFigureOfLastYearSurvivesUnflaggedFromAnyFixture() throws {
        let folder = packageRoot.appendingPathComponent("Tests/Fixtures/outline")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 20)
        for name in names {
            try assertNoFigureSurvivesUnflagged(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), name)
        }
    }

    /// The corpus reports, when `../shared` is beside the checkout.
    func testNoFigureOfLastYearSurvivesUnflaggedFromTheCorpus() throws {
        let corpus = try SharedFolder.corpusSeeds()
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(names.count, 3)
        for name in names {
            try assertNoFigureSurvivesUnflagged(try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8), name)
        }
    }

    // MARK: The workflow

    func assertNoFigureSurvivesUnflagged(_ report: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let imported: Importer.Result
        do { imported = try Importer.importText(report, file: name, metrics: true) } catch {
            return XCTFail("\(name)：\(DiagnosticPrinter.text(error))", file: file, line: line)
        }
        let root0 = try InputReader.read(imported.input)
        // A report that never says its year: take it as last year's.
        let next = try NextYear.input(from: root0, year: root0["年度"] == nil ? 2025 : nil)
        let lastYear = Set(Figures.find(in: report).map(\.text))
        let filled = Self.fillIn(next, avoiding: lastYear)

        // Which texts check names: by the line of the text each finding falls in.
        let findings = Checker.checkInput(filled, file: "next.yaml")
        // Problems left as they were are an error of their own (repeated-problem), not a figure's;
        // so are the report's own defects (the corpus has placeholders), carried as written.
        let own = Set(Checker.checkReport(report, file: name).filter { $0.severity == .error }.map(\.code))
        let errors = findings.filter { $0.severity == .error && $0.code != .repeatedProblem && !own.contains($0.code) }
        XCTAssertEqual(errors.map { DiagnosticPrinter.text($0) }, [], name, file: file, line: line)
        let root = try InputReader.read(filled)
        var texts: [(path: String, location: SourceLocation, text: String)] = []
        Self.collect(root, path: "", into: &texts)
        texts.sort { $0.location.line < $1.location.line }
        let flagged = Set(findings.filter { $0.code == .unchangedFromLastYear || $0.code == .unchangedFigure }.compactMap { d -> Int? in
            guard let at = d.location?.line else { return nil }
            return texts.lastIndex { $0.location.line <= at }
        })
        // Last year's problem, quoted as the rectification's subject, is last year's on purpose.
        let quoted = Set(texts.filter { $0.path == "整改情况.事项-.问题" }.flatMap { Figures.find(in: $0.text).map(\.text) })
        for (k, t) in texts.enumerated() where t.path != "整改情况.事项-.问题" {
            let kept = Figures.find(in: t.text).map(\.text).filter(lastYear.contains)
            if !kept.isEmpty && !flagged.contains(k) {
                XCTFail("\(name)：\(t.path)（第\(t.location.line)行）仍有上年的数字\(kept)，check 却没有指出", file: file, line: line)
            }
        }
        // And the draft: every figure of last year in it comes from one of those named texts.
        let drafted = Drafter.draft(filled, file: "next.yaml")
        let draftText = try XCTUnwrap(drafted.text, name, file: file, line: line)
        // Last year's value printed as this year's 上年 (由{{X.上年}}增加到{{X}}) is right where it is.
        let previous = Set(root["指标"]?.entries?.compactMap { e -> String? in
            texts.contains { $0.text.contains("{{\(e.key).\(MetricField.previous)}}") } ? e.value["上年"]?.string : nil
        } ?? [])
        let named = Set(flagged.flatMap { Figures.find(in: texts[$0].text).map(\.text) }).union(quoted).union(previous)
        let unnamed = Set(Figures.find(in: draftText).map(\.text)).filter { lastYear.contains($0) && !named.contains($0) }
        XCTAssertEqual(unnamed.sorted(), [], "\(name)：草稿中上年的数字没有被指出", file: file, line: line)
    }

    /// What a writer must fill: each metric's 本年 (a figure unlike last
    /// year's, same unit), each rectification's 措施 and 成效, the date.
    static func fillIn(_ input: String, avoiding lastYear: Set<String>) -> String {
        var lines = input.components(separatedBy: "\n")
        var metric = 0
        for i in lines.indices {
            let t = lines[i].trimmingCharacters(in: .whitespaces)
            let indent = String(lines[i].prefix { $0 == " " })
            // Only the places new --from marks as to be filled.
            guard i > 0, lines[i - 1].contains(NextYear.fillMarker) else { continue }
            if t == "本年:", let last = lines[(i + 1)...].first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("上年:") }) {
                let value = last.trimmingCharacters(in: .whitespaces).dropFirst("上年:".count).trimmingCharacters(in: .whitespaces)
                // A different step per metric, so that a ratio of two metrics changes too.
                metric += 1
                var new = changed(value, step: metric)
                while lastYear.contains(new) { new = changed(new, step: metric) }
                lines[i] = indent + "本年: " + new
            } else if t == "措施:" {
                lines[i] = indent + "措施: 逐项制定整改方案，明确责任人和完成时限，按月调度推进。"
            } else if t == "成效:" {
                lines[i] = indent + "成效: 问题已基本解决，群众反映良好。"
            } else if t == "日期:" {
                lines[i] = indent + "日期: 2026年1月12日"
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `value` with its number changed and its unit kept: 12名 → 19名,
    /// 96.5% → 91.3%, 约90人次 → 约142人次; `step` varies the change.
    static func changed(_ value: String, step: Int = 0) -> String {
        let about = value.hasPrefix("约") ? "约" : ""
        let rest = value.dropFirst(about.count)
        let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let n = Double(digits) else { return value }
        let decimals = digits.split(separator: ".").dropFirst().first?.count ?? 0
        let m = digits.contains(".") || value.hasSuffix("%")
            ? (n > 50 ? n - 5.2 - Double(step % 4) : n + 3.7 + Double(step % 4))
            : (n * (1.5 + 0.1 * Double(step % 4))).rounded(.down) + 7
        let text = decimals > 0 ? String(format: "%.\(decimals)f", m) : String(Int(m))
        return about + text + rest.dropFirst(digits.count)
    }

    /// The texts of an input file that end up in the report: not metrics'
    /// values (上年 is last year's on purpose) and not settings.
    static func collect(_ node: Node, path: String, into texts: inout [(path: String, location: SourceLocation, text: String)]) {
        switch node.kind {
        case .scalar(let s, _):
            texts.append((path, node.location, s))
        case .sequence(let items):
            for item in items { collect(item, path: path + "-", into: &texts) }
        case .mapping(let entries):
            for e in entries where !(path.isEmpty && e.key == "指标") && !InputFilePlaces.settingKeys.contains(e.key) {
                collect(e.value, path: path.isEmpty ? e.key : path + "." + e.key, into: &texts)
            }
        case .null:
            break
        }
    }
}
