extension String {
    /// The lines of a text, split at `\n`, `\r\n` or a lone `\r`, without
    /// their line ends. Splitting a `String` at `"\n"` would miss `\r\n`,
    /// which Swift treats as one `Character`.
    public var sourceLines: [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var i = startIndex
        // Line ends are ASCII: stepping over bytes is several times faster
        // than over scalars, and a byte of a longer scalar is never one.
        let bytes = utf8
        while i < endIndex {
            let c = bytes[i]
            if c == 0x0A || c == 0x0D {
                lines.append(self[start..<i])
                var next = bytes.index(after: i)
                if c == 0x0D, next < endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
                i = next
                continue
            }
            i = bytes.index(after: i)
        }
        lines.append(self[start..<endIndex])
        return lines
    }
}
