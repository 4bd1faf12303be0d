import Foundation

/// Reads a Markdown file, with or without front matter, as one article.
///
/// Field names follow Jekyll, Hexo and Hugo: `date`/`published`, `updated`/`lastmod`, `summary`/`description`/
/// `excerpt`, `tags`/`keywords`, `categories`/`category`, `draft` (or Jekyll's `published: false`), `image`/
/// `cover`, `source`, `source_url`. Without a title field, the first heading (or first line) is the title.
struct MarkdownFileParser {
    let path: String
    let dates: DateParser

    func parse(_ lines: TextLines, format: DocumentFormat) -> ParsedFile {
        guard format != .plainText else {
            return ParsedFile(articles: plainArticle(lines, from: 1).map { [$0] } ?? [], diagnostics: [])
        }
        switch FrontMatterParser().parse(lines, format: format) {
        case .failure(let error):
            let diagnostic = Diagnostic(.error, path: path, line: error.line, message: error.message)
            return ParsedFile(articles: [], diagnostics: [diagnostic])
        case .success(let split):
            var diagnostics: [Diagnostic] = []
            let article = article(from: split, lines: lines, diagnostics: &diagnostics)
            return ParsedFile(articles: article.map { [$0] } ?? [], diagnostics: diagnostics)
        }
    }

    /// Title from the first heading or first line; the rest is the body.
    private func plainArticle(_ lines: TextLines, from start: Int) -> ParsedArticle? {
        guard let first = lines.firstNonBlank(from: start) else { return nil }
        let line = lines[number: first]
        let isHeading = line.hasPrefix("#")
        let title = isHeading ? line.drop { $0 == "#" }.trimmed : line.trimmed
        let body = lines.text(from: isHeading ? first + 1 : first, through: lines.count).trimmed
        return ParsedArticle(title: String(title.prefix(200)), body: body, line: first)
    }

    private func article(
        from split: FrontMatterParser.Split, lines: TextLines, diagnostics: inout [Diagnostic]
    ) -> ParsedArticle? {
        let matter = split.frontMatter
        let bodyText = lines.text(from: split.bodyStartLine, through: lines.count).trimmed
        var article: ParsedArticle
        if let title = matter.text("title") {
            article = ParsedArticle(title: title, body: bodyText, line: 1)
        } else if let plain = plainArticle(lines, from: split.bodyStartLine) {
            article = plain
            article.line = 1
        } else {
            diagnostics.append(Diagnostic(.warning, path: path, line: 1,
                                          message: "front matter has no title and the file has no text; skipped"))
            return nil
        }
        article.originalTitle = matter.text("title_original", "original_title")
        article.author = matter.text("author", "authors")
        article.sourceName = matter.text("source", "publisher")
        article.sourceURL = matter.text("source_url", "original_url")
        article.url = matter.text("url", "link", "canonical_url", "permalink_url") ?? article.sourceURL
        article.summary = matter.text("summary", "description", "excerpt", "abstract")
        article.tags = matter.list("tags", "tag", "keywords")
        article.categories = matter.list("categories", "category")
        article.image = matter.text("image", "cover", "featured_image", "thumbnail", "banner")
        article.isDraft = isDraft(matter)
        article.published = date(matter.field("date", "published", "pubdate", "publishdate", "published_at",
                                               "created"), diagnostics: &diagnostics)
        article.updated = date(matter.field("updated", "lastmod", "modified", "last_modified", "updated_at"),
                               diagnostics: &diagnostics)
        return article
    }

    private func isDraft(_ matter: FrontMatter) -> Bool {
        if case .flag(true) = matter.fields["draft"]?.value { return true }
        if case .flag(false) = matter.fields["published"]?.value { return true }
        return false
    }

    private func date(_ field: FrontMatter.Field?, diagnostics: inout [Diagnostic]) -> PublishedDate? {
        guard let field, case .text(let text) = field.value, !text.isBlank else { return nil }
        if let date = dates.parse(text) { return date }
        diagnostics.append(Diagnostic(.warning, path: path, line: field.line, message: "'\(text)' is not a date "
            + "Gazette can read (write it as 2024-12-05, 2024-12-05 10:00 or 2024-12-05T10:00:00+08:00); "
            + "the article is kept without that date"))
        return nil
    }
}
