/// Text files in the encodings Chinese Windows tools write: UTF-8 (with or
/// without a byte-order mark), UTF-16 with a byte-order mark (Notepad's
/// “Unicode”), and GBK/GB 18030 (Notepad's “ANSI” on a Chinese system).
///
/// UTF-8 is tried first and is the only encoding read without a note; a
/// file that is not valid UTF-8 but is valid GB 18030 is read as GB 18030,
/// with a note saying so, because the two almost never both fit.
enum TextDecoding {
    /// Decodes a text file's bytes.
    ///
    /// - Throws: `not-utf8` when the bytes are neither UTF-8, UTF-16 with a
    ///   byte-order mark nor GB 18030; `binary-file` for a NUL byte in
    ///   text that is not UTF-16.
    static func decode(_ bytes: [UInt8]) throws(Diagnostic) -> DocumentText {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let text: String
            do throws(Iconv.Failure) {
                text = try checked(Iconv.convert(Array(bytes.dropFirst(2)), from: little ? "UTF-16LE" : "UTF-16BE", to: "UTF-8"))
            } catch {
                throw Diagnostic.error(
                    .notUtf8, "文件以UTF-16的字节顺序标记开头，但内容不是有效的UTF-16\(position(error))", at: nil,
                    hint: "请把文件另存为UTF-8编码（记事本：另存为→编码选UTF-8）")
            }
            return DocumentText(text: text, notes: [note("UTF-16" + (little ? "LE" : "BE"))])
        }
        let utf8Failure: Diagnostic
        do throws(Diagnostic) {
            return DocumentText(text: try SourceText.decode(bytes))
        } catch {
            if error.code != .notUtf8 { throw error }
            utf8Failure = error
        }
        do throws(Iconv.Failure) {
            let text = try checked(Iconv.convert(bytes, from: "GB18030", to: "UTF-8"))
            return DocumentText(text: text, notes: [note("GBK/GB18030")])
        } catch {
            // SourceText names the byte where UTF-8 failed: "第12字节不是有效的UTF-8…".
            var d = utf8Failure
            let utf8Byte = d.message.hasPrefix("第") ? String(d.message.dropFirst().prefix { $0.isNumber }) : ""
            d.message = "文件既不是有效的UTF-8" + (utf8Byte.isEmpty ? "" : "（第\(utf8Byte)字节）")
                + "，也不是有效的GBK/GB18030\(position(error))"
            throw d
        }
    }

    /// Converted text that is still not a text file (a NUL) is refused as UTF-8 text would be.
    private static func checked(_ utf8: [UInt8]) throws(Iconv.Failure) -> String {
        if utf8.contains(0) { throw .failed("NUL") }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static func position(_ failure: Iconv.Failure) -> String {
        switch failure {
        case .invalid(let offset), .incomplete(let offset): "（第\(offset + 1)字节）"
        case .unsupported: "（系统的C库不支持这种编码转换）"
        case .failed: ""
        }
    }

    private static func note(_ encoding: String) -> Diagnostic {
        Diagnostic(
            .note, code: .textEncoding, message: "文件不是UTF-8编码，已按\(encoding)读取", at: nil,
            hint: "shuzhi写出的文件都是UTF-8；建议把这个文件也另存为UTF-8（记事本：另存为→编码选UTF-8）")
    }
}
