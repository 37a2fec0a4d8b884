/// A ZIP archive (PKWARE APPNOTE 6.3) read from memory: the central
/// directory is the index, each local header must agree with it, entries
/// may not overlap, and every entry read is inflated under a size cap and
/// checked against its CRC-32.
///
/// Enough for an OOXML package: stored and deflated entries, no
/// encryption, no ZIP64, one disk. Anything else is refused, not guessed.
struct ZipArchive {
    /// Why an archive or an entry was refused.
    enum Failure: Error, Equatable, Sendable {
        /// No end-of-central-directory record: not a ZIP, or cut short.
        case notZip
        /// A header lies outside the file or does not hold what it should.
        case corrupt(String)
        /// A feature a .docx never needs (ZIP64, several disks, encryption, a method other than stored or deflate).
        case unsupported(String)
        /// Two entries share bytes, or one name appears twice.
        case overlapping(String)
        /// The data's CRC-32 is not the one recorded.
        case badChecksum(String)
        /// Inflating an entry failed.
        case badData(String, Inflate.Failure)
        /// An entry, or all entries read, would inflate past the cap, or the
        /// declared sizes claim a ratio no DEFLATE stream reaches.
        case tooLarge(String)
    }

    /// One entry as the central directory records it.
    struct Entry: Sendable {
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var headerOffset: Int
        /// Where the entry's data starts, after its local header.
        var dataOffset: Int
    }

    /// Limits that keep a hostile archive bounded in time and memory.
    struct Limits: Sendable {
        /// The most bytes one entry may inflate to.
        var entrySize = 64 << 20
        /// The most bytes all entries read from one archive may inflate to.
        var totalSize = 128 << 20
        /// The largest ratio of inflated to compressed size believed
        /// (DEFLATE cannot exceed about 1032:1), for entries over 64 KiB.
        var ratio = 1100
        /// The most entries the central directory may list.
        var entries = 10_000
    }

    let bytes: [UInt8]
    let limits: Limits
    /// Entries in central-directory order.
    private(set) var entries: [Entry] = []
    private var byName: [String: Int] = [:]
    /// Bytes inflated so far, against `limits.totalSize`.
    private var inflated = 0

    /// Reads the central directory and checks every local header against it.
    ///
    /// - Throws: `Failure` when the archive is not a ZIP, is truncated,
    ///   uses an unsupported feature, or has overlapping or duplicate entries.
    init(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        self.bytes = bytes
        self.limits = limits
        let end = try Self.endRecord(bytes)
        let disk = u16(end + 4), cdDisk = u16(end + 6)
        let onDisk = u16(end + 8), total = u16(end + 10)
        let cdSize = u32(end + 12), cdOffset = u32(end + 16)
        if disk != 0 || cdDisk != 0 || onDisk != total { throw .unsupported("分卷压缩包") }
        if total == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
        if cdOffset + cdSize > end { throw .corrupt("中央目录超出文件范围") }
        if total > limits.entries { throw .tooLarge("条目数\(total)") }
        if total * 46 > cdSize { throw .corrupt("中央目录长度与条目数不符") }

        var p = cdOffset
        var spans: [(start: Int, end: Int, name: String)] = []
        for _ in 0..<total {
            guard p + 46 <= cdOffset + cdSize, u32(p) == 0x0201_4B50 else { throw .corrupt("中央目录条目损坏") }
            let flags = u16(p + 8), method = u16(p + 10)
            let crc = UInt32(u32(p + 16))
            let compressed = u32(p + 20), size = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let startDisk = u16(p + 34)
            let headerOffset = u32(p + 42)
            let next = p + 46 + nameLength + extraLength + commentLength
            guard next <= cdOffset + cdSize else { throw .corrupt("中央目录条目损坏") }
            let nameBytes = Array(bytes[(p + 46)..<(p + 46 + nameLength)])
            let name = String(decoding: nameBytes, as: UTF8.self)
            if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF || headerOffset == 0xFFFF_FFFF {
                throw .unsupported("ZIP64")
            }
            if startDisk != 0 { throw .unsupported("分卷压缩包") }
            if flags & 1 != 0 { throw .unsupported("加密的条目“\(name)”") }
            if method != 0 && method != 8 { throw .unsupported("压缩方法\(method)（条目“\(name)”）") }
            if method == 0 && compressed != size { throw .corrupt("未压缩条目“\(name)”的两个长度不一致") }

            // The local header must agree with the central directory.
            let h = headerOffset
            guard h + 30 <= cdOffset, u32(h) == 0x0403_4B50 else { throw .corrupt("条目“\(name)”的本地文件头缺失") }
            let localNameLength = u16(h + 26), localExtraLength = u16(h + 28)
            let dataOffset = h + 30 + localNameLength + localExtraLength
            guard h + 30 + localNameLength <= cdOffset,
                  Array(bytes[(h + 30)..<(h + 30 + localNameLength)]) == nameBytes
            else { throw .corrupt("条目“\(name)”的本地文件头与中央目录不一致") }
            if u16(h + 8) != method { throw .corrupt("条目“\(name)”的本地文件头与中央目录不一致") }
            // With a data descriptor (flag bit 3) the local CRC and sizes may be zero.
            if u16(h + 6) & 8 == 0 && flags & 8 == 0 {
                if UInt32(u32(h + 14)) != crc || u32(h + 18) != compressed || u32(h + 22) != size {
                    throw .corrupt("条目“\(name)”的本地文件头与中央目录不一致")
                }
            }
            guard dataOffset + compressed <= cdOffset else { throw .corrupt("条目“\(name)”的数据超出文件范围") }
            if byName[name] != nil { throw .overlapping("条目“\(name)”出现两次") }
            byName[name] = entries.count
            entries.append(Entry(
                name: name, method: method, flags: flags, crc: crc, compressedSize: compressed, size: size,
                headerOffset: h, dataOffset: dataOffset))
            spans.append((h, dataOffset + compressed, name))
            p = next
        }
        // Overlapping entries are how the smallest ZIP bombs reuse one stream many times.
        spans.sort { $0.start < $1.start }
        for k in spans.indices.dropFirst() where spans[k].start < spans[k - 1].end {
            throw .overlapping("条目“\(spans[k - 1].name)”与“\(spans[k].name)”重叠")
        }
    }

