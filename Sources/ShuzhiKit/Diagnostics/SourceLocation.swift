/// A position in a source text.
///
/// Both fields are 1-based. `column` counts Swift `Character`s (extended
/// grapheme clusters) from the start of the line, so a CJK character or a
/// full-width punctuation mark is one column, as the user sees it.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in `Character`s.
    public var column: Int

    /// Creates a location from a 1-based line and a 1-based column in `Character`s.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// `line:column`, as printed in diagnostics.
    public var description: String { "\(line):\(column)" }
}

/// A half-open range `[start, end)` of source locations.
public struct SourceRange: Sendable, Hashable {
    /// The first position in the range.
    public var start: SourceLocation
    /// The position just past the range.
    public var end: SourceLocation

    /// Creates a range; `end` is exclusive.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at `location`.
    public init(at location: SourceLocation) {
        self.start = location
        self.end = location
    }
}
