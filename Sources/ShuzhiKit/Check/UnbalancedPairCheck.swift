/// `unbalanced-pair`: “” ‘’ 《》 （） 【】 that do not pair up within a paragraph.
///
/// Each kind is matched on its own stack, so one stray mark of one kind
/// does not make every later mark of another kind look wrong. Reported at
/// the unmatched mark: a closer with no opener before it, or an opener left
/// open at the end of the paragraph.
enum UnbalancedPairCheck: InlineCheck {
    static let code: DiagnosticCode = .unbalancedPair

    /// Opening mark → closing mark.
    static let pairs: [(open: Glyph, close: Glyph)] = [
        ("“", "”"), ("‘", "’"), ("《", "》"), ("（", "）"), ("【", "】"),
    ]

    private static let marks = GlyphSet(pairs.flatMap { [$0.open.scalar, $0.close.scalar] })

    static func check(_ t: CheckedText, into findings: inout [Diagnostic]) {
        var open = Array(repeating: [Int](), count: pairs.count)
        var unmatched: [(index: Int, kind: Int, isOpen: Bool)] = []
        for (i, ch) in t.chars.enumerated() where marks.contains(ch) {
            if let k = pairs.firstIndex(where: { $0.open == ch }) {
                open[k].append(i)
            } else if let k = pairs.firstIndex(where: { $0.close == ch }) {
                if open[k].popLast() == nil { unmatched.append((i, k, false)) }
            }
        }
        for k in pairs.indices { unmatched += open[k].map { ($0, k, true) } }
        for u in unmatched.sorted(by: { $0.index < $1.index }) {
            let p = pairs[u.kind]
            let (open, close) = (Character(p.open.scalar), Character(p.close.scalar))
            findings.append(u.isOpen
                ? .unclosedPair(open, close, at: t.location(u.index))
                : .unopenedPair(open, close, at: t.location(u.index)))
        }
    }
}

extension Diagnostic {
    static func unclosedPair(_ open: Character, _ close: Character, at location: SourceLocation) -> Diagnostic {
        .error(UnbalancedPairCheck.code, "“\(open)”没有配对的“\(close)”", at: location,
               hint: "补上“\(close)”，或删去多余的“\(open)”")
    }

    static func unopenedPair(_ open: Character, _ close: Character, at location: SourceLocation) -> Diagnostic {
        .error(UnbalancedPairCheck.code, "“\(close)”前面没有配对的“\(open)”", at: location,
               hint: "补上“\(open)”，或删去多余的“\(close)”")
    }
}
