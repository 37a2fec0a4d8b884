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
    /// A string of the scalars `scalars`.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(view)
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
