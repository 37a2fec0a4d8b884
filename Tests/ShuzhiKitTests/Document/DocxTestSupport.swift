import Foundation
@testable import ShuzhiKit

/// Builds Word documents and ZIP archives for tests, including broken ones.
enum DocxTest {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A package with `document.xml` holding `body` (the children of `w:body`),
    /// and numbering and styles parts when given.
    static func docx(body: String, numbering: String? = nil, styles: String? = nil, prefix: String = "w") -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8))
        zip.add("_rels/.rels", Array(#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.utf8))
        zip.add("word/document.xml", Array(document(body, prefix: prefix).utf8))
        if let numbering {
            zip.add("word/numbering.xml", Array(#"<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="\#(w)">\#(numbering)</w:numbering>"#.utf8))
        }
        if let styles {
            zip.add("word/styles.xml", Array(#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="\#(w)">\#(styles)</w:styles>"#.utf8))
        }
        return zip.finish()
    }

    static func document(_ body: String, prefix: String = "w") -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><\#(prefix):document xmlns:\#(prefix)="\#(w)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><\#(prefix):body>\#(body)</\#(prefix):body></\#(prefix):document>"#
    }

    /// A paragraph of one run per string.
    static func p(_ runs: String..., properties: String = "") -> String {
        "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }

    /// A numbered paragraph.
    static func numbered(_ text: String, numId: Int, level: Int = 0) -> String {
        p(text, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>")
    }

    static func read(_ bytes: [UInt8], name: String = "报告.docx") throws -> DocumentText {
        try DocumentText.read(bytes, name: name)
    }

    static func lines(_ body: String, numbering: String? = nil, styles: String? = nil) throws -> [String] {
        let text = try read(docx(body: body, numbering: numbering, styles: styles)).text
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// A ZIP archive written entry by entry with every field under the test's
/// control, to make broken and hostile archives.
struct TestZip {
    struct Entry {
        var name: String
        /// The bytes as stored (already compressed for method 8).
        var data: [UInt8]
        var method: UInt16 = 0
        var size: UInt32? = nil
        var crc: UInt32? = nil
        var flags: UInt16 = 0
        /// Point the central directory at another entry's local header.
        var headerOffsetOverride: UInt32? = nil
    }

    var entries: [Entry] = []

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for e in entries {
            let name = Array(e.name.utf8)
            let crc = e.crc ?? CRC32.checksum(e.data)
            let size = e.size ?? UInt32(e.data.count)
            let offset = UInt32(out.count)
            out.append32(0x0403_4B50); out.append16(20); out.append16(e.flags); out.append16(e.method)
            out.append16(0); out.append16(0x21); out.append32(crc); out.append32(UInt32(e.data.count)); out.append32(size)
            out.append16(UInt16(name.count)); out.append16(0); out.append(contentsOf: name); out.append(contentsOf: e.data)
            central.append32(0x0201_4B50); central.append16(20); central.append16(20); central.append16(e.flags)
            central.append16(e.method); central.append16(0); central.append16(0x21); central.append32(crc)
            central.append32(UInt32(e.data.count)); central.append32(size); central.append16(UInt16(name.count))
            central.append16(0); central.append16(0); central.append16(0); central.append16(0); central.append32(0)
            central.append32(e.headerOffsetOverride ?? offset); central.append(contentsOf: name)
        }
        let cdOffset = UInt32(out.count)
        out += central
        out.append32(0x0605_4B50); out.append16(0); out.append16(0)
        out.append16(UInt16(entries.count)); out.append16(UInt16(entries.count))
        out.append32(UInt32(central.count)); out.append32(cdOffset); out.append16(0)
        return out
    }
}

/// A DEFLATE stream that inflates to `matches` × 258 zero bytes from about
/// `matches / 4` bytes: a dynamic block whose length-258 symbol and
/// distance-1 code are one bit each, so each match is two zero bits.
enum DeflateBomb {
    static func stream(matches: Int) -> [UInt8] {
        var w = BitWriter()
        w.put(1, 1); w.put(2, 2)            // final, dynamic
        w.put(286 - 257, 5); w.put(0, 5)     // 286 literal/length codes, 1 distance code
        // Code-length code: symbols 0, 1, 2 and 18 get two bits each (codes 00, 01, 10, 11).
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
        w.put(order.count - 4, 4)
        for s in order { w.put([0, 1, 2, 18].contains(s) ? 2 : 0, 3) }
        func length(_ l: Int) { w.code(l, 2) }              // symbols 0, 1, 2 are codes 0, 1, 2
        func zeros(_ n: Int) { w.code(3, 2); w.put(n - 11, 7) }
        length(2)                            // literal 0: two bits
        zeros(138); zeros(117)              // literals 1…255
        length(2)                            // end of block: two bits
        zeros(28)                            // lengths 257…284
        length(1)                            // length 258: one bit
        length(1)                            // distance 1: one bit
        // Literal/length codes: 285 → 0, 0 → 10, 256 → 11; distance 0 → 0.
        w.code(2, 2)                          // one literal zero byte
        for _ in 0..<(matches % 4) { w.put(0, 2) }
        w.flushWithZeros(pairs: matches - matches % 4)
        return w.bytes
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        var current: UInt8 = 0
        var count = 0
        mutating func bit(_ b: Int) {
            current |= UInt8(b & 1) << UInt8(count)
            count += 1
            if count == 8 { bytes.append(current); current = 0; count = 0 }
        }
        mutating func put(_ v: Int, _ n: Int) { for i in 0..<n { bit(v >> i) } }
        mutating func code(_ c: Int, _ n: Int) { for i in stride(from: n - 1, through: 0, by: -1) { bit(c >> i) } }
        /// Appends `pairs` pairs of zero bits (a multiple of 4) quickly, then the partial byte.
        mutating func flushWithZeros(pairs: Int) {
            // Finish the current byte with zero pairs one at a time, then whole zero bytes.
            var left = pairs
            while count != 0 && left > 0 { bit(0); bit(0); left -= 1 }
            bytes += [UInt8](repeating: 0, count: left / 4)
            for _ in 0..<(left % 4) { bit(0); bit(0) }
            if count > 0 { bytes.append(current) }
        }
    }
}
