import XCTest
@testable import ShuzhiKit

/// Glyphs stand for Characters in the inline checks: same properties, same
/// equality, and a text split into glyphs slices back to itself.
final class GlyphTests: XCTestCase {
    static let sample: [Character] = [
        "a", "Z", "0", "9", " ", "\t", "\n", "\r\n", "_", "{", "%", "％", "，", "。", "“", "》", "　", "\u{00A0}",
        "党", "〇", "二", "①", "Ⅷ", "１", "ａ", "é", "e\u{301}", "👍🏽", "🇨🇳", "葛\u{E0100}", "\u{2028}", "\u{85}",
    ]

    func testPropertiesAreThoseOfTheCharacter() {
        let t = CheckedText(text: String(Self.sample), line: 1)
        XCTAssertEqual(t.chars.count, Self.sample.count)
        for (g, c) in zip(t.chars, Self.sample) {
            XCTAssertEqual(g.isASCII, c.isASCII, "\(c.unicodeScalars.map(\.value))")
            XCTAssertEqual(g.isLetter, c.isLetter, "\(c.unicodeScalars.map(\.value))")
            XCTAssertEqual(g.isNumber, c.isNumber, "\(c.unicodeScalars.map(\.value))")
            XCTAssertEqual(g.isNewline, c.isNewline, "\(c.unicodeScalars.map(\.value))")
        }
    }

    func testEqualCharactersAreEqualGlyphsAndOthersAreNot() {
        let text = "e\u{301}xe\u{301}e"
        let g = CheckedText(text: text, line: 1).chars
        XCTAssertEqual(g[0], g[2])
        XCTAssertNotEqual(g[0], g[3])
        XCTAssertNotEqual(g[0], "e")
        XCTAssertEqual(g[3], "e")
    }

    func testSlicesAndCharactersGiveBackTheText() {
        let text = String(Self.sample)
        let t = CheckedText(text: text, line: 1)
        XCTAssertEqual(t.slice(0, t.chars.count), text)
        XCTAssertEqual(t.slice(26, 28), "e\u{301}👍🏽")
        XCTAssertEqual((0..<t.chars.count).map(t.character), Self.sample)
        XCTAssertEqual(CheckedText(text: "党建工作", line: 1).slice(1, 3), "建工")
    }

    func testSetsHoldOneScalarCharactersOnly() {
        let set = GlyphSet("，。𠀀")
        let t = CheckedText(text: "，x。𠀀\u{301}𠀀", line: 1)
        XCTAssertEqual(t.chars.map(set.contains), [true, false, true, false, true])
    }
}
