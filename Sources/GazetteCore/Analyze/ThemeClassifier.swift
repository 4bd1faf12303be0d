import Foundation

/// Gives each article one theme from the configured set, with a confidence and the reasons.
///
/// Every theme's score is the sum of its matching signals' weights: title words (once each), text words
/// (`weight · (1 + ln count)`), tags, source, link kinds, and people named in the title. Confidence is the
/// best score's strength (`1 − e^(−best/4)`) times its margin over the runner-up (`(best − second) / best`);
/// below the threshold the article goes to `other`, rather than to a wrong section.
public struct ThemeClassifier: Sendable {
    /// The themes and the confidence an article needs to join one.
    public struct Configuration: Sendable, Equatable {
        /// The themes, in the order their sections appear.
        public var definitions: [ThemeDefinition]
        /// Below this confidence an article goes to `other`.
        public var confidenceThreshold: Double

        /// Creates a configuration.
        public init(definitions: [ThemeDefinition] = ThemeDefinition.defaults, confidenceThreshold: Double = 0.3) {
            self.definitions = definitions
            self.confidenceThreshold = confidenceThreshold
        }
    }

    private struct WordRule {
        var word: String
        var terms: [TermHash]
        var weight: Double
        /// The reason's signal as a title word (`title: 实测`), and as a text word for the commonest counts
        /// (`text: 发布 ×2`): written once, not for every article.
        var titleSignal: String
        var textSignals: [String]

        init(word: String, terms: [TermHash], weight: Double) {
            self.word = word
            self.terms = terms
            self.weight = weight
            titleSignal = "title: \(word)"
            textSignals = (0..<8).map { "text: \(word) ×\($0)" }
        }

        func textSignal(count: Int) -> String {
            count < textSignals.count ? textSignals[count] : "text: \(word) ×\(count)"
        }
    }

    /// A class: every article is scored against every theme, and copying a struct of arrays retained each of them.
    private final class CompiledTheme: Sendable {
        let definition: ThemeDefinition
        let keywords: [WordRule]
        let titleKeywords: [WordRule]
        /// The rules' terms, flat, for matching.
        let keywordTerms: TermLists
        let titleKeywordTerms: TermLists
        /// The definition's sources and link roles in a fixed order, sorted once rather than per article.
        let sources: [(name: String, weight: Double)]
        let linkRoles: [(role: ArticleLink.Role, weight: Double)]
        /// Signals written once: `tag: …` by tag name, `source: …` by source, `link: … ×n` by role and count.
        let tagSignals: [String: String]
        let sourceSignals: [String]
        let linkSignals: [[String]]

        init(definition: ThemeDefinition, keywords: [WordRule], titleKeywords: [WordRule],
             sources: [(name: String, weight: Double)], linkRoles: [(role: ArticleLink.Role, weight: Double)]) {
            self.definition = definition
            self.keywords = keywords
            self.titleKeywords = titleKeywords
            keywordTerms = TermLists(keywords.map(\.terms))
            titleKeywordTerms = TermLists(titleKeywords.map(\.terms))
            self.sources = sources
            self.linkRoles = linkRoles
            tagSignals = Dictionary(uniqueKeysWithValues: definition.tags.keys.map { ($0, "tag: \($0)") })
            sourceSignals = sources.map { "source: \($0.name)" }
            linkSignals = linkRoles.map { role, _ in (0...3).map { "link: \(role.rawValue) ×\($0)" } }
        }
    }

    let configuration: Configuration
    private let themes: [CompiledTheme]

    /// Compiles the configured themes' words into terms.
    public init(configuration: Configuration) {
        self.configuration = configuration
        themes = configuration.definitions.map { definition in
            CompiledTheme(definition: definition, keywords: Self.compile(definition.keywords),
                          titleKeywords: Self.compile(definition.titleKeywords),
                          sources: definition.sources.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                          linkRoles: definition.linkRoles.sorted { $0.key.rawValue < $1.key.rawValue }
                              .map { ($0.key, $0.value) })
        }
    }

    private static func compile(_ words: [String: Double]) -> [WordRule] {
        let tokenizer = Tokenizer()
        return words.sorted { $0.key < $1.key }.compactMap { word, weight in
            var terms: [TermHash] = []
            tokenizer.forEachTerm(word) { terms.append($0) }
            return terms.isEmpty ? nil : WordRule(word: word, terms: terms, weight: weight)
        }
    }

    /// The terms whose counts classifying asks for (besides the title's): the themes' text keywords.
    var watchedTerms: [TermHash] { themes.flatMap { $0.keywords.flatMap(\.terms) } }

    /// The article's theme, from its terms, tags and title.
    func classify(_ article: Article, terms: DocumentTerms, tags: [ArticleTag]) -> ThemeAssignment {
        let titleNames = PersonNames.find(in: article.title + " " + (article.subtitle ?? ""))
        let scores = themes.map { theme in
            score(theme, article: article, terms: terms, tags: tags, titleNames: titleNames)
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.theme < $1.theme }
        let best = scores.first?.score ?? 0
        let second = scores.dropFirst().first?.score ?? 0
        let confidence = best > 0 ? (1 - exp(-best / 4)) * (best - second) / best : 0
        let bestTheme = scores.first?.theme ?? .other
        let chosen = confidence >= configuration.confidenceThreshold ? bestTheme : .other
        return ThemeAssignment(theme: chosen, confidence: TagInferrer.rounded(confidence), bestTheme: bestTheme,
                               scores: scores)
    }

    private func score(_ theme: CompiledTheme, article: Article, terms: DocumentTerms, tags: [ArticleTag],
                       titleNames: [String]) -> ThemeAssignment.Score {
        var reasons: [ThemeAssignment.Reason] = []
        theme.titleKeywordTerms.forEachList(within: terms.titleTerms) { index in
            reasons.append(.init(signal: theme.titleKeywords[index].titleSignal,
                                 weight: theme.titleKeywords[index].weight))
        }
        theme.keywordTerms.forEachMatch(in: terms) { index, count in
            reasons.append(.init(signal: theme.keywords[index].textSignal(count: count),
                                 weight: theme.keywords[index].weight * CorpusStatistics.termFrequencyWeight(count)))
        }
        let definition = theme.definition
        for tag in tags {
            if let weight = definition.tags[tag.name] {
                reasons.append(.init(signal: theme.tagSignals[tag.name] ?? "tag: \(tag.name)",
                                     weight: weight * tag.score.clamped(to: 0...1)))
            }
        }
        if let source = article.source?.name {
            for (index, (name, weight)) in theme.sources.enumerated() where source.contains(name) {
                reasons.append(.init(signal: theme.sourceSignals[index], weight: weight))
            }
        }
        for (index, (role, weight)) in theme.linkRoles.enumerated() where !article.links.isEmpty {
            let count = min(3, article.links.count { $0.role == role })
            if count > 0 {
                reasons.append(.init(signal: theme.linkSignals[index][count], weight: weight * Double(count)))
            }
        }
        if definition.personWeight > 0, !titleNames.isEmpty {
            let names = titleNames.prefix(2)
            reasons.append(.init(signal: "person in title: \(names.joined(separator: ", "))",
                                 weight: definition.personWeight * Double(names.count)))
        }
        reasons = reasons.map { .init(signal: $0.signal, weight: TagInferrer.rounded($0.weight)) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.signal < $1.signal }
        return ThemeAssignment.Score(theme: definition.theme, score: TagInferrer.rounded(reasons.map(\.weight).reduce(0, +)),
                                     reasons: reasons)
    }
}

extension Double {
    /// The value limited to `range`.
    func clamped(to range: ClosedRange<Double>) -> Double {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
