/// A stable diagnostic code: its kebab-case name, the severity it is
/// usually reported with, and its one-line Chinese meaning for the README.
///
/// Each stage declares its own codes as static members in an extension
/// (`DiagnosticCode.tabIndent` beside the reader) and lists them for the
/// catalog, so a code is typed at every use and documented once.
public struct DiagnosticCode: Sendable, Hashable, CustomStringConvertible {
    /// The stable kebab-case name printed in brackets: `missing-section`.
    public let rawValue: String
    /// The severity the code is usually reported with; some checks raise or
    /// lower it (a missing cause analysis is an error only when required).
    public let severity: Diagnostic.Severity
    /// One line of Chinese for the README's table.
    public let meaning: String

    /// Declares a code.
    public init(_ rawValue: String, _ severity: Diagnostic.Severity, _ meaning: String) {
        self.rawValue = rawValue
        self.severity = severity
        self.meaning = meaning
    }

    public var description: String { rawValue }

    public static func == (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
