import GazetteCore

/// Articles as a table for people: id, published, source, title and tags, with columns measured in display
/// width so Chinese text lines up.
struct ArticleTable {
    private struct Column {
        var header: String
        var maximumWidth: Int
        var value: (Article) -> String
    }

    private let columns: [Column] = [
        Column(header: "ID", maximumWidth: 16) { $0.id.rawValue },
        Column(header: "PUBLISHED", maximumWidth: 10) { $0.published.map { String($0.description.prefix(10)) } ?? "undated" },
        Column(header: "SOURCE", maximumWidth: 18) { $0.source?.name ?? "" },
        Column(header: "TITLE", maximumWidth: 46) { $0.title },
        Column(header: "TAGS", maximumWidth: 40) { $0.tags.joined(separator: ", ") },
    ]

    func render(_ articles: [Article]) -> String {
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
