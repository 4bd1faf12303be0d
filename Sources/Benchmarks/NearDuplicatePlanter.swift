import Foundation
import GazetteCore

/// Plants near-duplicates in a corpus: for every `every`-th article, a copy with another title and no URL, whose body
/// is lightly edited (one sentence in ten dropped, a sentence added, punctuation widened), as a repost would be.
struct NearDuplicatePlanter {
    /// The corpus with the copies appended, and which copy belongs to which original (indices into `articles`).
    struct Planted {
        var articles: [Article]
        var pairs: [(original: Int, copy: Int)]

        /// Recall over the planted pairs, and the clustered pairs that were not planted.
        func score(_ groups: [[Int]]) -> (recall: Double, clusteredPairs: Int, unplantedPairs: Int,
                                          falsePositiveRate: Double) {
            var cluster: [Int: Int] = [:]
            for (number, group) in groups.enumerated() { group.forEach { cluster[$0] = number } }
            let found = pairs.filter { pair in
                cluster[pair.original].map { $0 == cluster[pair.copy] } ?? false
            }.count
            let clustered = groups.map { $0.count * ($0.count - 1) / 2 }.reduce(0, +)
            let unplanted = max(0, clustered - found)
            return (pairs.isEmpty ? 1 : Double(found) / Double(pairs.count), clustered, unplanted,
                    clustered == 0 ? 0 : Double(unplanted) / Double(clustered))
        }
    }

    let every: Int

    func plant(in articles: [Article]) -> Planted {
        var result = articles
        var pairs: [(Int, Int)] = []
        for index in stride(from: 0, to: articles.count, by: every) {
            var copy = articles[index]
            copy.id = ArticleID(rawValue: "copy-\(index)")
            copy.title = "转载：" + copy.title
            copy.url = nil
            copy.body = edited(copy.body)
            pairs.append((index, result.count))
            result.append(copy)
        }
        return Planted(articles: result, pairs: pairs)
    }

    private func edited(_ body: String) -> String {
        let sentences = body.components(separatedBy: "。")
        let kept = sentences.enumerated().filter { $0.offset % 10 != 7 }.map(\.element)
        return (kept.joined(separator: "。") + "。本文转载自合作媒体,如有侵权请联系删除。")
            .replacingOccurrences(of: ",", with: "，")
    }
}
