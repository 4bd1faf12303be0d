import Foundation

/// One measured row of the tables after ingest (pipeline, archive, incremental ingest).
struct BenchmarkRow {
    /// The corpus size, in tables that measure several.
    var size: Int?
    var phase: String
    var seconds: Double
    var detail: String
    var verdict: String

    /// `rows` as a Markdown table, with a size column when the rows have sizes, then a blank line and `footnote`.
    static func table(_ rows: [BenchmarkRow], footnote: String) -> String {
        let sized = rows.contains { $0.size != nil }
        let columns = (sized ? ["size"] : []) + ["phase", "seconds", "detail", "goal"]
        var lines = ["| " + columns.joined(separator: " | ") + " |",
                     "| " + columns.map { _ in "---" }.joined(separator: " | ") + " |"]
        for row in rows {
            let cells = (sized ? [row.size.map(String.init) ?? ""] : [])
                + [row.phase, String(format: "%.3f", row.seconds), row.detail, row.verdict]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines += ["", footnote]
        return lines.joined(separator: "\n") + "\n"
    }
}
