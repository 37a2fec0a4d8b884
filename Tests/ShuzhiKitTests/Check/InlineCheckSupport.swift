import XCTest
@testable import ShuzhiKit

/// The marker placed just before each offending character in a fixture.
let findingMarker: Character = "⟦"

/// Strips `⟦` markers from `fixture`, returning the text and the 1-based
/// columns (in Characters) the markers stood before.
func unmark(_ fixture: String) -> (text: String, columns: [Int]) {
    var text = "", columns: [Int] = []
    var column = 1
    for ch in fixture {
        if ch == findingMarker { columns.append(column) } else { text.append(ch); column += 1 }
    }
    return (text, columns)
}

/// Runs check `C` on the marked fixture (as line `line`, starting at column 1)
/// and asserts it reports exactly at the marked columns.
func assertFindings<C: InlineCheck>(
    _: C.Type, _ fixture: String, line: Int = 3, allowSpaces: Bool? = nil,
    file: StaticString = #filePath, testLine: UInt = #line
) {
    let (text, columns) = unmark(fixture)
    var findings: [Diagnostic] = []
    C.check(CheckedText(text: text, line: line, column: 1, allowSpaces: allowSpaces), into: &findings)
    XCTAssertTrue(findings.allSatisfy { $0.code == C.code }, "wrong code in \(findings)", file: file, line: testLine)
    XCTAssertTrue(findings.allSatisfy { $0.location?.line == line }, "wrong line in \(findings)", file: file, line: testLine)
    XCTAssertEqual(findings.compactMap { $0.location?.column }, columns,
                   "\(text): \(findings.map { "\($0.location!) \($0.message)" })", file: file, line: testLine)
}

/// The findings of check `C` on unmarked `text` (line 1).
func findings<C: InlineCheck>(_: C.Type, _ text: String) -> [Diagnostic] {
    var out: [Diagnostic] = []
    C.check(CheckedText(text: text, line: 1), into: &out)
    return out
}
