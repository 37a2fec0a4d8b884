import Foundation
import XCTest
@testable import ShuzhiKit

/// On the three real reports, `check` finds exactly the defects that
/// ../shared/corpus/README.md lists, on the right lines, and nothing else
/// at error level.
final class CorpusCheckTests: XCTestCase {
    /// The reports' folder; skips the test when it is absent. Called
    /// before any assertion, so that the skip is a skip.
    var corpus: URL!
    override func setUpWithError() throws { corpus = try SharedFolder.corpusSeeds() }

    func errors(_ name: String) throws -> [String] {
        let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
        let template = Importer.detectTemplate(text)
        let findings = Checker.checkReport(text, file: name, profile: template.profile)
        return Array(Set(findings.filter { $0.severity == .error }.map { "\($0.code)@\($0.location!.line)" })).sorted()
    }

    func testReport000HasPlaceholdersOnLines5And6AndARepeatedPhraseOnLine7() throws {
        XCTAssertEqual(try errors("000_6de2acf763e16f43.txt"), ["placeholder@5", "placeholder@6", "repeated-phrase@7"])
    }

    func testReport002HasPlaceholdersAndADoubledCharacterOnLine18() throws {
        XCTAssertEqual(
            try errors("002_19510a32855f60f0.txt"),
            ["placeholder@20", "placeholder@6", "placeholder@7", "placeholder@8", "placeholder@9", "repeated-phrase@18"])
    }

    func testReport003ReusesOneNumberingStyleAtTwoLevelsAndHasPlaceholders() throws {
        XCTAssertEqual(
            try errors("003_4b50101ba8d7b0dc.txt"),
            ["numbering-reused@3", "numbering-reused@4", "numbering-reused@5", "numbering-reused@6", "placeholder@5", "placeholder@6"])
    }

    func testReport003LacksCauseAnalysisAsANote() throws {
        let text = try String(contentsOf: corpus.appendingPathComponent("003_4b50101ba8d7b0dc.txt"), encoding: .utf8)
        let findings = Checker.checkReport(text, file: "003.txt")
        XCTAssertTrue(findings.contains { $0.code == "missing-causes" && $0.severity == .note })
    }
}
