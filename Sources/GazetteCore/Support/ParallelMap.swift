import Foundation

extension Array where Element: Sendable {
    /// `map`, with the work split into contiguous chunks run on every core; the result keeps the order.
    func concurrentMap<Result: Sendable>(
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        guard count > 64, concurrency > 1 else { return map(transform) }
        return await concurrentChunks(concurrency: concurrency) { $0.map(transform) }.flatMap { $0 }
    }

    /// `transform` applied to contiguous chunks of the array on every core, the chunks' results in order: for work
    /// that folds many elements into one value (counts, tables) before the chunks' values are combined.
    ///
    /// By default there are eight chunks per core, taken by whichever core is free, so a run of slow elements (long
    /// articles that sort together) does not leave the other cores idle at the end.
    func concurrentChunks<Result: Sendable>(
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, chunksPerCore: Int = 8,
        _ transform: @escaping @Sendable (ArraySlice<Element>) -> Result
    ) async -> [Result] {
        guard count > 64, concurrency > 1 else { return [transform(self[...])] }
        let chunkCount = concurrency * Swift.max(1, chunksPerCore)
        let chunkSize = (count + chunkCount - 1) / chunkCount
        return await withTaskGroup(of: (Int, Result).self) { group in
            for (index, start) in stride(from: 0, to: count, by: chunkSize).enumerated() {
                let chunk = self[start..<Swift.min(start + chunkSize, count)]
                group.addTask { (index, transform(chunk)) }
            }
            var results = [(Int, Result)]()
            for await result in group {
                results.append(result)
            }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
