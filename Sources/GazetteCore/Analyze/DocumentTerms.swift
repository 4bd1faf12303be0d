import Foundation

/// How often each term occurs in one article's analysis text, and which terms its title holds.
///
/// One article's terms (`init(article:bodyLimit:)`) count every term. A corpus's (`counting(_:bodyLimit:keeping:)`)
/// keep only the terms per-article analysis asks about, the watched ones and the title's: every other term counts
/// once towards the document frequencies and is then forgotten, so 100k articles do not hold a gigabyte of tables.
struct DocumentTerms: Sendable {
    /// Term counts: every term, or the watched and title terms.
    var counts: TermCounts
    /// The terms of the title and subtitle (each counted once: a set).
    var titleTerms: TermCounts

    /// Counts every term of the article's analysis text: title, subtitle, summary, and the body's first `bodyLimit`
    /// characters (the lead says what an article is about; the rest mostly repeats it).
    init(article: Article, bodyLimit: Int, tokenizer: Tokenizer = Tokenizer()) {
        var tally = TermTally()
        self.init(article: article, bodyLimit: bodyLimit, tally: &tally, tokenizer: tokenizer, keeping: nil)
    }

    /// Counts the article's terms in `tally` (which holds them afterwards), and keeps the counts of the terms in
    /// `watched` and of the title's terms, or of every term when `watched` is nil.
    private init(article: Article, bodyLimit: Int, tally: inout TermTally, tokenizer: Tokenizer,
                 keeping watched: TermCounts?) {
        var titleTerms = TermCounts(capacity: 32)
        for heading in [article.title, article.subtitle ?? ""] {
            tokenizer.forEachTerm(heading) { hash in
                if !titleTerms.contains(hash) { titleTerms.add(hash) }
                tally.add(hash)
            }
        }
        tokenizer.forEachTerm(article.summary ?? "", into: &tally)
        tokenizer.forEachTerm(article.body, limit: bodyLimit, into: &tally)
        var counts = TermCounts(capacity: watched == nil ? tally.count : titleTerms.count + 16)
        tally.forEach { term, count in
            if watched?.contains(term) ?? true || titleTerms.contains(term) { counts.add(term, count) }
        }
        self.counts = counts
        self.titleTerms = titleTerms
    }

    /// The count of `term`: 0 when absent, or when these counts were made for a corpus and `term` is neither
    /// watched nor in the title.
    func count(_ term: TermHash) -> Int { Int(counts[term]) }

    /// The terms of every article (the watched and title terms kept), and the corpus's document frequencies counted
    /// on the way, on every core: one reused tally per chunk of articles.
    static func counting(_ articles: [Article], bodyLimit: Int, keeping watched: TermCounts,
                         tokenizer: Tokenizer = Tokenizer()) async -> (terms: [DocumentTerms],
                                                                          statistics: CorpusStatistics) {
        let parts = await articles.concurrentChunks(chunksPerCore: 2) { chunk in
            var tally = TermTally()
            var frequencies = TermCounts(capacity: chunk.count * 8)
            var terms: [DocumentTerms] = []
            terms.reserveCapacity(chunk.count)
            for article in chunk {
                terms.append(DocumentTerms(article: article, bodyLimit: bodyLimit, tally: &tally,
                                           tokenizer: tokenizer, keeping: watched))
                tally.forEach { term, _ in frequencies.add(term) }
                tally.removeAll()
            }
            return (terms, CorpusStatistics(documentCount: chunk.count, documentFrequency: frequencies))
        }
        return (parts.flatMap(\.0), await CorpusStatistics.combining(parts.map(\.1)))
    }

    /// The first `limit` scalars of `text`.
    static func lead(of text: String, limit: Int) -> Substring {
        let scalars = text.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Substring(scalars[..<end])
    }
}
