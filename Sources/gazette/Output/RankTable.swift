import Foundation
import GazetteCore

/// The ranking for people: one block per section, one line per item with its score and its terms.
struct RankTable {
    let locale: String
    let themes: [ThemeDefinition]

    func render(_ selection: Selection) -> String {
        let basis = selection.window.basis == .collected ? "collected" : "published"
        let start = selection.window.start.formatted(.iso8601.year().month().day())
        let end = selection.window.end.formatted(.iso8601.year().month().day())
        var lines = ["Window: \(selection.window.label) (\(basis) \(start) – \(end)) · "
            + "\(selection.candidateCount) candidates"]
        for section in selection.sections {
            lines.append("")
            lines.append("\(title(of: section.theme)) (\(section.theme.id)) — \(section.items.count) of "
                + "\(section.candidateCount), quota \(section.quota)")
            for item in section.items {
                lines.append(line(for: item))
            }
        }
        for note in selection.notes {
            lines.append("")
            lines.append("note: \(note)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func title(of theme: Theme) -> String {
        themes.first { $0.theme == theme }?.title(for: locale) ?? (locale.hasPrefix("zh") ? "其他" : "Other")
    }

    private func line(for item: SelectedItem) -> String {
        let terms = item.breakdown.terms.map { "\($0.name) \(format($0.contribution))" }
            + [item.breakdown.diversityPenalty.map { "diversity \(format($0.contribution))" } ?? ""]
        let title = item.article.article.title.truncated(toDisplayWidth: 36).padded(toDisplayWidth: 36)
        let also = item.alternates.isEmpty ? "" : "  also in: " + item.alternates.map(\.id.rawValue).joined(separator: ", ")
        return String(format: "%3d. %6.3f  ", item.rank, item.breakdown.total) + item.article.id.rawValue + "  "
            + title + "  " + terms.filter { !$0.isEmpty }.joined(separator: ", ") + also
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
