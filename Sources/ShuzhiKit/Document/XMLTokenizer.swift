/// A bounded, non-validating XML 1.0 tokenizer: enough for the parts of a
/// WordprocessingML package, and nothing that lets a document make the
/// reader do unbounded work.
///
/// It refuses a DOCTYPE (so no DTD, no entity declarations and no entity
/// expansion), any entity other than the five predefined ones and numeric
/// character references, mismatched or unclosed tags, text outside the
/// root element, and nesting deeper than `maxDepth`. Names are resolved
/// against their namespace declarations, so a document that binds the
/// WordprocessingML namespace to a prefix other than `w` reads the same.
struct XMLTokenizer {
    /// A namespace-qualified name.
    struct Name: Hashable, Sendable {
        /// The namespace URI, or "" for none.
        var uri: String
        /// The local part.
        var local: String
    }

    /// An attribute, its name resolved (an unprefixed attribute has no namespace).
    struct Attribute: Sendable {
        var name: Name
        var value: String
    }

    /// What `next()` returns. A self-closing element gives `.start` then `.end`.
    enum Event: Sendable {
        case start(Name, [Attribute])
        case end(Name)
        case text(String)
    }

    /// Why the XML was refused: a Chinese phrase and the 0-based byte offset.
    struct Failure: Error, Equatable, Sendable {
        var reason: String
        var offset: Int
    }

    private let bytes: [UInt8]
    private let maxDepth: Int
    private var p = 0
    /// Open elements: the raw qualified names, for matching end tags.
    private var open: [ArraySlice<UInt8>] = []
    /// Resolved names by their raw bytes, valid while the bindings do not
    /// change (in WordprocessingML they are all declared on the root).
    private var names: [ArraySlice<UInt8>: Name] = [:]
    /// Namespace bindings in scope, innermost last, with the depth that declared them.
    private var bindings: [(prefix: String, uri: String, depth: Int)] = [
        ("xml", "http://www.w3.org/XML/1998/namespace", 0),
    ]
    private var pendingEnd: Name?
    private var sawRoot = false
    /// Whether `.text` events are wanted; parts read only for their
    /// elements and attributes (styles, numbering) skip building strings.
    var wantsText = true

