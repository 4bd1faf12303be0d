import Foundation

/// Finds the files to read under the paths a user names: files as they are, folders recursively.
///
/// Hidden files and folders (names starting with `.`) are left out; the order is by path, so runs are repeatable.
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
            for file in files(at: path, diagnostics: &scan.diagnostics)
            where seen.insert(file.url.standardizedFileURL.path).inserted {
                scan.files.append(file)
            }
        }
        return scan
    }

    private func files(at path: String, diagnostics: inout [Diagnostic]) -> [SourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            diagnostics.append(Diagnostic(.error, path: path,
                                          message: "no such file or folder; check the path (it is relative to "
                                              + "\(FileManager.default.currentDirectoryPath))"))
            return []
        }
        guard isDirectory.boolValue else {
            return sourceFile(path: path, url: URL(fileURLWithPath: path)).map { [$0] } ?? []
        }
        return filesInFolder(path, diagnostics: &diagnostics)
    }

    private func filesInFolder(_ folder: String, diagnostics: inout [Diagnostic]) -> [SourceFile] {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        guard FileManager.default.isReadableFile(atPath: folder),
              let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey],
                options: [.skipsHiddenFiles])
        else {
            diagnostics.append(Diagnostic(.error, path: folder,
                                          message: "cannot list this folder: permission denied"))
            return []
        }
        var files: [SourceFile] = []
        for case let url as URL in enumerator {
            let relative = url.path.dropFirst(root.path.count).drop { $0 == "/" }
            let shown = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            if let file = sourceFile(path: shown, url: url) { files.append(file) }
        }
        return files.sorted { $0.path < $1.path }
    }

    private func sourceFile(path: String, url: URL) -> SourceFile? {
        guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey,
                                                             .contentModificationDateKey]),
              values.isRegularFile == true
        else { return nil }
        return SourceFile(path: path, url: url, size: values.fileSize ?? 0,
                          modified: values.contentModificationDate ?? Date(timeIntervalSince1970: 0))
    }
}