    /// The offset of the end-of-central-directory record: the last one
    /// whose comment runs exactly to the end of the file.
    private static func endRecord(_ bytes: [UInt8]) throws(Failure) -> Int {
        guard bytes.count >= 22 else { throw .notZip }
        var p = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while p >= lowest {
            if bytes[p] == 0x50 && bytes[p + 1] == 0x4B && bytes[p + 2] == 5 && bytes[p + 3] == 6 {
                let commentLength = Int(bytes[p + 20]) | Int(bytes[p + 21]) << 8
                if p + 22 + commentLength == bytes.count { return p }
            }
            p -= 1
        }
        throw .notZip
    }

    /// Whether the archive holds `name`.
    func contains(_ name: String) -> Bool { byName[name] != nil }

    /// The inflated, checked bytes of entry `name`, or `nil` when there is none.
    ///
    /// - Throws: `Failure.tooLarge` past the caps, `.badData` when the
    ///   stream is invalid or its size is not the recorded one,
    ///   `.badChecksum` when the CRC-32 differs.
    mutating func read(_ name: String) throws(Failure) -> [UInt8]? {
        guard let index = byName[name] else { return nil }
        let e = entries[index]
        if e.size > limits.entrySize || inflated + e.size > limits.totalSize {
            throw .tooLarge("条目“\(e.name)”解压后有\(e.size)字节")
        }
        if e.size > 65536 && e.size / max(e.compressedSize, 1) > limits.ratio {
            throw .tooLarge("条目“\(e.name)”的压缩比异常")
        }
        let data: [UInt8]
        if e.method == 0 {
            data = Array(bytes[e.dataOffset..<(e.dataOffset + e.size)])
        } else {
            let stream = Array(bytes[e.dataOffset..<(e.dataOffset + e.compressedSize)])
            do throws(Inflate.Failure) {
                // The recorded size is the limit: a stream that claims less and inflates more is refused at once.
                let result = try Inflate.inflate(stream, limit: e.size, sizeHint: e.size)
                data = result.output
            } catch .outputTooLarge {
                throw .badData(e.name, .outputTooLarge)
            } catch {
                throw .badData(e.name, error)
            }
            if data.count != e.size { throw .corrupt("条目“\(e.name)”解压后的长度与记录不符") }
        }
        inflated += data.count
        if CRC32.checksum(data) != e.crc { throw .badChecksum(e.name) }
        return data
    }

    private func u16(_ p: Int) -> Int { Int(bytes[p]) | Int(bytes[p + 1]) << 8 }
    private func u32(_ p: Int) -> Int {
        Int(bytes[p]) | Int(bytes[p + 1]) << 8 | Int(bytes[p + 2]) << 16 | Int(bytes[p + 3]) << 24
    }
}
