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
        // Each chunk initializes its own range of one buffer, whose results are then moved into the array: joining
        // per-chunk arrays copied every result, retaining and then releasing each reference it holds.
        let results = UnsafeMutablePointer<Result>.allocate(capacity: count)
        defer { results.deallocate() }
        let destination = ChunkDestination(base: results)
        _ = await concurrentChunks(concurrency: concurrency, serialBelow: serialBelow) { chunk in
            var target = destination.base + chunk.startIndex
            for element in chunk {
                target.initialize(to: transform(element))
                target += 1
            }
        }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            base.moveInitialize(from: results, count: count)
            initialized = count
        }
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

/// Where `concurrentMap`'s chunks write their results: each chunk writes only its own range of the buffer, and the
/// buffer is read only after every chunk is done, so sharing the pointer between tasks is safe.
private struct ChunkDestination<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>
}
