import XCTest
@testable import ShuzhiKit

final class MixedPercentCheckTests: XCTestCase {
    func testTheRarerFormIsReportedWithANoteAtTheOther() {
        let paragraphs = [
            CheckedText(text: "党员参学率96.5%，比上年提高2%。", line: 4),
            CheckedText(text: "群众满意度达98.2％。", line: 6),
        ]
        var found: [Diagnostic] = []
        MixedPercentCheck.check(paragraphs, into: &found)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.code, "mixed-percent")
        XCTAssertEqual(found.first?.message, "百分号全角“％”与半角“%”混用")
        XCTAssertEqual(found.first?.location, SourceLocation(line: 6, column: 11))
        XCTAssertEqual(found.first?.notes.first?.location, SourceLocation(line: 4, column: 10))
        XCTAssertEqual(found.first?.hint, "全文统一用“%”；“％”共1处")
    }

    func testOneFormThroughoutIsClean() {
        var found: [Diagnostic] = []
        MixedPercentCheck.check([CheckedText(text: "参学率96.5％，提高2％。", line: 1)], into: &found)
        XCTAssertEqual(found, [])
    }
}
