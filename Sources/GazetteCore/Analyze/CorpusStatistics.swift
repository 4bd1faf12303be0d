import Foundation

/// Document frequencies over the whole corpus, for TF-IDF weights.
public struct CorpusStatistics: Sendable {
    /// How many articles were counted.
    public private(set) var documentCount = 0
    private var documentFrequency: TermCounts
    /// `idf` for the commonest document frequencies (most terms are rare), computed once per corpus instead of a
    /// logarithm per lookup; the same values.
    private var idfByFrequency: [Double] = []

    /// The statistics of `documents`, each made with every term counted (`DocumentTerms(article:bodyLimit:)`).
    init(_ documents: [DocumentTerms]) {
        var frequencies = TermCounts(capacity: documents.count * 8)
        for document in documents {
            for (term, _) in document.counts {
                frequencies.add(term)
            }
        }
        self.init(documentCount: documents.count, documentFrequency: frequencies)
    }

    /// Statistics from counts already made: how many documents, and in how many of them each term occurs.
    init(documentCount: Int, documentFrequency: TermCounts) {
        self.documentCount = documentCount
        self.documentFrequency = documentFrequency
        tabulateIDF()
    }

    private mutating func tabulateIDF() {
        idfByFrequency = (0...min(documentCount, 4096)).map(idf(frequency:))
    }

    private func idf(frequency: Int) -> Double {
        log((Double(documentCount) + 1) / (Double(frequency) + 1)) + 1
    }

    /// The statistics of several parts of a corpus, added up in pairs on every core.
    static func combining(_ parts: [CorpusStatistics]) async -> CorpusStatistics {
        var parts = parts
        while parts.count > 1 {
            let pairs = stride(from: 0, to: parts.count, by: 2).map { Array(parts[$0..<min($0 + 2, parts.count)]) }
            parts = await pairs.concurrentMap(serialBelow: 2) { pair in
                guard var total = pair.first else { return CorpusStatistics([]) }
                for part in pair.dropFirst() {
                    total.documentCount += part.documentCount
                    total.documentFrequency.add(part.documentFrequency)
                }
                return total
            }
        }
        guard var total = parts.first else { return CorpusStatistics([]) }
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
