/// A run's file outcomes taken in the files' order, each batch as soon as the batches before it are in, while later
/// files are still being read: their articles moved into one list (drafts left out unless asked for, with a note),
/// exact copies set aside as they are met, and the reports and remembered files kept for the result.
///
/// Done at the end instead, this work ran on one core while the other waited: a tenth of a 100k rebuild.
struct CollectedOutcomes {
    private var result: IngestResult
    private let includeDrafts: Bool
    private var grouping: ExactDeduplicator.Grouping
    /// Where each group's first article sits in `result.articles`.
    private var firstPositions: [Int] = []
    /// The later copies of each group that has any.
    private var copies: [Int: [Article]] = [:]
    /// How many of the files taken the cache remembered, changed or not.
    private(set) var rememberedFileCount = 0

    /// Nothing taken yet; `diagnostics` (the listing's) come first in the result. `fileCount` sizes the lists.
    init(diagnostics: [Diagnostic], fileCount: Int, includeDrafts: Bool) {
        result = IngestResult(articles: [], diagnostics: diagnostics, files: [])
        result.articles.reserveCapacity(fileCount)
        result.files.reserveCapacity(fileCount)
        self.includeDrafts = includeDrafts
        grouping = ExactDeduplicator.Grouping(capacity: fileCount * 2)  // compilations hold many articles
    }

    /// Takes the next file's outcome.
    mutating func add(_ outcome: consuming FileIngestor.Outcome) {
        result.files.append(outcome.report)
        if let remembered = outcome.remembered { result.remembered.append(remembered) }
        if outcome.isReused { result.reusedFileCount += 1 }
        if outcome.isRemembered { rememberedFileCount += 1 }
        result.diagnostics += outcome.diagnostics
        var keys = outcome.keys.makeIterator()
        outcome.articles.moveEachInOrder { article in
            guard let articleKeys = keys.next() else { return }
            add(article, keys: articleKeys)
        }
    }

    private mutating func add(_ article: consuming Article, keys: ExactDeduplicator.Keys) {
        if article.isDraft, !includeDrafts {
            result.diagnostics.append(Diagnostic(.note, path: article.origin.path, line: article.origin.line,
                                                 message: "'\(article.title)' is a draft; left out (use --drafts)"))
            return
        }
        switch grouping.add(keys) {
        case .first:
            firstPositions.append(result.articles.count)
            result.articles.append(article)
        case .copy(let group):
            copies[group, default: []].append(article)
        }
    }

    /// The result: each group with copies collapsed into its first article's place, and a note for each, in the
    /// order of the groups' first articles, after every other diagnostic. Call it once, after the last outcome.
    /// (Mutating rather than consuming: the caller's copy of a consumed value kept the articles shared, and the first
    /// replacement copied all of them.)
    mutating func finish() -> IngestResult {
        for (group, later) in copies.sorted(by: { $0.key < $1.key }) {
            let position = firstPositions[group]
            let (kept, note) = ExactDeduplicator.collapse([result.articles[position]] + later)
            result.articles[position] = kept
            result.diagnostics.append(note)
        }
        return result
    }
}
