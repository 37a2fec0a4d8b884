/// Writes a ZIP archive (PKWARE APPNOTE 6.3) with stored, uncompressed
/// entries: enough for an OOXML package, and byte-for-byte deterministic
/// because every entry carries the same fixed timestamp.
///
/// Layout: for each entry a local file header and its data, then the
/// central directory (one header per entry), then the end record. No
/// data descriptors, no ZIP64 (an entry or archive over 4 GiB is refused
/// by a precondition; a report is a few dozen kilobytes).
struct ZipWriter {
    private(set) var bytes: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    /// MS-DOS date of 1980-01-01, the earliest a ZIP can hold: (year-1980)<<9 | month<<5 | day.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    /// MS-DOS time 00:00:00.
    static let dosTime: UInt16 = 0

    /// Appends a stored entry. `name` uses `/` separators and no leading slash.
    mutating func add(_ name: String, _ data: [UInt8]) {
        precondition(data.count < Int(UInt32.max) && bytes.count < Int(UInt32.max), "ZIP64 not supported")
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(data)
        let offset = UInt32(bytes.count)
        // Bit 11: the name is UTF-8 (our names are ASCII, but say so only when needed).
        let flags: UInt16 = nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 0x0800

        // Local file header.
        bytes.append32(0x0403_4B50)
        bytes.append16(20)  // version needed to extract: 2.0
        bytes.append16(flags)
        bytes.append16(0)  // method: stored
        bytes.append16(Self.dosTime)
        bytes.append16(Self.dosDate)
        bytes.append32(crc)
        bytes.append32(UInt32(data.count))  // compressed size
        bytes.append32(UInt32(data.count))  // uncompressed size
        bytes.append16(UInt16(nameBytes.count))
        bytes.append16(0)  // extra field length
        bytes.append(contentsOf: nameBytes)
        bytes.append(contentsOf: data)

        // Central directory header.
        central.append32(0x0201_4B50)
        central.append16(20)  // version made by: 2.0, MS-DOS attributes
        central.append16(20)  // version needed to extract
        central.append16(flags)
        central.append16(0)
        central.append16(Self.dosTime)
        central.append16(Self.dosDate)
        central.append32(crc)
        central.append32(UInt32(data.count))
        central.append32(UInt32(data.count))
        central.append16(UInt16(nameBytes.count))
        central.append16(0)  // extra field length
        central.append16(0)  // comment length
        central.append16(0)  // disk number start
        central.append16(0)  // internal attributes
        central.append32(0)  // external attributes
        central.append32(offset)
        central.append(contentsOf: nameBytes)
        count += 1
    }

    /// The finished archive: entries, central directory, end record.
    func finish() -> [UInt8] {
        var out = bytes
        let centralOffset = UInt32(out.count)
        out.append(contentsOf: central)
        out.append32(0x0605_4B50)
        out.append16(0)  // this disk
        out.append16(0)  // disk with the central directory
        out.append16(UInt16(count))  // entries on this disk
        out.append16(UInt16(count))  // entries in total
        out.append32(UInt32(central.count))
        out.append32(centralOffset)
        out.append16(0)  // comment length
        return out
    }
}

extension Array where Element == UInt8 {
    /// Appends a little-endian 16-bit value.
    mutating func append16(_ v: UInt16) {
        append(UInt8(v & 0xFF))
        append(UInt8(v >> 8))
    }

    /// Appends a little-endian 32-bit value.
    mutating func append32(_ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((v >> UInt32(shift)) & 0xFF)) }
    }
}
