/// Raw DEFLATE decompression (RFC 1951), held to the rules zlib's inflate
/// enforces, so that a stream zlib refuses is refused here too:
///
/// - block type 3, a stored block whose LEN and NLEN disagree;
/// - more than 286 literal/length or 30 distance codes;
/// - an over-subscribed or incomplete code-length code, or literal/length
///   or distance code (an incomplete code is allowed only when it is a
///   single code of one bit, and a distance code may be empty);
/// - a length repeat with no previous length or past the end of the
///   lengths, a literal/length code without the end-of-block symbol;
/// - the symbols 286, 287 and the distance codes 30, 31, which no valid
///   stream uses, and a distance further back than the output so far.
///
/// The output is capped: past `limit` bytes the stream is refused, so a
/// small input cannot make the caller hold gigabytes. Public for the
/// benchmark, which measures its throughput against zlib's.
public enum Inflate {
    /// Why a stream was refused.
    public enum Failure: Error, Equatable, Sendable {
        /// The input ends before the final block does.
        case truncated
        /// Block type 3.
        case invalidBlockType
        /// A stored block's LEN is not the complement of its NLEN.
        case invalidStoredLengths
        /// HLIT above 286 or HDIST above 30.
        case tooManyLengthOrDistanceSymbols
        /// The code-length code is over-subscribed or incomplete.
        case invalidCodeLengthsSet
        /// A repeat code with nothing to repeat, or past the end of the lengths.
        case invalidBitLengthRepeat
        /// The literal/length code has no end-of-block symbol (256).
        case missingEndOfBlock
        /// The literal/length code is over-subscribed or incomplete.
        case invalidLiteralLengthsSet
        /// The distance code is over-subscribed or incomplete.
        case invalidDistancesSet
        /// A literal/length symbol no stream may use (286, 287) or a missing code.
        case invalidLiteralLengthCode
        /// A distance symbol no stream may use (30, 31) or a missing code.
        case invalidDistanceCode
        /// A distance reaching before the start of the output.
        case distanceTooFarBack
        /// The output would exceed the caller's limit.
        case outputTooLarge

        /// Chinese, one phrase, for messages.
        public var reason: String {
            switch self {
            case .truncated: "压缩数据不完整"
            case .invalidBlockType: "压缩块类型无效"
            case .invalidStoredLengths: "未压缩块的长度校验不符"
            case .tooManyLengthOrDistanceSymbols: "编码表的符号数超出范围"
            case .invalidCodeLengthsSet: "码长编码表无效"
            case .invalidBitLengthRepeat: "码长重复指令无效"
            case .missingEndOfBlock: "编码表缺少块结束符"
            case .invalidLiteralLengthsSet: "字面量/长度编码表无效"
            case .invalidDistancesSet: "距离编码表无效"
            case .invalidLiteralLengthCode: "字面量/长度编码无效"
            case .invalidDistanceCode: "距离编码无效"
            case .distanceTooFarBack: "回溯距离超出已解压的数据"
            case .outputTooLarge: "解压后的数据超出上限"
            }
        }
    }

    /// Decompresses the raw DEFLATE stream at the start of `input`.
    ///
    /// - Parameters:
    ///   - limit: the most bytes the output may hold.
    ///   - sizeHint: the expected output size, to allocate once (it is not trusted beyond `limit`).
    /// - Returns: the output and how many input bytes the stream took
    ///   (whole bytes, counting the partly used last one).
    /// - Throws: `Failure` for any stream zlib would refuse, or past `limit`.
    public static func inflate(_ input: [UInt8], limit: Int, sizeHint: Int = 0) throws(Failure) -> (output: [UInt8], consumed: Int) {
        try input.withUnsafeBufferPointer { (buffer) throws(Failure) -> ([UInt8], Int) in
            var state = Inflater(input: buffer, limit: limit, capacity: min(max(sizeHint, 1024), limit))
            defer { state.release() }
            try state.run()
            return (state.output(), state.consumed)
        }
    }
}

/// A canonical Huffman code (RFC 1951 3.2.2) with a lookup table for
/// codes up to `fastBits` long and a bit-by-bit walk for longer ones.
struct HuffmanCode {
    static let fastBits = 10
    static let maxBits = 15

    /// Entry for the next `fastBits` input bits (bit-reversed, as DEFLATE
    /// sends codes): `symbol << 4 | length`, or 0 when the code is longer
    /// than `fastBits` or missing.
    var fast: [UInt32]
    /// Number of codes of each length 0...15.
    var counts: [Int]
    /// Symbols ordered by code.
    var symbols: [Int]

    /// What a set of lengths makes.
    enum Shape {
        /// Every code is used exactly once.
        case complete
        /// Codes are left over (incomplete); `single` when it is one code of length 1.
        case incomplete(single: Bool, empty: Bool)
        /// More codes than lengths allow.
        case overSubscribed
    }

