#!/usr/bin/env python3
"""Writes data.json: an invented township report's data for the render
benchmark (shuzhi's Mustache and Jinja2 render the same data). Places,
people and numbers are made up; a few items carry ASCII & < > " so that
escaping has something to do, as in real input."""
import json

places = ["青石", "柳河", "白沙", "东岭", "杏林", "石门", "南塘", "云溪", "桃源", "北坡"]
verbs = ["组织", "推动", "指导", "督促", "带领", "协调"]
objects = ["党支部开展“三会一课”和主题党日活动", "党员干部到联系户走访慰问", "村级集体经济项目落地见效",
           "基层党组织标准化规范化建设", "后备干部培养和村干部轮训", "网格员和志愿者队伍参与基层治理",
           "党群服务中心提升服务功能", "软弱涣散党组织整顿提升"]
results = ["推动党建与产业发展深度融合", "群众满意度明显提升", "形成可复制推广的经验做法",
           "基层组织力进一步增强", "为乡村振兴提供坚强保障"]
ascii_bits = ['按"四议两公开"程序决策', "落实A&B两类村分类指导", "把村级<小微权力>关进制度笼子"]

parts = []
for p in range(8):
    measures = []
    for k in range(33):
        n = p * 33 + k
        text = (f"{verbs[n % len(verbs)]}{places[n % len(places)]}村等{k + 2}个村{objects[n % len(objects)]}，"
                f"{results[n % len(results)]}")
        if n % 17 == 5:
            text += "，" + ascii_bits[n % len(ascii_bits)]
        measures.append({"内容": text, "资金": 10 + n * 3, "村数": k + 2})
    parts.append({"标题": f"聚焦第{p + 1}方面重点任务，压实工作责任", "措施": measures})

data = {
    "年度": "2024", "单位": "青石镇", "称呼": "各位领导、同志们：", "依据": "县委组织部关于述职评议工作的",
    "部分": parts,
    "问题": [f"问题{i + 1}：{places[i]}片区基层组织力还不够强，党员教育管理有薄弱环节，抓落实的办法还不多" for i in range(6)],
    "打算": [{"标题": f"坚持问题导向，抓好第{i + 1}项重点工作", "内容": "对照年度任务清单逐项推进，每季度听取一次汇报，年底开展专项督查，确保各项任务落到实处。"} for i in range(5)],
    "署名": "青石镇党委书记 王明远", "日期": "2025年1月8日",
}
with open("data.json", "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
    f.write("\n")
