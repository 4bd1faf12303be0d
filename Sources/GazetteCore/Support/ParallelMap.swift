import Foundation

extension Array where Element: Sendable {
    /// `map`, with the work split into contiguous chunks run on every core; the result keeps the order. Arrays of
    /// fewer than `serialBelow` elements are mapped on the calling task (for cheap elements, sharing out costs more
    /// than it saves; lower it when each element is a lot of work).
    func concurrentMap<Result: Sendable>(
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, serialBelow: Int = 65,
        _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        guard count >= serialBelow, count > 1, concurrency > 1 else { return map(transform) }
        return await concurrentChunks(concurrency: concurrency, serialBelow: serialBelow) { $0.map(transform) }
            .flatMap { $0 }
    }

    /// `transform` applied to contiguous chunks of the array on every core, the chunks' results in order: for work
    /// that folds many elements into one value (counts, tables) before the chunks' values are combined.
    ///
    /// By default there are eight chunks per core (never more than elements), taken by whichever core is free, so a
    /// run of slow elements (long articles that sort together) does not leave the other cores idle at the end.
    /// `serialBelow` is as for `concurrentMap`.
    func concurrentChunks<Result: Sendable>(
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, chunksPerCore: Int = 8,
        serialBelow: Int = 65, _ transform: @escaping @Sendable (ArraySlice<Element>) -> Result
    ) async -> [Result] {
        guard count >= serialBelow, count > 1, concurrency > 1 else { return [transform(self[...])] }
        let chunkCount = Swift.min(count, concurrency * Swift.max(1, chunksPerCore))
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
