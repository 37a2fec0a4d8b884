import Foundation
import XCTest
@testable import ShuzhiKit

/// The input format can express the layouts real reports use: each
/// fixture in Tests/Fixtures/styles (our own words, one style each)
/// drafts to the text beside it.
final class StyleFixturesTests: XCTestCase {
    func testEveryStyleFixtureDraftsToItsExpectedText() throws {
        let folder = packageRoot.appendingPathComponent("Tests/Fixtures/styles")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(inputs.count, 5)
        for name in inputs {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let result = Drafter.draft(text, file: name)
            XCTAssertEqual(result.diagnostics.map { DiagnosticPrinter.text($0) }, [], name)
            assertGolden(result.text ?? "", "Tests/Fixtures/styles/" + name.replacingOccurrences(of: ".yaml", with: ".txt"))
        }
    }
}
