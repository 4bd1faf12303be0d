import GazetteCore

/// The sentence that says which articles were left out because an earlier issue had them.
struct RepeatSummary {
    let repeats: [ArticleID: Int]

    /// The summary of `repeats`, or nil when no article was left out.
    init?(_ repeats: [ArticleID: Int]) {
        guard !repeats.isEmpty else { return nil }
        self.repeats = repeats
    }

    /// `17 articles already in issue 1 were left out.` (issues in order, counts per issue).
    var sentence: String {
        let counts = Dictionary(grouping: repeats.values, by: { $0 }).mapValues(\.count).sorted { $0.key < $1.key }
        let parts = counts.map { "\($0.value) in issue \($0.key)" }
        return "\(repeats.count) article(s) already in an earlier issue were left out (\(parts.joined(separator: ", ")))."
    }
}
