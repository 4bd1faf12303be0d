@testable import GazetteCore
import Testing

/// `SeenStrings` says whether a string is new, the same way before and after it moves its strings into a set.
struct SeenStringsTests {
    @Test func aStringIsNewOnlyTheFirstTime() {
        var seen = SeenStrings()
        let answers = ["https://a.example/", "https://a.example/", "https://b.example/"].map { seen.insert($0) }
        #expect(answers == [true, false, true])
    }

    @Test func repeatsAreFoundOnBothSidesOfTheListLimit() {
        var seen = SeenStrings()
        let strings = (0..<(SeenStrings.listLimit * 3)).map { "link \($0)" }
        let first = strings.map { seen.insert($0) }
        let again = strings.shuffled().map { seen.insert($0) }
        let another = seen.insert("link \(strings.count)")
        #expect(first.allSatisfy { $0 })
        #expect(again.allSatisfy { !$0 })
        #expect(another)
    }
}
