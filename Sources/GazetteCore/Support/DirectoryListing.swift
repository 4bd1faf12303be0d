#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in a folder with the kind the listing itself gives (`readdir(3)`'s `d_type`), so that a walk need not
/// ask `stat(2)` of every name to tell files from folders.
struct DirectoryListing {
    /// What the listing says a name is.
    enum Kind {
        /// A regular file.
        case file
        /// A folder.
        case directory
        /// A link, or a name the file system did not say the kind of: `stat(2)` tells.
        case unknown
    }

    /// The folder's names (`.` and `..` left out) with their kinds, in the order the file system lists them; nil
    /// when the folder cannot be listed.
    static func entries(of folder: String) -> [(name: String, kind: Kind)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            entries.append((name, kind(of: entry.pointee.d_type)))
        }
        return entries
    }

    private static func kind(of type: UInt8) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): .file
        case Int32(DT_DIR): .directory
        default: .unknown
        }
    }
}
