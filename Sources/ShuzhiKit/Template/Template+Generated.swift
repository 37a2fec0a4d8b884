// Generated from Templates/ by BuiltinTemplateFilesTests (SHUZHI_RECORD=1 swift test
// --filter BuiltinTemplateFilesTests). Do not edit: edit Templates/ and regenerate.

extension Template {
    /// The token tree of every Mustache file in Templates/, with its text.
    static let compiledFiles: [(text: String, nodes: [TemplateNode])] = [
        // organ/正文.mustache, strict/正文.mustache, township/正文.mustache, village/正文.mustache
        ("{{! 使用共用的基础正文。要改其中一块（标题块、开头块、部分块、结尾块），在下面的继承标签中间写一个同名的块标签。 }}\n{{<基础}}{{/基础}}\n",
         [
             par(rf("基础", false, 2, 1), [:], "", true),
         ]),
        // 基础.mustache
        ("{{! 基础正文：内置模板共用的结构，每段一行。\n    自定义模板的正文可以继承本正文（继承标签以“<”开头，名称为“基础”），\n    再用同名的块标签（以“$”开头）覆盖其中一块：标题块、开头块、部分块、结尾块。 }}\n{{$标题块}}\n{{#有标题}}\n{{标题}}\n\n{{/有标题}}\n{{#姓名行}}\n{{姓名行}}\n{{/姓名行}}\n{{#称呼}}\n{{称呼}}\n{{/称呼}}\n{{/标题块}}\n{{$开头块}}\n{{开头}}\n{{/开头块}}\n{{$部分块}}\n{{#部分}}\n{{#有标题}}\n{{编号}}{{标题}}\n{{/有标题}}\n{{#待补充}}\n{{待补充}}\n{{/待补充}}\n{{#连排}}\n{{导语}}{{#条目}}{{编号}}{{标题句}}{{内容}}{{/条目}}{{续写}}\n{{#有结语}}\n{{结语}}\n{{/有结语}}\n{{/连排}}\n{{^连排}}\n{{#有导语}}\n{{导语}}\n{{/有导语}}\n{{#条目}}\n{{#措施分段}}\n{{编号}}{{标题}}\n{{#措施}}\n{{编号}}{{标题句}}{{内容}}\n{{/措施}}\n{{/措施分段}}\n{{#措施另段}}\n{{编号}}{{标题}}\n{{#措施}}{{编号}}{{标题句}}{{内容}}{{/措施}}\n{{/措施另段}}\n{{^措施分段}}\n{{^措施另段}}\n{{编号}}{{标题句}}{{内容}}{{#措施}}{{编号}}{{标题句}}{{内容}}{{/措施}}\n{{/措施另段}}\n{{/措施分段}}\n{{/条目}}\n{{#有结语}}\n{{结语}}\n{{/有结语}}\n{{/连排}}\n{{/部分}}\n{{/部分块}}\n{{$结尾块}}\n{{#结尾}}\n{{结尾}}\n{{/结尾}}\n{{#署名}}\n{{署名}}\n{{/署名}}\n{{#日期}}\n{{日期}}\n{{/日期}}\n{{#附录}}\n{{附录}}\n{{/附录}}\n{{/结尾块}}\n",
         [
             blk("标题块", [
                 sec(nm("有标题", ["有标题"], 5, 1), false, [
                     v(nm("标题", ["标题"], 6, 1), true),
                     t("\n"),
                     t("\n"),
                 ]),
                 sec(nm("姓名行", ["姓名行"], 9, 1), false, [
                     v(nm("姓名行", ["姓名行"], 10, 1), true),
                     t("\n"),
                 ]),
                 sec(nm("称呼", ["称呼"], 12, 1), false, [
                     v(nm("称呼", ["称呼"], 13, 1), true),
                     t("\n"),
                 ]),
             ], "", true),
             blk("开头块", [
                 v(nm("开头", ["开头"], 17, 1), true),
                 t("\n"),
             ], "", true),
             blk("部分块", [
                 sec(nm("部分", ["部分"], 20, 1), false, [
                     sec(nm("有标题", ["有标题"], 21, 1), false, [
                         v(nm("编号", ["编号"], 22, 1), true),
                         v(nm("标题", ["标题"], 22, 7), true),
                         t("\n"),
                     ]),
                     sec(nm("待补充", ["待补充"], 24, 1), false, [
                         v(nm("待补充", ["待补充"], 25, 1), true),
                         t("\n"),
                     ]),
                     sec(nm("连排", ["连排"], 27, 1), false, [
                         v(nm("导语", ["导语"], 28, 1), true),
                         sec(nm("条目", ["条目"], 28, 7), false, [
                             v(nm("编号", ["编号"], 28, 14), true),
                             v(nm("标题句", ["标题句"], 28, 20), true),
                             v(nm("内容", ["内容"], 28, 27), true),
                         ]),
                         v(nm("续写", ["续写"], 28, 40), true),
                         t("\n"),
                         sec(nm("有结语", ["有结语"], 29, 1), false, [
                             v(nm("结语", ["结语"], 30, 1), true),
                             t("\n"),
                         ]),
                     ]),
                     sec(nm("连排", ["连排"], 33, 1), true, [
                         sec(nm("有导语", ["有导语"], 34, 1), false, [
                             v(nm("导语", ["导语"], 35, 1), true),
                             t("\n"),
                         ]),
                         sec(nm("条目", ["条目"], 37, 1), false, [
                             sec(nm("措施分段", ["措施分段"], 38, 1), false, [
                                 v(nm("编号", ["编号"], 39, 1), true),
                                 v(nm("标题", ["标题"], 39, 7), true),
                                 t("\n"),
                                 sec(nm("措施", ["措施"], 40, 1), false, [
                                     v(nm("编号", ["编号"], 41, 1), true),
                                     v(nm("标题句", ["标题句"], 41, 7), true),
                                     v(nm("内容", ["内容"], 41, 14), true),
                                     t("\n"),
                                 ]),
                             ]),
                             sec(nm("措施另段", ["措施另段"], 44, 1), false, [
                                 v(nm("编号", ["编号"], 45, 1), true),
                                 v(nm("标题", ["标题"], 45, 7), true),
                                 t("\n"),
                                 sec(nm("措施", ["措施"], 46, 1), false, [
                                     v(nm("编号", ["编号"], 46, 8), true),
                                     v(nm("标题句", ["标题句"], 46, 14), true),
                                     v(nm("内容", ["内容"], 46, 21), true),
                                 ]),
                                 t("\n"),
                             ]),
                             sec(nm("措施分段", ["措施分段"], 48, 1), true, [
                                 sec(nm("措施另段", ["措施另段"], 49, 1), true, [
                                     v(nm("编号", ["编号"], 50, 1), true),
                                     v(nm("标题句", ["标题句"], 50, 7), true),
                                     v(nm("内容", ["内容"], 50, 14), true),
                                     sec(nm("措施", ["措施"], 50, 20), false, [
                                         v(nm("编号", ["编号"], 50, 27), true),
                                         v(nm("标题句", ["标题句"], 50, 33), true),
                                         v(nm("内容", ["内容"], 50, 40), true),
                                     ]),
                                     t("\n"),
                                 ]),
                             ]),
                         ]),
                         sec(nm("有结语", ["有结语"], 54, 1), false, [
                             v(nm("结语", ["结语"], 55, 1), true),
                             t("\n"),
                         ]),
                     ]),
                 ]),
             ], "", true),
             blk("结尾块", [
                 sec(nm("结尾", ["结尾"], 61, 1), false, [
                     v(nm("结尾", ["结尾"], 62, 1), true),
                     t("\n"),
                 ]),
                 sec(nm("署名", ["署名"], 64, 1), false, [
                     v(nm("署名", ["署名"], 65, 1), true),
                     t("\n"),
                 ]),
                 sec(nm("日期", ["日期"], 67, 1), false, [
                     v(nm("日期", ["日期"], 68, 1), true),
                     t("\n"),
                 ]),
                 sec(nm("附录", ["附录"], 70, 1), false, [
                     v(nm("附录", ["附录"], 71, 1), true),
                     t("\n"),
                 ]),
             ], "", true),
         ]),
    ]
}

