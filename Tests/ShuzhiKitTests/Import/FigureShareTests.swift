import Foundation
import XCTest
@testable import ShuzhiKit

/// How many of a report's figures `import --metrics` turns into metrics or
/// computed references (issue 14: at least 90%), over our fixtures and,
/// when present, the real reports. A figure is what `FoundFigure` says: an
/// Arabic number with a unit or counter, a percentage, a Chinese numeral
/// with a counter where it plainly counts; not dates, years, numbering,
/// ordinals, slogans or counts of what a sentence lists.
///
/// `SHUZHI_FIGURES=path` appends every metric and every figure left as
/// text, in its context, to that file.
final class FigureShareTests: XCTestCase {
    struct Tally {
        var figures = 0
        var converted = 0
        var share: Double { figures == 0 ? 1 : Double(converted) / Double(figures) }
    }

    static var fixtureFiles: [URL] {
        let folders = ["Tests/Fixtures/outline", "Tests/Fixtures/styles", "Tests/Fixtures/metrics", "Examples"]
        return folders.flatMap { folder -> [URL] in
            let url = packageRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted().map { url.appendingPathComponent($0) }
        }
    }

    func tally(_ url: URL, into total: inout Tally) throws -> Tally {
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = try Importer.importText(text, file: url.lastPathComponent, metrics: true)
        guard let summary = result.notes.first(where: { $0.code == .importMetrics }) else { return Tally() }
        // 正文中有N个数字，M个（x%）……
        let numbers = summary.message.split { !$0.isNumber }.compactMap { Int($0) }
        let t = Tally(figures: numbers[0], converted: numbers[1])
        total.figures += t.figures
        total.converted += t.converted
        print(String(format: "figures %@: %d of %d (%.1f%%)", url.lastPathComponent, t.converted, t.figures, t.share * 100))
        if let path = ProcessInfo.processInfo.environment["SHUZHI_FIGURES"] {
            var out = "== \(url.lastPathComponent)\n"
            func print(_ s: String) { out += s + "\n" }
            defer {
                let handle = FileHandle(forWritingAtPath: path) ?? {
                    FileManager.default.createFile(atPath: path, contents: nil)
                    return FileHandle(forWritingAtPath: path)!
                }()
                handle.seekToEndOfFile()
                handle.write(out.data(using: .utf8)!)
                handle.closeFile()
            }
            let metrics = result.input.split(separator: "\n").drop { $0 != "指标:" }.dropFirst().prefix { $0.hasPrefix(" ") }
            print(metrics.joined(separator: "\n"))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
            for n in result.notes where n.code == .importFigureText {
                var context = ""
                if let at = n.location, at.line <= lines.count {
                    let line = lines[at.line - 1]
                    let c = min(line.count, max(0, at.column - 1))
                    context = String(line[max(0, c - 16)..<c]) + "|" + String(line[c..<min(line.count, c + 14)])
                }
                print("  \(context)  ← \(n.message)")
            }
        }
        return t
    }

    func testAtLeastNineInTenFiguresOfOurFixturesBecomeMetrics() throws {
        var total = Tally()
        for url in Self.fixtureFiles { _ = try tally(url, into: &total) }
        print(String(format: "figures, our fixtures: %d of %d (%.1f%%)", total.converted, total.figures, total.share * 100))
        XCTAssertGreaterThan(total.figures, 300)
        XCTAssertGreaterThanOrEqual(total.share, 0.9)
    }

    func testAtLeastNineInTenFiguresOfTheRealReportsBecomeMetrics() throws {
        let corpus = try SharedFolder.corpusSeeds()
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        var total = Tally()
        for name in files { _ = try tally(corpus.appendingPathComponent(name), into: &total) }
        print(String(format: "figures, real reports: %d of %d (%.1f%%)", total.converted, total.figures, total.share * 100))
        XCTAssertGreaterThanOrEqual(total.share, 0.9)
    }
}
