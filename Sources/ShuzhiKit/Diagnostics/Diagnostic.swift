/// One finding about a document: an error, a warning or a note.
///
/// The data is separate from its printers (`DiagnosticPrinter`). Parsers
/// throw the first structural error as a `Diagnostic`; checks collect many.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious a finding is. Only `.error` makes a command exit with 1.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case error, warning, note

        var rank: Int {
            switch self {
            case .error: 2
            case .warning: 1
            case .note: 0
            }
        }

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// A related place, printed after the main message ("第一次出现在这里").
    public struct Note: Sendable, Hashable {
        /// Chinese message, one phrase, no final full stop.
        public var message: String
        /// Where the related place is, if anywhere.
        public var location: SourceLocation?

        /// Creates a note.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// Stable code, such as `missing-section`. Documented in README.
    public var code: DiagnosticCode
    /// Chinese message: one phrase, no final full stop.
    public var message: String
    /// The file the finding is in; `nil` until a caller that knows the file sets it.
    public var file: String?
    /// The range the finding covers; `nil` for a finding about the whole file.
    public var range: SourceRange?
    /// The likely fix, when there is one.
    public var hint: String?
    /// Related places.
    public var notes: [Note]

    /// Creates a diagnostic at a single location.
    public init(
        _ severity: Severity, code: DiagnosticCode, message: String,
        at location: SourceLocation?, file: String? = nil,
        hint: String? = nil, notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.range = location.map { SourceRange(at: $0) }
        self.hint = hint
        self.notes = notes
    }

    /// Creates a diagnostic over a range.
    public init(
        _ severity: Severity, code: DiagnosticCode, message: String,
        range: SourceRange?, file: String? = nil,
        hint: String? = nil, notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.range = range
        self.hint = hint
        self.notes = notes
    }

    /// Where the finding starts, if it has a place.
    public var location: SourceLocation? { range?.start }

    /// A shorthand for an error at a location.
    public static func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
        hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, at: location, hint: hint, notes: notes)
    }

    /// A shorthand for a warning at a location.
    public static func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
        hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, at: location, hint: hint, notes: notes)
    }

    /// The same diagnostic attributed to `file`.
    public func inFile(_ file: String?) -> Diagnostic {
        var copy = self
        copy.file = file
        return copy
    }
}

extension Array where Element == Diagnostic {
    /// Whether any element is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by position, then severity (errors first), then code; stable output for tests.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { l, r in
            let a = l.element, b = r.element
            let la = a.location ?? SourceLocation(line: 0, column: 0)
            let lb = b.location ?? SourceLocation(line: 0, column: 0)
            if la != lb { return la < lb }
            if a.severity != b.severity { return a.severity > b.severity }
            if a.code != b.code { return a.code.rawValue < b.code.rawValue }
            return l.offset < r.offset
        }.map(\.element)
    }
}
