import Foundation
import XCTest
@testable import ShuzhiKit

/// Every example input drafts to the text committed beside it, with no
/// finding at all; and every example drafts in every built-in template
/// with no warning but the expected missing-part markers.
final class ExamplesTests: XCTestCase {
    static func exampleInputs() throws -> [URL] {
        let folder = packageRoot.appendingPathComponent("Examples")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    func testThereAreAtLeastThreeExamplesInDifferentTemplates() throws {
        let templates = try Self.exampleInputs().compactMap { url -> String? in
            let text = try String(contentsOf: url, encoding: .utf8)
            return Drafter.draft(text, file: url.lastPathComponent).template?.id
        }
        XCTAssertGreaterThanOrEqual(Set(templates).count, 3, "\(templates)")
    }

    func testEveryExampleDraftsToItsCommittedText() throws {
        for url in try Self.exampleInputs() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let result = Drafter.draft(text, file: url.lastPathComponent)
            XCTAssertEqual(result.diagnostics.map { DiagnosticPrinter.text($0) }, [], url.lastPathComponent)
            let golden = "Examples/" + url.deletingPathExtension().lastPathComponent + ".txt"
            assertGolden(result.text ?? "", golden)
        }
    }

    func testEveryExampleDraftsInEveryTemplateWithOnlyMissingPartWarnings() throws {
        for url in try Self.exampleInputs() {
            let text = try String(contentsOf: url, encoding: .utf8)
            for t in TemplateLibrary.builtin.templates {
                let result = Drafter.draft(
                    text, file: url.lastPathComponent,
                    options: Drafter.Options(template: (t, TemplateLibrary.builtin.partials)))
                XCTAssertNotNil(result.text, "\(url.lastPathComponent) in \(t.id)")
                // A township's unit says neither 村 nor 社区: the village template asks which.
                let asks = result.diagnostics.filter { $0.code == "missing-field" && $0.message == "从“单位”看不出是村还是社区" }
                if !asks.isEmpty { XCTAssertTrue(result.text?.contains("【待补充：村或社区】") ?? false, url.lastPathComponent) }
                let unexpected = result.diagnostics.filter { $0.code != "missing-section" && !asks.contains($0) }
                XCTAssertEqual(unexpected.map { DiagnosticPrinter.text($0) }, [], "\(url.lastPathComponent) in \(t.id)")
                for d in result.diagnostics where !asks.contains(d) {
                    // Each warning names a part whose marker the draft shows.
                    let what = d.message.components(separatedBy: "“")[1].components(separatedBy: "”")[0]
                    XCTAssertTrue(result.text?.contains("【待补充：\(what)】") ?? false, d.message)
                }
            }
        }
    }
}
