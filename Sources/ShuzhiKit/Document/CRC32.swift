/// CRC-32 as used by ZIP and PNG (ISO 3309, reflected polynomial
/// 0xEDB88320, initial value and final XOR 0xFFFFFFFF), table-driven.
/// Shared by the ZIP writer (Export) and the ZIP reader (Document).
enum CRC32 {
    /// The 256 remainders of one byte, computed once.
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 {
            c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1
        }
        return c
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { t in
            for byte in bytes {
                crc = t[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
