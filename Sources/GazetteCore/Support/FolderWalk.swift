/// Every file below a folder, found the way ingest reads folders (and the preview watches them): hidden names (`.`
/// first: an editor's swap files, `.DS_Store`) are passed over, and a folder reached again through a link (a link to
/// a folder above makes a loop) is entered once, by its device and inode.
///
/// Files are found in the order of their paths: each folder's names are visited sorted as the paths under them sort
/// (a folder's name as if it ended in `/`, so `a/b` comes after `a-c`, as `-` sorts before `/`).
public struct FolderWalk {
    /// What the walk found at a path.
    public enum Finding {
        /// A file, with what `stat(2)` says of it (nil when the walk does not `stat` files, `statsFiles`).
        case file(FileStatus?)
        /// A folder that cannot be listed.
        case unlistable
        /// A folder already entered (through a link); not entered again.
        case revisited
    }

    /// The folders entered so far, shared by the walks of one look at several paths.
    public var visited: Set<FileStatus.Identity> = []

    /// Whether files are `stat`ed as they are found. Without it, a name the listing says is a regular file is reported
    /// with no status (its reader asks for one), which leaves a walk of 60,000 files a listing rather than 60,000
    /// system calls on one core. Links and names of unknown kind are always `stat`ed (to tell files from folders).
    public var statsFiles: Bool

    /// Creates a walk that has entered no folder yet; with `statsFiles`, each file found comes with its status.
    public init(statsFiles: Bool = true) {
        self.statsFiles = statsFiles
    }

    /// Walks `folder` (whose status is `status`), calling `report` with each finding's path, the same path as
    /// `shownAs` spells its root (how a user named it), and the finding. Nothing is reported when the folder itself
    /// was entered before.
    public mutating func walk(_ folder: String, status: FileStatus, shownAs shown: String,
                              _ report: (_ path: String, _ shown: String, Finding) -> Void) {
        guard visited.insert(status.identity).inserted else { return }
        enter(folder, shownAs: shown, report)
    }

    private mutating func enter(_ folder: String, shownAs shown: String,
                                _ report: (_ path: String, _ shown: String, Finding) -> Void) {
        guard let entries = DirectoryListing.entries(of: folder) else {
            report(folder, shown, .unlistable)
            return
        }
        for (name, kind) in Self.inPathOrder(entries) where !name.hasPrefix(".") {
            let (path, shownPath) = (folder + "/" + name, shown + "/" + name)
            if kind == .file, !statsFiles {
                report(path, shownPath, .file(nil))
                continue
            }
            guard let status = FileStatus(path: path) else { continue }
            if !status.isDirectory {
                report(path, shownPath, .file(status))
            } else if visited.insert(status.identity).inserted {
                enter(path, shownAs: shownPath, report)
            } else {
                report(path, shownPath, .revisited)
            }
        }
    }

    /// A folder's entries sorted as the paths under them sort. A name whose kind the listing did not give (a link) is
    /// placed as a file would be.
    private static func inPathOrder(_ entries: [(name: String, kind: DirectoryListing.Kind)])
        -> [(name: String, kind: DirectoryListing.Kind)] {
        entries.map { entry in (key: entry.kind == .directory ? entry.name + "/" : entry.name, entry: entry) }
            .sorted { $0.key < $1.key }
            .map(\.entry)
    }
}
