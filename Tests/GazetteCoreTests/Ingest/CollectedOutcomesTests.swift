import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// Outcomes are taken batch by batch as they come in; the result is the one pass over all files in order would give,
/// whatever the number of readers.
struct CollectedOutcomesTests {
    /// 300 files in many batches: each text appears three times (files i, i + 100, i + 200), and ten more files are
    /// drafts.
    @Test(arguments: [1, 2, 4])
    func copiesAcrossBatchesCollapseIntoTheFirstInFileOrder(concurrency: Int) async throws {
        let folder = try TemporaryDirectory()
        for index in 0..<300 {
            let text = "# Article \(index % 100)\n\nThe body of article \(index % 100)."
            try folder.write(text, to: String(format: "%03d.md", index))
        }
        for index in 300..<310 {
            try folder.write("---\ntitle: Draft \(index)\ndraft: true\n---\n\nNot yet.", to: "\(index).md")
        }
        let result = await Ingestor(options: IngestOptions(concurrency: concurrency)).ingest([folder.path])
        #expect(result.files.count == 310)
        #expect(result.articles.map(\.title) == (0..<100).map { "Article \($0)" })
        #expect(result.articles.map { URL(fileURLWithPath: $0.origin.path).lastPathComponent }
                == (0..<100).map { String(format: "%03d.md", $0) })
        let drafts = result.diagnostics.filter { $0.message.contains("is a draft") }
        #expect(drafts.map { URL(fileURLWithPath: $0.path).lastPathComponent } == (300..<310).map { "\($0).md" })
        let collapses = result.diagnostics.filter { $0.message.contains("collapsed into one article") }
        #expect(collapses.count == 100)
        #expect(collapses.map { URL(fileURLWithPath: $0.path).lastPathComponent }
                == (0..<100).map { String(format: "%03d.md", $0) })
        #expect(result.diagnostics.suffix(100).map(\.message) == collapses.map(\.message),
                "the collapse notes come after every other diagnostic")
    }

    /// A copy's keys join its group: an article sharing its text with the first and its address with the second
    /// ties a later article with that address to the first group, as one pass over them all does.
    @Test func aCopysKeysJoinItsGroup() {
        func keys(_ text: UInt64, _ address: UInt64?) -> ExactDeduplicator.Keys {
            ExactDeduplicator.Keys(contentDigest: ContentDigest(text, 0, 0, 0),
                                   urlDigest: address.map { ContentDigest($0, 1, 1, 1) })
        }
        var grouping = ExactDeduplicator.Grouping(capacity: 4)
        let memberships = [keys(1, 10), keys(2, 20), keys(1, 20), keys(3, 20), keys(4, nil), keys(4, 30)]
            .map { grouping.add($0) }
        #expect(memberships == [.first(group: 0), .first(group: 1), .copy(ofGroup: 0), .copy(ofGroup: 0),
                                .first(group: 2), .copy(ofGroup: 2)])
    }
}
