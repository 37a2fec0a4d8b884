// The few string operations shuzhi used from Foundation's
// internationalization layer, written on the standard library so the
// binary links only FoundationEssentials (no ICU data: a smaller file and a
// faster start). Semantics follow Foundation's where noted.

extension Unicode.Scalar {
    /// A space as Foundation's `CharacterSet.whitespaces` counts it: a Unicode
    /// space separator (Zs, which includes the full-width `　` U+3000 and the
    /// no-break space) or a tab.
    var isSpaceOrTab: Bool {
        self == "\t" || properties.generalCategory == .spaceSeparator
    }

    /// A line or paragraph break as Foundation's `CharacterSet.newlines`
    /// counts it: U+000A to U+000D, U+0085, U+2028, U+2029.
    var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs
    /// (`trimmingCharacters(in: .whitespaces)` in Foundation).
    func trimmingSpaces() -> String { trimmingScalars(where: \.isSpaceOrTab) }

    /// The text without leading and trailing spaces, tabs and line breaks
    /// (`trimmingCharacters(in: .whitespacesAndNewlines)` in Foundation).
    func trimmingSpacesAndLineBreaks() -> String {
        trimmingScalars { $0.isSpaceOrTab || $0.isLineBreak }
    }

    /// The text without the leading and trailing scalars `drop` accepts.
    func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        var end = scalars.endIndex
        while end > first, drop(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if first == startIndex && end == endIndex { return String(self) }
        return String(self[first..<end])
    }

    /// The range of the first occurrence of `needle`, found by comparing
    /// UTF-8 bytes: much faster than the standard library's
    /// `firstRange(of:)`, which compares Characters. The same result
    /// whenever the match does not start or end inside a character (which
    /// a needle starting and ending with a base character never does).
    func firstUTF8Range(of needle: String) -> Range<Index>? {
        let hay = utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var i = hay.startIndex
        while let start = hay[i...].firstIndex(of: first) {
            var h = start
            var k = 0
            while k < pattern.count, h < hay.endIndex, hay[h] == pattern[k] {
                hay.formIndex(after: &h)
                k += 1
            }
            if k == pattern.count { return start..<h }
            i = hay.index(after: start)
        }
        return nil
    }

    /// The range of the last occurrence of `other`, or `nil`
    /// (`range(of:options: .backwards)` in Foundation).
    func lastRange(of other: some StringProtocol) -> Range<Index>? {
        guard !other.isEmpty else { return nil }
        var found: Range<Index>? = nil
        var from = startIndex
        while from < endIndex, let r = self[from...].firstRange(of: other) {
            found = r
            from = index(after: r.lowerBound)
        }
        return found
    }
}

extension String {
    /// Whether both strings are the same UTF-8 bytes (not merely
    /// canonically equivalent); cheap when the lengths differ.
    func hasSameUTF8(as other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    /// Calls `body` with each line, without its terminator, as Foundation's
    /// `enumerateLines` does: lines end at LF, CR, CRLF, U+0085, U+2028 or
    /// U+2029, and a final terminator does not start an empty last line.
    func forEachLine(_ body: (String) -> Void) {
        var start = startIndex
        var i = startIndex
        while i < endIndex {
            // "\r\n" is one Character, so every terminator is one Character.
            if let scalar = self[i].unicodeScalars.first, scalar.isLineBreak,
               scalar != "\u{0B}", scalar != "\u{0C}" {
                body(String(self[start..<i]))
                i = index(after: i)
                start = i
            } else {
                i = index(after: i)
            }
        }
        if start < endIndex { body(String(self[start...])) }
    }

    /// `value` as `U+` and at least four upper-case hex digits, as Unicode writes code points.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
    }

    /// The last path component of a `/`-separated path (`NSString.lastPathComponent`).
    var lastPathComponent: String {
        var path = Substring(self)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/"), path != "/" else { return String(path) }
        return String(path[path.index(after: slash)...])
    }

    /// `self` and `component` joined with one `/` (`NSString.appendingPathComponent`).
    func appendingPathComponent(_ component: String) -> String {
        if isEmpty { return component }
        return hasSuffix("/") ? self + component : self + "/" + component
    }
}
