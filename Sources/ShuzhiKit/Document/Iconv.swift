#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Character-set conversion through the C library's `iconv(3)`, so that
/// reading GBK text and writing GB 18030 need no external program and no
/// package: glibc (and macOS's libiconv) convert GB 18030 and UTF-16.
enum Iconv {
    /// Why a conversion failed.
    enum Failure: Error, Equatable, Sendable {
        /// The C library cannot convert between these encodings.
        case unsupported(from: String, to: String)
        /// The input byte at this 0-based offset starts a sequence that is
        /// invalid in the source encoding or has no code in the target one.
        case invalid(byteOffset: Int)
        /// The input ends inside a multi-byte sequence starting at this offset.
        case incomplete(byteOffset: Int)
        /// Anything else, with the C library's message.
        case failed(String)
    }

    /// Converts `input` from encoding `from` to encoding `to` (iconv names
    /// such as `UTF-8`, `GB18030`, `UTF-16`), refusing anything it cannot
    /// convert exactly (no transliteration, nothing skipped).
    static func convert(_ input: [UInt8], from: String, to: String) throws(Failure) -> [UInt8] {
        let cd = iconv_open(to, from)
        if cd == iconv_t(bitPattern: -1) { throw .unsupported(from: from, to: to) }
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: max(16, input.count * 2 + 16))
        var produced = 0
        var consumed = 0
        var copy = input
        while true {
            let (status, error, inLeft, outLeft) = copy.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int32, Int, Int) in
                    var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress.map {
                        UnsafeMutableRawPointer($0 + consumed).assumingMemoryBound(to: CChar.self)
                    }
                    var inLeft = inBuffer.count - consumed
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress.map {
                        UnsafeMutableRawPointer($0 + produced).assumingMemoryBound(to: CChar.self)
                    }
                    var outLeft = outBuffer.count - produced
                    // At the end of the input, a null input flushes any pending shift state.
                    let status = inLeft == 0
                        ? iconv(cd, nil, nil, &outPointer, &outLeft)
                        : iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, errno, inLeft, outLeft)
                }
            }
            let remaining = input.count - consumed
            consumed += remaining - inLeft
            produced = output.count - outLeft
            if status != -1 {
                if inLeft == 0 && remaining == 0 { break }
                continue
            }
            switch error {
            case E2BIG: output += [UInt8](repeating: 0, count: output.count)
            case EILSEQ: throw .invalid(byteOffset: consumed)
            case EINVAL: throw .incomplete(byteOffset: consumed)
            default: throw .failed(String(cString: strerror(error)))
            }
        }
        output.removeSubrange(produced...)
        return output
    }
}
