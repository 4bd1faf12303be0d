@testable import GazetteCore
import Testing

struct SmallestTests {
    @Test(arguments: [0, 1, 3, 10, 99, 100, 150])
    func givesTheSortedPrefixWithoutSortingEverything(count: Int) {
        var generator = SystemRandomNumberGenerator()
        // Many ties in the score, broken by the second field, as the keyword and selection rankings do.
        let pairs = (0..<100).map { index in (score: Int.random(in: 0..<10, using: &generator), id: index) }.shuffled()
        let order: ((score: Int, id: Int), (score: Int, id: Int)) -> Bool = {
            $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id
        }
        let expected = Array(pairs.sorted(by: order).prefix(count))
        #expect(pairs.smallest(count, by: order).map(\.id) == expected.map(\.id))
    }
}
