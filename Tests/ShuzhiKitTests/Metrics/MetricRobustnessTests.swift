import XCTest
@testable import ShuzhiKit

/// Arbitrary text never crashes the parsers: it parses, or throws a located diagnostic.
final class MetricRobustnessTests: XCTestCase {
    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    static let alphabet = Array("0123456789１.．,，-－+*/×÷()（）=＝%％万亿余多约名元次平方米个百分点甲乙 \n")

    func testRandomTextEitherParsesOrThrowsALocatedDiagnostic() {
        var g = Generator(state: 0x9E37_79B9_7F4A_7C15)
        let start = at(2, 3)
        let codes = Set(MetricDiagnostics.codes)
        for _ in 0..<5000 {
            let length = g.next(12)
            let text = String((0..<length).map { _ in Self.alphabet[g.next(Self.alphabet.count)] })
            do {
                let x = try Quantity.parse(text, at: start)
                XCTAssertEqual(x.description, text)
            } catch {
                XCTAssertTrue(codes.contains(error.code), text)
                XCTAssertGreaterThanOrEqual(error.location ?? at(0, 0), start, text)
            }
            do {
                let f = try Formula.parse("=" + text, at: start)
                _ = try? MetricTable([
                    MetricDefinition(name: "甲", at: start, current: .init("3名", at: start), previous: .init("0名", at: start)),
                    MetricDefinition(name: "乙", at: start, current: .init(f.text, at: start)),
                ])
            } catch {
                XCTAssertTrue(codes.contains(error.code), text)
            }
        }
    }
}
