import Foundation
import GazetteCore

/// What `gazette build` tells the user: sections and item counts, file sizes, warnings, and where to look.
struct BuildSummary {
    func render(_ composed: ComposedIssue, written: IssueWriter.Written) -> String {
        let issue = composed.issue
        var lines = ["Built \(issue.title) #\(issue.number) for \(issue.period): \"\(issue.subject)\""]
        for section in issue.sections {
            lines.append("  \(section.title) (\(section.theme.id)): \(section.items.count) items")
        }
        lines.append("Files in \(written.directory.path):")
        for (name, bytes) in written.sizes {
            lines.append("  \(name.padded(toDisplayWidth: 12)) \(String(format: "%7.1f KB", Double(bytes) / 1024))")
        }
        for warning in composed.warnings {
            lines.append("warning: \(warning)")
        }
        for note in issue.notes {
            lines.append("note: \(note)")
        }
        lines.append("Open \(written.directory.appendingPathComponent("index.html").path)")
        return lines.joined(separator: "\n") + "\n"
    }
}

