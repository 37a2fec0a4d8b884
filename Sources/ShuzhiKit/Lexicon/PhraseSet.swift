/// A family of phrases from the report lexicon, matched against a
/// paragraph's characters.
///
/// Phrases are indexed by their first character, longest first, so that a
/// match at a position costs a dictionary lookup and a few comparisons, and
/// the longest phrase wins (`存在的问题` before `存在`). Positions and
/// lengths count `Character`s.
public struct PhraseSet: Sendable, Hashable {
    /// The phrases in the order the lexicon lists them, without duplicates.
    public private(set) var phrases: [String]
    private var members: Set<String>
    private var byFirst: [Character: [[Character]]]

    /// An empty set.
    public init() {
        phrases = []
        members = []
        byFirst = [:]
    }

    /// A set of `phrases`; empty strings and duplicates are dropped.
    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        self.init()
        add(phrases)
    }

    /// Adds `more`, keeping the longest-first order of each index bucket.
    mutating func add<S: Sequence>(_ more: S) where S.Element == String {
        var touched: Set<Character> = []
        for p in more where !p.isEmpty && members.insert(p).inserted {
            phrases.append(p)
            let chars = Array(p)
            byFirst[chars[0], default: []].append(chars)
            touched.insert(chars[0])
        }
        for c in touched { byFirst[c]!.sort { $0.count > $1.count } }
    }

    /// Whether the set holds no phrase.
    public var isEmpty: Bool { phrases.isEmpty }

    /// Whether `phrase` is one of the phrases exactly.
    public func contains(_ phrase: String) -> Bool { members.contains(phrase) }

    /// The length of the longest phrase that starts at `chars[i]` and ends
    /// at or before `end`; `nil` when none does.
    func match(_ chars: [Character], at i: Int, end: Int? = nil) -> Int? {
        let end = end ?? chars.count
        guard i < end, let bucket = byFirst[chars[i]] else { return nil }
        for p in bucket where i + p.count <= end {
            var k = 1
            while k < p.count && chars[i + k] == p[k] { k += 1 }
            if k == p.count { return p.count }
        }
        return nil
    }

    /// The first position in `chars[from..<to]` where a phrase starts (and
    /// ends within the range), with the longest phrase's length there.
    func firstMatch(_ chars: [Character], from: Int = 0, to: Int? = nil) -> (offset: Int, length: Int)? {
        let to = min(to ?? chars.count, chars.count)
        var i = max(0, from)
        while i < to {
            if let n = match(chars, at: i, end: to) { return (i, n) }
            i += 1
        }
        return nil
    }

    /// Whether a phrase occurs anywhere in `chars[from..<to]`.
    func occurs(in chars: [Character], from: Int = 0, to: Int? = nil) -> Bool {
        firstMatch(chars, from: from, to: to) != nil
    }

    /// How many phrases occur in `chars[from..<to]`, without overlaps.
    func count(in chars: [Character], from: Int = 0, to: Int? = nil) -> Int {
        let to = min(to ?? chars.count, chars.count)
        var n = 0
        var i = max(0, from)
        while i < to {
            if let len = match(chars, at: i, end: to) {
                n += 1
                i += len
            } else {
                i += 1
            }
        }
        return n
    }

    /// The longest phrase `text` starts with, if any.
    public func prefix(of text: String) -> String? {
        let chars = Array(text.prefix(maxLength))
        return match(chars, at: 0).map { String(chars[0..<$0]) }
    }

    /// Whether `text` starts with one of the phrases.
    public func isPrefix(of text: String) -> Bool { prefix(of: text) != nil }

    /// Whether one of the phrases occurs in `text`.
    public func occurs(in text: String) -> Bool { occurs(in: Array(text)) }

    /// The length of the longest phrase.
    var maxLength: Int { byFirst.values.map { $0.first?.count ?? 0 }.max() ?? 0 }

    public static func == (a: PhraseSet, b: PhraseSet) -> Bool { a.phrases == b.phrases }
    public func hash(into hasher: inout Hasher) { hasher.combine(phrases) }
}
