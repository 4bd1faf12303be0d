/// Why a selection could not be made. Each message says what to change.
public enum SelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--week` is not an ISO week.
    case invalidWeek(String)
    /// `--since` or `--until` is not a date.
    case invalidDate(option: String, text: String)
    /// `--since` is not before `--until`.
    case emptyRange(since: String, until: String)
    /// There are no articles at all.
    case emptyCorpus
    /// No article falls in the window.
    case nothingInWindow(window: String, articleCount: Int, undated: Int)

    public var description: String {
        switch self {
        case .invalidWeek(let text):
            "'\(text)' is not an ISO week; write it as YEAR-Wnn, such as 2024-W52"
        case .invalidDate(let option, let text):
            "\(option) '\(text)' is not a date; write it as 2024-12-23 or 2024-12-23 08:00"
        case .emptyRange(let since, let until):
            "--since \(since) is not before --until \(until); the window would be empty"
        case .emptyCorpus:
            "there are no articles to select from; check the paths (gazette articles lists what is read)"
        case .nothingInWindow(let window, let count, let undated):
            "none of the \(count) articles falls in \(window)"
                + (undated > 0 ? " (\(undated) have no date; see selection.undated)" : "")
                + "; choose another window with --week or --since/--until"
        }
    }
}
