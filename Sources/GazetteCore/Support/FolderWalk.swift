import Foundation

/// Every file below a folder, found the way ingest reads folders (and the preview watches them): hidden names (`.`
/// first: an editor's swap files, `.DS_Store`) are passed over, and a folder reached again through a link (a link to
/// a folder above makes a loop) is entered once, by its device and inode.
public struct FolderWalk {
    /// What the walk found at a path.
    public enum Finding {
        /// A file, with what `stat(2)` says of it.
        case file(FileStatus)
        /// A folder that cannot be listed.
        case unlistable
        /// A folder already entered (through a link); not entered again.
        case revisited
    }

    /// The folders entered so far, shared by the walks of one look at several paths.
    public var visited: Set<FileStatus.Identity> = []

    /// Creates a walk that has entered no folder yet.
    public init() {}

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
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            report(folder, shown, .unlistable)
            return
        }
        for name in names where !name.hasPrefix(".") {
            let (path, shownPath) = (folder + "/" + name, shown + "/" + name)
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
}