    let shape: Shape

    init(lengths: ArraySlice<UInt8>) {
        var counts = [Int](repeating: 0, count: Self.maxBits + 1)
        for l in lengths { counts[Int(l)] += 1 }
        var left = 1
        var over = false
        for len in 1...Self.maxBits {
            left <<= 1
            left -= counts[len]
            if left < 0 { over = true; break }
        }
        let used = lengths.count - counts[0]
        if over {
            shape = .overSubscribed
        } else if left > 0 {
            shape = .incomplete(single: used == 1 && counts[1] == 1, empty: used == 0)
        } else {
            shape = .complete
        }
        // Offsets of each length's first symbol in `symbols`.
        var offsets = [Int](repeating: 0, count: Self.maxBits + 2)
        for len in 1...Self.maxBits { offsets[len + 1] = offsets[len] + counts[len] }
        var symbols = [Int](repeating: 0, count: max(used, 1))
        if !over {
            for (symbol, l) in lengths.enumerated() where l != 0 {
                symbols[offsets[Int(l)]] = symbol
                offsets[Int(l)] += 1
            }
        }
        var fast = [UInt32](repeating: 0, count: 1 << Self.fastBits)
        if !over {
            // Walk codes in canonical order, filling every table slot whose low bits are the reversed code.
            var code = 0
            var index = 0
            for len in 1...Self.maxBits {
                for _ in 0..<counts[len] {
                    if len <= Self.fastBits {
                        var reversed = 0
                        var c = code
                        for _ in 0..<len { reversed = reversed << 1 | c & 1; c >>= 1 }
                        let entry = UInt32(symbols[index] << 4 | len)
                        var slot = reversed
                        while slot < 1 << Self.fastBits {
                            fast[slot] = entry
                            slot += 1 << len
                        }
                    }
                    code += 1
                    index += 1
                }
                code <<= 1
            }
        }
        self.fast = fast
        self.counts = counts
        self.symbols = symbols
    }

    /// Whether zlib would accept this code for literals/lengths or distances:
    /// complete, or a single one-bit code (and, for distances, no code at all).
    func acceptable(allowEmpty: Bool) -> Bool {
        switch shape {
        case .complete: true
        case .incomplete(let single, let empty): single || (allowEmpty && empty)
        case .overSubscribed: false
        }
    }

    /// The fixed literal/length code of RFC 1951 3.2.6.
    static let fixedLiterals: HuffmanCode = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return HuffmanCode(lengths: lengths[...])
    }()

    /// The fixed distance code: 30 five-bit codes plus the two unused ones.
    static let fixedDistances = HuffmanCode(lengths: [UInt8](repeating: 5, count: 32)[...])
}

/// The decoder's state: the input cursor and bit buffer, and the growing output.
struct Inflater {
    let input: UnsafeBufferPointer<UInt8>
    let limit: Int
    var position = 0
    var bits: UInt64 = 0
    var bitCount = 0
    var out: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var count = 0

    init(input: UnsafeBufferPointer<UInt8>, limit: Int, capacity: Int) {
        self.input = input
        self.limit = limit
        self.capacity = max(capacity, 1)
        self.out = .allocate(capacity: self.capacity)
    }

    func release() { out.deallocate() }

    func output() -> [UInt8] { Array(UnsafeBufferPointer(start: out, count: count)) }

    /// Input bytes used, counting a partly used last byte.
    var consumed: Int { position - bitCount / 8 }

    // MARK: Bits

