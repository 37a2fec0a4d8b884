import Foundation
import XCTest
@testable import ShuzhiKit

/// Templates nested far beyond any real one. Rendering runs on its own
/// stack, but Swift frees a parse tree recursively, so a tree 50,000 levels
/// deep crashed when it was freed: nesting is bounded at parse time.
final class TemplateLimitsTests: XCTestCase {
    private func assertTooDeep(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try Template(source, name: "深.mustache")
            XCTFail("expected nesting-too-deep", file: file, line: line)
        } catch {
            XCTAssertEqual(error.code, "nesting-too-deep", file: file, line: line)
            XCTAssertEqual(error.message, "区块嵌套超过500层", file: file, line: line)
            XCTAssertEqual(error.file, "深.mustache", file: file, line: line)
            // The 501st opening tag; each tag is six characters.
            XCTAssertEqual(error.location, SourceLocation(line: 1, column: 3001), file: file, line: line)
        }
    }

    func testFiftyThousandNestedSectionsAreRefused() {
        assertTooDeep(String(repeating: "{{#a}}", count: 50_000) + "x" + String(repeating: "{{/a}}", count: 50_000))
    }

    func testAHundredThousandNestedInvertedSectionsAreRefused() {
        assertTooDeep(String(repeating: "{{^a}}", count: 100_000) + "x" + String(repeating: "{{/a}}", count: 100_000))
    }

    func testFiftyThousandNestedBlocksAreRefused() {
        assertTooDeep(String(repeating: "{{$a}}", count: 50_000) + "x" + String(repeating: "{{/a}}", count: 50_000))
    }

    func testUnclosedNestingIsRefusedAtTheSamePlace() {
        assertTooDeep(String(repeating: "{{<p}}{{$b}}", count: 30_000))
    }

    func testFiftyThousandSectionsSideBySideAreFine() throws {
        let t = try Template(String(repeating: "{{#a}}x{{/a}}", count: 50_000))
        XCTAssertEqual(try t.render(.map(["a": .bool(true)])).text.count, 50_000)
    }

    /// The deepest template allowed is parsed, rendered and freed on a
    /// thread with a 512 KB stack (smaller than any worker thread's), so the
    /// bounded recursion of freeing it is safe wherever it happens.
    func testTheDeepestAllowedTemplateIsFreedOnASmallStack() {
        let depth = 500
        let source = String(repeating: "{{#a}}{{^b}}", count: depth / 2) + "x" + String(repeating: "{{/b}}{{/a}}", count: depth / 2)
        final class Outcome: @unchecked Sendable { var text: String? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.text = try? Template(source).render(.map(["a": .bool(true)])).text
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        XCTAssertEqual(outcome.text, "x")
    }
}
