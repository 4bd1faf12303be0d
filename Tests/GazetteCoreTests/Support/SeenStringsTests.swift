@testable import GazetteCore
import Testing

/// `SeenStrings` says whether a string is new, the same way before and after it moves its strings into a set.
struct SeenStringsTests {
    @Test func aStringIsNewOnlyTheFirstTime() {
        var seen = SeenStrings()
        #expect(seen.insert("https://a.example/"))
        #expect(!seen.insert("https://a.example/"))
        #expect(seen.insert("https://b.example/"))
    }

    @Test func repeatsAreFoundOnBothSidesOfTheListLimit() {
        var seen = SeenStrings()
        let strings = (0..<(SeenStrings.listLimit * 3)).map { "link \($0)" }
        for string in strings { #expect(seen.insert(string)) }
        for string in strings.shuffled() { #expect(!seen.insert(string)) }
        #expect(seen.insert("link \(strings.count)"))
    }
}
