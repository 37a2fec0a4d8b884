#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Quantity {
    /// Parses a quantity as a clerk writes it.
    ///
    /// Accepted, in order: optional 约; an optional sign (`-`, `－`); digits
    /// (full-width digits too) with optional `,` thousands groups (`1,200`)
    /// and a decimal point; optional 余 or 多 and 万 or 亿 in either order
    /// (`60余次`, `1.67万余人`, `50多万元`); then a unit from
    /// `QuantityUnits.all` or none. Spaces between the parts are allowed.
    ///
    /// - Parameters:
    ///   - text: the value, exactly as in the input.
    ///   - location: where `text` starts (1-based line and column in Characters).
    /// - Returns: a quantity whose `description` is `text`.
    /// - Throws: `bad-quantity`, located at the offending character.
    public static func parse(_ text: String, at location: SourceLocation) throws(Diagnostic) -> Quantity {
        var scanner = QuantityScanner(Array(text), base: location)
        let q = try scanner.scanQuantity(allowTrailing: false)
        return Quantity(
            amount: q.amount, unit: q.unit, magnitude: q.magnitude,
            approximation: q.approximation, text: text)
    }
}

/// A cursor over the characters of a quantity; also used by the formula
/// parser for quantity literals such as `100%` inside a formula.
struct QuantityScanner {
    let chars: [Character]
    let base: SourceLocation
    var i: Int

    /// Indices of the line breaks in `chars`, so that `location(at:)`
    /// costs a binary search, not a walk from the start: a formula may
    /// name thousands of metrics.
    private let breaks: [Int]

    init(_ chars: [Character], base: SourceLocation, start: Int = 0) {
        self.chars = chars
        self.base = base
        self.i = start
        breaks = chars.indices.filter { chars[$0] == "\n" || chars[$0] == "\r\n" }
    }

    static let spaces: Set<Character> = [" ", "\t", "\u{3000}", "\n", "\r\n", "\r"]
    static let chineseNumerals: Set<Character> = Set("零〇一二两三四五六七八九十百千")

    /// The place of `chars[index]`: columns count Characters, a line
    /// break starts a new line.
    func location(at index: Int) -> SourceLocation {
        // The number of line breaks before `index`.
        var lo = 0, hi = breaks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if breaks[mid] < index { lo = mid + 1 } else { hi = mid }
        }
        if lo == 0 { return SourceLocation(line: base.line, column: base.column + index) }
        return SourceLocation(line: base.line + lo, column: index - breaks[lo - 1])
    }

    var current: Character? { i < chars.count ? chars[i] : nil }

    mutating func skipSpaces() {
        while let c = current, Self.spaces.contains(c) { i += 1 }
    }

    static func digit(_ c: Character) -> Character? {
        if c.isASCII, c.isNumber { return c }
        if let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1,
           v >= 0xFF10 && v <= 0xFF19 {
            return Character(Unicode.Scalar(v - 0xFF10 + 0x30)!)
        }
        return nil
    }

    /// Scans one quantity from `i`. With `allowTrailing`, stops before any
    /// character that cannot continue it (for formulas); otherwise the whole
    /// text must be one quantity.
    mutating func scanQuantity(allowTrailing: Bool) throws(Diagnostic) -> Quantity {
        skipSpaces()
        let start = i
        guard current != nil else {
            throw Diagnostic.emptyQuantity(at: location(at: i))
        }
        var approximation: Quantity.Approximation?
        if current == "约" {
            approximation = .about
            i += 1
            skipSpaces()
        }
        var digits = ""
        if let c = current, c == "-" || c == "－" || c == "−" {
            digits = "-"
            i += 1
        }
        guard let first = current, Self.digit(first) != nil else {
            if let c = current, Self.chineseNumerals.contains(c) {
                throw Diagnostic.chineseNumeral(at: location(at: i))
            }
            throw Diagnostic.notAQuantity(String(chars[start...]), at: location(at: start))
        }
        // Integer part, with optional thousands groups.
        var group = 0
        var usedCommas = false
        var numberDigits = 0
        while let c = current {
            if let d = Self.digit(c) {
                digits.append(d)
                group += 1
                numberDigits += 1
                i += 1
            } else if c == "," {
                let next = chars[(i + 1)...].prefix { Self.digit($0) != nil }.count
                if next != 3 || group > 3 || (usedCommas && group != 3) {
                    throw Diagnostic.badThousands(at: location(at: i))
                }
                usedCommas = true
                group = 0
                i += 1
            } else if c == "，" && i + 1 < chars.count && Self.digit(chars[i + 1]) != nil {
                throw Diagnostic.fullWidthCommaInNumber(at: location(at: i))
            } else {
                break
            }
        }
        if usedCommas && group != 3 { throw Diagnostic.badThousands(at: location(at: i - group)) }
        if let c = current, c == "." || c == "．" {
            let point = i
            i += 1
            digits.append(".")
            var fraction = 0
            while let c = current, let d = Self.digit(c) {
                digits.append(d)
                fraction += 1
                i += 1
            }
            if fraction == 0 { throw Diagnostic.missingFraction(at: location(at: point)) }
            numberDigits += fraction
        }
        if numberDigits > 30 { throw Diagnostic.tooManyDigits(at: location(at: start)) }
        skipSpaces()
        var magnitude = Quantity.Magnitude.one
        for _ in 0..<2 {
            if let c = current, c == "余" || c == "多" {
                if approximation != nil {
                    throw Diagnostic.doubleApproximation(at: location(at: i))
                }
                approximation = .over(c)
                i += 1
            } else if let c = current, (c == "万" || c == "亿") && magnitude == .one {
                magnitude = c == "万" ? .wan : .yi
                i += 1
            }
            skipSpaces()
        }
        let unitStart = i
        var unit = ""
        if current != nil {
            if let known = QuantityUnits.longestPrefix(of: chars[i...]) {
                unit = known
                i += known.count
            } else if current == "." || current == "．" {
                throw Diagnostic.secondPoint(at: location(at: i))
            } else if !allowTrailing {
                throw Diagnostic.unknownUnit(String(chars[i...]), at: location(at: i))
            }
        }
        if magnitude != .one && QuantityUnits.ratioUnits.contains(unit) {
            throw Diagnostic.magnitudeOnRatio(unit, at: location(at: unitStart))
        }
        if !allowTrailing {
            skipSpaces()
            if current != nil {
                throw Diagnostic.textAfterUnit(
                    unit, String(chars[i...]).trimmingTrailingSpaces, at: location(at: i))
            }
        }
        guard let amount = Decimal(string: digits) else {
            throw Diagnostic.notAQuantity(String(chars[start...]), at: location(at: start))
        }
        return Quantity(amount, unit: unit, magnitude: magnitude, approximation: approximation)
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, QuantityScanner.spaces.contains(last) { s.removeLast() }
        return String(s)
    }
}

