import Foundation
import GazetteCore

/// The archive for people: a line per issue, or one issue's sections and items.
struct ArchiveTable {
    func render(_ issues: [ArchivedIssue]) -> String {
        guard !issues.isEmpty else { return "The archive holds no issue yet; `gazette build` makes the first.\n" }
        var lines = ["  #  status  date        items  themes                          subject"]
        for issue in issues {
            let themes = issue.themes.map(\.id).joined(separator: ",")
            lines.append(String(format: "%3d", issue.number) + "  " + issue.status.rawValue.padding(6) + "  "
                + Self.day(issue.sentAt ?? issue.updatedAt) + "  " + String(format: "%5d", issue.itemCount) + "  "
                + themes.padding(30) + "  " + issue.subject)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func render(_ archived: ArchivedIssue, issue: Issue) -> String {
        var lines = ["Issue \(archived.number) (\(archived.key)): \(archived.subject)",
                     "\(archived.status.rawValue), built \(Self.day(archived.createdAt))"
                        + (archived.sentAt.map { ", sent \(Self.day($0))" } ?? "") + ", \(archived.itemCount) items"]
        for section in issue.sections {
            lines.append("")
            lines.append("\(section.title) (\(section.theme.id))")
            for item in section.items {
                lines.append("  \(item.rank). \(item.title)  [\(item.id)]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}

/// The archive's issues as JSON.
struct ArchiveJSON {
    private struct Entry: Encodable {
        var number: Int
        var key: String
        var period: String
        var theme: String?
        var subject: String
        var status: String
        var items: Int
        var themes: [String]
        var created: Date
        var updated: Date
        var sent: Date?
    }

    func render(_ issues: [ArchivedIssue]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let entries = issues.map {
            Entry(number: $0.number, key: $0.key, period: $0.period, theme: $0.theme?.id, subject: $0.subject,
                  status: $0.status.rawValue, items: $0.itemCount, themes: $0.themes.map(\.id), created: $0.createdAt,
                  updated: $0.updatedAt, sent: $0.sentAt)
        }
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
