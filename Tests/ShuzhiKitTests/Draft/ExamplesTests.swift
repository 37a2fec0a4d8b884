import Foundation
import XCTest
@testable import ShuzhiKit

/// One example per built-in template, each a full-length report that drafts
/// to the text committed beside it and checks with no finding at all; and
/// every example drafts in every built-in template with no warning but the
/// expected missing-part markers.
final class ExamplesTests: XCTestCase {
    static func exampleInputs() throws -> [URL] {
        let folder = packageRoot.appendingPathComponent("Examples")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    func testThereIsOneExamplePerBuiltInTemplate() throws {
        let templates = try Self.exampleInputs().compactMap { url -> String? in
            let text = try String(contentsOf: url, encoding: .utf8)
            return Drafter.draft(text, file: url.lastPathComponent).template?.id
        }
        XCTAssertEqual(templates.sorted(), TemplateLibrary.builtin.templates.map(\.id).sorted())
    }

    /// Real reports run 1,900–2,900 汉字: an example is one of them, not a
    /// toy. Each shows last year's problems put right (措施 and 成效), causes,
    /// growth computed from 本年 and 上年, and a figure computed by a formula.
    func testEveryExampleIsAFullLengthReport() throws {
        for url in try Self.exampleInputs() {
            let name = url.lastPathComponent
            let source = try String(contentsOf: url, encoding: .utf8)
            let result = Drafter.draft(source, file: name)
            let text = try XCTUnwrap(result.text, name)
            let han = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
            XCTAssertTrue((1800...3000).contains(han), "\(name): \(han) 汉字")

            let outline = OutlineReader.read(text, profile: try XCTUnwrap(result.template).profile)
            for kind in [PartKind.achievements, .rectification, .problems, .causes, .nextSteps] {
                XCTAssertNotNil(outline.part(kind), "\(name): \(kind)")
            }
            let root = try InputReader.read(source)
            let rectified = root["整改情况"]?["事项"]?.items ?? []
            XCTAssertFalse(rectified.isEmpty, name)
            for item in rectified {
                for key in ["问题", "措施", "成效"] {
                    XCTAssertFalse(item[key]?.string?.isEmpty ?? true, "\(name): 整改事项缺少\(key)")
                }
            }
            XCTAssertFalse(root["存在问题"]?["原因"]?.items?.isEmpty ?? true, name)
            XCTAssertTrue(source.contains(".增幅}}") && source.contains(".变化}}"), name)
            let formulas = (root["指标"]?.entries ?? []).filter {
                ($0.value.string ?? $0.value["本年"]?.string ?? "").hasPrefix("=")
            }
            XCTAssertFalse(formulas.isEmpty, name)
            // Every formula shows up in the draft.
            for f in formulas {
                XCTAssertTrue(source.contains("{{\(f.key)}}") || source.contains("{{\(f.key)."), "\(name): \(f.key)")
            }
        }
    }

    /// What a reviewer runs: check of the input and of the draft find nothing.
    func testEveryExampleAndItsDraftCheckClean() throws {
        for url in try Self.exampleInputs() {
            let name = url.lastPathComponent
            let source = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(Checker.checkInput(source, file: name).map { DiagnosticPrinter.text($0) }, [], name)
            let text = try XCTUnwrap(Drafter.draft(source, file: name).text, name)
            XCTAssertEqual(Checker.checkReport(text, file: name).map { DiagnosticPrinter.text($0) }, [], name)
        }
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
