import Foundation
import XCTest
@testable import ShuzhiKit

/// Runs every case of the official Mustache spec modules, kept in
/// Tests/Fixtures/conformance/mustache-spec (lambdas are out of scope).
final class MustacheSpecTests: XCTestCase {
    static let specFolder = packageRoot.appendingPathComponent("Tests/Fixtures/conformance/mustache-spec")

    func runSpec(_ file: String, cases: Int) throws {
        let url = Self.specFolder.appendingPathComponent(file)
        let data = try Data(contentsOf: url)
        let root = try TemplateJSON.parse(String(decoding: data, as: UTF8.self))
        guard case .map(let spec) = root, case .list(let tests)? = spec["tests"] else {
            return XCTFail("\(file): no tests")
        }
        XCTAssertEqual(tests.count, cases, "\(file): number of cases")
        for case .map(let test) in tests {
            guard case .string(let name)? = test["name"], case .string(let source)? = test["template"],
                case .string(let expected)? = test["expected"], let data = test["data"]
            else { XCTFail("\(file): malformed test"); continue }
            var partials: [String: String] = [:]
            if case .map(let p)? = test["partials"] {
                for (k, v) in p.pairs { if case .string(let s) = v { partials[k] = s } }
            }
            var actual: String
            do {
                let template = try Template(source)
                actual = try template.render(data, options: RenderOptions(partials: partials)).text
            } catch {
                actual = "<error: \(DiagnosticPrinter.text(error))>"
            }
            if actual != expected {
                XCTFail("""
                    \(file) — \(name)
                    template: \(source.debugDescription)
                    data: \(data)
                    partials: \(partials.debugDescription)
                    expected: \(expected.debugDescription)
                    actual:   \(actual.debugDescription)
                    """)
            }
        }
    }

    func testCommentsModule() throws { try runSpec("comments.json", cases: 12) }
    func testDelimitersModule() throws { try runSpec("delimiters.json", cases: 14) }
    func testInterpolationModule() throws { try runSpec("interpolation.json", cases: 42) }
    func testInvertedModule() throws { try runSpec("inverted.json", cases: 22) }
    func testPartialsModule() throws { try runSpec("partials.json", cases: 12) }
    func testSectionsModule() throws { try runSpec("sections.json", cases: 34) }
    func testOptionalInheritanceModule() throws { try runSpec("~inheritance.json", cases: 27) }
    func testOptionalDynamicNamesModule() throws { try runSpec("~dynamic-names.json", cases: 21) }
}
