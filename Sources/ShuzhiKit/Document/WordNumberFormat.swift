/// Word's list number formats (`w:numFmt`, ECMA-376 17.18.59): how a
/// counter value is written in a list number, as Word shows it.
enum WordNumberFormat {
    /// `n` (1-based counter value) written in `format`. Formats Word has
    /// but reports do not use fall back to decimal, as Word does for a
    /// format it cannot show; `none` is the empty string.
    static func string(_ n: Int, _ format: String) -> String {
        switch format {
        case "none", "bullet": return ""
        case "decimalZero": return n >= 0 && n < 10 ? "0\(n)" : "\(n)"
        case "upperRoman": return roman(n)
        case "lowerRoman": return roman(n).lowercased()
        case "upperLetter": return letters(n)
        case "lowerLetter": return letters(n).lowercased()
        case "chineseCounting", "japaneseCounting", "taiwaneseCounting": return counting(n)
        case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCountingThousand":
            return n > 0 ? ChineseNumeral.string(n) : "\(n)"
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            return digitByDigit(n)
        case "chineseLegalSimplified": return legal(n, digits: Array("零壹贰叁肆伍陆柒捌玖"), ten: "拾", hundred: "佰", thousand: "仟")
        case "ideographLegalTraditional": return legal(n, digits: Array("零壹貳參肆伍陸柒捌玖"), ten: "拾", hundred: "佰", thousand: "仟")
        case "ideographTraditional": return cycle(n, Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac": return cycle(n, Array("子丑寅卯辰巳午未申酉戌亥"))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return enclosed(n, first: 0x2460, upTo: 20)
        case "decimalEnclosedParen": return enclosed(n, first: 0x2474, upTo: 20)
        case "decimalEnclosedFullstop": return enclosed(n, first: 0x2488, upTo: 20)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(n).unicodeScalars.map { c -> Character in
                c.value >= 0x30 && c.value <= 0x39 ? Character(Unicode.Scalar(c.value - 0x30 + 0xFF10)!) : Character(c)
            })
        default: return String(n)
        }
    }

    /// 一 … 九十九 as counted (十, 十一, 二十); from 100 on, digit by digit (一〇〇), as Word writes `chineseCounting`.
    static func counting(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        if n < 100 { return ChineseNumeral.string(n) }
        return digitByDigit(n)
    }

    static func digitByDigit(_ n: Int) -> String {
        let digits = Array("〇一二三四五六七八九")
        guard n >= 0 else { return String(n) }
        return String(String(n).map { digits[Int(String($0))!] })
    }

    /// 壹 … 玖仟玖佰玖拾玖; larger numbers in decimal.
    static func legal(_ n: Int, digits: [Character], ten: Character, hundred: Character, thousand: Character) -> String {
        guard n > 0 && n < 10000 else { return String(n) }
        let units: [Character?] = [nil, ten, hundred, thousand]
        var out = ""
        var zero = false
        let ds = String(n).compactMap { Int(String($0)) }
        for (i, d) in ds.enumerated() {
            let position = ds.count - 1 - i
            if d == 0 { zero = !out.isEmpty; continue }
            if zero { out.append(digits[0]); zero = false }
            out.append(digits[d])
            if let u = units[position] { out.append(u) }
        }
        return out
    }

    static func cycle(_ n: Int, _ symbols: [Character]) -> String {
        guard n > 0 else { return String(n) }
        return String(symbols[(n - 1) % symbols.count])
    }

    static func enclosed(_ n: Int, first: UInt32, upTo last: Int) -> String {
        guard n >= 1 && n <= last, let scalar = Unicode.Scalar(first + UInt32(n - 1)) else { return String(n) }
        return String(Character(scalar))
    }

    static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n
        var out = ""
        for (value, symbol) in table {
            while rest >= value { out += symbol; rest -= value }
        }
        return out
    }

    /// A, B, … Z, AA, BB, … as Word repeats the letter.
    static func letters(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26)))
        return String(repeating: letter, count: min((n - 1) / 26 + 1, 50))
    }
}
