extension ThemeDefinition {
    /// The default themes: research, products and people, from general signals (paper links, venues,
    /// 发布/上线/实测, 专访/对话/离职, people's names), never from particular titles.
    public static let defaults: [ThemeDefinition] = [research, products, people]

    static let venues = ["NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "KDD", "AAAI",
                         "SIGGRAPH", "IJCAI", "Nature", "Science"]

    /// Papers, methods, results.
    public static let research = ThemeDefinition(
        theme: .research,
        titles: ["en": "Research", "zh-CN": "研究"],
        keywords: ["论文": 1.5, "研究团队": 1.5, "研究者": 1, "研究人员": 1, "实验室": 1, "实验": 1, "提出": 1,
                   "数据集": 1, "基准": 1, "benchmark": 1, "算法": 1, "作者": 0.5, "一作": 1, "通讯作者": 1.5,
                   "大学": 0.5, "arXiv": 2, "paper": 1, "接收": 1, "SOTA": 1, "训练": 0.5, "方法": 0.5]
            .merging(Dictionary(uniqueKeysWithValues: venues.map { ($0, 1.0) })) { first, _ in first },
        titleKeywords: ["论文": 3, "研究": 2, "新研究": 3, "提出": 2, "算法": 2, "框架": 1, "数据集": 2, "基准": 2,
                        "SOTA": 2, "详解": 1, "原理": 1, "arXiv": 3, "paper": 3, "方法": 1, "架构": 1.5,
                        "模型": 0.5, "扩散": 1, "注意力": 1.5, "学习": 1, "仿真": 1.5, "平台": 0.5]
            .merging(Dictionary(uniqueKeysWithValues: venues.map { ($0, 2.0) })) { first, _ in first },
        tags: ["AI研究": 3, "研究": 3, "论文": 3],
        linkRoles: [.paper: 2, .code: 1, .project: 0.5]
    )

    /// Launches, releases, hands-on reviews, marketing.
    public static let products = ThemeDefinition(
        theme: .products,
        titles: ["en": "Products", "zh-CN": "产品"],
        keywords: ["发布": 1, "上线": 1.5, "产品": 1.5, "功能": 1, "用户": 1, "实测": 1.5, "体验": 1, "定价": 2,
                   "价格": 1, "会员": 1, "版本": 1, "工具": 1, "平台": 0.5, "商业化": 1.5, "营销": 1, "企业": 0.5,
                   "部署": 0.5, "API": 1, "下载": 1, "免费": 1, "客户": 1, "launch": 1, "release": 1],
        titleKeywords: ["发布": 3, "上线": 3, "上新": 3, "推出": 2, "实测": 3, "体验": 2, "评测": 2, "上手": 3,
                        "产品": 3, "功能": 2, "营销": 2, "工具": 2, "App": 2, "免费": 2, "抢先": 2, "商用": 2,
                        "launch": 3, "release": 2, "来了": 1.5, "上岗": 1.5],
        tags: ["产品": 3, "AI产品": 3, "AI营销": 1]
    )

    /// Interviews, moves, talks: stories about people.
    public static let people = ThemeDefinition(
        theme: .people,
        titles: ["en": "People", "zh-CN": "人物"],
        keywords: ["主持人": 2, "采访": 2, "专访": 2, "对话": 1, "访谈": 2, "离职": 2, "创业": 1, "演讲": 1.5,
                   "图灵奖": 1.5, "创始人": 1, "首席": 1, "负责人": 1, "职业生涯": 1.5, "回忆": 1, "他说": 1,
                   "她说": 1, "观点": 0.5, "interview": 2],
        titleKeywords: ["专访": 4, "对话": 3, "访谈": 4, "离职": 4, "加盟": 3, "加入": 2, "创业": 2, "演讲": 3,
                        "激辩": 2, "同台": 2, "采访": 4, "回应": 2, "宣判": 1.5, "得主": 2, "负责人": 2, "CEO": 2,
                        "创始人": 2, "教授": 1, "interview": 4, "吵架": 2],
        tags: ["人物": 3, "访谈": 3],
        personWeight: 2
    )
}
