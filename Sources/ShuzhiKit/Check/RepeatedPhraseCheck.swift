/// `repeated-phrase`: a phrase typed twice (`集体经济集体经济`) or a character
/// doubled by a slip (`领领导干部`).
///
/// The rule, in order:
/// 1. A phrase of 2–8 Han characters immediately repeated (ABAB…) is an
///    error, the longest repetition winning, unless it is verb
///    reduplication (`研究研究`, from `verbReduplication`) or the `一X一X`
///    pattern (`一步一步`). A phrase of one repeated character is left to 2.
/// 2. A doubled Han character AA is an error unless it is legitimate:
///    - AA is a word: the character is in `reduplicative` (quantifiers and
///      nouns read as “every”: 层层 村村 户户 个个 年年; adverbs: 常常 渐渐
///      默默; kinship and onomatopoeia: 妈妈 哈哈; verbs: 看看 想想; the BB of
///      ABB adjectives: 沉甸甸);
///    - it is half of AABB (`切切实实`, `认认真真`, `方方面面`): two slips in a
///      row are far less likely than a deliberate form;
///    - it follows 一 (`一个个`, `一项项`);
///    - it sits in a fixed idiom (`息息相关`, `不了了之`, `殷殷嘱托`);
///    - the first A ends a word and the second starts the next: the
///      preceding character and A form a word in `wordsEndingInDoubled`
///      (`学习|习近平`, `工作|作风`, `党委|委员`), or A is a suffix that
///      always ends a word (`深化|化解`).
///    A slip doubles the first character of a word, so the character before
///    it rarely forms a word with it: `落实领领导` (实领 is no word).
enum RepeatedPhraseCheck: InlineCheck {
    static let code: DiagnosticCode = .repeatedPhrase

    /// Characters whose doubling is itself a word.
    static let reduplicative = Set(
        "层村户人家事处时个天年月日夜周步条件样项批次回代辈句字点滴片门科场届期份篇张座棵颗桩块排队团组乡镇县市省区街楼栋户"
            + "等双对两三一万千百星妈爸姐哥弟妹奶爷宝叔婶姑舅娃哈嘻呵嘿嗯啦哇谢"
            + "常往渐刚仅稍纷频连久多好慢轻悄统恰偏默屡每匆微暗深牢紧稳足白早远高大小满重苦迟缓徐静真区淡浅长短细密急明"
            + "草种框滚累济熙攘轰烈浩荡零散丝缕朵串茫绵滔勃蒙飘彤洋堂腾乎巴喷灿当闪晶油甸"
            + "邦绷眯冰花压灵茵冲辣漉糟吞麻刷秃扑溜滋飕森晃"
            + "切单略偷节班刻岁世殷铮朗琅蒸源息孜谆巍皑"
            + "看想听说走试问谈聊算叨叮咚哗啪嗡唧喃沙汪咕隆"
            // 级级落实, 环环相扣, 处处, 时时: “every level/link”, as in 层层压实、级级落实.
            + "级环")

    /// Two-character verbs whose ABAB reduplication is standard (“研究研究”),
    /// and quantity words repeated for emphasis (“很多很多”).
    static let verbReduplication: Set<String> = [
        "研究", "讨论", "商量", "学习", "考虑", "休息", "打扫", "整理", "活动", "锻炼", "介绍", "了解", "交流",
        "沟通", "检查", "思考", "琢磨", "比较", "准备", "收拾", "打听", "体验", "尝试", "练习", "放松", "总结",
        "反思", "调查", "分析", "梳理", "盘点", "清理", "关心", "指导", "帮助", "联系", "走动", "谢谢",
        // Emphasis: “很多很多”.
        "很多", "好多", "许多", "非常", "特别", "十分", "真的",
    ]

    /// Fixed idioms with a doubled character that is not a word on its own.
    static let idioms: [String] = [
        "不了了之", "念念不忘", "蒸蒸日上", "欣欣向荣", "息息相关", "源源不断", "源源不绝", "井井有条", "孜孜不倦", "孜孜以求",
        "津津乐道", "津津有味", "格格不入", "比比皆是", "历历在目", "绰绰有余", "沾沾自喜", "头头是道", "面面俱到", "面面相觑",
        "生生不息", "活生生", "硬生生", "心心相印", "忧心忡忡", "信心满满", "兴致勃勃", "大名鼎鼎", "众目睽睽", "小心翼翼",
        "神采奕奕", "气势汹汹", "衣冠楚楚", "风尘仆仆", "想入非非", "夸夸其谈", "侃侃而谈", "栩栩如生", "奄奄一息",
        "姗姗来迟", "彬彬有礼", "循循善诱", "谆谆教导", "谆谆嘱托", "殷殷嘱托", "殷殷期盼", "恋恋不舍", "依依不舍",
        "遥遥领先", "岌岌可危", "惶惶不安", "落落大方", "振振有词", "跃跃欲试", "亭亭玉立", "窃窃私语", "喋喋不休",
        "碌碌无为", "拳拳之心", "铮铮誓言", "朗朗上口", "书声琅琅", "人才济济", "硕果累累", "生机勃勃",
        "口口相传", "代代相传", "世世代代", "心心念念", "事事关心", "斤斤计较", "丝丝入扣",
        "节节攀升", "节节胜利", "步步为营", "声声入耳", "桩桩件件", "娓娓道来", "熠熠生辉",
        "环环相扣", "保障障碍", "分析析出", "执行行动",
    ]

