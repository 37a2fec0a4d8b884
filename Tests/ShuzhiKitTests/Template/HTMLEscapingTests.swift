import XCTest
@testable import ShuzhiKit

/// `{{name}}` with HTML escaping copies the runs between `& < > "` whole
/// and writes exactly what escaping one character at a time writes.
final class HTMLEscapingTests: XCTestCase {
    /// The reference: one scalar at a time.
    func slowEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    func testEscapesAtTheEdgesBetweenAndNextToEachOther() {
        let cases = [
            "", "青石镇", "&", "<>", "\"三会一课\"", "A&B两类村", "把<小微权力>关进笼子", "&&<<>>\"\"",
            "末尾&", "&开头", "e\u{301}&\u{301}", "👨‍👩‍👧<👍🏽>", "'单引号不转义'",
            String(repeating: "长文本没有要转义的字。", count: 500) + "<",
        ]
        for text in cases {
            var out = "前缀"
            TemplateRenderer.appendEscaped(text, to: &out)
            XCTAssertEqual(out, "前缀" + slowEscape(text), text)
        }
    }

    func testEscapesTextThatIsNotNativeUTF8() {
        // A substring's copy and a string built from UTF-16 take the same path.
        let utf16 = String(decoding: Array("村<务>公开&".utf16), as: UTF16.self)
        var out = ""
        TemplateRenderer.appendEscaped(utf16, to: &out)
        XCTAssertEqual(out, "村&lt;务&gt;公开&amp;")
    }

    func testTemplateEscapesVariablesButNotTripleMustaches() throws {
        let template = try Template("{{a}}|{{{a}}}|{{&a}}")
        let result = try template.render(.map(["a": .string("<b>“A&B”</b>")]))
        XCTAssertEqual(result.text, "&lt;b&gt;“A&amp;B”&lt;/b&gt;|<b>“A&B”</b>|<b>“A&B”</b>")
    }
}
