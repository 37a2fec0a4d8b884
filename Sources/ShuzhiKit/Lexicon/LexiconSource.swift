/// The report lexicon as written: every list and number of `词表.yaml`,
/// keyed by its dotted path (`部分.存在问题.评价`), before it is compiled
/// into the families the reader asks.
///
/// The built-in lexicon's paths are the schema: a template folder's own
/// 词表 may only use paths the built-in one has, and it only adds words.
struct LexiconSource: Sendable, Hashable {
    /// Word lists, as raw text: words separated by spaces or line breaks.
    var lists: [String: String] = [:]
    /// Limits, such as `标题.最长`.
    var numbers: [String: Int] = [:]
    /// Where each path's value is, for messages about a folder's 词表.
    var locations: [String: SourceLocation] = [:]

    /// Reads a lexicon file. `schema` is the built-in source whose paths a
    /// folder's lexicon must use; `nil` for the built-in file itself.
    ///
    /// - Throws: a located `Diagnostic` for bad YAML, an unknown key (with
    ///   the closest known one), or a value of the wrong kind.
    static func read(_ text: String, schema: LexiconSource?) throws(Diagnostic) -> LexiconSource {
        let root = try InputReader.read(text)
        var source = LexiconSource()
        guard case .mapping(let entries) = root.kind else {
            if root.isNull { return source }
            throw Diagnostic.error(.wrongType, "词表应是“键: 值”的写法", at: root.location)
        }
        try source.collect(entries, prefix: "", schema: schema)
        return source
    }

    private mutating func collect(_ entries: [Node.Entry], prefix: String, schema: LexiconSource?) throws(Diagnostic) {
        for e in entries {
            let path = prefix.isEmpty ? e.key : prefix + "." + e.key
            if let schema, !schema.knows(path) {
                let siblings = schema.children(of: prefix)
                throw Diagnostic.error(
                    .unknownKey, "词表中没有“\(e.key)”这一项", at: e.keyLocation,
                    hint: Suggestion.closest(to: e.key, among: siblings).map { "是不是“\($0)”？" }
                        ?? "可用的项：" + siblings.joined(separator: "、"))
            }
            switch e.value.kind {
            case .mapping(let inner):
                if let schema, schema.lists[path] != nil || schema.numbers[path] != nil {
                    throw Diagnostic.error(.wrongType, "“\(path)”应是一组词，不是“键: 值”", at: e.value.location)
                }
                try collect(inner, prefix: path, schema: schema)
            case .scalar(let s, _):
                locations[path] = e.value.location
                let isNumber = schema.map { $0.numbers[path] != nil } ?? (Int(s) != nil)
                if isNumber {
                    guard let n = Int(s.trimmingSpaces()), n > 0 else {
                        throw Diagnostic.error(.badValue, "“\(path)”应是正整数", at: e.value.location)
                    }
                    numbers[path] = n
                } else {
                    lists[path] = s
                }
            case .sequence(let items):
                // A list of words one per line reads the same as words on one line.
                var words: [String] = []
                for item in items {
                    guard let s = item.string else {
                        throw Diagnostic.error(.wrongType, "“\(path)”的每一项应是词语", at: item.location)
                    }
                    words.append(s)
                }
                locations[path] = e.value.location
                lists[path] = words.joined(separator: " ")
            case .null:
                break
            }
        }
    }

    /// Whether `path` is a list, a number, or a group of them.
    func knows(_ path: String) -> Bool {
        if lists[path] != nil || numbers[path] != nil { return true }
        let dotted = path + "."
        return lists.keys.contains { $0.hasPrefix(dotted) } || numbers.keys.contains { $0.hasPrefix(dotted) }
    }

    /// The keys directly under `prefix` ("" for the top), for did-you-mean.
    func children(of prefix: String) -> [String] {
        let dotted = prefix.isEmpty ? "" : prefix + "."
        var seen: Set<String> = []
        var result: [String] = []
        for path in (Array(lists.keys) + Array(numbers.keys)).sorted() where path.hasPrefix(dotted) {
            let rest = path.dropFirst(dotted.count)
            let key = String(rest.prefix { $0 != "." })
            if seen.insert(key).inserted { result.append(key) }
        }
        return result
    }

    /// This source with `more`'s words added after its own; `more`'s
    /// numbers replace this one's.
    func adding(_ more: LexiconSource) -> LexiconSource {
        var merged = self
        for (path, words) in more.lists {
            merged.lists[path] = (merged.lists[path].map { $0 + "\n" } ?? "") + words
        }
        for (path, n) in more.numbers { merged.numbers[path] = n }
        return merged
    }

    /// The words of a list: separated by spaces, full-width spaces, 、 or
    /// line breaks.
    func words(_ path: String) -> [String] {
        guard let raw = lists[path] else { preconditionFailure("lexicon has no list \(path)") }
        return raw.split { $0 == " " || $0 == "\u{3000}" || $0 == "、" || $0.isNewline || $0 == "\t" }.map(String.init)
    }

    /// The characters of a list written as characters (单字 lists); only
    /// spaces and line breaks separate them, so 、 can be one of them.
    func characters(_ path: String) -> ScalarSet {
        guard let raw = lists[path] else { preconditionFailure("lexicon has no list \(path)") }
        return ScalarSet(raw.unicodeScalars.filter { !($0 == " " || $0 == "\u{3000}" || $0.isLineBreak || $0 == "\t") })
    }

    func number(_ path: String) -> Int {
        guard let n = numbers[path] else { preconditionFailure("lexicon has no number \(path)") }
        return n
    }
}
