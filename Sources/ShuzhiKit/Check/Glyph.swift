/// One Character of a checked text, held as numbers: the checks compare
/// integers rather than strings (comparing Characters was most of the time
/// `check` spent on a large report), in half a Character's memory.
///
/// A Character's properties (letter, number, line break) are those of its
/// first scalar, as the standard library defines them; two glyphs are equal
/// when their Characters are the same scalars. Four bytes a Character.
struct Glyph: Hashable, Sendable, ExpressibleByUnicodeScalarLiteral {
    /// Bits 0–20: the first scalar's value; bits 21–31: the cluster number.
    private let bits: UInt32

    /// `cluster` is 0 for a Character of one scalar; otherwise a number
    /// (1 to 2047) that equal Characters of the same text share, so that a
    /// glyph of several scalars never equals a literal. Past 2047 distinct
    /// ones in a paragraph, the rest share the last number.
    init(_ scalar: Unicode.Scalar, cluster: UInt32 = 0) {
        bits = scalar.value | (min(cluster, Self.maxCluster) << 21)
    }

    static let maxCluster: UInt32 = 2047

    /// The Character's first (usually only) scalar.
    var scalar: Unicode.Scalar { Unicode.Scalar(bits & 0x1F_FFFF)! }
    /// 0 for a Character of one scalar.
    var cluster: UInt32 { bits >> 21 }

    init(unicodeScalarLiteral scalar: Unicode.Scalar) { self.init(scalar) }

    /// As `Character.isASCII`: one ASCII scalar, or CR LF.
    var isASCII: Bool { scalar.isASCII && (cluster == 0 || scalar == "\r") }
    /// As `Character.isLetter`.
    var isLetter: Bool {
        scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
    }
    /// As `Character.isNumber`.
    var isNumber: Bool {
        scalar.isASCII ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType != nil
    }
    /// As `Character.isNewline`.
    var isNewline: Bool { scalar.isLineBreak }
}

/// A fixed set of one-scalar glyphs with a lookup that costs a shift and
/// a mask: the inline checks ask, for every character of a report, whether
/// it is one of a few marks, and hashing each one was a fifth of `check`'s time.
struct GlyphSet: Sendable, ExpressibleByArrayLiteral {
    /// One bit per scalar of the Basic Multilingual Plane (8 KB).
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Members beyond it.
    private var beyond: [UInt32] = []

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for s in scalars {
            if s.value < 0x10000 { bits[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63) } else { beyond.append(s.value) }
        }
    }

    /// The one-scalar Characters of `s`.
    init(_ s: String) { self.init(s.unicodeScalars) }

    init(arrayLiteral elements: Glyph...) { self.init(elements.map(\.scalar)) }

    func contains(_ g: Glyph) -> Bool {
        guard g.cluster == 0 else { return false }
        let v = g.scalar.value
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return beyond.contains(v)
    }
}
