import Foundation
import Markdown

/// Writes a short extractive summary: the source's own summary when it has one, otherwise the 1–3 best
/// sentences of the body, in their original order, never cut mid-sentence.
///
/// A sentence's score is `0.4 · position + 0.4 · keyword weight + 0.2 · title overlap`, where position is
/// `1 / (1 + 0.2 · index)`, keyword weight is the TF-IDF weight of its terms over √(terms + 1) relative to the best
/// sentence, and title overlap is the share of the title's terms it contains. Promotions, captions, table-of-contents
/// lines, headings and link lines are never chosen.
public struct Summarizer: Sendable {
    /// How long summaries are.
    public struct Configuration: Sendable, Equatable {
        /// Target length for Chinese (and Japanese, Korean) text, in characters.
        public var targetCJKCharacters: Int
        /// Target length for other text, in words.
        public var targetWords: Int
        /// At most this many sentences.
        public var maximumSentences: Int

        /// Creates a configuration.
        public init(targetCJKCharacters: Int = 120, targetWords: Int = 50, maximumSentences: Int = 3) {
            self.targetCJKCharacters = targetCJKCharacters
            self.targetWords = targetWords
            self.maximumSentences = maximumSentences
        }
    }

    let configuration: Configuration

    /// The summary of `article`.
    func summarize(_ article: Article, statistics: CorpusStatistics) -> Summary {
        if let summary = article.summary, !summary.isBlank {
            return Summary(text: summary.trimmed, origin: .source, sentences: [])
        }
        // The lead holds the summary: later sentences lose to earlier ones on position, so 1,500 characters and
        // 30 sentences are plenty.
        let text = MarkdownDocument(parsing: String(DocumentTerms.lead(of: article.body, limit: 1500))).plainText
        var sentences = SentenceSplitter().sentences(text).prefix(30).enumerated().map { index, sentence in
            Summary.Sentence(text: sentence, position: index, score: 0,
                             excludedBecause: BoilerplateFilter.reason(toExclude: sentence), isChosen: false)
        }
        score(&sentences, title: article.title, statistics: statistics)
        choose(&sentences, isCJK: article.language != .english && article.language != .undetermined)
        let chosen = sentences.filter(\.isChosen).map(\.text)
        let separator = article.language == .english ? " " : ""
        return Summary(text: chosen.joined(separator: separator), origin: chosen.isEmpty ? .none : .extracted,
                       sentences: sentences)
    }

    private func score(_ sentences: inout [Summary.Sentence], title: String, statistics: CorpusStatistics) {
        let tokenizer = Tokenizer()
        var titleTerms = Set<TermHash>()
        tokenizer.forEachTerm(title) { titleTerms.insert($0) }
        var keywordWeights = [Double](repeating: 0, count: sentences.count)
        var titleOverlaps = [Double](repeating: 0, count: sentences.count)
        for index in sentences.indices where sentences[index].excludedBecause == nil {
            var weight = 0.0
            var count = 0
            var shared = Set<TermHash>()
            tokenizer.forEachTerm(sentences[index].text) { term in
                weight += statistics.idf(term)
                count += 1
                if titleTerms.contains(term) { shared.insert(term) }
            }
            keywordWeights[index] = weight / (Double(count) + 1).squareRoot()
            titleOverlaps[index] = titleTerms.isEmpty ? 0 : Double(shared.count) / Double(titleTerms.count)
        }
        let maximum = max(keywordWeights.max() ?? 0, 1e-9)
        for index in sentences.indices where sentences[index].excludedBecause == nil {
            let position = 1 / (1 + 0.2 * Double(sentences[index].position))
            let total = 0.4 * position + 0.4 * keywordWeights[index] / maximum + 0.2 * titleOverlaps[index]
            sentences[index].score = (total * 1000).rounded() / 1000
        }
    }

    private func choose(_ sentences: inout [Summary.Sentence], isCJK: Bool) {
        let budget = Double(isCJK ? configuration.targetCJKCharacters : configuration.targetWords)
        let ranked = sentences.indices.filter { sentences[$0].excludedBecause == nil }
            .sorted { sentences[$0].score != sentences[$1].score ? sentences[$0].score > sentences[$1].score : $0 < $1 }
        var used = 0.0
        var chosen = 0
        for index in ranked where chosen < configuration.maximumSentences {
            let length = Self.length(of: sentences[index].text, isCJK: isCJK)
            guard chosen == 0 || used + length <= budget * 1.2 else { continue }
            sentences[index].isChosen = true
            used += length
            chosen += 1
            if used >= budget * 0.8 { break }
        }
    }

    /// Characters for CJK text, words otherwise.
    static func length(of text: String, isCJK: Bool) -> Double {
        isCJK ? Double(text.count) : Double(text.split(whereSeparator: \.isWhitespace).count)
    }
}
