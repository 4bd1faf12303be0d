/// Wall-clock timing of one piece of work, for the benchmarks' tables.
enum Stopwatch {
    /// `body`'s value and the seconds it took.
    static func time<Value>(_ body: () throws -> Value) rethrows -> (Value, Double) {
        let start = ContinuousClock.now
        let value = try body()
        return (value, (ContinuousClock.now - start).seconds)
    }

    /// `body`'s value and the seconds it took.
    static func time<Value>(_ body: () async throws -> Value) async rethrows -> (Value, Double) {
        let start = ContinuousClock.now
        let value = try await body()
        return (value, (ContinuousClock.now - start).seconds)
    }
}
