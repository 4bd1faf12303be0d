public import Foundation

/// A point in time as a source gave it: with its precision, the zone it was written in, and how it is known.
public struct PublishedDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much of the date the source gave.
    public enum Precision: String, Sendable, Hashable, Codable {
        /// A calendar day, such as `2024-12-05`.
        case day
        /// A time of day as well.
        case time
    }

    /// The instant (midnight in `timeZone` for a day).
    public var date: Date
    /// Whether the source gave a day or a time.
    public var precision: Precision
    /// Seconds east of UTC that the date was written in.
    public var utcOffsetSeconds: Int
    /// How the date is known.
    public var provenance: DateProvenance

    /// Creates a date.
    public init(date: Date, precision: Precision, utcOffsetSeconds: Int, provenance: DateProvenance) {
        self.date = date
        self.precision = precision
        self.utcOffsetSeconds = utcOffsetSeconds
        self.provenance = provenance
    }

    /// ISO 8601 as the source meant it: `2024-12-05` for a day, `2024-12-23T08:13:00+08:00` for a time.
    public var description: String {
        let zone = TimeZone(secondsFromGMT: utcOffsetSeconds) ?? .gmt
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        guard precision == .time else { return day }
        let time = String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        return day + "T" + time + Self.offsetText(utcOffsetSeconds)
    }

    /// `Z` or `±HH:MM`. Written digit by digit: TOML front matter asks this of every date it reads, and `String(format:)`
    /// goes through Foundation's formatter.
    static func offsetText(_ seconds: Int) -> String {
        guard seconds != 0 else { return "Z" }
        let minutes = abs(seconds) / 60
        let (hours, rest) = (minutes / 60, minutes % 60)
        let digits = [hours / 10 % 10, hours % 10, rest / 10, rest % 10].map { UInt8(ascii: "0") + UInt8($0) }
        return String(decoding: [seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"), digits[0], digits[1],
                                 UInt8(ascii: ":"), digits[2], digits[3]], as: UTF8.self)
    }
}