    /// Fills the bit buffer with as many whole bytes as fit.
    @inline(__always)
    mutating func refill() {
        while bitCount <= 56 && position < input.count {
            bits |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    @inline(__always)
    mutating func take(_ n: Int) throws(Inflate.Failure) -> Int {
        if bitCount < n {
            refill()
            if bitCount < n { throw .truncated }
        }
        let v = Int(bits & ((1 << UInt64(n)) - 1))
        bits >>= UInt64(n)
        bitCount -= n
        return v
    }

    @inline(__always)
    mutating func decode(_ code: HuffmanCode, invalid: Inflate.Failure) throws(Inflate.Failure) -> Int {
        if bitCount < HuffmanCode.maxBits { refill() }
        let entry = code.fast[Int(bits & UInt64((1 << HuffmanCode.fastBits) - 1))]
        if entry != 0 {
            let length = Int(entry & 15)
            if length > bitCount { throw .truncated }
            bits >>= UInt64(length)
            bitCount -= length
            return Int(entry >> 4)
        }
        return try decodeSlowly(code, invalid: invalid)
    }

    /// Bit by bit, for codes longer than the table (RFC 1951's canonical order).
    mutating func decodeSlowly(_ code: HuffmanCode, invalid: Inflate.Failure) throws(Inflate.Failure) -> Int {
        var value = 0
        var first = 0
        var index = 0
        for len in 1...HuffmanCode.maxBits {
            value |= try take(1)
            let count = code.counts[len]
            if value - count < first { return code.symbols[index + (value - first)] }
            index += count
            first += count
            first <<= 1
            value <<= 1
        }
        throw invalid
    }

    // MARK: Output

    @inline(__always)
    mutating func reserve(_ n: Int) throws(Inflate.Failure) {
        if count + n <= capacity { return }
        if count + n > limit { throw .outputTooLarge }
        var newCapacity = capacity
        while newCapacity < count + n { newCapacity *= 2 }
        newCapacity = min(newCapacity, limit)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: out, count: count)
        out.deallocate()
        out = grown
        capacity = newCapacity
    }

    // MARK: Blocks

    mutating func run() throws(Inflate.Failure) {
        var last = false
        while !last {
            last = try take(1) == 1
            switch try take(2) {
            case 0: try stored()
            case 1: try codes(HuffmanCode.fixedLiterals, HuffmanCode.fixedDistances)
            case 2:
                let (literals, distances) = try dynamicCodes()
                try codes(literals, distances)
            default: throw .invalidBlockType
            }
        }
    }

    mutating func stored() throws(Inflate.Failure) {
        // Skip to a byte boundary; whole bytes still in the buffer are input.
        let drop = bitCount % 8
        bits >>= UInt64(drop)
        bitCount -= drop
        let length = try take(16)
        let complement = try take(16)
        if length != ~complement & 0xFFFF { throw .invalidStoredLengths }
        try reserve(length)
        var remaining = length
        while remaining > 0 && bitCount > 0 {
            out[count] = UInt8(truncatingIfNeeded: bits)
            bits >>= 8
            bitCount -= 8
            count += 1
            remaining -= 1
        }
        if remaining > input.count - position { throw .truncated }
        (out + count).update(from: input.baseAddress! + position, count: remaining)
        position += remaining
        count += remaining
    }

    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    mutating func dynamicCodes() throws(Inflate.Failure) -> (HuffmanCode, HuffmanCode) {
        let literalCount = try take(5) + 257
        let distanceCount = try take(5) + 1
        let codeLengthCount = try take(4) + 4
        if literalCount > 286 || distanceCount > 30 { throw .tooManyLengthOrDistanceSymbols }
        var codeLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengths[Self.codeLengthOrder[i]] = UInt8(try take(3)) }
        let lengthCode = HuffmanCode(lengths: codeLengths[...])
        guard case .complete = lengthCode.shape else { throw .invalidCodeLengthsSet }

        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var i = 0
        while i < lengths.count {
            let symbol = try decode(lengthCode, invalid: .invalidCodeLengthsSet)
            if symbol < 16 {
                lengths[i] = UInt8(symbol)
                i += 1
                continue
            }
            var value: UInt8 = 0
            let repeats: Int
            switch symbol {
            case 16:
                if i == 0 { throw .invalidBitLengthRepeat }
                value = lengths[i - 1]
                repeats = 3 + (try take(2))
            case 17: repeats = 3 + (try take(3))
            default: repeats = 11 + (try take(7))
            }
            if i + repeats > lengths.count { throw .invalidBitLengthRepeat }
            for _ in 0..<repeats {
                lengths[i] = value
                i += 1
            }
        }
        if lengths[256] == 0 { throw .missingEndOfBlock }
        let literals = HuffmanCode(lengths: lengths[0..<literalCount])
        guard literals.acceptable(allowEmpty: false) else { throw .invalidLiteralLengthsSet }
        let distances = HuffmanCode(lengths: lengths[literalCount...])
        guard distances.acceptable(allowEmpty: true) else { throw .invalidDistancesSet }
        return (literals, distances)
    }

    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    mutating func codes(_ literals: HuffmanCode, _ distances: HuffmanCode) throws(Inflate.Failure) {
        while true {
            let symbol = try decode(literals, invalid: .invalidLiteralLengthCode)
            if symbol < 256 {
                if count == capacity { try reserve(1) }
                out[count] = UInt8(symbol)
                count += 1
                continue
            }
            if symbol == 256 { return }
            let index = symbol - 257
            if index >= 29 { throw .invalidLiteralLengthCode }
            let length = Self.lengthBase[index] + (try take(Self.lengthExtra[index]))
            let distanceSymbol = try decode(distances, invalid: .invalidDistanceCode)
            if distanceSymbol >= 30 { throw .invalidDistanceCode }
            let distance = Self.distanceBase[distanceSymbol] + (try take(Self.distanceExtra[distanceSymbol]))
            if distance > count { throw .distanceTooFarBack }
            try reserve(length)
            var from = count - distance
            if distance >= length {
                (out + count).update(from: out + from, count: length)
                count += length
            } else {
                // Overlapping copy repeats the last `distance` bytes.
                for _ in 0..<length {
                    out[count] = out[from]
                    count += 1
                    from += 1
                }
            }
        }
    }
}
