/// A report read once, with the template that fits it best.
public struct ReportReading: Sendable {
    /// The report's structure.
    public var outline: Outline
    /// The template chosen for it (or the one asked for).
    public var template: ReportTemplate
}

extension OutlineReader {
    /// Reads `text` once and picks the template of `library` that fits it
    /// best, or uses `template` when one is given (its own headings and
    /// lexicon then come first).
    public static func readReport(_ text: String, library: TemplateLibrary = .builtin, template: ReportTemplate? = nil) -> ReportReading {
        if let template {
            let headings = HeadingTable(specs: template.partSpecs + library.templates.flatMap(\.partSpecs), lexicon: template.lexicon)
            return ReportReading(outline: read(text, headings: headings), template: template)
        }
        let headings = library.isBuiltin ? HeadingTable.builtin
            : HeadingTable(specs: library.templates.flatMap(\.partSpecs), lexicon: library.lexicon)
        let outline = read(text, headings: headings)
        return ReportReading(outline: outline, template: TemplateDetector.best(for: outline, among: library.templates, lexicon: headings.lexicon))
    }
}

/// Scores templates against one reading of a report: how well its headings
/// match each template's, and what its words say about the kind of report
/// (township, organ, village or community).
public enum TemplateDetector {
    /// The template that fits `outline` best; the first template on a tie.
    public static func best(for outline: Outline, among templates: [ReportTemplate], lexicon: ReportLexicon) -> ReportTemplate {
        let kinds = kindScores(outline, lexicon: lexicon)
        var best = templates[0]
        var bestScore = Int.min
        for t in templates {
            let s = headingScore(outline, t) + (kinds[t.id] ?? 0)
            if s > bestScore {
                best = t
                bestScore = s
            }
        }
        return best
    }

    /// +3 for each part heading that is the template's own, +2 for an alias.
    static func headingScore(_ outline: Outline, _ t: ReportTemplate) -> Int {
        var s = 0
        for part in outline.parts {
            guard let h = part.heading, let spec = t.parts.first(where: { $0.spec.kind == part.kind })?.spec else { continue }
            let bare = Punctuation.bare(h)
            if spec.heading == bare { s += 3 } else if spec.aliases.contains(bare) { s += 2 }
        }
        return s
    }

    /// What the report's words say about its kind, per template id: the
    /// title, name line and opening weigh most; the body's usual words
    /// count when one kind clearly has more of them.
    static func kindScores(_ outline: Outline, lexicon: ReportLexicon) -> [String: Int] {
        var scores: [String: Int] = [:]
        let head = [outline.title, outline.titleContinuation, outline.nameLine, outline.salutation, outline.introduction, outline.opening]
            .compactMap { $0?.text }.joined(separator: "\n")
        let headChars = Array(head.unicodeScalars)
        for (id, n) in lexicon.kindHeads.counts(headChars) where n > 0 { scores[id, default: 0] += 4 }
        // A report made to the township (按照镇党委的安排) comes from a village or community.
        for (id, words) in lexicon.kinds where !words.superiors.isEmpty && reportsTo(words, in: headChars) {
            scores[id, default: 0] += 4
        }
        var body: [String: Int] = [:]
        for p in outline.paragraphs {
            for (id, n) in lexicon.kindBodies.counts(Array(p.text.unicodeScalars)) { body[id, default: 0] += n }
        }
        let ranked = body.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        if let first = ranked.first, first.value >= 3, ranked.count < 2 || Double(first.value) >= 1.5 * Double(ranked[1].value) {
            scores[first.key, default: 0] += 2
        }
        return scores
    }

    /// 按照镇党委的安排, 根据街道党工委要求: a superior body asked for the report;
    /// not 在镇党委的领导下 or 镇党委委员.
    static func reportsTo(_ words: ReportLexicon.KindWords, in chars: [Unicode.Scalar]) -> Bool {
        var i = 0
        while let m = words.superiors.firstMatch(chars, from: i) {
            let before = max(0, m.offset - 8)
            let asks = words.superiorBefore.occurs(in: chars, from: before, to: m.offset)
            if asks, words.superiorAfter.match(chars, at: m.offset + m.length) != nil {
                return true
            }
            i = m.offset + m.length
        }
        return false
    }
}
