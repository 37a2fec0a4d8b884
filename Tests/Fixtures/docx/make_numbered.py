#!/usr/bin/env python3
"""Makes numbered.docx: a short report whose numbers are all automatic.

  pip install python-docx && python3 Tests/Fixtures/docx/make_numbered.py

Word users number 一、 （一） 1. （1） with lists, not by typing. This
document does it the ways Word does: part headings through the 标题 1
style (numbering inherited from the style), items through direct list
numbering at levels 1-3, a second instance of the same list that
continues it, one with a startOverride that restarts it, and levels that
restart after a higher level. It also holds a tracked insertion and
deletion, a table, a field and a soft hyphen. numbered.txt is what a
person sees, line by line; every place, person and number is invented.
"""
import os
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

here = os.path.dirname(os.path.abspath(__file__))
W = nsdecls("w")

doc = Document()
numbering = doc.part.numbering_part.element
levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."), ("decimal", "（%4）")]
lvl_xml = "".join(
    f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    for i, (fmt, text) in enumerate(levels))
numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>{lvl_xml}</w:abstractNum>'))
numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
numbering.append(parse_xml(f'<w:num {W} w:numId="92"><w:abstractNumId w:val="90"/></w:num>'))
numbering.append(parse_xml(f'<w:num {W} w:numId="93"><w:abstractNumId w:val="90"/>'
                           f'<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))

# The part headings take their numbers from the style: 标题 1 → list 91, level 0.
heading = doc.styles["Heading 1"]
heading.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:numId w:val="91"/></w:numPr>'))

def numbered(text, num, level):
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))
    return p

doc.add_paragraph("2024年度抓基层党建工作述职报告")
doc.add_paragraph("按照县委组织部要求，现将本人2024年度抓基层党建工作情况报告如下：")
doc.add_heading("履职情况", level=1)
numbered("压实责任链条，推动党建责任落地见效。", 91, 1)
numbered("建立书记抓党建责任清单。", 91, 2)
numbered("每月调度一次。", 91, 3)
numbered("每季讲评一次。", 91, 3)
numbered("开展述职评议。", 91, 2)
p = numbered("建强基层队伍，", 91, 1)
# A tracked insertion and a tracked deletion, to be read as accepted.
p._p.append(parse_xml(f'<w:ins {W} w:id="1" w:author="审稿人" w:date="2025-01-05T00:00:00Z"><w:r><w:t>发展党员12名。</w:t></w:r></w:ins>'))
p._p.append(parse_xml(f'<w:del {W} w:id="2" w:author="审稿人" w:date="2025-01-05T00:00:00Z"><w:r><w:delText>发展党员10名。</w:delText></w:r></w:del>'))
numbered("举办村干部培训班3期。", 92, 2)   # another instance of the same list: continues at 1.
table = doc.add_table(rows=2, cols=2)
table.cell(0, 0).text, table.cell(0, 1).text = "指标", "数值"
table.cell(1, 0).text, table.cell(1, 1).text = "村集体经济收入", "650万元"
doc.add_heading("存在问题", level=1)
numbered("抓党建的精力投入还不够。", 91, 1)
numbered("村级后备力量培养还有差距。", 91, 1)
doc.add_heading("下一步工作打算", level=1)
numbered("坚持以上率下，压紧压实党建责任。", 93, 1)   # restarts level 3 (1.) but not （一）… already restarted by the heading
numbered("每季度听取汇报。", 93, 2)
numbered("每年开展一次专项督查。", 93, 2)
p = doc.add_paragraph("柳河镇党委书记 王明")
# A field: only its result is shown; and a soft hyphen, shown as nothing.
p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> AUTHOR </w:instrText></w:r>'))
p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
p._p.append(parse_xml(f'<w:r {W}><w:t>远</w:t></w:r>'))
p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
p = doc.add_paragraph("2025年1月8日")
p.runs[0].text = "2025年1月\u00ad8日"

# Fixed core properties, so the file is the same on every run.
doc.core_properties.author = "shuzhi"
import datetime
doc.core_properties.created = doc.core_properties.modified = datetime.datetime(2025, 1, 8)
doc.core_properties.last_modified_by = "shuzhi"
doc.save(os.path.join(here, "numbered.docx"))

expected = """2024年度抓基层党建工作述职报告
按照县委组织部要求，现将本人2024年度抓基层党建工作情况报告如下：
一、履职情况
（一）压实责任链条，推动党建责任落地见效。
1.建立书记抓党建责任清单。
（1）每月调度一次。
（2）每季讲评一次。
2.开展述职评议。
（二）建强基层队伍，发展党员12名。
1.举办村干部培训班3期。
指标\t数值
村集体经济收入\t650万元
二、存在问题
（一）抓党建的精力投入还不够。
（二）村级后备力量培养还有差距。
三、下一步工作打算
（一）坚持以上率下，压紧压实党建责任。
1.每季度听取汇报。
2.每年开展一次专项督查。
柳河镇党委书记 王明远
2025年1月8日
"""
with open(os.path.join(here, "numbered.txt"), "w", encoding="utf-8") as f:
    f.write(expected)
