import Foundation
import XCTest
@testable import ShuzhiKit

/// Inflate against streams made by zlib itself (Tests/Fixtures/deflate,
/// made by make_streams.py): every level and strategy, window sizes and
/// memory levels, and streams zlib refuses, which must be refused here too.
final class InflateTests: XCTestCase {
    static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/deflate")

    func testEveryStreamZlibMadeInflatesToItsInput() throws {
        let blob = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("streams.bin")))
        let manifest = try String(contentsOf: Self.folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        var inputs: [String: [UInt8]] = [:]
        var count = 0
        var strategies: Set<String> = []
        var levels: Set<Int> = []
        for line in manifest.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            let (name, level, strategy, wbits) = (f[0], Int(f[1])!, f[2], Int(f[3])!)
            let offset = Int(f[5])!, length = Int(f[6])!
            if inputs[name] == nil {
                inputs[name] = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("inputs/\(name).bin")))
            }
            let expected = inputs[name]!
            var stream = Array(blob[offset..<(offset + length)])
            var trailer: [UInt8] = []
            if wbits > 0 {
                // zlib wrapper (RFC 1950): check the header, inflate the body, check the Adler-32.
                XCTAssertEqual((Int(stream[0]) << 8 | Int(stream[1])) % 31, 0, "zlib 头校验 \(line)")
                XCTAssertEqual(Int(stream[0] >> 4) + 8, wbits, "窗口大小 \(line)")
                trailer = Array(stream.suffix(4))
                stream = Array(stream.dropFirst(2).dropLast(4))
            }
            let result = try Inflate.inflate(stream, limit: 1 << 20)
            XCTAssertEqual(result.output, expected, "\(line)")
            XCTAssertEqual(result.consumed, stream.count, "\(line)")
            if wbits > 0 { XCTAssertEqual(trailer, Self.adler32BigEndian(result.output), "\(line)") }
            count += 1
            strategies.insert(strategy)
            levels.insert(level)
        }
        XCTAssertEqual(strategies, ["default", "filtered", "huffman", "rle", "fixed"])
        XCTAssertEqual(levels, Set(0...9))
        XCTAssertGreaterThan(count, 300)
    }

    func testStreamsZlibRefusesAreRefusedForTheSameReason() throws {
        let table = try String(contentsOf: Self.folder.appendingPathComponent("invalid.tsv"), encoding: .utf8)
        let expected: [String: Inflate.Failure] = [
            "invalid block type": .invalidBlockType,
            "invalid stored block lengths": .invalidStoredLengths,
            "too many length or distance symbols": .tooManyLengthOrDistanceSymbols,
            "invalid code lengths set": .invalidCodeLengthsSet,
            "invalid bit length repeat": .invalidBitLengthRepeat,
            "invalid code -- missing end-of-block": .missingEndOfBlock,
            "invalid literal/lengths set": .invalidLiteralLengthsSet,
            "invalid distances set": .invalidDistancesSet,
            "invalid literal/length code": .invalidLiteralLengthCode,
            "invalid distance code": .invalidDistanceCode,
            "invalid distance too far back": .distanceTooFarBack,
        ]
        var refused = 0
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let (name, bytes, zlib) = (f[0], Self.bytes(hex: f[1]), f[2])
            if zlib.hasPrefix("ok:") {
                XCTAssertEqual(try Inflate.inflate(bytes, limit: 1 << 20).output, Self.bytes(hex: String(zlib.dropFirst(3))), name)
                continue
            }
            refused += 1
            XCTAssertThrowsError(try Inflate.inflate(bytes, limit: 1 << 20), name) { error in
                // An empty code-length code: zlib reads on and runs out of input; we refuse the code at once.
                if name == "code-lengths-empty" { return }
                let want = expected[zlib] ?? .truncated
                XCTAssertEqual(error as? Inflate.Failure, want, "\(name): zlib 说 “\(zlib)”")
            }
        }
        XCTAssertGreaterThanOrEqual(refused, 18)
    }

    func testOutputPastTheLimitIsRefusedWithoutHoldingIt() throws {
        let input = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("inputs/runs.bin")))
        let blob = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("streams.bin")))
        let manifest = try String(contentsOf: Self.folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        let row = manifest.split(separator: "\n").first { $0.hasPrefix("runs\t9\tdefault\t-15\t8") }!.split(separator: "\t")
        let stream = Array(blob[Int(row[5])!..<(Int(row[5])! + Int(row[6])!)])
        XCTAssertEqual(try Inflate.inflate(stream, limit: input.count).output.count, input.count)
        XCTAssertThrowsError(try Inflate.inflate(stream, limit: input.count - 1)) { error in
            XCTAssertEqual(error as? Inflate.Failure, .outputTooLarge)
        }
    }

    func testEveryCutOfAValidStreamIsRefusedOrShorter() throws {
        let blob = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("streams.bin")))
        let manifest = try String(contentsOf: Self.folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        let row = manifest.split(separator: "\n").first { $0.hasPrefix("report\t6\tdefault\t-15\t8") }!.split(separator: "\t")
        let stream = Array(blob[Int(row[5])!..<(Int(row[5])! + Int(row[6])!)])
        for cut in stride(from: 0, to: stream.count, by: 97) {
            XCTAssertThrowsError(try Inflate.inflate(Array(stream.prefix(cut)), limit: 1 << 20), "cut \(cut)")
        }
    }

    static func bytes(hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex {
            let j = hex.index(i, offsetBy: 2)
            out.append(UInt8(hex[i..<j], radix: 16)!)
            i = j
        }
        return out
    }

    static func adler32BigEndian(_ data: [UInt8]) -> [UInt8] {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        let v = b << 16 | a
        return [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
    }
}
