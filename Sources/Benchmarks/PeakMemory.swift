import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process's peak resident memory, per benchmark phase.
///
/// Linux keeps the resident high-water mark in `VmHWM` of `/proc/self/status`; writing `5` to
/// `/proc/self/clear_refs` (Linux 4.0 and later) resets it to the current resident size. Before each phase
/// the benchmark returns freed heap to the system (`malloc_trim`) and resets the mark, so a phase's peak is
/// its own, plus whatever the process still holds from before. Where the reset is unavailable the mark is
/// the peak since the process started, and the table says so.
enum PeakMemory {
    /// How phase peaks are measured on this system.
    enum Mode: Sendable {
        /// The high-water mark is reset before each phase.
        case perPhase
        /// The mark cannot be reset: each value is the peak since the process started.
        case sinceStart
        /// `/proc/self/status` is unreadable: no memory figures.
        case unavailable
    }

    /// Checks that resetting works: touch 64 MiB, free it, reset, and see the mark fall.
    static func probe() -> Mode {
        guard highWaterBytes() != nil else { return .unavailable }
        let size = 64 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        buffer.initializeMemory(as: UInt8.self, repeating: 1)
        let peak = highWaterBytes() ?? 0
        buffer.deallocate()
        guard resetHighWater(), let after = highWaterBytes() else { return .sinceStart }
        return after < peak - size / 2 ? .perPhase : .sinceStart
    }

    /// Gives freed heap back to the system and resets the high-water mark; false when the reset failed.
    @discardableResult
    static func resetHighWater() -> Bool {
        trimHeap()
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// Gives freed heap back to the system: glibc's `malloc_trim(0)`, found at run time because Swift's
    /// Glibc module does not export `<malloc.h>`; does nothing on other C libraries.
    static func trimHeap() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }

    /// Peak resident memory in bytes since the last reset (or process start).
    static func highWaterBytes() -> Int? { statusField("VmHWM") }

    /// Current resident memory in bytes.
    static func residentBytes() -> Int? { statusField("VmRSS") }

    /// A `kB` field of `/proc/self/status`, in bytes.
    private static func statusField(_ name: String) -> Int? {
        // /proc files report a size of 0, so read them to the end rather than by their size.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/status") else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd(), let status = String(data: data, encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let number = line.dropFirst(name.count + 1).split(whereSeparator: \.isWhitespace).first
            return number.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}
