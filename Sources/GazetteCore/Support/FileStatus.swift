#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` says about a path: kind, size and modification time. Ingest asks this of every file on every
/// run (and the preview of every watched file every 20 ms), where Foundation's `attributesOfItem` (a dictionary of
/// every attribute, owner names included) costs ten times the system call.
public struct FileStatus: Hashable, Sendable {
    /// Whether the path is a folder.
    public var isDirectory: Bool
    /// The size in bytes.
    public var size: Int
    /// The modification time, in seconds since 1970 (with the file system's sub-second part).
    public var modified: Double
    /// Which file or folder this is, whatever the path it was reached by (device and inode).
    public var identity: Identity

    /// A file's device and inode: two paths with the same identity reach the same file (through a link).
    public struct Identity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    /// Whether this process may read `path` now (`access(2)`). Permissions can change without the size or the
    /// modification time changing, so a file is not served from the ingest cache unless it can still be read.
    public static func isReadable(_ path: String) -> Bool {
        access(path, R_OK) == 0
    }

    /// The status of `path` (links followed), or nil when it cannot be had (no such file, no permission).
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        isDirectory = info.st_mode & S_IFMT == S_IFDIR
        size = Int(info.st_size)
        identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        #if canImport(Darwin)
        modified = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
    }
}
