import Foundation

/// Finds the files to read under the paths a user names: files as they are, folders recursively.
///
/// Hidden files and folders (names starting with `.`) are left out; the order is by path, so runs are repeatable.
/// Files in folders are told from folders by the listing, without a `stat(2)` each: ingest asks for their status,
/// on every core. A named file, a link, or a name the file system does not give the kind of keeps the status the
/// scanner took of it.
struct SourceScanner {
    /// The files found and what went wrong with the paths that could not be read.
    struct Scan {
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
    }

    func scan(_ paths: [String]) -> Scan {
        var scan = Scan()
        // One path cannot name a file twice (a folder reached again through a link is not entered again).
        guard paths.count > 1 else {
            scan.files = paths.first.map { files(at: $0, diagnostics: &scan.diagnostics) } ?? []
            return scan
        }
        var seen = Set<String>()
        for path in paths {
            for file in files(at: path, diagnostics: &scan.diagnostics) where seen.insert(file.absolutePath).inserted {
                scan.files.append(file)
            }
        }
        return scan
    }

    private func files(at path: String, diagnostics: inout [Diagnostic]) -> [SourceFile] {
        guard let status = FileStatus(path: path) else {
            diagnostics.append(Diagnostic(.error, path: path,
                                          message: "no such file or folder; check the path (it is relative to "
                                              + "\(FileManager.default.currentDirectoryPath))"))
            return []
        }
        guard status.isDirectory else {
            return [SourceFile(path: path, absolutePath: URL(fileURLWithPath: path).standardizedFileURL.path,
                               status: status)]
        }
        var files: [SourceFile] = []
        let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        // Files are `stat`ed by their readers, on every core, rather than here on one.
        var walk = FolderWalk(statsFiles: false)
        walk.walk(root.path, status: status, shownAs: path.hasSuffix("/") ? String(path.dropLast()) : path) {
            full, shown, finding in
            switch finding {
            case .file(let status):
                files.append(SourceFile(path: shown, absolutePath: full, status: status))
            case .unlistable:
                diagnostics.append(Diagnostic(.error, path: shown,
                                              message: "cannot list this folder: permission denied"))
            case .revisited:
                diagnostics.append(Diagnostic(.note, path: shown,
                                              message: "a link to a folder already read; not read again"))
            }
        }
        // The walk finds files in path order, or nearly (see `FolderWalk`): then sorting only checks it.
        return files.sorted { $0.path < $1.path }
    }
}