    /// Two-character words whose last character often begins the next word,
    /// so that `X A | A Y` is two words and no slip.
    static let wordsEndingInDoubled: Set<String> = Set("""
        学习 实习 复习 练习 见习 研习 工作 合作 协作 创作 操作 运作 写作 动作 振作 劳作 管理 治理 处理 办理 整理 清理 \
        合理 代理 心理 道理 助理 经理 受理 梳理 护理 料理 审理 修理 总理 物理 人民 农民 居民 村民 公民 市民 移民 牧民 \
        渔民 网民 为民 便民 惠民 利民 亲民 爱民 富民 安民 乐民 军民 全民 党委 村委 常委 编委 纪委 镇委 县委 市委 省委 \
        中国 全国 爱国 强国 祖国 报国 兴国 治国 建国 各国 大国 社会 大会 全会 协会 晚会 例会 机会 学会 体会 开会 工会 \
        商会 班会 领会 集会 议会 年会 监督 检查 调查 排查 审查 普查 巡查 督查 核查 清查 自查 抽查 考查 复查 稽查 \
        追查 盘查 整改 修改 深改 更改 批改 推进 促进 改进 先进 引进 跟进 前进 增进 精进 演进 挺进 迈进 奋进 上进 渐进 \
        并进 共进 后进 企业 产业 农业 就业 创业 事业 专业 行业 作业 职业 商业 工业 林业 牧业 渔业 物业 营业 毕业 主业 \
        实业 家业 兴业 基业 敬业 乐业 建设 开设 增设 架设 铺设 创设 预设 教育 培育 生育 养育 孕育 体育 德育 智育 美育 \
        抚育 保育 发育 全面 层面 表面 局面 前面 后面 正面 见面 地面 路面 水面 会面 当面 对面 里面 外面 上面 下面 版面 \
        场面 界面 片面 侧面 方面 落实 切实 扎实 务实 真实 事实 现实 充实 坚实 夯实 核实 证实 确实 老实 如实 求实 踏实 \
        朴实 厚实 结实 属实 做实 抓实 压实 写实 负责 职责 问责 尽责 追责 履责 担责 主责 权责 专责 指责 服务 事务 任务 \
        党务 政务 村务 义务 业务 财务 公务 商务 实务 医务 要务 防务 税务 警务 法务 家务 居务 校务 干部 全部 内部 外部 \
        局部 总部 支部 党部 本部 中部 东部 西部 南部 北部 各部 领导 引导 指导 督导 主导 倡导 辅导 疏导 教导 向导 宣导 \
        训导 带领 引领 率领 本领 要领 占领 认领 统领 首领 纲领 将领 发展 开展 进展 拓展 施展 伸展 扩展 推动 带动 活动 \
        联动 行动 主动 调动 发动 启动 驱动 劳动 运动 互动 变动 流动 触动 感动 撬动 拉动 牵动 能动 举动 波动 鼓动 生动 \
        出动 能力 努力 合力 动力 活力 人力 财力 物力 精力 压力 实力 助力 全力 着力 发力 魅力 潜力 权力 聚力 尽力 竭力 \
        极力 协力 用力 政治 法治 自治 德治 整治 综治 共治 防治 医治 救治 根治 善治 组织 党建 共建 创建 组建 新建 重建 \
        兴建 修建 筹建 扩建 改建 援建 联建 在建 搭建 构建 自建 基建 续建 承建 入党 建党 全党 政党 治党 管党 爱党 兴党 \
        强党 跟党 听党 决定 稳定 制定 确定 坚定 认定 鉴定 规定 约定 一定 法定 否定 肯定 锁定 审定 评定 选定 指定 固定 \
        特定 既定 必定 设定 划定 界定 拟定 核定 问题 主题 专题 议题 课题 话题 标题 难题 命题 破题 选题 解题 民生 学生 \
        发生 产生 卫生 先生 医生 新生 人生 师生 再生 共生 诞生 催生 滋生 考生 招生 出生 生活 盘活 激活 搞活 灵活 复活 \
        中心 核心 信心 决心 用心 民心 初心 关心 爱心 耐心 细心 真心 同心 齐心 热心 贴心 暖心 安心 放心 倾心 尽心 精心 \
        专心 全心 诚心 良心 内心 身心 重心 虚心 恒心 匠心 开心 连心 交心 谈心 群众 大众 民众 观众 听众 公众 受众 重要 \
        主要 需要 必要 纪要 摘要 提要 紧要 首要 想要 只要 不要 还要 更要 就要 也要 都要 又要 要求 追求 需求 寻求 谋求 \
        请求 力求 务求 征求 讲求 探求 诉求 单位 岗位 到位 地位 职位 席位 定位 方位 点位 部位 错位 补位 就位 座位 各位 \
        本位 首位 晋位 平安 公安 治安 保安 安全 健全 完全 齐全 周全 保全 顾全 万全 作用 使用 运用 利用 应用 费用 适用 \
        采用 信用 任用 选用 重用 启用 管用 实用 通用 专用 录用 引用 占用 挪用 效用 试用 常用 备用 共用 善用 聘用 有用 \
        公用 创新 更新 革新 全新 最新 清新 崭新 翻新 焕新 迎新 出新 刷新 重新 立新 一新 抓手 着手 联手 携手 能手 入手 \
        出手 下手 亲手 动手 放手 接手 以上 线上 马上 向上 之上 晚上 早上 会上 网上 身上 至上 以下 之下 上下 线下 底下 \
        地下 天下 私下 当下 眼下 一下 留下 放下 上级 各级 村级 县级 镇级 省级 市级 等级 升级 晋级 层级 高级 初级 中级 \
        成员 人员 委员 队员 党员 会员 学员 职员 团员 动员 议员 官员 演员 社员 网格 表格 资格 规格 价格 严格 风格 合格 \
        改革 变革 联系 关系 体系 派系 维系 书记 登记 标记 牢记 铭记 笔记 日记 传记 切记 谨记 忘记 印记 大力 戮力 \
        考核 审核 结合 融合 配合 符合 综合 整合 联合 契合 适合 场合 集合 组合 复合 会议 建议 决议 审议 商议 协议 倡议 \
        提议 评议 争议 非议 动议 异议 计划 规划 策划 谋划 筹划 区划 刻划 项目 条目 数目 题目 科目 节目 名目 书目 \
        意识 认识 知识 常识 共识 见识 赏识 学识 胆识 标识 \
        可以 所以 予以 加以 难以 得以 用以 足以 借以 据以 给以 参数 人数 次数 户数 总数 基数 分数 多数 少数 半数 倍数 件数 \
        本地 土地 用地 耕地 各地 基地 阵地 园地 属地 实地 就地 当地 外地 山地 林地 绿地 场地 田地 时间 空间 期间 中间 民间 \
        田间 车间 乡间 地图 蓝图 版图 自主 业主 户主 为主 做主 所有 没有 只有 拥有 具有 享有 占有 含有 持有 仍有 还有 尚有 \
        共有 现有 已有 原有 固有 特有 富有 保有 都有 也有 均有 另有 必有 多有 少有 常有 确有 各有 经过 通过 超过 不过 度过 \
        错过 越过 默认 确认 承认 否认 公认 辨认 指认 即使 假使 促使 致使 迫使 大使 系列 排列 陈列 并列 下列 上列 前列 合规 \
        法规 党规 违规 常规 正规 新规 校规 村规 主体 整体 全体 集体 具体 团体 个体 媒体 载体 群体 身体 实体 总体 平台 舞台 \
        出台 后台 前台 讲台 政策 对策 决策 资金 基金 奖金 现金 租金 薪金 黄金 资源 来源 水源 能源 电源 货源 生源 税源 财源 \
        培训 集训 军训 轮训 教学 科学 大学 中学 小学 调研 科研 教研 总结 团结 联结 终结 归结 完结 了结 缔结 宣传 流传 相传 \
        传达 到达 下达 表达 发达 通达 抵达 送达 直达 指标 目标 达标 商标 路标 坐标 措施 实施 设施 水平 公平 和平 太平 作风 \
        党风 民风 政风 家风 乡风 学风 文风 意见 看见 听见 遇见 预见 可见 常见 罕见 偏见 会见 接见 成效 实效 有效 见效 高效 \
        绩效 功效 时效 长效 奏效 帮扶 统筹 自筹 民主 远程 过程 流程 工程 课程 规程 章程 议程 日程 全程 查找 寻找 \
        输出 支出 产出 提出 做出 作出 突出 推出 派出 指出 付出 外出 演出 退出 选出 评出 合并 禁用 \
        实现 发现 体现 出现 展现 呈现 再现 表现 兑现 涌现 重现 浮现 显现 坚持 支持 保持 维持 主持 扶持 秉持 目的 安排 \
        编排 选派 委派 指派 分派 外派 下派 特派 带头 示范 规范 模范 典范 防范 监管 主管 分管 托管 接管 共管 协管 代管 \
        严管 一线 在线 底线 红线 防线 主线 热线 路线 战线 专线 公开 召开 展开 放开 打开 分开 离开 敞开 揭开 铺开 拉开 \
        成立 建立 设立 树立 确立 独立 创立 积极 提升 上升 晋升 攀升 上报 汇报 通报 申报 举报 简报 情报 预报 巡察 视察 \
        考察 督察 观察 纠察 走访 回访 家访 上访 信访 暗访 主任 担任 信任 责任 兼任 连任 上任 就任 历任 现任 前任 继任 \
        离任 留任 委任 日常 正常 经常 通常 平常 异常 寻常 照常
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Word suffixes: `X化`, `X性` always end a word, so `深化化解` is two words.
    static let suffixes: Set<Character> = ["化", "性", "者", "型", "式", "率", "感", "界", "制", "度", "品", "们"]

    /// Idioms indexed by their doubled character, with the offset of its first copy.
    private static let idiomIndex: [Character: [(idiom: [Character], offset: Int)]] = {
        var index: [Character: [(idiom: [Character], offset: Int)]] = [:]
        for s in idioms {
            let c = Array(s)
            for k in 0..<(c.count - 1) where c[k] == c[k + 1] { index[c[k], default: []].append((c, k)) }
        }
        return index
    }()

    static func check(_ t: CheckedText, into findings: inout [Diagnostic]) {
        let c = t.chars
        var i = 0
        while i + 1 < c.count {
            guard CheckChars.isHan(c[i]) else { i += 1; continue }
            if let (n, legitimate) = repeatedPhrase(c, at: i) {
                // A legitimate ABAB is still a slip when a third copy follows.
                let copy = legitimate ? 2 : 1
                if !legitimate || (i + 3 * n <= c.count && c[(i + 2 * n)..<(i + 3 * n)].elementsEqual(c[i..<(i + n)])) {
                    findings.append(.repeatedPhrase(t.slice(i, i + n), range: t.range(i + copy * n, i + (copy + 1) * n)))
                }
                i += (copy + 1) * n
            } else if c[i] == c[i + 1], !isLegitimateDoubling(c, at: i) {
                findings.append(.doubledCharacter(c[i], range: t.range(i + 1, i + 2)))
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// The length (2–8) of the longest Han phrase at `i` repeated right after
    /// it, and whether that repetition is a legitimate reduplication.
    static func repeatedPhrase(_ c: [Character], at i: Int) -> (length: Int, legitimate: Bool)? {
        var n = min(8, (c.count - i) / 2)
        while n >= 2 {
            defer { n -= 1 }
            guard c[i] == c[i + n] else { continue }
            var k = 0
            while k < n, c[i + k] == c[i + n + k], CheckChars.isHan(c[i + k]) { k += 1 }
            guard k == n else { continue }
            let phrase = c[i..<(i + n)]
            if phrase.allSatisfy({ $0 == c[i] }) { continue }
            return (n, n == 2 && (c[i] == "一" || verbReduplication.contains(String(phrase))))
        }
        return nil
    }

    /// Whether the doubled character at `i`, `i + 1` is legitimate (see the rule above).
    static func isLegitimateDoubling(_ c: [Character], at i: Int) -> Bool {
        let a = c[i]
        if reduplicative.contains(a) { return true }
        if i + 3 < c.count, c[i + 2] == c[i + 3], c[i + 2] != a, CheckChars.isHan(c[i + 2]) { return true }  // AA of AABB
        if i >= 2, c[i - 2] == c[i - 1], c[i - 1] != a, CheckChars.isHan(c[i - 1]) { return true }  // BB of AABB
        if i >= 1, c[i - 1] == "一" { return true }
        if let candidates = idiomIndex[a] {
            for (idiom, offset) in candidates {
                let start = i - offset
                guard start >= 0, start + idiom.count <= c.count else { continue }
                if c[start..<(start + idiom.count)].elementsEqual(idiom) { return true }
            }
        }
        if i >= 1, CheckChars.isHan(c[i - 1]) {
            if suffixes.contains(a) { return true }
            if wordsEndingInDoubled.contains(String([c[i - 1], a])) { return true }
        }
        return false
    }
}

extension Diagnostic {
    static func repeatedPhrase(_ phrase: String, range: SourceRange) -> Diagnostic {
        Diagnostic(.error, code: RepeatedPhraseCheck.code, message: "词语“\(phrase)”重复", range: range,
                   hint: "删去重复的“\(phrase)”")
    }

    static func doubledCharacter(_ ch: Character, range: SourceRange) -> Diagnostic {
        Diagnostic(.error, code: RepeatedPhraseCheck.code, message: "“\(ch)”字重复", range: range,
                   hint: "删去多余的“\(ch)”")
    }
}
