public import Foundation

/// Writes a composed issue to `out/issues/<period>[-<theme>]/`: `index.html`, `email.html`, `email.txt`,
/// `message.eml` and `issue.json`, each atomically.
public struct IssueWriter: Sendable {
    /// The output root (`out/`).
    public var outputDirectory: URL

    /// Creates a writer for `outputDirectory`.
    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    /// What was written.
    public struct Written: Sendable {
        /// The issue's folder.
        public var directory: URL
        /// File name → size in bytes.
        public var sizes: [(name: String, bytes: Int)]
    }

    /// An issue's folder name, which is also its key in the archive and the delivery log: the period, and
    /// `-theme` for a single-theme issue.
    public static func key(period: String, theme: Theme?) -> String {
        period + (theme.map { "-\($0.id)" } ?? "")
    }

    /// The folder for an issue.
    public func directory(for issue: Issue) -> URL {
        directory(key: Self.key(period: issue.period, theme: issue.theme))
    }

    /// The folder for the issue `key`: `issues/<key>/`.
    public func directory(key: String) -> URL {
        outputDirectory.appendingPathComponent("issues", isDirectory: true).appendingPathComponent(key, isDirectory: true)
    }

    /// Writes the five files into the issue's folder, or into `issues/<key>` when a key is given.
    public func write(_ composed: ComposedIssue, message: MIMEMessage, key: String? = nil) throws -> Written {
        let folder = key.map(directory(key:)) ?? directory(for: composed.issue)
        let files: [(String, Data)] = [
            ("index.html", Data(composed.webHTML.utf8)),
            ("email.html", Data(composed.emailHTML.utf8)),
            ("email.txt", Data(composed.text.utf8)),
            ("message.eml", Data(message.rendered().utf8)),
            ("issue.json", try Issue.jsonEncoder(pretty: true).encode(composed.issue)),
        ]
        let writer = AtomicFileWriter()
        for (name, data) in files {
            try writer.write(data, to: folder.appendingPathComponent(name))
        }
        return Written(directory: folder, sizes: files.map { ($0.0, $0.1.count) })
    }
}
