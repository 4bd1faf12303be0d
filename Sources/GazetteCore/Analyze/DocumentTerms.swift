import Foundation

/// How often each term occurs in one article's analysis text, and which terms its title holds.
struct DocumentTerms: Sendable {
    var counts = TermCounts()
    var titleTerms: Set<TermHash> = []
    var total = 0

    /// Counts the terms of the article's analysis text: title, subtitle, summary, and the body's first
    /// `bodyLimit` characters (the lead says what an article is about; the rest mostly repeats it).
    init(article: Article, bodyLimit: Int, tokenizer: Tokenizer = Tokenizer()) {
        let title = article.title + " " + (article.subtitle ?? "")
        tokenizer.forEachTerm(title) { hash in
            titleTerms.insert(hash)
            counts.add(hash)
            total += 1
        }
        let summary = article.summary ?? ""
        tokenizer.forEachTerm(summary) { hash in
            counts.add(hash)
            total += 1
        }
        tokenizer.forEachTerm(Self.lead(of: article.body, limit: bodyLimit)) { hash in
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

    init(_ documents: [DocumentTerms]) {
        documentCount = documents.count
        documentFrequency = TermCounts(capacity: documents.count * 8)
        for document in documents {
            for (term, _) in document.counts {
                documentFrequency.add(term)
            }
        }
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
        return total
    }

    /// Inverse document frequency, smoothed: `ln((N + 1) / (df + 1)) + 1`.
    public func idf(_ term: TermHash) -> Double {
        let frequency = Double(documentFrequency[term])
        return log((Double(documentCount) + 1) / (frequency + 1)) + 1
    }

    /// In how many articles `term` occurs.
    public func documentFrequency(of term: TermHash) -> Int {
        Int(documentFrequency[term])
    }

    /// TF-IDF with a sublinear term frequency: `(1 + ln tf) · idf`, 0 for an absent term.
    func weight(count: Int, term: TermHash) -> Double {
        count > 0 ? (1 + log(Double(count))) * idf(term) : 0
    }
}
