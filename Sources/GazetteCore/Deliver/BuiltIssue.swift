public import Foundation

/// An issue as `gazette build` wrote it: its folder, its model (`issue.json`) and its message (`message.eml`).
public struct BuiltIssue: Sendable {
    public var directory: URL
    public var issue: Issue
    /// `message.eml`, CRLF line ends.
    public var message: Data

    /// An issue held in memory, as if built into `directory`.
    public init(directory: URL, issue: Issue, message: Data) {
        self.directory = directory
        self.issue = issue
        self.message = message
    }

    /// The folder's name, which identifies the issue in the delivery log (`2024-W52`, `2024-W52-research`).
    public var key: String { directory.lastPathComponent }

    /// Reads the issue in `directory`.
    public static func load(_ directory: URL) throws(DeliveryError) -> BuiltIssue {
        let json = directory.appendingPathComponent("issue.json")
        let eml = directory.appendingPathComponent("message.eml")
        do {
            let issue = try Issue.jsonDecoder.decode(Issue.self, from: Data(contentsOf: json))
            return BuiltIssue(directory: directory, issue: issue, message: try Data(contentsOf: eml))
        } catch {
            throw .unreadableIssue(path: directory.path, reason: "cannot read issue.json and message.eml (\(error))")
        }
    }

    /// The most recently built issue under `outputDirectory/issues/`.
    public static func latest(in outputDirectory: URL) throws(DeliveryError) -> BuiltIssue {
        let issues = outputDirectory.appendingPathComponent("issues", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: issues.path)) ?? []
        let built = names.compactMap { name -> (URL, Date)? in
            let folder = issues.appendingPathComponent(name, isDirectory: true)
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("issue.json").path)
            return (attributes?[.modificationDate] as? Date).map { (folder, $0) }
        }
        guard let newest = built.max(by: { ($0.1, $0.0.path) < ($1.1, $1.0.path) }) else {
            throw .noBuiltIssue("no built issue in \(issues.path); run `gazette build` first")
        }
        return try load(newest.0)
    }

    /// The `Message-ID` of `message.eml`, without angle brackets.
    public var messageID: String? {
        let head = String(decoding: message.prefix(8192), as: UTF8.self)
        for line in head.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("message-id:") {
            return line.dropFirst("message-id:".count).trimmingCharacters(in: CharacterSet(charactersIn: " <>"))
        }
        return nil
    }
}

extension Issue {
    /// The issue with only the sections of `themes` (all when nil).
    func restricted(to themes: [Theme]?) -> Issue {
        guard let themes else { return self }
        var issue = self
        issue.sections = sections.filter { themes.contains($0.theme) }
        return issue
    }
}
