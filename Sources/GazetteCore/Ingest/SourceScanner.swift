import Foundation

/// Finds the files to read under the paths a user names: files as they are, folders recursively.
///
/// Hidden files and folders (names starting with `.`) are left out; the order is by path, so runs are repeatable.
/// Listing asks only whether each entry is a folder; sizes and times are read later, in parallel, with the file.
struct SourceScanner {
    /// The files found and what went wrong with the paths that could not be read.
    struct Scan {
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
    }

    func scan(_ paths: [String]) -> Scan {
        var scan = Scan()
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
            return [SourceFile(path: path, absolutePath: URL(fileURLWithPath: path).standardizedFileURL.path)]
        }
        var files: [SourceFile] = []
        let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        var visited: Set<FileStatus.Identity> = [status.identity]
        collect(folder: root.path, shownAs: path.hasSuffix("/") ? String(path.dropLast()) : path, into: &files,
                visited: &visited, diagnostics: &diagnostics)
        return files.sorted { $0.path < $1.path }
    }

    /// Reads `folder` recursively. A folder reached again through a link (a link to a folder above makes a loop) is
    /// read once.
    private func collect(folder: String, shownAs shown: String, into files: inout [SourceFile],
                         visited: inout Set<FileStatus.Identity>, diagnostics: inout [Diagnostic]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            diagnostics.append(Diagnostic(.error, path: shown, message: "cannot list this folder: permission denied"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let full = folder + "/" + name
            guard let status = FileStatus(path: full) else { continue }
            if status.isDirectory {
                guard visited.insert(status.identity).inserted else {
                    diagnostics.append(Diagnostic(.note, path: shown + "/" + name,
                                                  message: "a link to a folder already read; not read again"))
                    continue
                }
                collect(folder: full, shownAs: shown + "/" + name, into: &files, visited: &visited,
                        diagnostics: &diagnostics)
            } else {
                files.append(SourceFile(path: shown + "/" + name, absolutePath: full))
            }
        }
    }
}
