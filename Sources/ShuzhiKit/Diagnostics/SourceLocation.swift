/// A position in a source text.
///
/// Both fields are 1-based. `column` counts Swift `Character`s (extended
/// grapheme clusters) from the start of the line, so a CJK character or a
/// full-width punctuation mark is one column, as the user sees it.
///
/// A Word document has no lines: there `line` is the paragraph's number
/// (`unit` is `.paragraph`) and `column` counts from the paragraph's start,
/// and diagnostics print it as `2024.docx:第12段:5`.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What `line` counts.
    public enum Unit: String, Sendable, Hashable {
        /// Lines of a text file.
        case line
        /// Paragraphs of a Word document, 1-based, counting those with text.
        case paragraph
    }

    /// 1-based line number (or paragraph number, see `unit`).
    public var line: Int
    /// 1-based column, counted in `Character`s.
    public var column: Int
    /// Whether `line` numbers lines or paragraphs.
    public var unit: Unit

    /// Creates a location from a 1-based line (or paragraph) and a 1-based column in `Character`s.
    public init(line: Int, column: Int, unit: Unit = .line) {
        self.line = line
        self.column = column
        self.unit = unit
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// `line:column` (`第12段:5` for a paragraph), as printed in diagnostics.
    public var description: String {
        unit == .paragraph ? "第\(line)段:\(column)" : "\(line):\(column)"
    }
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
