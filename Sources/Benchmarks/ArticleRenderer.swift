import Foundation

/// Writes synthetic articles as file text in the three formats Gazette reads, with the variations real
/// files show: YAML or TOML front matter, several field names and date styles, tags as a list or a
/// comma string, full-width colons in WeChat headers, boilerplate after a compilation's last article.
struct ArticleRenderer {
    /// Markdown with YAML front matter, fields chosen and spelled by `random`.
    func yamlMarkdown(_ article: SyntheticArticle, using random: inout SplitMix64) -> String {
        var lines = ["---", "title: " + yamlQuoted(article.title)]
        let dateKey = random.pick(["date", "date", "published", "pubdate"])
        lines.append("\(dateKey): " + yamlDate(article))
        lines.append(random.pick(["source_url", "url", "link"]) + ": " + article.url)
        lines.append("source: " + yamlQuoted(article.source))
        lines.append("author: " + (random.chance(0.2) ? "''" : yamlQuoted(article.author)))
        if random.chance(0.7) { lines.append("summary: " + article.summary) }
        lines += yamlCategories(article, using: &random)
        lines += yamlTags(article, using: &random)
        if random.chance(0.3) { lines.append("image: " + article.cover) }
        if random.chance(0.4) { lines.append("draft: false") }
        lines.append("---")
        lines.append("")
        if random.chance(0.5) { lines += ["# " + article.title, ""] }
        return lines.joined(separator: "\n") + "\n" + article.body + "\n"
    }

    /// Markdown with Hugo's TOML front matter.
    func tomlMarkdown(_ article: SyntheticArticle, using random: inout SplitMix64) -> String {
        let date = random.pick([article.published.isoT, article.published.isoDay,
                                tomlQuoted(article.published.text(.isoMinutes))])
        var lines = ["+++", "title = " + tomlQuoted(article.title), "date = " + date,
                     "url = " + tomlQuoted(article.url), "author = " + tomlQuoted(article.author)]
        lines.append("tags = [" + article.tags.map(tomlQuoted).joined(separator: ", ") + "]")
        lines.append("categories = [" + article.categories.map(tomlQuoted).joined(separator: ", ") + "]")
        if random.chance(0.5) { lines.append("description = " + tomlQuoted(article.summary)) }
        if random.chance(0.5) { lines.append("draft = false") }
        lines += ["+++", ""]
        return lines.joined(separator: "\n") + "\n" + article.body + "\n"
    }

    /// A WeChat article export.
    func weChat(_ article: SyntheticArticle, using random: inout SplitMix64) -> String {
        let colon = random.chance(0.2) ? "：" : ": "
        let date = article.published.isoDay + " " + article.published.clock
        var lines = ["# " + article.title, ""]
        let bold = random.chance(0.1)
        lines.append((bold ? "**文章作者**" : "文章作者") + colon + article.author)
        lines.append("发布时间" + colon + date)
        lines.append("发布地" + colon + article.place)
        lines.append("原文链接" + colon + article.url)
        lines += ["", "封面图链接" + colon + article.cover, ""]
        if random.chance(0.7) { lines += [random.pick(Vocabulary.promotions), ""] }
        if random.chance(0.6) {
            let characters = article.body.count
            lines += ["全文\(characters) 字，阅读约需\(max(1, characters / 500))分钟", ""]
        }
        return lines.joined(separator: "\n") + "\n" + article.body + "\n"
    }

    /// A compilation: the page's link, then each article from its `#Heading` to a `....` line, then the
    /// page's trailing boilerplate.
    func compilation(_ articles: [SyntheticArticle], pageID: Int) -> String {
        var text = "我自己的原文哦~ https://blog.51cto.com/whaosoft/\(pageID)\n"
        for article in articles {
            text += "#" + article.title + "\n"
            if let subtitle = article.subtitle { text += subtitle + "\n" }
            text += article.body + "\n....\n"
        }
        return text + "\(pageID % 2000)\n\n被折叠的 条评论\n为什么被折叠?\n\n\n\n"
    }

    private func yamlDate(_ article: SyntheticArticle) -> String {
        let text = article.published.text(article.dateStyle)
        switch article.dateStyle {
        case .isoDay, .chinese, .rfc2822: return yamlQuoted(text)
        case .isoMinutes, .isoSecondsWithOffset, .isoT, .slashes: return text
        }
    }

    private func yamlTags(_ article: SyntheticArticle, using random: inout SplitMix64) -> [String] {
        let key = random.chance(0.85) ? "tags" : "keywords"
        switch random.int(in: 0...2) {
        case 0: return [key + ":"] + article.tags.map { "- " + $0 }
        case 1: return [key + ": [" + article.tags.joined(separator: ", ") + "]"]
        default: return [key + ": " + article.tags.joined(separator: random.pick([", ", "，", "、"]))]
        }
    }

    private func yamlCategories(_ article: SyntheticArticle, using random: inout SplitMix64) -> [String] {
        random.chance(0.5)
            ? ["categories:"] + article.categories.map { "- " + $0 }
            : ["category: " + article.categories.joined(separator: ", ")]
    }

    private func yamlQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private func tomlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
