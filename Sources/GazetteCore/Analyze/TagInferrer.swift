import Foundation

/// Normalizes explicit tags and infers tags for articles that have none.
///
/// Explicit tags are folded through the vocabulary's aliases. An article without tags gets inferred ones:
/// every vocabulary name (configured aliases, and every tag some article of the corpus carries) whose terms all
/// occur in the article is scored by TF-IDF against the corpus; so are the capitalized Latin names in its title
/// (product and project names such as `UnrealZoo`). The best few above a minimum score are kept, each with its score.
public struct TagInferrer: Sendable {
    /// How tags are inferred.
    public struct Configuration: Sendable, Equatable {
        /// Canonical tag → aliases.
        public var aliases: [String: [String]]
        /// At most this many inferred tags per article.
        public var maximumInferred: Int
        /// Inferred tags scoring below this are dropped.
        public var minimumScore: Double

        /// Creates a configuration.
        public init(aliases: [String: [String]] = TagInferrer.defaultAliases, maximumInferred: Int = 5,
                    minimumScore: Double = 2.0) {
            self.aliases = aliases
            self.maximumInferred = maximumInferred
            self.minimumScore = minimumScore
        }
    }

    private struct Candidate {
        var name: String
        var canonical: String
        /// The canonical name's place in `canonicalIndex`, so candidates compete by number, not by hashing names.
        var canonicalIndex: Int
        var terms: [TermHash]
    }

    let vocabulary: TagVocabulary
    let configuration: Configuration
    private let candidates: [Candidate]
    /// The candidates' terms, flat, for matching.
    private let candidateTerms: TermLists
    private let canonicalIndex: [String: Int]
    /// The canonical name of every explicit tag in the corpus, worked out once.
    private let explicitTags: ExplicitTags

    /// Builds the vocabulary from the configured aliases and the explicit tags found in `articles`.
    init(configuration: Configuration, articles: [Article]) {
        var aliases = configuration.aliases
        let configured = TagVocabulary(aliases: configuration.aliases)
        let tagsFound = Set(articles.flatMap(\.tags))
        for tag in tagsFound where configured.canonical(tag) == TagVocabulary.foldWidth(tag).trimmed {
            aliases[configured.canonical(tag), default: []] += []
        }
        vocabulary = TagVocabulary(aliases: aliases)
        explicitTags = ExplicitTags(tagsFound, vocabulary: vocabulary)
        self.configuration = configuration
        let tokenizer = Tokenizer()
        let names = vocabulary.names
        var canonicalIndex: [String: Int] = [:]
        for (_, canonical) in names where canonicalIndex[canonical] == nil {
            canonicalIndex[canonical] = canonicalIndex.count
        }
        self.canonicalIndex = canonicalIndex
        candidates = names.map { name, canonical in
            var terms: [TermHash] = []
            tokenizer.forEachTerm(name) { terms.append($0) }
            return Candidate(name: name, canonical: canonical, canonicalIndex: canonicalIndex[canonical] ?? 0,
                             terms: terms)
        }.filter { !$0.terms.isEmpty }
        candidateTerms = TermLists(candidates.map(\.terms))
    }

    /// The terms whose counts inferring tags asks for (besides the title's): the vocabulary's.
    var watchedTerms: [TermHash] { candidates.flatMap(\.terms) }

    /// The article's tags: explicit ones folded through aliases, or inferred ones when it has none.
    func tags(for article: Article, terms: DocumentTerms, statistics: CorpusStatistics) -> [ArticleTag] {
        if !article.tags.isEmpty {
            var names: [String] = []  // a few per article: a list beats a set of strings
            for tag in article.tags {
                let name = explicitTags.canonical(tag) ?? vocabulary.canonical(tag)
                if !names.contains(name) { names.append(name) }
            }
            return names.map { ArticleTag(name: $0, score: 1, origin: .explicit) }
        }
        return inferredTags(for: article, terms: terms, statistics: statistics)
    }

    /// A name's best score so far, and where it came from; the tag is written only for the names kept.
    private struct Scored {
        /// The canonical name's index, or for a title name outside the vocabulary a number after them.
        var index: Int
        var score: Double
        var source: Source
    }