    /// Prepares to read `bytes` (UTF-8, or UTF-16 with a byte-order mark).
    ///
    /// - Throws: `Failure` when the bytes are not valid UTF-8.
    init(_ bytes: [UInt8], maxDepth: Int = 256) throws(Failure) {
        var bytes = bytes
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            guard let s = String(validating: units, as: UTF16.self) else { throw Failure(reason: "UTF-16编码无效", offset: 0) }
            bytes = Array(s.utf8)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw Failure(reason: "不是有效的UTF-8", offset: 0) }
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// The next event, or `nil` at the end of a well-formed document.
    mutating func next() throws(Failure) -> Event? {
        if let end = pendingEnd {
            pendingEnd = nil
            try closeScope()
            return .end(end)
        }
        while p < bytes.count {
            if bytes[p] != UInt8(ascii: "<") {
                if !wantsText && !open.isEmpty {
                    // Skip to the next tag; references are still checked.
                    let start = p
                    while p < bytes.count && bytes[p] != UInt8(ascii: "<") && bytes[p] != UInt8(ascii: "&") { p += 1 }
                    if p == bytes.count || bytes[p] == UInt8(ascii: "<") { continue }
                    p = start
                    _ = try readText()
                    continue
                }
                let text = try readText()
                if open.isEmpty {
                    if !text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
                        throw fail("根元素之外有文字")
                    }
                    continue
                }
                if !text.isEmpty { return .text(text) }
                continue
            }
            if starts("<?") {
                try skip(past: "?>")
            } else if starts("<!--") {
                try skip(past: "-->")
            } else if starts("<![CDATA[") {
                if open.isEmpty { throw fail("根元素之外有CDATA") }
                let start = p + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(p - 3)], as: UTF8.self))
            } else if starts("<!DOCTYPE") || starts("<!doctype") {
                throw fail("含有DOCTYPE声明（不读取DTD和实体定义）")
            } else if starts("<!") {
                throw fail("不支持的标记“<!”")
            } else if starts("</") {
                return try endTag()
            } else {
                return try startTag()
            }
        }
        if let last = open.last { throw fail("元素“\(String(decoding: last, as: UTF8.self))”没有结束") }
        if !sawRoot { throw fail("没有根元素") }
        return nil
    }

    // MARK: Tags

    private mutating func startTag() throws(Failure) -> Event {
        if open.isEmpty && sawRoot { throw fail("有多个根元素") }
        p += 1
        let qname = try readName()
        var raw: [(name: ArraySlice<UInt8>, value: String)] = []
        var selfClosing = false
        while true {
            let hadSpace = skipSpace()
            guard p < bytes.count else { throw fail("标签没有结束") }
            if bytes[p] == UInt8(ascii: ">") { p += 1; break }
            if starts("/>") { p += 2; selfClosing = true; break }
            if !hadSpace { throw fail("属性之间缺少空格") }
            let name = try readName()
            skipSpace()
            guard p < bytes.count, bytes[p] == UInt8(ascii: "=") else { throw fail("属性缺少“=”") }
            p += 1
            skipSpace()
            guard p < bytes.count, bytes[p] == UInt8(ascii: "\"") || bytes[p] == UInt8(ascii: "'") else {
                throw fail("属性值缺少引号")
            }
            let quote = bytes[p]
            p += 1
            let value = try readText(until: quote)
            guard p < bytes.count else { throw fail("属性值没有结束") }
            p += 1
            if raw.contains(where: { $0.name == name }) { throw fail("属性重复") }
            if raw.count >= 256 { throw fail("属性过多") }
            raw.append((name, value))
        }
        if open.count >= maxDepth { throw fail("嵌套超过\(maxDepth)层") }
        open.append(qname)
        sawRoot = true
        let depth = open.count
        for (name, value) in raw where Self.isNamespaceDeclaration(name) {
            bindings.append((name.count == 5 ? "" : String(decoding: name.dropFirst(6), as: UTF8.self), value, depth))
            names.removeAll(keepingCapacity: true)
        }
        let element = try resolve(qname, isAttribute: false)
        var attributes: [Attribute] = []
        attributes.reserveCapacity(raw.count)
        for (name, value) in raw where !Self.isNamespaceDeclaration(name) {
            attributes.append(Attribute(name: try resolve(name, isAttribute: true), value: value))
        }
        if selfClosing { pendingEnd = element }
        return .start(element, attributes)
    }

    private mutating func endTag() throws(Failure) -> Event {
        p += 2
        let qname = try readName()
        skipSpace()
        guard p < bytes.count, bytes[p] == UInt8(ascii: ">") else { throw fail("结束标签没有结束") }
        p += 1
        guard let top = open.last, top == qname else {
            throw fail("结束标签“\(String(decoding: qname, as: UTF8.self))”与开始标签不配对")
        }
        let name = try resolve(qname, isAttribute: false)
        try closeScope()
        return .end(name)
    }

    private mutating func closeScope() throws(Failure) {
        let depth = open.count
        while let last = bindings.last, last.depth == depth {
            bindings.removeLast()
            names.removeAll(keepingCapacity: true)
        }
        open.removeLast()
    }

    private static func isNamespaceDeclaration(_ name: ArraySlice<UInt8>) -> Bool {
        name.elementsEqual("xmlns".utf8) || name.starts(with: "xmlns:".utf8)
    }

    /// A qualified name resolved, from the cache when it was seen before.
    /// Unprefixed attributes have no namespace, so they are cached apart.
    private mutating func resolve(_ qname: ArraySlice<UInt8>, isAttribute: Bool) throws(Failure) -> Name {
        let unprefixedAttribute = isAttribute && !qname.contains(UInt8(ascii: ":"))
        if !unprefixedAttribute, let known = names[qname] { return known }
        let name = try resolveUncached(qname, isAttribute: isAttribute)
        if !unprefixedAttribute { names[qname] = name }
        return name
    }

    private func resolveUncached(_ qname: ArraySlice<UInt8>, isAttribute: Bool) throws(Failure) -> Name {
        if let colon = qname.firstIndex(of: UInt8(ascii: ":")) {
            let prefix = String(decoding: qname[..<colon], as: UTF8.self)
            let local = String(decoding: qname[(colon + 1)...], as: UTF8.self)
            guard let binding = bindings.last(where: { $0.prefix == prefix }) else {
                throw fail("名称空间前缀“\(prefix)”没有声明")
            }
            return Name(uri: binding.uri, local: local)
        }
        let local = String(decoding: qname, as: UTF8.self)
        if isAttribute { return Name(uri: "", local: local) }
        return Name(uri: bindings.last(where: { $0.prefix == "" })?.uri ?? "", local: local)
    }

    // MARK: Lexical pieces

    private func isNameByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"),
             UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
            true
        default: false
        }
    }

    private mutating func readName() throws(Failure) -> ArraySlice<UInt8> {
        let start = p
        while p < bytes.count && isNameByte(bytes[p]) { p += 1 }
        if p == start { throw fail("缺少名称") }
        let first = bytes[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || (first >= 0x30 && first <= 0x39) {
            throw fail("名称不能以“\(UnicodeScalar(first))”开头")
        }
        return bytes[start..<p]
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = p
        while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x09 || bytes[p] == 0x0A || bytes[p] == 0x0D { p += 1 }
        return p > start
    }

    private func starts(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard p + n <= bytes.count else { return false }
        let u = s.utf8Start
        for k in 0..<n where bytes[p + k] != u[k] { return false }
        return true
    }

    private mutating func skip(past s: StaticString) throws(Failure) {
        let n = s.utf8CodeUnitCount
        let u = s.utf8Start
        var q = p
        while q + n <= bytes.count {
            var match = true
            for k in 0..<n where bytes[q + k] != u[k] { match = false; break }
            if match { p = q + n; return }
            q += 1
        }
        throw fail("标记没有结束")
    }

    /// Character data up to the next `<` (or, for attribute values, up to
    /// `quote`), with references replaced.
    private mutating func readText(until quote: UInt8? = nil) throws(Failure) -> String {
        var out: [UInt8] = []
        var runStart = p
        while p < bytes.count {
            let b = bytes[p]
            if let quote, b == quote { break }
            if b == UInt8(ascii: "<") {
                if quote != nil { throw fail("属性值中有“<”") }
                break
            }
            if b == UInt8(ascii: "&") {
                out.append(contentsOf: bytes[runStart..<p])
                try readReference(into: &out)
                runStart = p
                continue
            }
            p += 1
        }
        if out.isEmpty { return String(decoding: bytes[runStart..<p], as: UTF8.self) }
        out.append(contentsOf: bytes[runStart..<p])
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func readReference(into out: inout [UInt8]) throws(Failure) {
        let start = p
        p += 1
        while p < bytes.count && bytes[p] != UInt8(ascii: ";") && p - start < 12 { p += 1 }
        guard p < bytes.count, bytes[p] == UInt8(ascii: ";") else {
            p = start
            throw fail("“&”后不是实体引用（文字中的“&”应写作“&amp;”）")
        }
        let name = String(decoding: bytes[(start + 1)..<p], as: UTF8.self)
        p += 1
        switch name {
        case "amp": out.append(UInt8(ascii: "&"))
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        default:
            var value: UInt32?
            if name.hasPrefix("#x") {
                value = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                value = UInt32(name.dropFirst(), radix: 10)
            } else {
                p = start
                throw fail("不支持实体“&\(name);”（只认 &amp; &lt; &gt; &quot; &apos; 和数字字符引用）")
            }
            guard let v = value, let scalar = Unicode.Scalar(v), Self.isXMLChar(v) else {
                p = start
                throw fail("字符引用“&\(name);”无效")
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
    }

    /// XML 1.0's Char production.
    static func isXMLChar(_ v: UInt32) -> Bool {
        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
            || (0x10000...0x10FFFF).contains(v)
    }

    private func fail(_ reason: String) -> Failure { Failure(reason: reason, offset: p) }
}
