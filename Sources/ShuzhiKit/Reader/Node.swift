/// A node of the tree read from an input file.
///
/// Every scalar is a string: types come later, from the schema. Mappings
/// keep document order. Every node and every key carries the 1-based line
/// and column (in `Character`s) where it starts in the source.
public struct Node: Sendable, Hashable {
    /// How a scalar was written; kept so that messages and `import` can
    /// tell `""` from an empty value and round-trip styles.
    public enum ScalarStyle: String, Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// One `key: value` pair of a mapping.
    public struct Entry: Sendable, Hashable {
        /// The key's text (after unquoting).
        public var key: String
        /// Where the key starts.
        public var keyLocation: SourceLocation
        /// The value; `.null` for `key:` with nothing after it.
        public var value: Node

        /// Creates an entry.
        public init(key: String, keyLocation: SourceLocation, value: Node) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// The shape of a node.
    public enum Kind: Sendable, Hashable {
        /// An empty unquoted value (`key:` or `- ` with nothing after it).
        case null
        /// A scalar; always a string, whatever it looks like.
        case scalar(String, ScalarStyle)
        /// A block sequence, in order.
        case sequence([Node])
        /// A block mapping, in document order; keys are unique.
        case mapping([Entry])
    }

    /// The node's content.
    public var kind: Kind
    /// Where the node starts (for a null value: just after its key or dash).
    public var location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

extension Node {
    /// The scalar's text, or `nil` for any other kind.
    public var string: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }

    /// The entries of a mapping, or `nil` for any other kind.
    public var entries: [Entry]? {
        if case .mapping(let e) = kind { return e }
        return nil
    }

    /// The items of a sequence, or `nil` for any other kind.
    public var items: [Node]? {
        if case .sequence(let i) = kind { return i }
        return nil
    }

    /// Whether this is an empty unquoted value.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The entry with `key` in a mapping (linear: mappings are small).
    public func entry(_ key: String) -> Entry? {
        entries?.first { $0.key == key }
    }

    /// The value at `key` in a mapping.
    public subscript(key: String) -> Node? { entry(key)?.value }
}
