import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with `open(2)` and `read(2)`. Ingest reads every file of a folder on every core, where
/// `Data(contentsOf:)` costs a `URL` per path and Foundation's own checks (about 5 % of ingest's profile at 100k
/// articles) on top of the same system calls.
enum FileContents {
    /// Why a file could not be read: the system's error number, and its description.
    struct Failure: Error, Equatable, CustomStringConvertible {
        /// The `errno` value (`EACCES` when permission is denied).
        var code: Int32

        /// Whether the file exists but this process may not read it.
        var isPermissionDenied: Bool { code == EACCES || code == EPERM }

        var description: String { String(cString: strerror(code)) }
    }

    /// The bytes of the file at `path`. `expectedSize` (from `stat(2)`) sizes the buffer; a file that has grown or
    /// shrunk since is still read whole, to its end. The buffer comes from `malloc` and is handed to the `Data`
    /// as it is: `Data(count:)` would first fill it with zeros, only for `read` to overwrite them.
    static func read(_ path: String, expectedSize: Int = 0) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        defer { close(descriptor) }
        var capacity = max(expectedSize, 0) + 1  // one byte more, so the end is seen without a second call
        guard var buffer = malloc(capacity) else { throw Failure(code: ENOMEM) }
        var filled = 0
        while true {
            if filled == capacity {
                capacity += max(capacity, 64 * 1024)
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    throw Failure(code: ENOMEM)
                }
                buffer = grown
            }
            let requested = capacity - filled
            let count = systemRead(descriptor, buffer + filled, requested)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                free(buffer)
                throw Failure(code: code)
            }
            filled += count
            // A short read that brought the file to its expected size is its end: had it grown, the spare byte
            // would have been filled. (A read cut short by a signal before that point goes on.)
            if count < requested, filled >= expectedSize { break }
        }
        return Data(bytesNoCopy: buffer, count: filled, deallocator: .free)
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }
}
