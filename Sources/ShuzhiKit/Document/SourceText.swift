/// Decoding of user files into text, shared by every reader so that an
/// input file and a finished report fail the same way on bad bytes.
public enum SourceText {
    /// Decodes UTF-8 bytes, dropping a leading UTF-8 BOM.
    ///
    /// - Throws: a `Diagnostic` with code `not-utf8` (UTF-16/32 text, or a
    ///   byte sequence that is not UTF-8; the message gives the 1-based byte
    ///   position, as people count and the location gives the line and column where decoding
    ///   stopped), or `binary-file` (a NUL byte: not a text file).
    public static func decode(_ bytes: [UInt8]) throws(Diagnostic) -> String {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic.error(
                .notUtf8, "文件是UTF-16编码，不是UTF-8", at: SourceLocation(line: 1, column: 1),
                hint: "请在记事本或WPS中“另存为”UTF-8编码的文本文件")
        }
        // A file that is not text is named for what it is, not only as bad bytes.
        let notText = SourceLocation(line: 1, column: 1)
        let saveAsText = "在Word或WPS中“另存为”纯文本（.txt，编码选UTF-8），再用shuzhi处理"
        switch FileSignature(bytes) {
        case .zip:
            // A .docx is a ZIP: the most common wrong file a clerk hands over.
            throw Diagnostic.error(.binaryFile, "这是Word文档（.docx）或压缩包，不是文本文件", at: notText, hint: saveAsText)
        case .pdf:
            // A PDF is the other file a clerk hands over for a report.
            throw Diagnostic.error(
                .binaryFile, "这是PDF文件，不是文本文件", at: notText,
                hint: "请提供报告的Word文档（.docx）或纯文本（.txt）；PDF里的文字无法可靠地还原成段落")
        case .compoundFile:
            throw Diagnostic.error(.binaryFile, "这是旧版Word（.doc）或WPS（.wps）文档，不是文本文件", at: notText, hint: saveAsText)
        case .rtf:
            throw Diagnostic.error(.binaryFile, "这是RTF文档，不是文本文件", at: notText, hint: saveAsText)
        case .archive:
            throw Diagnostic.error(.binaryFile, "这是压缩包（gzip、RAR或7z），不是文本文件", at: notText,
                                   hint: "请先解压，再用shuzhi处理其中的文件")
        case .other:
            break
        }
        // Validate first so that the error can name the exact byte.
        var line = 1
        var column = 1
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0 {
                throw Diagnostic.error(
                    .binaryFile, "文件含有空字节（第\(i + 1)字节），不是文本文件",
                    at: SourceLocation(line: line, column: column),
                    hint: "请提供纯文本（.txt）或输入文件（.yaml），Word文档请先另存为纯文本")
            }
            let length: Int
            if b < 0x80 {
                length = 1
            } else if b >= 0xC2 && b <= 0xDF {
                length = 2
            } else if b >= 0xE0 && b <= 0xEF {
                length = 3
            } else if b >= 0xF0 && b <= 0xF4 {
                length = 4
            } else {
                length = 0
            }
            var valid = length > 0 && i + length <= n
            if valid && length > 1 {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { valid = false }
                if valid {
                    let b1 = bytes[i + 1]
                    if b == 0xE0 && b1 < 0xA0 { valid = false }  // overlong
                    if b == 0xED && b1 > 0x9F { valid = false }  // surrogates
                    if b == 0xF0 && b1 < 0x90 { valid = false }  // overlong
                    if b == 0xF4 && b1 > 0x8F { valid = false }  // > U+10FFFF
                }
            }
            if !valid {
                let guess = looksLikeGB18030(bytes[start...]) ? "，看起来是GBK/GB18030编码" : ""
                throw Diagnostic.error(
                    .notUtf8, "第\(i + 1)字节不是有效的UTF-8\(guess)",
                    at: SourceLocation(line: line, column: column),
                    hint: "请把文件另存为UTF-8编码（记事本：另存为→编码选UTF-8）")
            }
            if b == 0x0A {
                line += 1
                column = 1
            } else if b != 0x0D || i + 1 >= n || bytes[i + 1] != 0x0A {
                // Column counts Characters; a continuation of a grapheme
                // cluster is rare in reports, so count scalars here and let
                // precise positions come from the decoded String.
                column += 1
            }
            i += length
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// A cheap test for GBK/GB18030 text: most bytes ≥ 0x80 come in pairs
    /// of a lead byte 0x81–0xFE and a trail byte 0x40–0xFE (not 0x7F).
    static func looksLikeGB18030(_ bytes: ArraySlice<UInt8>) -> Bool {
        var pairs = 0
        var bad = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            if b >= 0x81 && b <= 0xFE && i + 1 < bytes.endIndex {
                let t = bytes[i + 1]
                if t >= 0x40 && t <= 0xFE && t != 0x7F {
                    pairs += 1
                    i += 2
                    continue
                }
                if t >= 0x30 && t <= 0x39 && i + 3 < bytes.endIndex {  // four-byte form
                    pairs += 1
                    i += 4
                    continue
                }
            }
            bad += 1
            i += 1
        }
        return pairs >= 2 && bad * 10 < pairs
    }
}
