import Foundation

extension Array where Element: Sendable {
    /// `map`, with the work split into one contiguous chunk per core; the result keeps the order.
    func concurrentMap<Result: Sendable>(
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        guard count > 64, concurrency > 1 else { return map(transform) }
        let chunkSize = (count + concurrency - 1) / concurrency
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for (index, start) in stride(from: 0, to: count, by: chunkSize).enumerated() {
                let chunk = Array(self[start..<Swift.min(start + chunkSize, count)])
                group.addTask { (index, chunk.map(transform)) }
            }
            var chunks = [[Result]](repeating: [], count: (count + chunkSize - 1) / chunkSize)
            for await (index, results) in group {
                chunks[index] = results
            }
            return chunks.flatMap { $0 }
        }
    }
}
