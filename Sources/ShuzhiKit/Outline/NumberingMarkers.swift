/// Recognizes numbering markers in report text, in every spelling that
/// real reports use: `（一）` `(一)` `〔一〕`, `1.` `1、` `（1）`, `一是`,
/// `第一，`, `首先` / `其次` / `再次` / `最后`.
enum NumberingMarkers {
    static let digits: [Character: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    /// The value of a Chinese numeral up to 99 (一, 十, 十一, 二十三).
    static func value(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.count <= 3 else { return nil }
        let chars = Array(s)
        if chars.count == 1 { return chars[0] == "十" ? 10 : digits[chars[0]] }
        if chars[0] == "十" { return chars.count == 2 ? digits[chars[1]].map { 10 + $0 } : nil }
        guard let tens = digits[chars[0]], chars[1] == "十" else { return nil }
        if chars.count == 2 { return tens * 10 }
        return digits[chars[2]].map { tens * 10 + $0 }
    }

    static func isNumeral(_ c: Character) -> Bool { digits[c] != nil || c == "十" }

    static let shouxianWords: [(String, Int)] = [("首先", 1), ("其次", 2), ("再次", 3), ("最后", 99)]

    /// The marker at the start of `text`, if any: its text, style and number.
    static func leading(_ text: Substring) -> (text: String, style: NumberingStyle, number: Int)? {
        guard let first = text.first else { return nil }
        let chars = Array(text.prefix(8))
        func numeralRun(from i: Int) -> Int {
            var j = i
            while j < chars.count && isNumeral(chars[j]) { j += 1 }
            return j
        }
        // （一） (一) 〔一〕 （1） (1)
        if first == "（" || first == "(" || first == "〔" {
            let close: Character = first == "（" ? "）" : (first == "(" ? ")" : "〕")
            let end = numeralRun(from: 1)
            if end > 1, end < chars.count, chars[end] == close || (first == "(" && chars[end] == "）") || (first == "（" && chars[end] == ")"),
               let n = value(Substring(String(chars[1..<end]))) {
                return (String(chars[0...end]), .chineseParen, n)
            }
            var d = 1
            while d < chars.count && chars[d].isASCII && chars[d].isNumber { d += 1 }
            if d > 1, d < chars.count, chars[d] == "）" || chars[d] == ")", let n = Int(String(chars[1..<d])) {
                return (String(chars[0...d]), .arabicParen, n)
            }
            return nil
        }
        // 1. 1、 1．
        if first.isASCII && first.isNumber {
            var d = 0
            while d < chars.count && chars[d].isASCII && chars[d].isNumber { d += 1 }
            if d < chars.count, chars[d] == "." || chars[d] == "、" || chars[d] == "．",
               d + 1 < chars.count, !(chars[d + 1].isASCII && chars[d + 1].isNumber), let n = Int(String(chars[0..<d])) {
                return (String(chars[0...d]), .arabicDot, n)
            }
            return nil
        }
        // 第一，
        if first == "第" {
            let end = numeralRun(from: 1)
            if end > 1, end < chars.count, chars[end] == "，" || chars[end] == "," || chars[end] == "、",
               let n = value(Substring(String(chars[1..<end]))) {
                return (String(chars[0...end]), .diYi, n)
            }
            return nil
        }
        // 一、 and 一是
        if isNumeral(first) {
            let end = numeralRun(from: 0)
            guard end < chars.count, let n = value(Substring(String(chars[0..<end]))) else { return nil }
            if chars[end] == "、" { return (String(chars[0...end]), .chineseComma, n) }
            // 一. 一，: a heading typed with the wrong mark; check says so.
            if ".．，,".contains(chars[end]), end + 1 < chars.count, !isNumeral(chars[end + 1]) {
                return (String(chars[0...end]), .chineseComma, n)
            }
            if chars[end] == "是" { return (String(chars[0...end]), .shiRunIn, n) }
            return nil
        }
        for (word, n) in shouxianWords where text.hasPrefix(word) {
            var marker = word
            let rest = text.dropFirst(word.count)
            if let c = rest.first, c == "，" || c == "是" || c == "," { marker.append(c) }
            return (marker, .shouxian, n)
        }
        return nil
    }

    /// Characters after which a run-in marker may start: the start of a
    /// sentence or clause. `统一是` or `唯一是` are not markers.
    static let runInBoundary: Set<Character> = ["。", "；", "：", "，", "！", "？", "、", "”", "）", ";", ":", ","]

    /// The offsets (in Characters) of run-in markers in `chars` from
    /// `start`, continuing a sequence of `style` whose next number is
    /// `next`: 二是, 三是… or 第二，… or 其次, 再次, 最后.
    static func runIn(_ chars: [Character], from start: Int, style: NumberingStyle, next: Int, stopAt stop: Int? = nil)
        -> [(offset: Int, text: String, number: Int)] {
        var found: [(Int, String, Int)] = []
        var n = next
        var i = start
        let end = stop ?? chars.count
        while i < end {
            // A list quoted from elsewhere (“一是学、二是做”) is not the report's own numbering.
            if chars[i] == "“" {
                var j = i + 1
                while j < end && chars[j] != "”" && chars[j] != "“" { j += 1 }
                if j < end && chars[j] == "”" { i = j + 1; continue }
            }
            guard i == 0 || runInBoundary.contains(chars[i - 1]) else { i += 1; continue }
            if let m = leading(Substring(String(chars[i..<min(end, i + 8)]))), m.style == style {
                // A repeated or skipped number (一是……一是, 二是……四是) still belongs
                // to the list: check reports it, import keeps it as written.
                let ok = style == .shouxian
                    ? (m.number == n || (m.number == 99 && n >= 2))
                    : (m.number >= max(1, n - 1) && m.number <= n + 2)
                if ok {
                    let number = m.number == 99 ? n : m.number
                    found.append((i, m.text, number))
                    n = number + 1
                    i += m.text.count
                    if m.number == 99 { break }
                    continue
                }
            }
            i += 1
        }
        return found
    }
}
