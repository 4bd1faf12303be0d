/// The small built-in vocabulary the synthetic corpus is written from: AI-news sentences in Chinese and
/// English, title parts, names, places, tags and link targets.
enum Vocabulary {
    static let chineseSentences = [
        "随着大模型能力的持续提升，越来越多的企业开始把生成式AI接入核心业务流程。",
        "研究团队在多个公开基准上进行了系统评测，结果显示新方法在推理任务上平均提升了12个百分点。",
        "该模型采用混合专家架构，总参数量达到6710亿，但每个token只激活其中约370亿参数。",
        "与此前的工作不同，作者将强化学习直接用于基础模型，而没有先进行监督微调。",
        "在长上下文场景中，模型需要在数十万token的输入里准确定位关键信息，这对注意力机制提出了新的挑战。",
        "业内人士认为，数据质量正在取代数据规模，成为决定模型上限的关键因素。",
        "为了降低推理成本，团队引入了多头潜在注意力和多token预测等一系列工程优化。",
        "开源社区对这项工作反应热烈，项目在发布后48小时内就获得了上万颗星标。",
        "这意味着在端侧设备上运行百亿参数级别的模型，已经不再是遥不可及的目标。",
        "从技术报告来看，蒸馏后的小模型在数学和代码任务上的表现甚至超过了部分闭源模型。",
        "不过，也有研究者指出，现有评测集可能存在数据污染问题，结论仍需进一步验证。",
        "在具身智能方向，机器人需要同时理解视觉、语言和动作，这对多模态对齐提出了更高要求。",
        "作者在论文中详细描述了训练数据的构建流程，包括去重、过滤和质量打分三个阶段。",
        "与传统搜索不同，智能体可以自主拆解任务、调用工具，并根据中间结果调整计划。",
        "监管机构也在密切关注这一领域的发展，多项关于AI安全的规定将于明年生效。",
        "实验表明，当训练步数超过某个阈值后，模型会突然表现出此前不具备的能力。",
        "为了验证方法的通用性，研究者还在图像生成和语音识别任务上做了补充实验。",
        "这家初创公司刚刚完成了新一轮融资，估值较去年翻了一番。",
        "在3D生成领域，新系统只需一分钟即可从单张图片重建出完整的场景。",
        "课程学习策略让模型先学习简单样本，再逐步过渡到困难样本，显著提升了训练稳定性。",
        "量子计算芯片的最新进展，让纠错后的逻辑比特数量首次突破了关键门槛。",
        "团队表示，下一步将把这套方法扩展到更多语言，并开放全部训练代码。",
        "评测结果显示，模型在中文阅读理解任务上的准确率达到了91.3%。",
        "如何在保证效果的同时降低能耗，是大规模部署必须回答的问题。",
    ]

    static let englishSentences = [
        "The model was trained on a mixture of web text, code and synthetic reasoning traces.",
        "Researchers report a 3x reduction in inference cost without a measurable loss in quality.",
        "The authors argue that data quality, not scale alone, now sets the ceiling for capability.",
        "A new benchmark measures how well agents recover from their own mistakes over long tasks.",
        "Open weights were released under a permissive license, together with the evaluation harness.",
        "Critics note that several of the reported gains fall within the variance of earlier runs.",
        "The paper introduces a sparse attention scheme that scales to one million tokens of context.",
        "Distilled students match the teacher on math benchmarks while running on a single GPU.",
        "The team plans to publish the full training recipe, including data filtering heuristics.",
        "Early users describe the assistant as noticeably better at following multi-step instructions.",
        "Robotics groups are combining vision-language models with low-level control policies.",
        "The release includes checkpoints at three sizes and a technical report of forty pages.",
        "Regulators in several countries have asked for more transparency about training data.",
        "Reinforcement learning from verifiable rewards turned out to be surprisingly sample efficient.",
        "Latency dropped below 200 milliseconds per request after the serving stack was rewritten.",
        "The startup raised a new round led by two large venture funds and a cloud provider.",
    ]

    static let subjects = ["OpenAI", "Google DeepMind", "Anthropic", "Meta", "DeepSeek", "阿里通义", "智谱AI",
                           "月之暗面", "Mistral", "微软研究院", "清华大学团队", "斯坦福HAI", "字节跳动", "英伟达"]
    static let actions = ["发布", "开源", "推出", "详解", "实测", "复现", "深度解读", "首次公开", "升级"]
    static let objects = ["新一代推理模型", "多模态大模型", "长上下文技术", "智能体框架", "视频生成模型",
                          "端侧小模型", "代码助手", "3D生成系统", "强化学习新方法", "安全对齐研究", "量子计算芯片"]
    static let hooks = ["训练成本下降40%", "性能比肩闭源模型", "数据即将耗尽怎么办", "AI下一阶段的突破口在哪里",
                        "12天连续发布", "开发者怎么看", "背后的技术细节", "一文读懂", "附论文和代码"]
    static let englishTitles = ["Scaling laws revisited", "What agents still get wrong",
                                "Inside the new reasoning model", "A practical guide to distillation",
                                "Benchmarks we can trust", "The cost of long context"]
    static let subtitles = ["而号称最强的开源模型实测成效如何?", "一文看懂背后的关键技术", "从论文到产品只用了三个月",
                            "研究者给出了不同的答案", "What the numbers actually say", "开发者第一时间上手体验"]

    static let authors = ["AI深度研究员", "机器之心", "量子位", "新智元", "whaosoft", "李明", "Zhang Wei", "Emily Chen"]
    static let sources = ["Google DeepMind", "OpenAI Blog", "机器之心", "量子位", "Hugging Face Blog", "51CTO博客"]
    static let hosts = ["deepmind.google", "openai.com", "www.jiqizhixin.com", "www.qbitai.com", "huggingface.co",
                        "blog.example.org", "www.infoq.cn"]
    static let places = ["上海", "北京", "浙江", "广东", "美国", "新加坡"]
    static let tags = ["大语言模型", "AI智能体", "强化学习", "多模态", "开源", "NeurIPS 2024", "3D生成", "推理",
                       "Google DeepMind", "OpenAI", "AI安全", "具身智能", "数据集", "芯片"]
    static let categories = ["AI研究", "行业动态", "开源项目", "论文解读", "产品评测"]
    static let headings = ["背景", "方法概述", "实验结果", "局限与展望", "Key results", "How it works", "写在最后"]
    static let listItems = ["训练数据：约14.8万亿token", "上下文长度：128K", "许可证：MIT", "推理速度提升3倍",
                            "Supports tool use and function calling", "Evaluated on 27 benchmarks", "支持中英双语"]
    static let paperLabels = ["论文地址", "论文链接", "Paper", "技术报告"]
    static let codeLabels = ["代码地址", "项目主页", "GitHub", "Code"]
    static let codeOwners = ["deepseek-ai", "openai", "google-deepmind", "THUDM", "QwenLM", "meta-llama"]
    static let promotions = ["**（关注公众号并设为🌟标，获取最新人工智能资讯和产品）**", "点击上方蓝字关注我们",
                             "设为星标，第一时间获取推送"]
}
