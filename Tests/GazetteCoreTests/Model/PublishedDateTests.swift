@testable import GazetteCore
import Foundation
import Testing

struct PublishedDateTests {
    @Test(arguments: [(0, "Z"), (28_800, "+08:00"), (-19_800, "-05:30"), (50_400, "+14:00"), (-43_200, "-12:00"),
                      (20_700, "+05:45"), (-60, "-00:01")])
    func offsetsAreWrittenAsISO8601(seconds: Int, text: String) {
        #expect(PublishedDate.offsetText(seconds) == text)
    }

    @Test func aTimeIsWrittenWithItsOwnOffset() {
        let date = PublishedDate(date: Date(timeIntervalSince1970: 1_734_912_780), precision: .time,
                                 utcOffsetSeconds: 28_800, provenance: .metadata)
        #expect(date.description == "2024-12-23T08:13:00+08:00")
    }
}
