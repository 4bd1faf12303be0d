import Foundation
import GazetteCore

/// Articles as a table for people: id, published, source, title and tags, with columns measured in display
/// width so Chinese text lines up.
struct ArticleTable {
    private struct Column {
        var header: String
        var maximumWidth: Int
        var value: (AnalyzedArticle) -> String
    }

    private let columns: [Column] = [
        Column(header: "ID", maximumWidth: 16) { $0.id.rawValue },
        Column(header: "PUBLISHED", maximumWidth: 10) {
            $0.article.published.map { String($0.description.prefix(10)) } ?? "undated"
        },
        Column(header: "SOURCE", maximumWidth: 16) { $0.article.source?.name ?? "" },
        Column(header: "THEME", maximumWidth: 13) { String(format: "%@ %.2f", $0.theme.theme.id, $0.theme.confidence) },
        Column(header: "TITLE", maximumWidth: 40) { $0.article.title },
        Column(header: "TAGS (~ inferred)", maximumWidth: 40) { article in
            article.tags.map { $0.origin == .inferred ? "~" + $0.name : $0.name }.joined(separator: ", ")
        },
    ]

    func render(_ articles: [AnalyzedArticle]) -> String {
        let cells = articles.map { article in columns.map { $0.value(article) } }
        let widths = columns.enumerated().map { index, column in
            min(column.maximumWidth, cells.map { $0[index].displayWidth }.max().map { max($0, column.header.count) }
                ?? column.header.count)
        }
        let rows = [columns.map(\.header)] + cells
        let lines = rows.map { row in
            zip(row, widths).map { cell, width in
                cell.truncated(toDisplayWidth: width).padded(toDisplayWidth: width)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let summary = "\(articles.count) article\(articles.count == 1 ? "" : "s")"
        return (lines + [summary]).joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