extension Diagnostic {
    static let quantityExamples = "写成数字加单位，如“10名”“650万元”“96.6%”“60余次”"

    static func emptyQuantity(at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "数量为空", at: location, hint: quantityExamples)
    }

    static func notAQuantity(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "“\(text)”不是数量", at: location, hint: quantityExamples)
    }

    static func chineseNumeral(at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "数量要用阿拉伯数字", at: location, hint: "如“十名”写成“10名”")
    }

    static func badThousands(at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "千位分隔符“,”的位置不对", at: location,
               hint: "每三位一个逗号，如“1,200”，或者不用逗号写成“1200”")
    }

    static func fullWidthCommaInNumber(at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "数字中间不能用中文逗号“，”", at: location,
               hint: "写成“1200”或“1,200”")
    }

    static func missingFraction(at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "小数点后面缺少数字", at: location, hint: "如“96.6%”")
    }

    static func secondPoint(at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "数字中有多余的小数点", at: location, hint: "一个数只有一个小数点，如“96.6%”")
    }

    static func tooManyDigits(at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "数字位数太多", at: location, hint: "大数用“万”“亿”，如“12.5亿元”")
    }

    static func doubleApproximation(at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "约数标记重复", at: location,
               hint: "“约”“余”“多”只用一个，如“60余次”")
    }

    static func unknownUnit(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "不认识的单位“\(text)”", at: location,
               hint: "常用单位：名、人、个、次、户、项、元、万元、平方米、公里、亩、%；说明文字请写进指标名")
    }

    static func textAfterUnit(_ unit: String, _ rest: String, at location: SourceLocation) -> Diagnostic {
        let message = unit.isEmpty ? "数字后面多了“\(rest)”" : "单位“\(unit)”后面多了“\(rest)”"
        return .error(.badQuantity, message, at: location,
                      hint: "数量只写数字和单位，说明文字写进指标名，如“村级阵地: 3个”")
    }

    static func magnitudeOnRatio(_ unit: String, at location: SourceLocation) -> Diagnostic {
        .error(.badQuantity, "“\(unit)”前面不能带“万”或“亿”", at: location, hint: "如“96.6%”")
    }
}
