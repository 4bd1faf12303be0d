public import Foundation

/// The span of time a digest covers, and which date of an article decides whether it falls inside.
public struct SelectionWindow: Sendable, Equatable, CustomStringConvertible {
    /// Which date places an article in the window.
    public enum Basis: String, Sendable, Codable {
        /// When it was published (falling back to collected under the undated policy).
        case published
        /// When Gazette first saw it.
        case collected
    }

    /// The first instant inside.
    public var start: Date
    /// The first instant after.
    public var end: Date
    /// Which date counts.
    public var basis: Basis
    /// How people name it: `2024-W52`, `last 7 days`, `2024-12-01 – 2024-12-08`.
    public var label: String

    /// Creates a window.
    public init(start: Date, end: Date, basis: Basis, label: String) {
        self.start = start
        self.end = end
        self.basis = basis
        self.label = label
    }

    /// Whether `date` falls inside.
    public func contains(_ date: Date) -> Bool {
        date >= start && date < end
    }

    public var description: String { label }

    /// The `days` days before `end`, by collected time: the default when there is no earlier issue. Its label is
    /// the ISO week the window ends in (`2026-W47`), which names the period.
    public static func lastDays(_ days: Int, endingAt end: Date, timeZone: TimeZone) -> SelectionWindow {
        SelectionWindow(start: end.addingTimeInterval(-Double(days) * 86_400), end: end, basis: .collected,
                        label: isoWeekLabel(of: end.addingTimeInterval(-1), timeZone: timeZone))
    }

    /// Articles published from `since` (inclusive) until `until` (exclusive).
    public static func published(since: Date, until: Date, label: String) -> SelectionWindow {
        SelectionWindow(start: since, end: until, basis: .published, label: label)
    }

    /// An ISO 8601 week such as `2024-W52`, Monday 00:00 to the next Monday in `timeZone`, by publication date.
    public static func isoWeek(_ text: String, timeZone: TimeZone) throws(SelectionError) -> SelectionWindow {
        let parts = text.uppercased().split(separator: "-W")
        guard parts.count == 2, let year = Int(parts[0]), let week = Int(parts[1]), (1...53).contains(week),
              (1...9999).contains(year)
        else { throw SelectionError.invalidWeek(text) }
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        var components = DateComponents()
        components.yearForWeekOfYear = year
        components.weekOfYear = week
        components.weekday = 2
        guard let start = calendar.date(from: components),
              calendar.component(.yearForWeekOfYear, from: start) == year,
              let end = calendar.date(byAdding: .day, value: 7, to: start)
        else { throw SelectionError.invalidWeek(text) }
        return SelectionWindow(start: start, end: end, basis: .published,
                               label: String(format: "%04d-W%02d", year, week))
    }

    /// The ISO week label (`2024-W52`) of `date` in `timeZone`.
    public static func isoWeekLabel(of date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0)
    }
}
