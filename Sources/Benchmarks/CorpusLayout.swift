/// Plans the corpus: which articles go in which file, in which format and encoding, and which are copies.
///
/// Article `i` of the originals is Markdown when `i % 5` is 0 or 1, part of a compilation when it is 2 or 3,
/// and a WeChat export when it is 4: 40/40/20. One article in a hundred of the total is a planted duplicate,
/// a second file with the URL of a Markdown or WeChat original, so ingest must find exactly `uniqueArticles`.
struct CorpusLayout: Sendable {
    /// Every article written, copies included.
    let articleCount: Int
    /// Planted copies: `articleCount / 100`.
    let duplicateCount: Int
    let files: [CorpusFile]

    /// Articles ingest must find after collapsing the copies.
    var uniqueArticles: Int { articleCount - duplicateCount }

    static let filesPerFolder = 1_000

    init(articleCount: Int, seed: UInt64) {
        self.articleCount = articleCount
        duplicateCount = articleCount / 100
        var random = SplitMix64(seed: seed, stream: -1)
        var planner = Planner()
        let originals = articleCount - duplicateCount
        for index in 0..<originals {
            planner.add(article: index, using: &random)
        }
        planner.finishLastPage(using: &random)
        for (original, kind) in Self.duplicateOriginals(count: duplicateCount, among: originals, using: &random) {
            planner.append(.duplicate(of: original, kind: kind), suffix: "copy.md", using: &random)
        }
        files = planner.files
    }

    /// The kind article `index` is first written as.
    static func kind(of index: Int) -> SyntheticArticle.Kind {
        switch index % 5 {
        case 0, 1: .markdown
        case 2, 3: .compilation
        default: .weChat
        }
    }

    /// `count` distinct originals that have their own URL (Markdown and WeChat articles).
    private static func duplicateOriginals(
        count: Int, among originals: Int, using random: inout SplitMix64
    ) -> [(Int, SyntheticArticle.Kind)] {
        var chosen: [(Int, SyntheticArticle.Kind)] = []
        var seen = Set<Int>()
        while chosen.count < count {
            let index = random.int(in: 0...(originals - 1))
            let kind = kind(of: index)
            guard kind != .compilation, seen.insert(index).inserted else { continue }
            chosen.append((index, kind))
        }
        return chosen
    }

    /// Builds the file list in order, gathering compilation articles into pages of 20 to 50.
    private struct Planner {
        var files: [CorpusFile] = []
        var pending: [Int] = []
        var pageSize = 0
        var lastCompilation: Int?

        mutating func add(article index: Int, using random: inout SplitMix64) {
            switch CorpusLayout.kind(of: index) {
            case .markdown:
                let toml = random.chance(0.2)
                append(.markdown(article: index, toml: toml), suffix: toml ? "toml.md" : "yaml.md", using: &random)
            case .weChat:
                append(.weChat(article: index), suffix: "wechat.md", using: &random)
            case .compilation:
                if pending.isEmpty { pageSize = random.int(in: 20...50) }
                pending.append(index)
                if pending.count == pageSize { emitPage(using: &random) }
            }
        }

        /// Writes out the last, short page: folded into the previous page when it is under 20 articles.
        mutating func finishLastPage(using random: inout SplitMix64) {
            if pending.count < 20, let last = lastCompilation,
               case .compilation(let articles) = files[last].content {
                files[last].content = .compilation(articles: articles + pending)
                pending = []
            } else if !pending.isEmpty {
                emitPage(using: &random)
            }
        }

        private mutating func emitPage(using random: inout SplitMix64) {
            lastCompilation = files.count
            append(.compilation(articles: pending), suffix: "compilation.txt", using: &random)
            pending = []
        }

        mutating func append(_ content: CorpusFile.Content, suffix: String, using random: inout SplitMix64) {
            let ordinal = files.count
            let folder = "shard-" + (ordinal / CorpusLayout.filesPerFolder).padded(3)
            files.append(CorpusFile(relativePath: "\(folder)/\(ordinal.padded(6))-\(suffix)", content: content,
                                    encoding: CorpusEncoding.pick(using: &random), crlf: random.chance(0.05),
                                    variantSeed: random.next()))
        }
    }
}
