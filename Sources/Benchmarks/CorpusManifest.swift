import Foundation

/// What a finished corpus folder holds; written last, so its presence means the corpus is complete.
struct CorpusManifest: Sendable, Codable, Equatable {
    /// The generator's format version: a corpus from another version is written again.
    var version: Int
    var seed: UInt64
    /// Every article written, copies included.
    var articles: Int
    /// Articles ingest must find: `articles - duplicates`.
    var uniqueArticles: Int
    /// Planted copies (a second file with the same URL).
    var duplicates: Int
    var files: Int
    var bytes: Int
    /// Files per encoding name.
    var encodings: [String: Int]

    /// Whether this manifest describes the corpus the parameters ask for.
    func matches(version: Int, seed: UInt64, articles: Int) -> Bool {
        self.version == version && self.seed == seed && self.articles == articles
    }

    /// One line for the log: counts, size and encodings.
    var summary: String {
        let mix = encodings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let megabytes = Double(bytes) / 1_000_000
        return "\(articles) articles (\(uniqueArticles) unique + \(duplicates) planted duplicates) in \(files) files, "
            + "\(String(format: "%.1f", megabytes)) MB; encodings: \(mix)"
    }
}
