/// "Did you mean" for misspelled names: subcommands, keys, metrics.
public enum Suggestion {
    /// Names longer than this get no suggestion: a typo in a name that long
    /// is rare, and comparing two long names costs the product of their lengths.
    public static let maxLength = 64

    /// The candidate closest to `word` by edit distance over Characters,
    /// when it is close enough to be a plausible typo: at most 1 edit for
    /// words of up to 2 characters, at most 2 for words of up to 6, and
    /// at most a third of the length beyond. Ties keep the earlier candidate.
    /// Words and candidates longer than `maxLength` are not compared.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        var work = 0
        return closest(to: word, among: candidates, work: &work)
    }

    /// `closest(to:among:)`, adding to `work` the candidates looked at and
    /// the cells of each edit-distance table computed.
    static func closest(to word: String, among candidates: [String], work: inout Int) -> String? {
        let w = Array(word.prefix(maxLength + 1))
        guard w.count <= maxLength else { return nil }
        let limit = w.count <= 2 ? 1 : (w.count <= 6 ? 2 : w.count / 3)
        var best: (String, Int)?
        for c in candidates where c != word {
            work += 1
            // Counting at most one Character past the longest useful length
            // keeps a very long candidate cheap to skip.
            let length = c.prefix(w.count + limit + 1).count
            guard abs(length - w.count) <= limit else { continue }
            let d = distance(w, Array(c))
            work += (w.count + 1) * (length + 1)
            if d <= limit && (best == nil || d < best!.1) { best = (c, d) }
        }
        return best?.0
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = min(v, prev2[j - 2] + 1)
                }
                cur[j] = v
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}

/// Suggestions for one document, with a bound on their total cost: a
/// document with thousands of unknown names among thousands of candidates
/// would otherwise compare every name with every candidate. Once `budget`
/// units of work are spent (a unit is a candidate looked at or a cell of an
/// edit-distance table), later names get no suggestion, only the generic
/// hint. A real report, with a few hundred metrics and a handful of typos,
/// spends a small fraction of it. Repeats of a name reuse its answer.
final class Suggester {
    /// Work allowed in total: about a tenth of a second.
    let budget: Int
    /// Work spent so far.
    private(set) var work = 0
    private var answers: [String: String?] = [:]

    init(budget: Int = 5_000_000) { self.budget = budget }

    /// The closest candidate, as `Suggestion.closest(to:among:)`; `nil`
    /// once the budget is spent. `candidates` is only built when needed.
    /// `key` names the candidate list for reuse (leave it empty when the
    /// list changes from call to call).
    func closest(to word: String, among candidates: @autoclosure () -> [String], key: String = "") -> String? {
        let memo = key.isEmpty ? nil : key + "\u{0}" + word
        if let memo, let known = answers[memo] { return known }
        guard work < budget else { return nil }
        let answer = Suggestion.closest(to: word, among: candidates(), work: &work)
        if let memo { answers[memo] = answer }
        return answer
    }
}
