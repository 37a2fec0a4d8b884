/// What a level-1 heading's words say about its part: every template's
/// headings and aliases, then the lexicon's heading words.
///
/// One table serves every template, so that a report is read once and the
/// templates are scored against that one reading.
public struct HeadingTable: Sendable {
    /// How a heading was recognized, strongest first.
    public enum Match: Int, Sendable, Comparable {
        /// A word of the lexicon's heading words (…整改…, …问题…).
        case words
        /// Contains a template's heading or alias, or is part of one.
        case contained
        /// Equal to a template's heading or alias.
        case exact

        public static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
    }

    private var exact: [String: PartKind] = [:]
    private var named: [(text: String, kind: PartKind)] = []
    /// Every heading and alias, to find the longest one a heading contains.
    private var names = PhraseSet()
    let lexicon: ReportLexicon

    /// The table of the built-in templates and lexicon.
    public static let builtin = HeadingTable(specs: TemplateLibrary.builtin.templates.flatMap(\.partSpecs), lexicon: .builtin)

    /// A table of `specs` (earlier ones win) and `lexicon`'s heading words.
    public init(specs: [PartSpec], lexicon: ReportLexicon) {
        self.lexicon = lexicon
        for spec in specs {
            for text in [spec.heading] + spec.aliases where exact[text] == nil {
                exact[text] = spec.kind
                named.append((text, spec.kind))
            }
        }
        // Longer names first: 存在问题及原因分析 before 原因分析.
        named.sort { $0.text.count > $1.text.count }
        names = PhraseSet(named.map(\.text))
    }

    /// The built-in table with `profile`'s headings and aliases first.
    init(profile: OutlineProfile, lexicon: ReportLexicon = .builtin) {
        self.init(specs: profile.parts + TemplateLibrary.builtin.templates.flatMap(\.partSpecs), lexicon: lexicon)
    }

    /// The part a heading names, and how surely; `nil` when its words name none.
    public func kind(of heading: String) -> (kind: PartKind, match: Match)? {
        let h = Punctuation.bare(heading)
        if let k = exact[h] { return (k, .exact) }
        let chars = Array(h.unicodeScalars)
        // Problems and causes in one heading: joined (存在的问题及原因, 正视差距
        //不足，剖析问题根源) it heads both, so the problems; the cause of the
        // problems (问题产生的原因) heads the causes.
        if let p = lexicon.problems.part.headingWords.firstMatch(chars),
           let c = lexicon.causes.part.headingWords.firstMatch(chars, from: p.offset + p.length) {
            let joined = lexicon.headingJoiners.occurs(in: chars, from: p.offset + p.length, to: c.offset)
            return (joined ? .problems : .causes, .words)
        }
        // The longest template heading the heading contains, or one it is part of.
        var longest: (length: Int, text: String)?
        var i = 0
        while i < chars.count {
            if let n = names.match(chars, at: i), n > (longest?.length ?? 0) { longest = (n, String(scalars: chars[i..<(i + n)])) }
            i += 1
        }
        if let longest, let k = exact[longest.text] { return (k, .contained) }
        // By bytes (String.contains goes through the generic searcher, a tenth of check's time).
        if chars.count >= 3, let (_, kind) = named.first(where: { $0.text.firstUTF8Range(of: h) != nil }) { return (kind, .contained) }
        // A heading naming 整改 is the rectification even when it says 问题;
        // one naming 问题 is the problems even when it adds 原因.
        let order: [PartKind] = [.rectification, .nextSteps, .problems, .causes, .achievements]
        for kind in order where lexicon.partWords(kind)!.headingWords.occurs(in: chars) { return (kind, .words) }
        return nil
    }
}
