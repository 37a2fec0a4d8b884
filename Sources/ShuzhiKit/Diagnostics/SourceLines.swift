extension String {
    /// The lines of a text, split at `\n`, `\r\n` or a lone `\r`, without
    /// their line ends. Splitting a `String` at `"\n"` would miss `\r\n`,
    /// which Swift treats as one `Character`.
    public var sourceLines: [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var i = startIndex
        let scalars = unicodeScalars
        while i < endIndex {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                lines.append(self[start..<i])
                var next = scalars.index(after: i)
                if c == "\r", next < endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                i = next
                continue
            }
            i = scalars.index(after: i)
        }
        lines.append(self[start..<endIndex])
        return lines
    }
}
