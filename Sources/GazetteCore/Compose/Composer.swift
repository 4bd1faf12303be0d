public import Foundation

/// The compose stage: a selection becomes an `Issue`, rendered through the templates into a web page, an HTML email
/// and plain text.
public struct Composer: Sendable {
    /// How issues are composed.
    public struct Configuration: Sendable, Equatable {
        /// The digest's name, shown in the header and the subject.
        public var title: String
        /// A folder of templates that override the built-in ones by name.
        public var templatesDirectory: String?
        /// The email's size above which the build warns (Gmail clips messages over about 102 KB).
        public var emailBudgetBytes: Int
        /// Where issues are published on the web, for "view online" links (`<base>/<period>/`).
        public var webBaseURL: URL?
        /// The sender, as `Name <address>`.
        public var from: String
        /// The recipients.
        public var to: [String]
        /// The one-click unsubscribe address (RFC 8058), if any.
        public var listUnsubscribeURL: URL?
        /// The unsubscribe mailbox (`mailto:`), if any.
        public var listUnsubscribeMailto: String?

        /// Creates a configuration; every parameter has a default.
        public init(title: String = "Gazette", templatesDirectory: String? = nil, emailBudgetBytes: Int = 90 * 1024,
                    webBaseURL: URL? = nil, from: String = "Gazette <gazette@localhost>", to: [String] = [],
                    listUnsubscribeURL: URL? = nil, listUnsubscribeMailto: String? = nil) {
            self.title = title
            self.templatesDirectory = templatesDirectory
            self.emailBudgetBytes = emailBudgetBytes
            self.webBaseURL = webBaseURL
            self.from = from
            self.to = to
            self.listUnsubscribeURL = listUnsubscribeURL
            self.listUnsubscribeMailto = listUnsubscribeMailto
        }
    }

    /// The settings in use.
    public var configuration: Configuration
    /// The language.
    public var locale: String
    /// The zone dates are shown in.
    public var timeZone: TimeZone
    /// The templates.
    public var templates: TemplateLibrary
    /// The themes, for section headings.
    public var themes: [ThemeDefinition]

    /// Creates the stage.
    public init(configuration: Configuration, locale: String, timeZone: TimeZone, templates: TemplateLibrary,
                themes: [ThemeDefinition] = ThemeDefinition.defaults) {
        self.configuration = configuration
        self.locale = locale
        self.timeZone = timeZone
        self.templates = templates
        self.themes = themes
    }

    /// The stage as `gazette.yml` sets it up: its compose settings, locale, zone and themes.
    public init(_ configuration: GazetteConfiguration, templates: TemplateLibrary) {
        self.init(configuration: configuration.compose, locale: configuration.locale, timeZone: configuration.timeZone,
                  templates: templates, themes: configuration.analysis.themes.definitions)
    }

    /// Builds the issue from `selection` and renders it. With `theme`, only that theme's section is kept.
    public func compose(_ selection: Selection, number: Int, theme: Theme? = nil,
                        generated: Date) throws(TemplateError) -> ComposedIssue {
        var builder = IssueBuilder(configuration: configuration, locale: locale, timeZone: timeZone)
        builder.themeDefinitions = themes
        return try render(builder.build(selection, number: number, theme: theme, generated: generated))
    }

    /// Renders an issue model (a new one, or one from the archive) with the current templates: its subject and
    /// preheader, web page, email and plain text. Its items stay as they are.
    public func render(_ issue: Issue) throws(TemplateError) -> ComposedIssue {
        var issue = issue
        let renderer = IssueRenderer(configuration: configuration, templates: templates, timeZone: timeZone)
        (issue.subject, issue.preheader) = try renderer.subjectAndPreheader(issue)
        return try renderer.render(issue)
    }
}

extension Composer {
    /// The MIME message for a composed issue, with a message id that is stable for the issue.
    public func message(for composed: ComposedIssue) -> MIMEMessage {
        let domain = configuration.from.split(separator: "@").last.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "> ")) }
            ?? "localhost"
        let issue = composed.issue
        let period = issue.period + (issue.theme.map { "-\($0.id)" } ?? "")
        return MIMEMessage(from: configuration.from, to: configuration.to, subject: issue.subject, date: issue.generated,
                           messageID: MIMEMessage.messageID(period: period, number: issue.number, domain: domain),
                           text: composed.text, html: composed.emailHTML,
                           listUnsubscribeURL: configuration.listUnsubscribeURL,
                           listUnsubscribeMailto: configuration.listUnsubscribeMailto)
    }
}

/// An issue and everything rendered from it.
public struct ComposedIssue: Sendable {
    /// The issue model.
    public var issue: Issue
    /// The standalone web page.
    public var webHTML: String
    /// The HTML email.
    public var emailHTML: String
    /// The plain-text email part.
    public var text: String
    /// What the build should tell the user (size budget, empty sections).
    public var warnings: [String]
}
