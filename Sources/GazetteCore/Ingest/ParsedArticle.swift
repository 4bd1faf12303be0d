/// An article as a format parser read it: raw fields, before normalization gives it an id and metrics.
struct ParsedArticle: Sendable, Equatable {
    var title: String
    var subtitle: String?
    var originalTitle: String?
    var url: String?
    var sourceName: String?
    var sourceURL: String?
    var author: String?
    var published: PublishedDate?
    var updated: PublishedDate?
    var tags: [String] = []
    var categories: [String] = []
    var summary: String?
    var body: String
    var image: String?
    var place: String?
    var isDraft = false
    /// The line the article starts on in its file, counting from 1.
    var line: Int

    init(title: String, body: String, line: Int) {
        self.title = title
        self.body = body
        self.line = line
    }
}

/// What a format parser read from one file: its articles and what it noticed.
struct ParsedFile: Sendable {
    var articles: [ParsedArticle]
    var diagnostics: [Diagnostic]
}