private func t(_ text: String) -> TemplateNode { .text(text) }
private func nm(_ raw: String, _ parts: [String], _ line: Int, _ column: Int) -> TemplateName {
    TemplateName(raw: raw, parts: parts, location: SourceLocation(line: line, column: column))
}
private func rf(_ name: String, _ dynamic: Bool, _ line: Int, _ column: Int) -> PartialReference {
    PartialReference(name: name, dynamic: dynamic, location: SourceLocation(line: line, column: column))
}
private func v(_ name: TemplateName, _ escaped: Bool) -> TemplateNode { .variable(name, escaped: escaped) }
private func sec(_ name: TemplateName, _ inverted: Bool, _ children: [TemplateNode]) -> TemplateNode {
    .section(name, inverted: inverted, children)
}
private func p(_ ref: PartialReference, _ indent: String, _ standalone: Bool) -> TemplateNode {
    .partial(ref, indent: indent, standalone: standalone)
}
private func par(
    _ ref: PartialReference, _ overrides: [String: [TemplateNode]], _ indent: String, _ standalone: Bool
) -> TemplateNode {
    .parent(ref, overrides: overrides, indent: indent, standalone: standalone)
}
private func blk(_ name: String, _ content: [TemplateNode], _ indent: String, _ standalone: Bool) -> TemplateNode {
    .block(name, content, indent: indent, standalone: standalone)
}
