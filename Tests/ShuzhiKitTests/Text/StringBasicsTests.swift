import Foundation
import XCTest
@testable import ShuzhiKit

/// The string helpers that replace Foundation's internationalization layer
/// behave as the Foundation calls they replace did.
final class StringBasicsTests: XCTestCase {
    func testTrimmingSpacesRemovesFullWidthSpacesAndTabsButNotLineBreaks() {
        XCTAssertEqual("\u{3000}\t 青石镇 \u{3000}".trimmingSpaces(), "青石镇")
        XCTAssertEqual("\n青石镇\n".trimmingSpaces(), "\n青石镇\n")
        XCTAssertEqual("　 ".trimmingSpaces(), "")
    }

    func testTrimmingSpacesAndLineBreaksMatchesFoundation() {
        for s in ["\r\n　青石镇\u{2028}", " a b ", "", "\u{85}x\u{0B}", "\u{A0}柳河\u{2029}"] {
            XCTAssertEqual(s.trimmingSpacesAndLineBreaks(), s.trimmingCharacters(in: .whitespacesAndNewlines), s.debugDescription)
            XCTAssertEqual(s.trimmingSpaces(), s.trimmingCharacters(in: .whitespaces), s.debugDescription)
        }
    }

    func testLastRangeFindsTheLastOccurrence() {
        let s = "全年召开召开会议"
        let r = s.lastRange(of: "召开")
        XCTAssertEqual(r.map { String(s[$0.upperBound...]) }, "会议")
        XCTAssertNil(s.lastRange(of: "不在"))
        XCTAssertEqual("aaa".lastRange(of: "aa").map { "aaa".distance(from: "aaa".startIndex, to: $0.lowerBound) }, 1)
    }

    func testForEachLineSplitsAsEnumerateLines() {
        for s in ["一\n二\r\n三\r四", "一\n\n二\n", "", "\n", "一\u{2028}二\u{85}三"] {
            var ours: [String] = []
            s.forEachLine { ours.append($0) }
            var foundation: [String] = []
            s.enumerateLines { line, _ in foundation.append(line) }
            XCTAssertEqual(ours, foundation, s.debugDescription)
        }
    }

    func testCodePointIsWrittenAsUnicodeDoes() {
        XCTAssertEqual(String.codePoint(0x1), "U+0001")
        XCTAssertEqual(String.codePoint(0x9752), "U+9752")
        XCTAssertEqual(String.codePoint(0x1F600), "U+1F600")
    }

    func testPathComponents() {
        XCTAssertEqual("a/b/模板.yaml".lastPathComponent, "模板.yaml")
        XCTAssertEqual("a/b/".lastPathComponent, "b")
        XCTAssertEqual("模板".appendingPathComponent("正文.mustache"), "模板/正文.mustache")
        XCTAssertEqual("模板/".appendingPathComponent("正文.mustache"), "模板/正文.mustache")
    }
}

extension StringBasicsTests {
    func testFirstUTF8RangeFindsWhatFirstRangeFinds() {
        let cases: [(String, String)] = [
            ("全年发展党员{{发展党员}}，{{争取资金.上年}}", "{{"), ("abc}}d}}", "}}"), ("青石镇", "石"),
            ("青石镇", "镇x"), ("", "a"), ("aab", "ab"), ("{{年度}}年度", "{{年度}}"),
        ]
        for (hay, needle) in cases {
            let ours = hay.firstUTF8Range(of: needle)
            let std = hay.firstRange(of: needle)
            XCTAssertEqual(ours, std, "\(hay) / \(needle)")
            let sub = hay.dropFirst()
            XCTAssertEqual(sub.firstUTF8Range(of: needle), sub.firstRange(of: needle), "\(sub) / \(needle)")
        }
    }
}
