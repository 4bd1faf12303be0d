import Foundation
import GazetteCore
import Testing

struct DateParserTests {
    let parser = DateParser(timeZone: TimeZone(identifier: "Asia/Shanghai")!)

    @Test(arguments: [
        ("2024-12-05", "2024-12-05"),
        ("'2024-12-05'", nil),
        ("2024/12/05", "2024-12-05"),
        ("2024.12.5", "2024-12-05"),
        ("2024年12月5日", "2024-12-05"),
        ("2024-12-05 10:00", "2024-12-05T10:00:00+08:00"),
        ("2024-12-05 10:00:09", "2024-12-05T10:00:09+08:00"),
        ("2024-12-05T10:00:00Z", "2024-12-05T10:00:00Z"),
        ("2024-12-05T10:00:00.689739", "2024-12-05T10:00:00+08:00"),
        ("2024-12-05T10:00:00-05:00", "2024-12-05T10:00:00-05:00"),
        ("2024-12-05 18:45:00 +0800", "2024-12-05T18:45:00+08:00"),
        ("2024-12-05 10:00 UTC", "2024-12-05T10:00:00Z"),
        ("2024年12月5日 10时30分", "2024-12-05T10:30:00+08:00"),
        ("Thu, 05 Dec 2024 10:00:00 +0000", "2024-12-05T10:00:00Z"),
        ("05 Dec 2024 10:00 GMT", "2024-12-05T10:00:00Z"),
        ("next Tuesday", nil),
        ("2024-13-01", nil),
        ("2023-02-29", nil),
        ("2024-12-05 25:00", nil),
        ("", nil),
    ] as [(String, String?)])
    func readsCommonDateStyles(text: String, expected: String?) {
        #expect(parser.parse(text)?.description == expected)
    }

    @Test func zoneLessTimesUseTheConfiguredZone() throws {
        let date = try #require(parser.parse("2024-12-23 08:13"))
        #expect(date.date == Date(timeIntervalSince1970: 1_734_912_780))
        #expect(date.utcOffsetSeconds == 8 * 3600)
        #expect(date.precision == .time)
    }

    @Test func daysAreMidnightInTheConfiguredZone() throws {
        let date = try #require(DateParser(timeZone: TimeZone(identifier: "UTC")!).parse("2024-12-05"))
        #expect(date.date == Date(timeIntervalSince1970: 1_733_356_800))
        #expect(date.precision == .day)
    }

    @Test func daylightSavingTimeIsRespected() throws {
        let newYork = DateParser(timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(newYork.parse("2024-07-01 12:00")?.description == "2024-07-01T12:00:00-04:00")
        #expect(newYork.parse("2024-12-01 12:00")?.description == "2024-12-01T12:00:00-05:00")
    }
}
