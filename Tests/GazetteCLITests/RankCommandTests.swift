import Foundation
import GazetteCore
import GazetteTesting
import Testing

/// `gazette rank` and `gazette explain`, run as a user runs them.
@Suite struct RankCommandTests {
    let gazette = GazetteExecutable()

    @Test func rankShowsThreeNonEmptySectionsOnTheSeeds() throws {
        let run = try gazette.run(["rank", "--format", "json"])
        #expect(run.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let sections = try #require(document["sections"] as? [[String: Any]])
        let themes = sections.compactMap { $0["theme"] as? String }
        #expect(Array(themes.prefix(3)) == ["research", "products", "people"])
        for section in sections {
            let items = try #require(section["items"] as? [[String: Any]])
            #expect(!items.isEmpty)
            let terms = try #require(items.first?["terms"] as? [[String: Any]])
            #expect(terms.compactMap { $0["name"] as? String } == ["recency", "interest", "source", "theme", "quality", "diversity"])
        }
    }

    @Test func rankTwiceIsByteIdentical() throws {
        let first = try gazette.run(["rank"])
        let second = try gazette.run(["rank"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput.contains("研究 (research)"))
    }

    @Test func explainShowsWhyTheInterviewIsAboutPeople() throws {
        let run = try gazette.run(["explain", "06e4174a6d45c055", "--week", "2024-W52"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Theme: people"))
        #expect(run.standardOutput.contains("title: 负责人"))
        #expect(run.standardOutput.contains("text: 主持人"))
        #expect(run.standardOutput.contains("Summary (extracted)"))
        #expect(run.standardOutput.contains("recency"))
        #expect(run.standardOutput.contains("rank 1 of 1 in people (selected)"))
    }

    @Test func unknownIDSuggestsTheClosest() throws {
        let run = try gazette.run(["explain", "06e4174a6d45c0"])
        #expect(run.status == 0, "a unique prefix is enough")
        let unknown = try gazette.run(["explain", "06e4174a6d45c056"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no article has the id '06e4174a6d45c056'. Closest:"))
        #expect(unknown.standardError.contains("06e4174a6d45c055  与谷歌Gemini核心负责人对话"))
    }

    @Test func windowWithoutArticlesExitsWithOne() throws {
        let run = try gazette.run(["rank", "--week", "2020-W01"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("none of the 23 articles falls in 2020-W01"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func badWindowAndBadConfigurationAreUsageErrors() throws {
        #expect(try gazette.run(["rank", "--week", "2024-W99"]).status == 2)
        let folder = try TemporaryDirectory()
        let config = try folder.write("selection:\n  halfLifeDays: -1\n", to: "gazette.yml")
        let run = try gazette.run(["rank", "--config", config.path])
        #expect(run.status == 2)
        #expect(run.standardError.contains("selection.halfLifeDays: must be a positive number of days"))
    }

    @Test func emptyCorpusIsAClearFailure() throws {
        let folder = try TemporaryDirectory()
        let run = try gazette.run(["rank", folder.path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("there are no articles to select from"))
    }
}
