/// The typed value model of a template context: what Mustache data can be.
///
/// Never `Any`: the spec's JSON data and our input files both map onto
/// this. Maps keep insertion order so that dumps are stable.
public indirect enum TemplateValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A whole number; prints without a decimal point.
    case int(Int)
    /// A number with a fraction; prints as JSON would (1.5, not 1.50).
    case double(Double)
    case string(String)
    case list([TemplateValue])
    case map(TemplateMap)
}

extension TemplateValue {
    /// The value at `key` when this is a map.
    @inline(__always)
    func field(_ key: String) -> TemplateValue? {
        if case .map(let m) = self { return m[key] }
        return nil
    }
}

/// An ordered string-keyed map of template values.
public struct TemplateMap: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// Keys in insertion order.
    public private(set) var keys: [String] = []
    private var storage: [String: TemplateValue] = [:]

    /// An empty map.
    public init() {}

    /// A map from ordered pairs; a later duplicate key replaces the value
    /// and keeps the first position.
    public init(_ pairs: [(String, TemplateValue)]) {
        for (k, v) in pairs { self[k] = v }
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }

    /// The value at `key`; setting `nil` removes it.
    public subscript(key: String) -> TemplateValue? {
        get { storage[key] }
        set {
            if let v = newValue {
                if storage.updateValue(v, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// Pairs in insertion order.
    public var pairs: [(key: String, value: TemplateValue)] {
        keys.map { ($0, storage[$0]!) }
    }

    /// Number of entries.
    public var count: Int { keys.count }
}
