import XCTest
@testable import ShuzhiKit

/// `line:column` shorthand for expected positions.
func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(line: line, column: column) }

/// The diagnostic `body` throws; fails the test when it does not throw.
func thrown<T>(
    _ body: () throws(Diagnostic) -> T, file: StaticString = #filePath, line: UInt = #line
) -> Diagnostic? {
    do {
        let value = try body()
        XCTFail("expected a diagnostic, got \(value)", file: file, line: line)
        return nil
    } catch {
        return error
    }
}

/// Parses `text` as if it started at line 3, column 7 of an input file.
func q(_ text: String) throws(Diagnostic) -> Quantity { try Quantity.parse(text, at: at(3, 7)) }

/// A definition whose name sits at `line`:1 and whose value starts at `line`:(name length + 3).
func metric(_ name: String, line: Int, _ current: String?, previous: String? = nil, precision: String? = nil) -> MetricDefinition {
    let valueColumn = name.count + 3
    return MetricDefinition(
        name: name, at: at(line, 1),
        current: current.map { .init($0, at: at(line, valueColumn)) },
        previous: previous.map { .init($0, at: at(line + 100, 5)) },
        precision: precision.map { .init($0, at: at(line + 200, 5)) })
}
