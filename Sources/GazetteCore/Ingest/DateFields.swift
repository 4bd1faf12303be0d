/// The parts of a written date, before a time zone turns them into an instant.
struct DateFields: Equatable {
    var year = 0
    var month = 0
    var day = 0
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    var hasTime = false
    /// Seconds east of UTC, when the text names a zone.
    var utcOffsetSeconds: Int?

    var isValid: Bool {
        (1...9999).contains(year) && (1...12).contains(month) && (1...Self.daysIn(month, of: year)).contains(day)
            && (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
    }

    /// The wall-clock time as if it were UTC, in seconds since 1970.
    var secondsSinceEpochAsUTC: Double {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        return Double(days * 86_400 + hour * 3_600 + minute * 60 + second) + fraction
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension DateFields {
    /// `2024-12-05`, `2024/12/05 10:00`, `2024-12-05T10:00:00.5+08:00`, `2024-12-05 10:00:00 +0800`,
    /// `2024年12月5日 10:00`, `2024-12-05 10:00 UTC`.
    static func parseISOLike(_ text: String) -> DateFields? {
        var reader = DateTextReader(normalizing: text)
        var fields = DateFields()
        guard let year = reader.readNumber(digits: 4...4),
              reader.skip(oneOf: "-/."), let month = reader.readNumber(digits: 1...2),
              reader.skip(oneOf: "-/."), let day = reader.readNumber(digits: 1...2)
        else { return nil }
        (fields.year, fields.month, fields.day) = (year, month, day)
        reader.skip(oneOf: "T ")
        reader.skipSpaces()
        if let hour = reader.readNumber(digits: 1...2) {
            guard reader.skip(oneOf: ":"), let minute = reader.readNumber(digits: 2...2) else { return nil }
            (fields.hour, fields.minute, fields.hasTime) = (hour, minute, true)
            if reader.skip(oneOf: ":") {
                guard let second = reader.readNumber(digits: 2...2) else { return nil }
                fields.second = second
                if reader.skip(oneOf: ".,") { fields.fraction = reader.readFraction() }
            }
        }
        reader.skipSpaces()
        guard reader.isAtEnd || fields.hasTime else { return nil }
        if !reader.isAtEnd {
            guard let offset = reader.readZone() else { return nil }
            fields.utcOffsetSeconds = offset
        }
        reader.skipSpaces()
        return reader.isAtEnd ? fields : nil
    }

    /// `Thu, 05 Dec 2024 10:00:00 +0000`, also without the weekday or the seconds.
    static func parseRFC2822(_ text: String) -> DateFields? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.count == 3, Int(first) == nil { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]), let month = monthNumber(words[1]),
              let year = Int(words[2]), words[2].count == 4
        else { return nil }
        let clock = words[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2 else { return nil }
        var fields = DateFields(year: year, month: month, day: day, hour: clock[0], minute: clock[1])
        fields.second = clock.count > 2 ? clock[2] : 0
        fields.hasTime = true
        if words.count > 4 {
            var reader = DateTextReader(normalizing: words[4])
            guard let offset = reader.readZone(), reader.isAtEnd else { return nil }
            fields.utcOffsetSeconds = offset
        }
        return fields
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func monthNumber(_ word: String) -> Int? {
        monthNames.firstIndex(of: String(word.lowercased().prefix(3))).map { $0 + 1 }
    }
}