    private enum Source {
        /// A vocabulary candidate, by its place in `candidates`.
        case candidate(Int)
        /// A capitalized Latin name in the title.
        case title(String)
    }

    private func inferredTags(for article: Article, terms: DocumentTerms,
                              statistics: CorpusStatistics) -> [ArticleTag] {
        // A handful of names match per article: a list searched in turn beats hashing into a dictionary.
        var best: [Scored] = []
        func consider(_ scored: Scored) {
            if let position = best.firstIndex(where: { $0.index == scored.index }) {
                if scored.score > best[position].score { best[position] = scored }
            } else if scored.score > 0 {
                best.append(scored)
            }
        }
        candidateTerms.forEachMatch(in: terms) { index, occurrences in
            let candidate = candidates[index]
            var idfSum = 0.0
            for term in candidate.terms { idfSum += statistics.idf(term) }
            let idf = idfSum / Double(candidate.terms.count)
            let score = CorpusStatistics.termFrequencyWeight(occurrences) * idf * titleBoost(candidate.terms, terms)
            consider(Scored(index: candidate.canonicalIndex, score: Self.rounded(score), source: .candidate(index)))
        }
        var titleNames: [String] = []  // names from the title outside the vocabulary, numbered after it
        func index(ofTitleName name: String) -> Int {
            if let index = canonicalIndex[name] { return index }
            if let position = titleNames.firstIndex(of: name) { return canonicalIndex.count + position }
            titleNames.append(name)
            return canonicalIndex.count + titleNames.count - 1
        }
        for name in TitleNames.latinNames(in: article.title) where vocabulary.canonical(name) == name {
            // A one-word name is one of the title's terms; a longer one is no term, and counts once.
            let hash = TermHashing.hash(name.lowercased())
            let count = terms.titleTerms.contains(hash) ? terms.count(hash) : 0
            let score = statistics.weight(count: max(1, count), term: hash) * 1.5
            consider(Scored(index: index(ofTitleName: name), score: Self.rounded(score), source: .title(name)))
        }
        let kept: [ArticleTag] = best.filter { $0.score >= configuration.minimumScore }.map(tag)
        let ranked = kept.sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
        return Array(ranked.prefix(configuration.maximumInferred))
    }

    private func tag(_ scored: Scored) -> ArticleTag {
        switch scored.source {
        case .candidate(let index):
            let candidate = candidates[index]
            return ArticleTag(name: candidate.canonical, score: scored.score, origin: .inferred,
                              evidence: candidate.name == candidate.canonical ? nil : candidate.name)
        case .title(let name):
            return ArticleTag(name: name, score: scored.score, origin: .inferred)
        }
    }

    private func titleBoost(_ candidateTerms: [TermHash], _ terms: DocumentTerms) -> Double {
        candidateTerms.allSatisfy(terms.titleTerms.contains) ? 1.5 : 1
    }

    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}

/// The canonical names of a corpus's explicit tags, looked up by the tag's term hash and confirmed byte for byte.
///
/// Every tag of every article is folded to its canonical name. Folding (width, case, spaces) and a dictionary of
/// `String`s (which normalizes non-ASCII text to hash it) cost more per article than the rest of tagging; the
/// corpus has a few dozen distinct tags, so each is folded once.
private struct ExplicitTags: Sendable {
    private let canonicalByHash: [TermHash: [(tag: String, canonical: String)]]

    init(_ tags: Set<String>, vocabulary: TagVocabulary) {
        var canonicalByHash: [TermHash: [(tag: String, canonical: String)]] = [:]
        for tag in tags {
            canonicalByHash[TermHashing.hash(tag), default: []].append((tag, vocabulary.canonical(tag)))
        }
        self.canonicalByHash = canonicalByHash
    }

    /// The canonical name of `tag` when it is one of the corpus's tags, byte for byte.
    func canonical(_ tag: String) -> String? {
        canonicalByHash[TermHashing.hash(tag)]?.first { $0.tag.utf8.elementsEqual(tag.utf8) }?.canonical
    }
}
