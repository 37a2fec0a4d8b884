/// A small strict JSON reader (RFC 8259) into `TemplateValue`, for
/// `render --data x.json` and the Mustache spec's test files.
public enum TemplateJSON {
    /// Parses one JSON value. Integers that fit in `Int` stay `.int`;
    /// numbers with a fraction or exponent become `.double`. Object keys
    /// keep their order.
    ///
    /// - Throws: `bad-json` at the 1-based line and column (in Characters)
    ///   of the first error: bad syntax, a duplicate key, nesting deeper
    ///   than 500 levels, or text after the value.
    public static func parse(_ text: String) throws(Diagnostic) -> TemplateValue {
        var reader = Reader(bytes: Array(text.utf8))
        do throws(Reader.Failure) {
            reader.skipSpace()
            let value = try reader.value(depth: 0)
            reader.skipSpace()
            if reader.i < reader.bytes.count { throw Reader.Failure(message: "值后面还有多余内容", offset: reader.i) }
            return value
        } catch {
            throw Diagnostic.badJSON(error.message, at: location(of: error.offset, in: text))
        }
    }

    /// Line and column (Characters) of a UTF-8 byte offset; only on failure.
    static func location(of offset: Int, in text: String) -> SourceLocation {
        var line = 1
        var column = 1
        var consumed = 0
        for c in text {
            if consumed >= offset { break }
            consumed += c.utf8.count
            if c == "\n" || c == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    struct Reader {
        struct Failure: Error {
            var message: String
            var offset: Int
        }

        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
                i += 1
            }
        }

        func fail(_ message: String) -> Failure { Failure(message: message, offset: i) }

        mutating func value(depth: Int) throws(Failure) -> TemplateValue {
            guard depth < 500 else { throw fail("嵌套超过500层") }
            guard i < bytes.count else { throw fail("缺少值：文件意外结束") }
            switch bytes[i] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw fail("这里应当是一个值（对象、数组、字符串、数字、true、false或null）")
            }
        }

        mutating func literal(_ word: String, _ result: TemplateValue) throws(Failure) -> TemplateValue {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else {
                throw fail("无法识别的值，应为“\(word)”")
            }
            i += w.count
            return result
        }

        mutating func object(depth: Int) throws(Failure) -> TemplateValue {
            i += 1
            var map = TemplateMap()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .map(map)
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("这里应当是用双引号括起的键") }
                let keyOffset = i
                let key = try string()
                if map[key] != nil { throw Failure(message: "重复的键“\(key)”", offset: keyOffset) }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("键后面应当是冒号“:”") }
                i += 1
                skipSpace()
                map[key] = try value(depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw fail("对象没有结束的“}”") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard bytes[i] == UInt8(ascii: "}") else { throw fail("这里应当是逗号或“}”") }
                i += 1
                return .map(map)
            }
        }

        mutating func array(depth: Int) throws(Failure) -> TemplateValue {
            i += 1
            var items: [TemplateValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .list(items)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw fail("数组没有结束的“]”") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard bytes[i] == UInt8(ascii: "]") else { throw fail("这里应当是逗号或“]”") }
                i += 1
                return .list(items)
            }
        }

        mutating func string() throws(Failure) -> String {
            i += 1
            var out: [UInt8] = []
            while true {
                guard i < bytes.count else { throw fail("字符串没有结束的双引号") }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { throw fail("字符串里有未转义的控制字符（如换行）") }
                if b != UInt8(ascii: "\\") {
                    out.append(b)
                    i += 1
                    continue
                }
                i += 1
                guard i < bytes.count else { throw fail("字符串没有结束的双引号") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800 && code < 0xDC00,
                        i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
                    {
                        i += 2
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000 else { throw fail("无效的UTF-16代理对") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw fail("无效的Unicode转义") }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    i -= 1
                    throw fail("无效的转义“\\\(Character(Unicode.Scalar(e)))”")
                }
            }
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard i + 4 <= bytes.count else { throw fail("“\\u”后应当是4位十六进制数") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - 48)
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - 87)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - 55)
                default: throw fail("“\\u”后应当是4位十六进制数")
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }

        mutating func number() throws(Failure) -> TemplateValue {
            let start = i
            func digits(_ r: inout Reader) -> Int {
                let s = r.i
                while r.i < r.bytes.count, r.bytes[r.i] >= 0x30 && r.bytes[r.i] <= 0x39 { r.i += 1 }
                return r.i - s
            }
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 else { throw fail("负号后应当是数字") }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
                if i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { throw fail("数字不能以0开头") }
            } else {
                _ = digits(&self)
            }
            var integral = true
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                integral = false
                i += 1
                if digits(&self) == 0 { throw fail("小数点后应当是数字") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                integral = false
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                if digits(&self) == 0 { throw fail("指数后应当是数字") }
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if integral, let n = Int(text) { return .int(n) }
            guard let d = Double(text) else { throw Failure(message: "无法读取数字“\(text)”", offset: start) }
            return .double(d)
        }
    }
}
