/// Which characters count as CJK for line folding.
///
/// shuzhi's one deliberate difference from YAML: in plain multi-line and
/// folded (`>`) scalars, a line break between two CJK characters folds to
/// nothing instead of a space, so that long Chinese paragraphs can be
/// wrapped in an editor (as pandoc's `east_asian_line_breaks`).
///
/// CJK here means: CJK radicals and Kangxi radicals (U+2E80–U+2FDF), CJK
/// symbols and punctuation (U+3000–U+303F), kana, bopomofo and the other
/// CJK blocks up to U+33FF, Han ideographs (U+3400–U+4DBF, U+4E00–U+9FFF,
/// U+F900–U+FAFF, U+20000–U+3FFFF), CJK compatibility forms
/// (U+FE30–U+FE4F), half- and full-width forms (U+FF00–U+FFEF), and the
/// general punctuation Chinese text uses as full-width marks: dashes
/// (U+2014–U+2016), curly quotes (U+2018–U+201F) and ellipses (U+2025–U+2026).
public enum CJK {
    /// Whether `scalar` is CJK in the sense above.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x2014...0x2016, 0x2018...0x201F, 0x2025...0x2026: return true
        case 0x2E80...0x2FDF, 0x3000...0x33FF: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return true
        case 0xFE30...0xFE4F, 0xFF00...0xFFEF: return true
        case 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Whether `character` is CJK: judged by its first scalar.
    public static func contains(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { contains($0) } ?? false
    }
}
