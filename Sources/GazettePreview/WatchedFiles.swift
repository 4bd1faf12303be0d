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
    /// resolution usually differ in size), through `stat(2)`: this runs every poll interval. Folders are walked as
    /// ingest reads them (`FolderWalk`: hidden files passed over, a folder reached again through a link entered
    /// once), so saving an editor's swap file rebuilds nothing and a link to a folder above ends.
    private static func statuses(_ roots: [String]) -> [String: FileStatus] {
        var statuses: [String: FileStatus] = [:]
        var walk = FolderWalk()
        for root in roots {
            guard let status = FileStatus(path: root) else { continue }
            guard status.isDirectory else {
                statuses[root] = status
                continue
            }
            walk.walk(root, status: status, shownAs: root) { path, _, finding in
                if case .file(let status?) = finding { statuses[path] = status }
            }
        }
        return statuses
    }
}
