import XCTest
@testable import ShuzhiKit

final class TemplateExtensionTests: XCTestCase {
    func render(_ source: String, _ json: String, escaping: RenderOptions.Escaping = .none) throws -> String {
        try Template(source).render(TemplateJSON.parse(json), options: RenderOptions(escaping: escaping)).text
    }

    let measures = """
        {"措施": [{"内容": "建强支部", "要点": ["学习", "培训"]},
                  {"内容": "带好队伍", "要点": []},
                  {"内容": "办好实事", "要点": ["修路"]}]}
        """

    func testIndexAndOrdinalCountFromZeroAndOne() throws {
        XCTAssertEqual(
            try render("{{#措施}}{{@index}}/{{@ordinal}}{{内容}} {{/措施}}", measures),
            "0/1建强支部 1/2带好队伍 2/3办好实事 ")
    }

    func testOrdinalInChineseNumerals() throws {
        XCTAssertEqual(
            try render("{{#措施}}{{@ordinal.cn}}是{{内容}}；{{/措施}}", measures),
            "一是建强支部；二是带好队伍；三是办好实事；")
        XCTAssertEqual(try render("{{#措施}}（{{@ordinal.cn}}）{{/措施}}", measures), "（一）（二）（三）")
    }

    func testFirstAndLastSectionsAndTheirInvertedForms() throws {
        XCTAssertEqual(
            try render("{{#措施}}{{#@first}}首先{{/@first}}{{内容}}{{^@last}}，{{/@last}}{{#@last}}。{{/@last}}{{/措施}}", measures),
            "首先建强支部，带好队伍，办好实事。")
        XCTAssertEqual(try render("{{#措施}}{{^@first}}、{{/@first}}{{内容}}{{/措施}}", measures), "建强支部、带好队伍、办好实事")
    }

    func testCountOfAListFromOutsideTheIteration() throws {
        XCTAssertEqual(try render("从{{措施.@count.cn}}个方面，共{{措施.@count}}项", measures), "从三个方面，共3项")
    }

    func testNestedListsNumberTheInnermostIteration() throws {
        let source = "{{#措施}}{{@ordinal}}.{{内容}}[{{#要点}}{{@ordinal.cn}}{{.}}{{^@last}},{{/@last}}{{/要点}}]{{要点.@count}} {{/措施}}"
        XCTAssertEqual(try render(source, measures), "1.建强支部[一学习,二培训]2 2.带好队伍[]0 3.办好实事[一修路]1 ")
    }

    func testIterationNamesReachThroughAMapSection() throws {
        let json = #"{"列表": [{"人": {"名": "王明远"}}, {"人": {"名": "李秀英"}}]}"#
        XCTAssertEqual(try render("{{#列表}}{{#人}}{{@ordinal}}{{名}}{{/人}}{{/列表}}", json), "1王明远2李秀英")
    }

    func testChineseNumeralsOnNumbersAndWholeNumberStrings() throws {
        XCTAssertEqual(
            try render("{{a.cn}} {{b.cn}} {{c.cn}} {{d.cn}}|{{e.cn}}", #"{"a": 105, "b": "12", "c": 3.0, "d": -20, "e": "12个"}"#),
            "一百零五 十二 三 负二十|")
    }

    func testAKeyNamedCnInTheDataWins() throws {
        XCTAssertEqual(try render("{{a.cn}}", #"{"a": {"cn": "数据"}}"#), "数据")
    }

    func testIterationNamesOutsideAListRenderNothing() throws {
        XCTAssertEqual(try render("[{{@index}}{{#@first}}x{{/@first}}]", "{}"), "[]")
    }

    func testEscapingIsChosenByTheRenderer() throws {
        let json = #"{"x": "A&B <c> \"d\""}"#
        XCTAssertEqual(try render("{{x}}", json, escaping: .html), "A&amp;B &lt;c&gt; &quot;d&quot;")
        XCTAssertEqual(try render("{{x}}", json, escaping: .none), "A&B <c> \"d\"")
    }

    func testNumbersPrintAsJSONWrites() throws {
        XCTAssertEqual(try render("{{a}} {{b}} {{c}} {{d}}", #"{"a": 1, "b": 1.5, "c": 1.21, "d": 2.0}"#), "1 1.5 1.21 2")
    }

    func testEmptyStringIsFalsey() throws {
        XCTAssertEqual(try render("{{#备注}}（{{备注}}）{{/备注}}{{^备注}}无{{/备注}}", #"{"备注": ""}"#), "无")
    }

    func testRenderingIsLinearForLongLists() throws {
        let items = (0..<20000).map { #"{"n": \#($0)}"# }.joined(separator: ",")
        let text = try render("{{#l}}{{@ordinal}}:{{n}}\n{{/l}}", #"{"l": [\#(items)]}"#)
        XCTAssertEqual(text.split(separator: "\n").count, 20000)
        XCTAssertTrue(text.hasSuffix("20000:19999\n"))
    }
}

final class TemplateValueFromNodeTests: XCTestCase {
    func testInputTreesBecomeStringContextsInDocumentOrder() throws {
        let at = SourceLocation(line: 1, column: 1)
        let node = Node(.mapping([
            Node.Entry(key: "单位", keyLocation: at, value: Node(.scalar("青石镇", .plain), at: at)),
            Node.Entry(key: "备注", keyLocation: at, value: Node(.null, at: at)),
            Node.Entry(key: "村", keyLocation: at, value: Node(.sequence([
                Node(.scalar("柳河村", .plain), at: at), Node(.scalar("12", .doubleQuoted), at: at),
            ]), at: at)),
        ]), at: at)
        let value = TemplateValue(node)
        XCTAssertEqual(value, .map(TemplateMap([
            ("单位", .string("青石镇")), ("备注", .null), ("村", .list([.string("柳河村"), .string("12")])),
        ])))
        let text = try Template("{{单位}}{{#村}}{{@ordinal.cn}}{{.}}{{/村}}{{村.@count.cn}}").render(value).text
        XCTAssertEqual(text, "青石镇一柳河村二12二")
    }
}
