@testable import GazetteCore
import Testing

struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 3, 64, 65, 1_000])
    func concurrentMapKeepsTheOrderOfMap(count: Int) async {
        let numbers = Array(0..<count)
        let expected = numbers.map { $0 * $0 }
        #expect(await numbers.concurrentMap(concurrency: 2) { $0 * $0 } == expected)
        #expect(await numbers.concurrentMap(concurrency: 2, serialBelow: 2) { $0 * $0 } == expected)
    }

    @Test func aFewHeavyElementsAreSharedOutWhenAsked() async {
        // 32 LSH bands, or a handful of archived issues: fewer than the default's 65, each a lot of work.
        let bands = Array(0..<32)
        let serial = await bands.concurrentChunks(concurrency: 2) { Array($0) }
        #expect(serial == [bands], "below 65 elements the default keeps one chunk")
        let shared = await bands.concurrentChunks(concurrency: 2, serialBelow: 2) { Array($0) }
        #expect(shared.count == 16)
        #expect(shared.flatMap { $0 } == bands)
        let three = await [7, 8, 9].concurrentChunks(concurrency: 2, serialBelow: 2) { Array($0) }
        #expect(three == [[7], [8], [9]], "no more chunks than elements, none empty")
    }
}
