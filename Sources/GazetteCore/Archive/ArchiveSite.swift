public import Foundation
import Crypto

/// The archive site in `out/archive/`: `index.html` listing every issue newest first, one page per issue
/// (`issues/<key>/index.html`, the web version), `feed.xml` (Atom) and `feed.json` (JSON Feed 1.1). Links are
/// absolute when a base URL is configured, relative otherwise. Every file is written atomically.
public struct ArchiveSite: Sendable {
    /// The publication: its name, language and address.
    struct Description: Sendable {
        var title: String
        var lang: String
        var baseURL: URL?
        var now: Date

        /// `path` (relative to the archive's root) as a link: absolute with a base URL.
        func link(_ path: String) -> String {
            guard let baseURL else { return path.isEmpty ? "./" : path }
            let base = baseURL.absoluteString.hasSuffix("/") ? baseURL.absoluteString : baseURL.absoluteString + "/"
            return base + path
        }

        var feedID: String { baseURL.map { _ in link("") } ?? Self.uuidURN("gazette-feed:\(title)") }

        /// The issue page's address with a base URL; otherwise a stable `urn:uuid:` from the title and key.
        func entryID(_ entry: Entry) -> String {
            baseURL.map { _ in link(entry.path) } ?? Self.uuidURN("gazette-issue:\(title):\(entry.archived.key)")
        }

        static func uuidURN(_ name: String) -> String {
            var bytes = Array(SHA256.hash(data: Data(name.utf8)).prefix(16))
            bytes[6] = (bytes[6] & 0x0F) | 0x50  // a name-based UUID (version 5 layout)
            bytes[8] = (bytes[8] & 0x3F) | 0x80
            let hex = bytes.hexEncoded
            let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4),
                         hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
            return "urn:uuid:" + parts.joined(separator: "-")
        }
    }

    /// One issue as the site shows it; its model is decoded only for the pages and feed entries that need it.
    struct Entry: Sendable {
        var archived: ArchivedIssue
        var issue: Issue
        var path: String { ArchiveSite.path(of: archived) }
        var published: Date { archived.published }
        var updated: Date { max(archived.updatedAt, published) }
        var themes: [String] { archived.themes.map(\.id) }

        /// The issue's items as a short HTML list, for the feeds.
        var contentHTML: String {
            issue.sections.map { section in
                "<h3>\(section.title.htmlEscaped)</h3><ul>" + section.items.map { item in
                    let title = item.url.map { "<a href=\"\($0.absoluteString.htmlEscaped)\">\(item.title.htmlEscaped)</a>" }
                        ?? item.title.htmlEscaped
                    return "<li>\(title)" + (item.summary.isEmpty ? "" : " — \(item.summary.htmlEscaped)") + "</li>"
                }.joined() + "</ul>"
            }.joined()
        }
    }

    /// The folder (`out/archive`).
    public let directory: URL
    let description: Description
    /// Renders the issue pages (and, for `archive rebuild`, whole issues).
    public let composer: Composer
    let templates: TemplateLibrary

    /// A site in `directory` for the publication `title`, in `locale`; links absolute under `baseURL` when given.
    public init(directory: URL, title: String, locale: String, baseURL: URL?, composer: Composer,
                templates: TemplateLibrary, now: Date = Date()) {
        self.directory = directory
        self.description = Description(title: title, lang: locale, baseURL: baseURL, now: now)
        self.composer = composer
        self.templates = templates
    }

    /// The site `configuration` describes, in `output/archive/`, rendering pages with `templates`.
    public init(configuration: GazetteConfiguration, output: URL, templates: TemplateLibrary, now: Date = Date()) {
        self.init(directory: output.appendingPathComponent("archive", isDirectory: true),
                  title: configuration.compose.title, locale: configuration.locale,
                  baseURL: configuration.archive.baseURL, composer: Composer(configuration, templates: templates),
                  templates: templates, now: now)
    }

    /// Writes the index and both feeds for `issues`, and the pages of the issues whose keys are in `pages` (all of
    /// them when nil); a page already rendered can be given in `rendered` (web HTML by key). Returns the files
    /// written.
    @discardableResult
    public func write(_ issues: [ArchivedIssue], pages: Set<String>? = nil,
                      rendered: [String: String] = [:]) throws -> [URL] {
        let newestFirst = issues.sorted { $0.number > $1.number }
        let needed = newestFirst.filter { pages?.contains($0.key) ?? true }.map(\.key)
        let inFeeds = Set(newestFirst.prefix(Self.feedLength).map(\.key)).union(needed)
        let entries = try newestFirst.filter { inFeeds.contains($0.key) }.map { archived in
            Entry(archived: archived, issue: try archived.decodedIssue())
        }
        let writer = AtomicFileWriter()
        var written: [URL] = []
        func write(_ data: Data, _ path: String) throws {
            let url = directory.appendingPathComponent(path)
            try writer.write(data, to: url)
            written.append(url)
        }
        for entry in entries where pages?.contains(entry.archived.key) ?? true {
            let html = try rendered[entry.archived.key] ?? composer.render(entry.issue).webHTML
            try write(Data(html.utf8), entry.path + "index.html")
        }
        let feed = Array(entries.prefix(Self.feedLength))
        try write(Data(try index(newestFirst).utf8), "index.html")
        try write(Data(AtomFeedWriter(site: description).render(feed).utf8), "feed.xml")
        try write(try JSONFeedWriter(site: description).render(feed), "feed.json")
        return written
    }

    /// An issue's page folder, `issues/<key>/`, relative to the archive's root.
    static func path(of archived: ArchivedIssue) -> String {
        "issues/\(archived.key)/"
    }

    /// How many issues the feeds carry, newest first; the index lists every one.
    static let feedLength = 50

    private func index(_ issues: [ArchivedIssue]) throws(TemplateError) -> String {
        let strings = IssueStrings.forLocale(description.lang)
        let view = ArchiveIndexView(
            title: description.title, lang: description.lang,
            issues: issues.map { archived in
                ArchiveIndexView.Entry(
                    number: archived.number, issueNumber: strings.issueNumber(archived.number),
                    dateText: IssueRenderer.dateText(archived.published, zone: composer.timeZone),
                    subject: archived.subject,
                    themesText: archived.themes.map {
                        composer.themes.sectionTitle(of: $0, locale: description.lang, strings: strings)
                    }.joined(separator: " · "),
                    itemCount: archived.itemCount, itemCountText: "\(archived.itemCount) \(strings.items)",
                    href: description.link(Self.path(of: archived)), isDraft: archived.status == .built)
            },
            hasIssues: !issues.isEmpty, atomHref: description.link("feed.xml"),
            jsonFeedHref: description.link("feed.json"), strings: ArchiveStrings.forLocale(description.lang))
        return try templates.render(view, template: "archive-index")
    }
}
