extension TagInferrer {
    /// Tags common in AI news, with the names Chinese and English articles use for them.
    public static let defaultAliases: [String: [String]] = [
        "大语言模型": ["LLM", "LLMs", "大模型", "语言模型", "large language model", "large language models"],
        "AI智能体": ["AI Agent", "Agent", "Agents", "智能体", "多智能体"],
        "多模态": ["multimodal", "多模态大模型", "视觉语言模型", "VLM"],
        "扩散模型": ["diffusion", "diffusion model", "Stable Diffusion"],
        "强化学习": ["reinforcement learning", "RL", "RLHF"],
        "推理模型": ["reasoning model", "推理能力", "思维链", "CoT", "chain of thought"],
        "具身智能": ["embodied AI", "具身", "机器人", "robotics"],
        "3D生成": ["3D generation", "3D 生成", "三维生成", "3D 场景"],
        "世界模型": ["world model", "world models"],
        "视频生成": ["video generation", "文生视频"],
        "开源": ["open source", "open-source", "开源代码"],
        "AI安全": ["AI safety", "alignment", "对齐", "模型安全"],
        "知识蒸馏": ["distillation", "蒸馏"],
        "注意力机制": ["attention", "稀疏注意力", "sparse attention", "Transformer"],
        "AI营销": ["marketing", "营销"],
        "编程语言": ["programming language", "TypeScript", "Python"],
        "医疗AI": ["medical AI", "病理", "医疗"],
        "图神经网络": ["graph neural network", "GNN", "图卷积"],
    ]
}
