/// A wall-clock publication time and the ways front matter, WeChat exports and feeds write it.
struct SyntheticDate: Sendable {
    /// How a date is written.
    enum Style: CaseIterable, Sendable {
        case isoDay, isoMinutes, isoSecondsWithOffset, isoT, slashes, chinese, rfc2822
    }

    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    /// Hours east of UTC the time is written in.
    var offsetHours: Int

    /// A random time in 2023–2025, in China or UTC.
    init(using random: inout SplitMix64) {
        year = random.int(in: 2023...2025)
        month = random.int(in: 1...12)
        day = random.int(in: 1...28)
        hour = random.int(in: 0...23)
        minute = random.int(in: 0...59)
        second = random.int(in: 0...59)
        offsetHours = random.chance(0.7) ? 8 : 0
    }

    var isoDay: String { "\(year)-\(month.padded(2))-\(day.padded(2))" }
    var clock: String { "\(hour.padded(2)):\(minute.padded(2))" }
    var clockWithSeconds: String { clock + ":" + second.padded(2) }

    /// The date in `style`.
    func text(_ style: Style) -> String {
        switch style {
        case .isoDay: isoDay
        case .isoMinutes: isoDay + " " + clock
        case .isoSecondsWithOffset: isoDay + " " + clockWithSeconds + " +" + offsetHours.padded(2) + "00"
        case .isoT: isoT
        case .slashes: "\(year)/\(month.padded(2))/\(day.padded(2))"
        case .chinese: "\(year)年\(month)月\(day)日"
        case .rfc2822: rfc2822
        }
    }

    /// `2024-12-05T10:00:00+08:00`, also a TOML offset date-time.
    var isoT: String { isoDay + "T" + clockWithSeconds + "+" + offsetHours.padded(2) + ":00" }

    private var rfc2822: String {
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[((daysSince1970 % 7) + 7) % 7]
        let zone = "+" + offsetHours.padded(2) + "00"
        return "\(weekday), \(day.padded(2)) \(months[month - 1]) \(year) \(clockWithSeconds) \(zone)"
    }

    /// Days from 1970-01-01 (a Thursday) to this date (Howard Hinnant's days-from-civil).
    private var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }
}

extension Int {
    /// The number in decimal with leading zeros to `width` digits.
    func padded(_ width: Int) -> String {
        let digits = String(self)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
