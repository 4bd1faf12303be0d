/// One file of the synthetic corpus, as planned: where it goes, which articles it holds and how it is written.
struct CorpusFile: Sendable {
    /// What the file holds.
    enum Content: Sendable {
        /// One article as Markdown, with YAML or TOML front matter.
        case markdown(article: Int, toml: Bool)
        /// One article as a WeChat export.
        case weChat(article: Int)
        /// Many articles in one compilation page.
        case compilation(articles: [Int])
        /// A second copy of an article first written as `kind`: same URL, title and body, as YAML Markdown.
        case duplicate(of: Int, kind: SyntheticArticle.Kind)
    }

    /// The path under the corpus folder.
    var relativePath: String
    var content: Content
    var encoding: CorpusEncoding
    /// Whether lines end in `\r\n` instead of `\n`.
    var crlf: Bool
    /// Seeds the file's own choices (field names, date keys, boilerplate).
    var variantSeed: UInt64

    /// How many articles the file holds.
    var articleCount: Int {
        if case .compilation(let articles) = content { return articles.count }
        return 1
    }

    /// The file's text.
    func render(seed: UInt64) -> String {
        var random = SplitMix64(seed: variantSeed)
        let renderer = ArticleRenderer()
        let text: String
        switch content {
        case .markdown(let index, let toml):
            let article = SyntheticArticle(index: index, kind: .markdown, seed: seed)
            text = toml ? renderer.tomlMarkdown(article, using: &random)
                : renderer.yamlMarkdown(article, using: &random)
        case .weChat(let index):
            text = renderer.weChat(SyntheticArticle(index: index, kind: .weChat, seed: seed), using: &random)
        case .compilation(let indices):
            let articles = indices.map { SyntheticArticle(index: $0, kind: .compilation, seed: seed) }
            text = renderer.compilation(articles, pageID: 12_000_000 + (indices.first ?? 0))
        case .duplicate(let index, let kind):
            text = renderer.yamlMarkdown(SyntheticArticle(index: index, kind: kind, seed: seed), using: &random)
        }
        return crlf ? text.replacingCRLF() : text
    }
}

extension String {
    /// The text with every `\n` line end written as `\r\n`.
    fileprivate func replacingCRLF() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    }
}
