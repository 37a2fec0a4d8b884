/// A line of text as Unicode scalars, for readers that look at every
/// position: comparing two scalars is comparing two integers, while
/// comparing two `Character`s of Chinese text goes through Unicode
/// normalization, dozens of times slower.
///
/// Columns still count `Character`s, as the user sees them. In Chinese
/// reports nearly every Character is one scalar; where one is not (an
/// emoji with a modifier, a letter with a combining accent), the line keeps
/// the Character index of each scalar, so that offsets map to columns.
struct ScalarText: Sendable {
    /// The scalars of the line.
    let scalars: [Unicode.Scalar]
    /// For each scalar offset (and the end), its Character index; `nil`
    /// when every Character is one scalar.
    private let characterIndex: [Int]?

    init<S: StringProtocol>(_ text: S) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        characterIndex = scalars.allSatisfy(Self.standsAlone) ? nil : Self.index(String(text), count: scalars.count)
    }

    var count: Int { scalars.count }

    /// The number of Characters.
    var characterCount: Int { characterIndex?.last ?? scalars.count }

    /// The Character offset of the scalar at `offset`; past the end, each
    /// further offset counts one more.
    func characterOffset(_ offset: Int) -> Int {
        guard let characterIndex else { return offset }
        if offset >= scalars.count { return characterIndex[scalars.count] + offset - scalars.count }
        return characterIndex[max(0, offset)]
    }

    /// Whether a scalar is always a Character of its own: it neither joins
    /// the one before it nor takes the one after. True for the scripts and
    /// marks of Chinese reports; anything else is checked exactly.
    static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20...0x7E, 0xA0...0x2FF: true
        case 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x24FF: true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF: true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF9D, 0xFFA0...0xFFEF: true
        case 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// The Character index of every scalar, by walking the Characters.
    private static func index(_ text: String, count: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(count + 1)
        var k = 0
        for c in text {
            for _ in c.unicodeScalars { result.append(k) }
            k += 1
        }
        result.append(k)
        return result
    }
}

extension String {
    /// A string of the scalars `scalars`, encoded straight into the
    /// string's UTF-8 storage (appending scalar by scalar is much slower).
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: bytes) { buffer in
            var k = 0
            for s in scalars {
                let v = s.value
                switch v {
                case 0..<0x80:
                    buffer[k] = UInt8(v)
                    k += 1
                case 0x80..<0x800:
                    buffer[k] = UInt8(0xC0 | (v >> 6))
                    buffer[k + 1] = UInt8(0x80 | (v & 0x3F))
                    k += 2
                case 0x800..<0x10000:
                    buffer[k] = UInt8(0xE0 | (v >> 12))
                    buffer[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | (v & 0x3F))
                    k += 3
                default:
                    buffer[k] = UInt8(0xF0 | (v >> 18))
                    buffer[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[k + 3] = UInt8(0x80 | (v & 0x3F))
                    k += 4
                }
            }
            return k
        }
    }
}

/// A set of scalars tested with one bit per BMP scalar, so that the
/// checks' questions (is this a closing mark?) cost no hashing.
public struct ScalarSet: Sendable, Hashable, ExpressibleByArrayLiteral {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var others: Set<Unicode.Scalar> = []

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars { insert(s) }
    }

    /// A set of the scalars listed.
    public init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

    mutating func insert(_ s: Unicode.Scalar) {
        let v = Int(s.value)
        if v < 65536 { bits[v >> 6] |= 1 << UInt64(v & 63) } else { others.insert(s) }
    }

    /// Whether `s` is in the set.
    @inline(__always)
    public func contains(_ s: Unicode.Scalar) -> Bool {
        let v = Int(s.value)
        if v < 65536 { return bits[v >> 6] & (1 << UInt64(v & 63)) != 0 }
        return others.contains(s)
    }
}

extension Unicode.Scalar {
    /// A Han ideograph (the unified blocks, extension A and beyond, compatibility).
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// An ASCII digit.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}

/// A small map from scalars to values with open addressing on the scalar's
/// value: a lookup is a multiplication and a probe or two, no `Hasher`.
struct ScalarTable<Value: Sendable>: Sendable {
    private var keys: [UInt32]
    private var values: [Value?]
    private var shift: UInt32

    init(_ pairs: [(Unicode.Scalar, Value)]) {
        var bits: UInt32 = 3
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        keys = Array(repeating: UInt32.max, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        shift = 32 - bits
        for (k, v) in pairs {
            var i = slot(k.value)
            while keys[i] != UInt32.max && keys[i] != k.value { i = (i + 1) & (keys.count - 1) }
            keys[i] = k.value
            values[i] = v
        }
    }

    @inline(__always)
    private func slot(_ v: UInt32) -> Int { Int((v &* 0x9E37_79B1) >> shift) }

    @inline(__always)
    subscript(_ s: Unicode.Scalar) -> Value? {
        var i = slot(s.value)
        while true {
            let k = keys[i]
            if k == s.value { return values[i] }
            if k == UInt32.max { return nil }
            i = (i + 1) & (keys.count - 1)
        }
    }
}
