/// "Did you mean" for misspelled names: subcommands, keys, metrics.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance over Characters,
    /// when it is close enough to be a plausible typo: at most 1 edit for
    /// words of up to 2 characters, at most 2 for words of up to 6, and
    /// at most a third of the length beyond. Ties keep the earlier candidate.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let w = Array(word)
        let limit = w.count <= 2 ? 1 : (w.count <= 6 ? 2 : w.count / 3)
        var best: (String, Int)?
        for c in candidates where c != word {
            let d = distance(w, Array(c))
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
