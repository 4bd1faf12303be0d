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
        /// The most signals one article can show, besides its tags: each word rule, source and link kind once,
        /// and the people in the title.
        let signalCount: Int

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
            signalCount = keywords.count + titleKeywords.count + sources.count + linkRoles.count + 1
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

    /// The article's theme, from its terms, tags and title: every theme's total, without the reasons' texts.
    func classify(_ article: Article, terms: DocumentTerms, tags: [ArticleTag]) -> ThemeAssignment {
        let titleNames = Self.titleNames(of: article)
        let scores = themes.map { theme in
            ThemeAssignment.Score(theme: theme.definition.theme,
                                  score: total(theme, article: article, terms: terms, tags: tags,
                                               titleNames: titleNames))
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.theme < $1.theme }
        let best = scores.first?.score ?? 0
        let second = scores.dropFirst().first?.score ?? 0
        let confidence = best > 0 ? (1 - exp(-best / 4)) * (best - second) / best : 0
        let bestTheme = scores.first?.theme ?? .other
        let chosen = confidence >= configuration.confidenceThreshold ? bestTheme : .other
        return ThemeAssignment(theme: chosen, confidence: TagInferrer.rounded(confidence), bestTheme: bestTheme,
                               scores: scores)
    }

    /// Every theme's total with the signals that made it, in the order of `classify`'s scores: what `explain`
    /// prints.
    func evidence(for article: Article, terms: DocumentTerms, tags: [ArticleTag]) -> [ThemeAssignment.Evidence] {
        let titleNames = Self.titleNames(of: article)
        return themes.map { theme in
            var reasons: [ThemeAssignment.Reason] = []
            forEachSignal(of: theme, article: article, terms: terms, tags: tags,
                          titleNames: titleNames) { weight, signal in
                reasons.append(.init(signal: signal(), weight: TagInferrer.rounded(weight)))
            }
            reasons.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.signal < $1.signal }
            return ThemeAssignment.Evidence(theme: theme.definition.theme,
                                            score: TagInferrer.rounded(reasons.map(\.weight).reduce(0, +)),
                                            reasons: reasons)
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.theme < $1.theme }
    }

    private static func titleNames(of article: Article) -> [String] {
        PersonNames.find(in: article.title + " " + (article.subtitle ?? ""))
    }

    /// The theme's total: its signals' rounded weights added strongest first, as `evidence` lists and adds them
    /// (ties in weight add the same value whatever their signals, so the two sums are equal), in a buffer on the
    /// stack rather than an array of reasons.
    private func total(_ theme: CompiledTheme, article: Article, terms: DocumentTerms, tags: [ArticleTag],
                       titleNames: [String]) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: theme.signalCount + tags.count) { weights in
            var count = 0
            forEachSignal(of: theme, article: article, terms: terms, tags: tags, titleNames: titleNames) { weight, _ in
                weights[count] = TagInferrer.rounded(weight)
                count += 1
            }
            var used = UnsafeMutableBufferPointer(rebasing: weights[..<count])
            used.sort(by: >)
            return TagInferrer.rounded(used.reduce(0, +))
        }
    }

    /// Calls `body` with the weight of each of `theme`'s signals the article shows, and a function that writes the
    /// signal's text (only `evidence` calls it). At most `theme.signalCount + tags.count` calls.
    @inline(__always)
    private func forEachSignal(of theme: CompiledTheme, article: Article, terms: DocumentTerms, tags: [ArticleTag],
                               titleNames: [String], _ body: (_ weight: Double, _ signal: () -> String) -> Void) {
        theme.titleKeywordTerms.forEachList(within: terms.titleTerms) { index in
            body(theme.titleKeywords[index].weight) { theme.titleKeywords[index].titleSignal }
        }
        theme.keywordTerms.forEachMatch(in: terms) { index, count in
            body(theme.keywords[index].weight * CorpusStatistics.termFrequencyWeight(count)) {
                theme.keywords[index].textSignal(count: count)
            }
        }
        let definition = theme.definition
        for tag in tags {
            if let weight = definition.tags[tag.name] {
                body(weight * tag.score.clamped(to: 0...1)) { theme.tagSignals[tag.name] ?? "tag: \(tag.name)" }
            }
        }
        if let source = article.source?.name {
            for (index, (name, weight)) in theme.sources.enumerated() where source.contains(name) {
                body(weight) { theme.sourceSignals[index] }
            }
        }
        for (index, (role, weight)) in theme.linkRoles.enumerated() where !article.links.isEmpty {
            let count = min(3, article.links.count { $0.role == role })
            if count > 0 {
                body(weight * Double(count)) { theme.linkSignals[index][count] }
            }
        }
        if definition.personWeight > 0, !titleNames.isEmpty {
            let names = titleNames.prefix(2)
            body(definition.personWeight * Double(names.count)) {
                "person in title: \(names.joined(separator: ", "))"
            }
        }
    }
}

extension Double {
    /// The value limited to `range`.
    func clamped(to range: ClosedRange<Double>) -> Double {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
