@testable import ShuzhiKit

/// Tests compare codes with the kebab-case names the README documents, so
/// that a renamed code shows up as a failing expectation; the library itself
/// only takes typed codes.
extension DiagnosticCode: ExpressibleByStringLiteral {
    public init(stringLiteral rawValue: String) {
        self = DiagnosticCatalog.code(named: rawValue) ?? DiagnosticCode(rawValue, .error, "")
    }
}
