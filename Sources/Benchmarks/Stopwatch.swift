#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock (and processor) timing of one piece of work, for the benchmarks' tables.
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

    /// `body`'s value, the seconds it took, and the processor seconds this process spent meanwhile (user and system,
    /// all threads). On a virtual machine whose host takes a share of the time, the processor seconds vary less
    /// than the wall-clock ones, so comparisons of two builds should look at both.
    static func timeWithProcessor<Value>(_ body: () async throws -> Value) async rethrows
        -> (value: Value, seconds: Double, processorSeconds: Double) {
        let processorStart = processorSeconds()
        let (value, seconds) = try await time(body)
        return (value, seconds, processorSeconds() - processorStart)
    }

    /// User and system time of every thread of this process so far.
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
