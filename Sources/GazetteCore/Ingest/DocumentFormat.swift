/// The layouts of article files Gazette reads, told apart by their content, never by their file name.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Markdown with YAML front matter between `---` lines (Jekyll, Hexo, Hugo).
    case yamlFrontMatter = "markdown+yaml"
    /// Markdown with TOML front matter between `+++` lines (Hugo).
    case tomlFrontMatter = "markdown+toml"
    /// Several articles in one file, each starting at a `#Heading` line, separated by `....` lines.
    case compilation
    /// A WeChat article export: `# Title`, then 文章作者 / 发布时间 / 原文链接 lines.
    case weChatExport = "wechat"
    /// Any other text: plain Markdown or prose.
    case plainText = "text"
}
