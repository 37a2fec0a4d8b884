/// A family of phrases from the report lexicon, matched against a line's
/// Unicode scalars (see `ScalarText`).
///
/// Phrases are indexed by their first scalar, longest first, so that a
/// match at a position costs a bit test, usually nothing more, and the
/// longest phrase wins (`存在的问题` before `存在`). Positions and lengths
/// count scalars. A phrase set is one reference: copying it is cheap.
public struct PhraseSet: Sendable, Hashable {
    final class Storage: @unchecked Sendable {
        // Written only while the set is built, before it is shared.
        var phrases: [String] = []
        var members: Set<String> = []
        var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        /// `byFirst` for lookups.
        var table = ScalarTable<[[Unicode.Scalar]]>([])
        /// One bit per BMP scalar that starts a phrase: most positions are
        /// rejected without hashing.
        var firstBits = [UInt64](repeating: 0, count: 1024)
        var maxLength = 0
    }

    private var storage = Storage()

    /// An empty set.
    public init() {}

    /// A set of `phrases`; empty strings and duplicates are dropped.
    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        add(phrases)
    }

    /// Adds `more`, keeping the longest-first order of each index bucket.
    mutating func add<S: Sequence>(_ more: S) where S.Element == String {
        if !isKnownUniquelyReferenced(&storage) {
            let copy = Storage()
            copy.phrases = storage.phrases
            copy.members = storage.members
            copy.byFirst = storage.byFirst
            copy.table = storage.table
            copy.firstBits = storage.firstBits
            copy.maxLength = storage.maxLength
            storage = copy
        }
        let s = storage
        var touched: Set<Unicode.Scalar> = []
        for p in more where !p.isEmpty && s.members.insert(p).inserted {
            s.phrases.append(p)
            let scalars = Array(p.unicodeScalars)
            s.byFirst[scalars[0], default: []].append(scalars)
            touched.insert(scalars[0])
            let v = Int(scalars[0].value)
            if v < 65536 { s.firstBits[v >> 6] |= 1 << UInt64(v & 63) }
            s.maxLength = max(s.maxLength, scalars.count)
        }
        for c in touched { s.byFirst[c]!.sort { $0.count > $1.count } }
        s.table = ScalarTable(s.byFirst.map { ($0.key, $0.value) })
    }

    /// The phrases in the order the lexicon lists them, without duplicates.
    public var phrases: [String] { storage.phrases }

    /// The length of the longest phrase, in scalars.
    var maxLength: Int { storage.maxLength }

    /// Whether the set holds no phrase.
    public var isEmpty: Bool { storage.phrases.isEmpty }

    /// Whether `phrase` is one of the phrases exactly.
    public func contains(_ phrase: String) -> Bool { storage.members.contains(phrase) }

    /// The length of the longest phrase that starts at `scalars[i]` and ends
    /// at or before `end`; `nil` when none does.
    @inline(__always)
    func match(_ scalars: [Unicode.Scalar], at i: Int, end: Int? = nil) -> Int? {
        let end = min(end ?? scalars.count, scalars.count)
        guard i >= 0, i < end else { return nil }
        let first = scalars[i]
        let v = Int(first.value)
        if v < 65536 && storage.firstBits[v >> 6] & (1 << UInt64(v & 63)) == 0 { return nil }
        guard let bucket = storage.table[first] else { return nil }
        for p in bucket where i + p.count <= end {
            var k = 1
            while k < p.count && scalars[i + k] == p[k] { k += 1 }
            if k == p.count { return p.count }
        }
        return nil
    }

    /// The first position in `scalars[from..<to]` where a phrase starts (and
    /// ends within the range), with the longest phrase's length there.
    func firstMatch(_ scalars: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> (offset: Int, length: Int)? {
        let to = min(to ?? scalars.count, scalars.count)
        var i = max(0, from)
        while i < to {
            if let n = match(scalars, at: i, end: to) { return (i, n) }
            i += 1
        }
        return nil
    }

    /// Whether a phrase occurs anywhere in `scalars[from..<to]`.
    func occurs(in scalars: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Bool {
        firstMatch(scalars, from: from, to: to) != nil
    }

    /// How many phrases occur in `scalars[from..<to]`, without overlaps.
    func count(in scalars: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int {
        let to = min(to ?? scalars.count, scalars.count)
        var n = 0
        var i = max(0, from)
        while i < to {
            if let len = match(scalars, at: i, end: to) {
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
        let scalars = Array(text.unicodeScalars.prefix(storage.maxLength))
        return match(scalars, at: 0).map { String(scalars: scalars[0..<$0]) }
    }

    /// Whether `text` starts with one of the phrases.
    public func isPrefix(of text: String) -> Bool { prefix(of: text) != nil }

    /// Whether one of the phrases occurs in `text`.
    public func occurs(in text: String) -> Bool { occurs(in: Array(text.unicodeScalars)) }

    public static func == (a: PhraseSet, b: PhraseSet) -> Bool { a.storage === b.storage || a.phrases == b.phrases }
    public func hash(into hasher: inout Hasher) { hasher.combine(phrases) }
}
