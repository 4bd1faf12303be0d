public import Foundation

/// Reads the dates people and static-site generators write: ISO 8601 with or without a time or zone
/// (Hugo, Hexo, Jekyll's `2024-12-05 10:00:00 +0800`), slashes or dots, 2024年12月5日, and RFC 2822.
///
/// A date without a zone is read in `timeZone`; a day without a time is midnight there.
public struct DateParser: Sendable {
    /// The zone for dates that do not name one.
    public var timeZone: TimeZone

    /// Creates a parser for dates written in `timeZone` unless they say otherwise.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The date `text` names, or nil when it is not a date this parser knows.
    public func parse(_ text: String, provenance: DateProvenance = .metadata) -> PublishedDate? {
        let trimmed = text.trimmed
        guard let fields = DateFields.parseISOLike(trimmed) ?? DateFields.parseRFC2822(trimmed),
              fields.isValid
        else { return nil }
        return makeDate(from: fields, provenance: provenance)
    }

    private func makeDate(from fields: DateFields, provenance: DateProvenance) -> PublishedDate {
        let wallSeconds = fields.secondsSinceEpochAsUTC
        let offset = fields.utcOffsetSeconds ?? zoneOffset(forWallClockSeconds: wallSeconds)
        let date = Date(timeIntervalSince1970: wallSeconds - Double(offset))
        return PublishedDate(
            date: date,
            precision: fields.hasTime ? .time : .day,
            utcOffsetSeconds: offset,
            provenance: provenance
        )
    }

    /// The zone's offset at a wall-clock time: guess with the offset at that instant read as UTC, then correct.
    private func zoneOffset(forWallClockSeconds seconds: Double) -> Int {
        let guess = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds - Double(guess)))
    }
}
