import XCTest
@testable import ShuzhiKit

/// The bounded XML tokenizer: what it reads and what it refuses.
final class XMLTokenizerTests: XCTestCase {
    func events(_ xml: String, wantsText: Bool = true) throws -> [String] {
        var t = try XMLTokenizer(Array(xml.utf8))
        t.wantsText = wantsText
        var out: [String] = []
        while let e = try t.next() {
            switch e {
            case .start(let n, let a): out.append("<\(n.uri)|\(n.local)" + a.map { " \($0.name.uri)|\($0.name.local)=\($0.value)" }.joined() + ">")
            case .end(let n): out.append("</\(n.local)>")
            case .text(let s): out.append(s)
            }
        }
        return out
    }

    func refusal(_ xml: String) -> String? {
        do {
            _ = try events(xml)
            return nil
        } catch {
            return (error as? XMLTokenizer.Failure)?.reason
        }
    }

    func testNamesAreResolvedAgainstTheirDeclarations() throws {
        XCTAssertEqual(try events(#"<?xml version="1.0"?><!-- c --><a:r xmlns:a="urn:a" xmlns="urn:d"><b x="1" a:y='2'/><a:c xmlns:a="urn:other"/><![CDATA[<&>]]></a:r>"#), [
            "<urn:a|r>", "<urn:d|b |x=1 urn:a|y=2>", "</b>", "<urn:other|c>", "</c>", "<&>", "</r>",
        ])
    }

    func testTextIsSkippedWhenNotWantedButReferencesAreStillChecked() throws {
        XCTAssertEqual(try events("<a>x<b>y</b>z</a>", wantsText: false), ["<|a>", "<|b>", "</b>", "</a>"])
        XCTAssertThrowsError(try events("<a>x &bad; y</a>", wantsText: false))
    }

    func testMalformedDocumentsAreRefused() {
        XCTAssertEqual(refusal("<a><b></a></b>"), "结束标签“a”与开始标签不配对")
        XCTAssertEqual(refusal("<a>"), "元素“a”没有结束")
        XCTAssertEqual(refusal("<a/><b/>"), "有多个根元素")
        XCTAssertEqual(refusal("text<a/>"), "根元素之外有文字")
        XCTAssertEqual(refusal("<x:a/>"), "名称空间前缀“x”没有声明")
        XCTAssertEqual(refusal("<a b='1' b='2'/>"), "属性重复")
        XCTAssertEqual(refusal("<a>&#0;</a>"), "字符引用“&#0;”无效")
        XCTAssertEqual(refusal("<a>&#xD800;</a>"), "字符引用“&#xD800;”无效")
        XCTAssertEqual(refusal(""), "没有根元素")
        XCTAssertEqual(refusal("<!DOCTYPE a><a/>"), "含有DOCTYPE声明（不读取DTD和实体定义）")
        XCTAssertEqual(refusal("<a>a & b</a>"), "“&”后不是实体引用（文字中的“&”应写作“&amp;”）")
    }

    func testInvalidUTF8AndUTF16Parts() throws {
        XCTAssertThrowsError(try XMLTokenizer([0x3C, 0x61, 0xFF, 0x2F, 0x3E]))
        let utf16: [UInt8] = [0xFF, 0xFE] + "<a>一</a>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        var t = try XMLTokenizer(utf16)
        _ = try t.next()
        guard case .text(let s)? = try t.next() else { return XCTFail() }
        XCTAssertEqual(s, "一")
    }

    func testNestingIsBounded() {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        XCTAssertEqual(refusal(deep), "嵌套超过256层")
    }
}
