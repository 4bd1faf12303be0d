import Crypto
import Foundation
@testable import GazetteCore
import Testing

/// An article's id is the first 16 hex digits of its key's SHA-256, zeros included.
struct ArticleIDTests {
    @Test(arguments: ["https://mp.weixin.qq.com/s/abc", "example.com/post", "", "标题与正文"])
    func anIdIsTheFirstSixteenHexDigitsOfTheKeysDigest(key: String) {
        let hex = SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(ArticleID(hashing: key).rawValue == String(hex.prefix(16)))
    }

    @Test func leadingZerosAreWritten() {
        #expect(ArticleID(digest: ContentDigest(0xABCD, 1, 2, 3)).rawValue == "000000000000abcd")
        #expect(ArticleID(digest: ContentDigest(0, 0, 0, 0)).rawValue == "0000000000000000")
        #expect(ArticleID(digest: ContentDigest(.max, 0, 0, 0)).rawValue == "ffffffffffffffff")
        #expect(ArticleID(digest: ContentDigest(0x0123_4567_89AB_CDEF, 0, 0, 0)).rawValue == "0123456789abcdef")
    }
}
