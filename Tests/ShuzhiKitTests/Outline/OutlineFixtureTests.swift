import Foundation
import XCTest
@testable import ShuzhiKit

/// The style fixtures in Tests/Fixtures/outline: invented reports in our own
/// words, one style each (headless 第一， with each way of opening the
/// problems, causes run on, problems and causes under one heading, renamed
/// headings, items numbered 1. 〔一〕 （一）, title with byline, salutation
/// and self-introduction…). Beside each report, `NAME.expect` says what a
/// careful reader sees, and `NAME.outline.json` is the reader's dump.
final class OutlineFixtureTests: XCTestCase {
    static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/outline")

    func fixtures() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 18)
        return try names.map { ($0, try String(contentsOf: Self.folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Golden dumps with line and column of every node.
    func testEveryFixtureReadsToItsGoldenOutline() throws {
        for (name, text) in try fixtures() {
            let reading = OutlineReader.readReport(text)
            assertGolden(reading.outline.json(template: reading.template.id), "Tests/Fixtures/outline/" + name.dropLast(4) + ".outline.json")
        }
    }

    /// What the `.expect` file says a reader sees: the kind of report, the
    /// top lines, where each part starts and how many items it has.
    func testEveryFixtureReadsAsACarefulReaderSeesIt() throws {
        for (name, text) in try fixtures() {
            let expect = try Expectation(Self.folder.appendingPathComponent(name.dropLast(4) + ".expect"))
            let reading = OutlineReader.readReport(text)
            let o = reading.outline
            let kindTemplate = ["township": "township", "organ": "organ", "village": "village", "community": "village"]
            XCTAssertEqual(reading.template.id, kindTemplate[expect.kind ?? ""], "\(name)：模板")
            XCTAssertEqual(o.title?.location.line, expect.line("title"), "\(name)：题目")
            let titleEnd = expect.lastLine("title")
            XCTAssertEqual(o.titleContinuation?.location.line, titleEnd == expect.line("title") ? nil : titleEnd, "\(name)：题目的第二行")
            XCTAssertEqual(o.preamble.map(\.location.line), expect.lines("preamble"), "\(name)：开头的其余段落")
            XCTAssertEqual(o.appendix.map(\.location.line), expect.lines("appendix"), "\(name)：附录")
            // A name written into the title (某某书记某某某2025年度……) is on the title's line.
            XCTAssertEqual((o.nameLine ?? o.nameInTitle)?.location.line, expect.line("name"), "\(name)：署名行")
            XCTAssertEqual(o.salutation?.location.line, expect.line("salutation"), "\(name)：称呼")
            XCTAssertEqual(o.introduction?.location.line, expect.attribute("opening", "intro").flatMap { Int($0) }, "\(name)：自我介绍")
            XCTAssertEqual(o.opening?.location.line, expect.lastLine("opening"), "\(name)：开头")
            XCTAssertEqual(o.closing.first?.location.line, expect.line("closing"), "\(name)：结束语")
            XCTAssertEqual(o.signature.map(\.location.line), expect.lines("signature"), "\(name)：落款")
            // A part no template names (廉洁自律情况) is written as `other:` in the expectation.
            XCTAssertEqual(o.parts.filter { $0.kind == nil }.map(\.location.line), [expect.line("other")].compactMap { $0 }, "\(name)：不知是哪一部分")
            for kind in [PartKind.achievements, .rectification, .problems, .causes, .nextSteps] {
                let fact = expect.facts[kind.rawValue]
                if fact?.contains("embedded") == true {
                    // Written inside another part (the last item of the achievements): found there.
                    // Run on inside a paragraph (runin-from=), check finds it by its words alone.
                    if fact?.contains("runin-from") == true { continue }
                    XCTAssertEqual(
                        o.embedded.filter { $0.kind == kind }.map(\.location.line), [expect.line(kind.rawValue)].compactMap { $0 },
                        "\(name)：\(kind.displayName)写在另一部分里")
                    continue
                }
                let part = o.part(kind)
                XCTAssertEqual(part?.location.line, expect.line(kind.rawValue), "\(name)：\(kind.displayName)从第几行开始")
                if let items = expect.attribute(kind.rawValue, "items").flatMap({ Int($0) }) {
                    XCTAssertEqual(part?.items.count, items, "\(name)：\(kind.displayName)的条目数")
                }
            }
        }
    }

    /// import gives back the same text, with and without --metrics, and
    /// check finds nothing to mark.
    func testEveryFixtureImportsBackAndChecksClean() throws {
        for (name, text) in try fixtures() {
            for metrics in [false, true] {
                do {
                    let result = try Importer.importText(text, file: name, metrics: metrics)
                    let drafted = Drafter.draft(result.input, file: name)
                    XCTAssertEqual(drafted.diagnostics.filter { $0.severity != .note }.map { DiagnosticPrinter.text($0) }, [], name)
                    XCTAssertEqual(
                        OutlineReader.splitParagraphs(drafted.text ?? "").map(\.text), OutlineReader.splitParagraphs(text).map(\.text),
                        "\(name) metrics: \(metrics)")
                } catch {
                    XCTFail("\(name) metrics: \(metrics)：\(DiagnosticPrinter.text(error))")
                }
            }
            let findings = Checker.checkReport(text, file: name).filter { $0.severity != .note }
            XCTAssertEqual(findings.map { DiagnosticPrinter.text($0) }, [], name)
        }
    }
}

/// A fixture's `.expect` file: `key: value attr=value …` per line, with
/// 1-based line numbers of the report (`problems: 14-16 items=3`).
struct Expectation {
    var facts: [String: String] = [:]

    init(_ url: URL) throws {
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            facts[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }

    var kind: String? { facts["kind"] }

    /// The first line number of a fact (`5` of `5-12 …`).
    func line(_ key: String) -> Int? {
        guard let v = facts[key] else { return nil }
        return Int(v.prefix { $0.isNumber })
    }

    /// The last line of a range (`4` of `3-4`), or the only line.
    func lastLine(_ key: String) -> Int? {
        guard let v = facts[key] else { return nil }
        let range = v.prefix { $0.isNumber || $0 == "-" }
        return Int(range.split(separator: "-").last ?? "")
    }

    /// Every line of a range.
    func lines(_ key: String) -> [Int] {
        guard let first = line(key), let last = lastLine(key) else { return [] }
        return Array(first...last)
    }

    /// `attr=value` of a fact.
    func attribute(_ key: String, _ name: String) -> String? {
        guard let v = facts[key], let r = v.range(of: name + "=") else { return nil }
        return String(v[r.upperBound...].prefix { !$0.isWhitespace })
    }
}
