import Foundation
import GazetteCore

/// The files the preview depends on and their modification times, compared between two looks.
struct WatchedFiles: Equatable {
    /// What changed between two looks, which decides how much to rebuild.
    struct Change: OptionSet {
        let rawValue: Int
        static let articles = Change(rawValue: 1)
        static let templates = Change(rawValue: 2)
        static let configuration = Change(rawValue: 4)
    }

    var articles: [String: FileStatus]
    var templates: [String: FileStatus]
    var configuration: [String: FileStatus]

    /// Looks at the article paths (files, or folders read recursively), the template folders and the configuration file.
    init(articles: [String], templates: [URL], configuration: String?) {
        self.articles = Self.statuses(articles)
        self.templates = Self.statuses(templates.map(\.path)).filter { $0.key.hasSuffix(".mustache") }
        self.configuration = Self.statuses(configuration.map { [$0] } ?? [])
    }

    func changes(since earlier: WatchedFiles) -> Change {
        var change: Change = []
        if articles != earlier.articles { change.insert(.articles) }
        if templates != earlier.templates { change.insert(.templates) }
        if configuration != earlier.configuration { change.insert(.configuration) }
        return change
    }

    /// Every file under the roots with its size and modification time (two saves within the file system's time
    /// resolution usually differ in size), through `stat(2)`: this runs every poll interval.
    private static func statuses(_ roots: [String]) -> [String: FileStatus] {
        var statuses: [String: FileStatus] = [:]
        var visited: Set<FileStatus.Identity> = []
        for root in roots {
            collect(root, visited: &visited, into: &statuses)
        }
        return statuses
    }

    /// A folder reached again through a link is looked into once, and hidden files (an editor's swap and backup
    /// files, `.DS_Store`) are passed over, as ingest's scanner does: saving them would otherwise rebuild for
    /// nothing, and a link to a folder above would never end.
    private static func collect(_ path: String, visited: inout Set<FileStatus.Identity>,
                                into statuses: inout [String: FileStatus]) {
        guard let status = FileStatus(path: path) else { return }
        guard status.isDirectory else {
            statuses[path] = status
            return
        }
        guard visited.insert(status.identity).inserted else { return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
            collect(path + "/" + name, visited: &visited, into: &statuses)
        }
    }
}
