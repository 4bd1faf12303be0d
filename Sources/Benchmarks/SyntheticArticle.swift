/// One article of the synthetic corpus: everything any of the three formats writes about it.
///
/// An article is a pure function of the corpus seed, its index and its kind, so a planted duplicate is
/// the same article made again, never a copy kept in memory.
struct SyntheticArticle: Sendable {
    /// Which format the article is first written in; it decides the URL's shape.
    enum Kind: Sendable, Codable, Equatable {
        case markdown, compilation, weChat
    }

    var index: Int
    var title: String
    var subtitle: String?
    var url: String
    var author: String
    var source: String
    var place: String
    var published: SyntheticDate
    var dateStyle: SyntheticDate.Style
    var tags: [String]
    var categories: [String]
    var summary: String
    var cover: String
    var body: String

    /// Article `index` of the corpus made from `seed`.
    init(index: Int, kind: Kind, seed: UInt64) {
        var random = SplitMix64(seed: seed, stream: index)
        self.index = index
        let chineseShare = random.pick([0.9, 0.9, 0.9, 0.6, 0.2])
        title = Self.title(index: index, english: chineseShare < 0.5, using: &random)
        subtitle = random.chance(0.5) ? random.pick(Vocabulary.subtitles) : nil
        author = random.pick(Vocabulary.authors)
        source = random.pick(Vocabulary.sources)
        place = random.pick(Vocabulary.places)
        published = SyntheticDate(using: &random)
        dateStyle = random.pick(SyntheticDate.Style.allCases)
        tags = (0..<random.int(in: 1...5)).map { _ in random.pick(Vocabulary.tags) }
        categories = [random.pick(Vocabulary.categories)]
        summary = random.pick(Vocabulary.chineseSentences)
        cover = "https://mmbiz.qpic.cn/mmbiz_jpg/\(random.hex(32))/300"
        url = Self.url(index: index, kind: kind, year: published.year, using: &random)
        body = BodyWriter(chineseShare: chineseShare).write(targetBytes: random.int(in: 1_000...6_000), using: &random)
    }

    private static func title(index: Int, english: Bool, using random: inout SplitMix64) -> String {
        if english {
            return "\(random.pick(Vocabulary.englishTitles)) (No. \(index))"
        }
        let parts = [Vocabulary.subjects, Vocabulary.actions, Vocabulary.objects].map { random.pick($0) }
        return parts.joined() + "：" + random.pick(Vocabulary.hooks) + "（\(index)）"
    }

    /// A unique address: a blog post for Markdown files, an `mp.weixin.qq.com` link for WeChat exports.
    private static func url(index: Int, kind: Kind, year: Int, using random: inout SplitMix64) -> String {
        switch kind {
        case .weChat:
            let account = "Mzg\(random.hex(10))=="
            return "http://mp.weixin.qq.com/s?__biz=\(account)&mid=22474\(index.padded(7))&idx=1"
                + "&sn=\(random.hex(32))&chksm=\(random.hex(40))#rd"
        case .markdown, .compilation:
            return "https://\(random.pick(Vocabulary.hosts))/posts/\(year)/\(random.hex(8))-\(index)/"
        }
    }
}
