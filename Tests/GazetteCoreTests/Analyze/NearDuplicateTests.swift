import Foundation
@testable import GazetteCore
import Testing

struct NearDuplicateTests {
    static let story = """
        复旦大学视觉与学习实验室提出了一种新的扩散模型风险概念擦除方法,在多个基准上取得了最好的结果。\
        研究团队表示,该方法只需要少量数据即可完成训练,并且不会影响模型生成其他内容的能力。\
        论文已被顶级会议接收,代码也已经开源,欢迎大家试用并提出意见。
        """

    private func article(_ title: String, _ body: String, id: String) -> Article {
        Article(id: ArticleID(rawValue: id), title: title, collected: Date(timeIntervalSince1970: 0),
                language: .chinese, body: body, origin: ArticleOrigin(path: id, index: 1, line: 1),
                metrics: TextMetrics(characters: body.count, words: body.count, cjkCharacters: body.count,
                                     readingMinutes: 1))
    }

    @Test(arguments: [68, 69, 70, 71, 200, 2500])
    func aTitleAndBodyAreSignedAsTheirJoinedText(limit: Int) {
        // 69 scalars: the limits cut inside the title, at its end, at the line break and just after it.
        let title = String(repeating: "UnrealZoo: 面向具身智能的虚拟世界 ", count: 3)
        let joined = MinHash(text: title + "\n" + Self.story + Self.story, limit: limit)
        #expect(MinHash(parts: [title, Self.story + Self.story], limit: limit) == joined)
    }

    @Test func lightlyEditedRepostIsOneStoryWithAlternates() async {
        let edited = Self.story.replacingOccurrences(of: "欢迎大家试用并提出意见", with: "感兴趣的读者可以试用")
        let corpus = await Analyzer().analyze([
            article("复旦新研究:扩散模型概念擦除", Self.story, id: "a"),
            article("复旦新研究:扩散模型概念擦除", edited, id: "b"),
            article("别的故事", "今天天气很好,我们去公园散步,看到了很多花。晚上回家吃了饺子,然后早早睡觉了。", id: "c"),
        ])
        #expect(corpus.clusters.count == 1)
        #expect(Set(corpus.clusters.first?.members.map(\.rawValue) ?? []) == ["a", "b"])
        #expect(corpus.articles.first { $0.id.rawValue == "c" }?.clusterID == nil)
    }

    @Test func similarityEstimatesJaccard() {
        let signature = MinHash(text: Self.story)
        #expect(signature.similarity(to: MinHash(text: Self.story)) == 1)
        #expect(signature.similarity(to: MinHash(text: "完全不同的一段文字,讲的是另一件事情,和上面没有任何关系。")) < 0.1)
    }

    @Test func aShingleHashesTheSameWhereverItStands() {
        // The same text shifted by a few characters shares all but a few shingles (Jaccard above 0.95).
        let shifted = MinHash(text: "转载:" + Self.story)
        #expect(MinHash(text: Self.story).similarity(to: shifted) > 0.85)
        #expect(MinHash(text: Self.story, shingleSize: 2).similarity(to: MinHash(text: "转载:" + Self.story,
                                                                                  shingleSize: 2)) > 0.85)
    }

    /// The rolling hash fed one folded scalar at a time gives the signature of hashing every shingle from scratch.
    @Test(arguments: [1, 3, 5, 8, 16, 17, 24])
    func theRollingSignatureEqualsOneHashedShingleByShingle(size: Int) {
        let text = "Google DeepMind 发布了新的 Gemini 模型，推理能力大幅提升；研究团队在多个公开基准上进行了系统评测。"
            + " The model was trained on a mixture of web text, code and synthetic reasoning traces."
        var sink = FoldedScalars()
        _ = ContentKey.fold(text, scalarLimit: 2500, into: &sink)
        let folded = sink.values
        var bins = [UInt64](repeating: .max, count: MinHash.binCount)
        for start in 0...(folded.count - size) {
            let hash = folded[start..<start + size].reduce(UInt64(0)) { $0 &* MinHash.rollingBase &+ UInt64($1) }
            let mixed = TermHashing.mix(hash)
            let bin = Int(mixed >> 57)
            bins[bin] = min(bins[bin], mixed & ((1 << 57) - 1))
        }
        let signature = MinHash(text: text, shingleSize: size)
        for (bin, value) in bins.enumerated() where value != .max {
            #expect(signature.values[bin] == value, "bin \(bin)")
        }
        #expect(signature.values.allSatisfy { $0 != .max }, "empty bins borrow from the next one")
    }

    /// A text gets a signature from `minimumShingles` shingles on, however its scalars arrive (in one part or two).
    @Test(arguments: [1, 5, 9])
    func textsBelowTheMinimumShinglesGetNoSignature(size: Int) {
        let needed = size + MinHash.minimumShingles - 1
        let letters = (0..<needed).map { String(UnicodeScalar(UInt8(97 + $0 % 26))) }.joined()
        #expect(MinHash(text: String(letters.dropLast()), shingleSize: size).isEmpty)
        #expect(MinHash(text: "  " + String(letters.dropLast()) + "!!", shingleSize: size).isEmpty)
        #expect(!MinHash(text: letters, shingleSize: size).isEmpty)
        let split = MinHash(parts: [String(letters.prefix(7)), String(letters.dropFirst(7))], shingleSize: size)
        #expect(split == MinHash(text: letters, shingleSize: size))
    }

    @Test func thresholdIsConfigurable() async {
        let half = String(Self.story.prefix(Self.story.count / 2))
        let strict = Analyzer(configuration: .init(nearDuplicates: .init(threshold: 0.95)))
        let corpus = await strict.analyze([article("x", Self.story, id: "a"),
                                           article("y", Self.story.replacingOccurrences(of: "最好", with: "更好"), id: "b"),
                                           article("z", half, id: "c")])
        #expect(corpus.clusters.isEmpty)
    }
}

/// LSH buckets order their keys without a comparison sort; the order must be the comparison sort's.
struct BucketOrderTests {
    @Test func keysSortLikeAComparisonSortThatKeepsIndexOrder() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 50, 20_000] {
            // Keys that often share their top bits, and often repeat whole (members of one bucket)
            let pool = (0..<max(1, count / 3)).map { _ in
                let mask: UInt64 = Bool.random(using: &generator) ? ~0 : 0xFFFF_0000_0000_00FF
                return UInt64.random(in: 0...UInt64.max, using: &generator) & mask
            }
            let keyed = (0..<count).map { (key: pool[Int.random(in: 0..<pool.count, using: &generator)], index: $0) }
            let expected = keyed.sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            let sorted = NearDuplicateDetector.sortedByKey(keyed)
            #expect(sorted.map(\.key) == expected.map(\.key))
            #expect(sorted.map(\.index) == expected.map(\.index))
        }
    }
}
