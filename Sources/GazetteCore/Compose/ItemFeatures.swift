import Foundation

/// What a section's card shows beyond the title and summary: research links, the product, people and a quote.
enum ItemFeatures {
    /// Paper, code and project links, at most one of each role, in that order.
    static func researchLinks(_ article: Article, strings: IssueStrings) -> [IssueItem.Link] {
        [ArticleLink.Role.paper, .code, .project].compactMap { role in
            article.links.first { $0.role == role }?.url.map {
                IssueItem.Link(role: role, label: strings.label(for: role), url: $0)
            }
        }
    }

    /// The product's name: the first Latin name in the title or subtitle, else the first inferred tag.
    static func productName(_ analyzed: AnalyzedArticle) -> String? {
        let article = analyzed.article
        return TitleNames.latinNames(in: article.title).first
            ?? article.subtitle.flatMap { TitleNames.latinNames(in: $0).first }
            ?? analyzed.tags.first?.name
    }

    /// The product's link: a project page, else the first link away from the article's own site.
    static func productLink(_ article: Article, strings: IssueStrings) -> [IssueItem.Link] {
        let ownHost = article.url?.host ?? article.source?.url?.host
        let link = article.links.first { $0.role == .project }
            ?? article.links.first { $0.role == .other && $0.url?.host != ownHost }
        return link?.url.map { [IssueItem.Link(role: .project, label: strings.product, url: $0)] } ?? []
    }

    /// Up to three people named in the title, subtitle and the body's lead.
    static func people(_ article: Article) -> [String] {
        let lead = String(DocumentTerms.lead(of: article.body, limit: 1500))
        return Array(PersonNames.find(in: [article.title, article.subtitle ?? "", lead].joined(separator: "\n")).prefix(3))
    }

    /// A short quote: the first quoted passage of 12 to 80 characters in the body's lead.
    static func quote(_ article: Article) -> String? {
        let lead = String(DocumentTerms.lead(of: article.body, limit: 4000))
        let pairs: [(Character, Character)] = [("「", "」"), ("“", "”"), ("\"", "\"")]
        for (open, close) in pairs {
            var rest = lead[...]
            while let start = rest.firstIndex(of: open) {
                let after = rest[rest.index(after: start)...]
                guard let end = after.firstIndex(of: close) else { break }
                let quoted = after[..<end].trimmingCharacters(in: .whitespaces)
                if (12...80).contains(quoted.count), !quoted.contains("http") { return quoted }
                rest = after[after.index(after: end)...]
            }
        }
        return nil
    }
}
