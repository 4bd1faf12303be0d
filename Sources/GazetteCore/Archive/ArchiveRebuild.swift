public import Foundation

/// `gazette archive rebuild`: every archived issue re-rendered with the current templates (rendering spread over
/// the cores), its files rewritten under its key, its stored rendering replaced (same number, same items), then the
/// whole archive site.
public struct ArchiveRebuild: Sendable {
    let archive: ArchiveDatabase
    let site: ArchiveSite
    let writer: IssueWriter
    let templateSet: String?

    /// A rebuild of `archive` into `writer`'s output folder and `site`; `templateSet` is recorded with each issue.
    public init(archive: ArchiveDatabase, site: ArchiveSite, writer: IssueWriter, templateSet: String?) {
        self.archive = archive
        self.site = site
        self.writer = writer
        self.templateSet = templateSet
    }

    /// Why an issue could not be re-rendered.
    public struct Failure: Error, CustomStringConvertible {
        public var number: Int
        public var reason: String
        public var description: String { "issue \(number): \(reason)" }
    }

    /// What a rebuild did.
    public struct Outcome: Sendable {
        /// Issues re-rendered.
        public var issues: Int
        /// Files written: every issue's files and the site's.
        public var files: Int
    }

    /// Re-renders everything.
    @discardableResult
    public func run(at now: Date = Date()) async throws -> Outcome {
        let issues = try archive.issues()
        let composer = site.composer
        let rendered = await issues.concurrentMap(serialBelow: 2) { archived -> Result<ComposedIssue, Failure> in
            do {
                return .success(try composer.render(try archived.decodedIssue()))
            } catch {
                return .failure(Failure(number: archived.number, reason: "\(error)"))
            }
        }
        var files = 0
        var pages: [String: String] = [:]
        for (archived, result) in zip(issues, rendered) {
            let composed = try result.get()
            files += try writer.write(composed, message: composer.message(for: composed), key: archived.key).sizes.count
            try archive.updateRendering(composed.issue, key: archived.key, templateSet: templateSet, at: now)
            pages[archived.key] = composed.webHTML
        }
        files += try site.write(try archive.issues(), rendered: pages).count
        return Outcome(issues: issues.count, files: files)
    }
}
