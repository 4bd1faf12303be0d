import Foundation

/// How often each term occurs in one article's analysis text, and which terms its title holds.
struct DocumentTerms: Sendable {
    var counts = TermCounts()
    var titleTerms: Set<TermHash> = []
    var total = 0

    /// Counts the terms of the article's analysis text: title, subtitle, summary, and the body's first
    /// `bodyLimit` characters (the lead says what an article is about; the rest mostly repeats it).
    init(article: Article, bodyLimit: Int, tokenizer: Tokenizer = Tokenizer()) {
        // About one distinct term per eight bytes of text read (a CJK character is three bytes and starts a pair),
        // so the table seldom grows while it counts.
        let summary = article.summary ?? ""
        let bytes = article.title.utf8.count + (article.subtitle?.utf8.count ?? 0) + summary.utf8.count
            + min(article.body.utf8.count, bodyLimit * 3)
        counts = TermCounts(capacity: bytes / 8)
        for heading in [article.title, article.subtitle ?? ""] {
            tokenizer.forEachTerm(heading) { hash in
                titleTerms.insert(hash)
                counts.add(hash)
                total += 1
            }
        }
        tokenizer.forEachTerm(summary) { hash in
            counts.add(hash)
            total += 1
        }
        tokenizer.forEachTerm(article.body, limit: bodyLimit) { hash in
            counts.add(hash)
            total += 1
        }
    }

    func count(_ term: TermHash) -> Int { Int(counts[term]) }

    /// The first `limit` scalars of `text`.
    static func lead(of text: String, limit: Int) -> Substring {
        let scalars = text.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Substring(scalars[..<end])
    }
}

/// Document frequencies over the whole corpus, for TF-IDF weights.
public struct CorpusStatistics: Sendable {
    /// How many articles were counted.
    public private(set) var documentCount = 0
    private var documentFrequency: TermCounts
    /// `idf` for the commonest document frequencies (most terms are rare), computed once per corpus instead of a
    /// logarithm per lookup; the same values.
    private var idfByFrequency: [Double] = []

    init(_ documents: [DocumentTerms]) {
        documentCount = documents.count
        documentFrequency = TermCounts(capacity: documents.count * 8)
        for document in documents {
            for (term, _) in document.counts {
                documentFrequency.add(term)
            }
        }
        tabulateIDF()
    }

    private mutating func tabulateIDF() {
        idfByFrequency = (0...min(documentCount, 4096)).map(idf(frequency:))
    }

    private func idf(frequency: Int) -> Double {
        log((Double(documentCount) + 1) / (Double(frequency) + 1)) + 1
    }

    /// The statistics of `documents`, counted in one chunk per core and then added up (fewer chunks, fewer tables
    /// to merge).
    static func counting(_ documents: [DocumentTerms]) async -> CorpusStatistics {
        let parts = await documents.concurrentChunks(chunksPerCore: 1) { CorpusStatistics(Array($0)) }
        guard var total = parts.first else { return CorpusStatistics([]) }
        for part in parts.dropFirst() {
            total.documentCount += part.documentCount
            total.documentFrequency.add(part.documentFrequency)
        }
        total.tabulateIDF()
        return total
    }

    /// Inverse document frequency, smoothed: `ln((N + 1) / (df + 1)) + 1`.
    public func idf(_ term: TermHash) -> Double {
        let frequency = Int(documentFrequency[term])
        return frequency < idfByFrequency.count ? idfByFrequency[frequency] : idf(frequency: frequency)
    }

    /// In how many articles `term` occurs.
    public func documentFrequency(of term: TermHash) -> Int {
        Int(documentFrequency[term])
    }

    /// TF-IDF with a sublinear term frequency: `(1 + ln tf) · idf`, 0 for an absent term.
    func weight(count: Int, term: TermHash) -> Double {
        count > 0 ? Self.termFrequencyWeight(count) * idf(term) : 0
    }

    /// `1 + ln count`, from a table for the counts most terms have.
    static func termFrequencyWeight(_ count: Int) -> Double {
        count < termFrequencyWeights.count ? termFrequencyWeights[count] : 1 + log(Double(count))
    }

    private static let termFrequencyWeights: [Double] = (0..<256).map { 1 + log(Double($0)) }
}
