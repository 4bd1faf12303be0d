import Foundation

/// The files the preview depends on and their modification times, compared between two looks.
struct WatchedFiles: Equatable {
    /// What changed between two looks, which decides how much to rebuild.
    struct Change: OptionSet {
        let rawValue: Int
        static let articles = Change(rawValue: 1)
        static let templates = Change(rawValue: 2)
        static let configuration = Change(rawValue: 4)
    }

    /// A file's modification time and size: two saves within the file system's time resolution usually differ
    /// in size.
    struct Stamp: Equatable {
        var modified: Date
        var size: Int
    }

    var articles: [String: Stamp]
    var templates: [String: Stamp]
    var configuration: [String: Stamp]

    /// Looks at the article paths (files, or folders read recursively), the template folders and the configuration file.
    init(articles: [String], templates: [URL], configuration: String?) {
        self.articles = Self.times(articles.map { URL(fileURLWithPath: $0) })
        self.templates = Self.times(templates).filter { $0.key.hasSuffix(".mustache") }
        self.configuration = Self.times(configuration.map { [URL(fileURLWithPath: $0)] } ?? [])
    }

    func changes(since earlier: WatchedFiles) -> Change {
        var change: Change = []
        if articles != earlier.articles { change.insert(.articles) }
        if templates != earlier.templates { change.insert(.templates) }
        if configuration != earlier.configuration { change.insert(.configuration) }
        return change
    }

    private static func times(_ roots: [URL]) -> [String: Stamp] {
        var times: [String: Stamp] = [:]
        let manager = FileManager.default
        for root in roots {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: root.path, isDirectory: &isFolder) else { continue }
            let files: [URL]
            if isFolder.boolValue {
                files = (manager.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey])?
                    .compactMap { $0 as? URL }) ?? []
            } else {
                files = [root]
            }
            for file in files {
                let values = try? file.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                times[file.path] = Stamp(modified: values?.contentModificationDate ?? .distantPast,
                                         size: values?.fileSize ?? 0)
            }
        }
        return times
    }
}
