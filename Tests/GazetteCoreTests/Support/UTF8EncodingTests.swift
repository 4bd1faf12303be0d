import Foundation
@testable import GazetteCore
import Testing

/// Scalars decoded by hand from UTF-8 match the standard library's, for every width, in substrings and in strings
/// that are not stored as UTF-8, and stop at the limit.
struct UTF8EncodingTests {
    static let texts = ["", "ascii only", "é ü ß", "大模型 LLM 研究", "🤖 emoji 𠀀 and 中文", "a\r\nb\u{0}c",
                        String(repeating: "混合 mixed ", count: 500)]

    static func decoded(_ text: some StringProtocol, limit: Int = .max) -> (values: [UInt32], left: Int) {
        var values: [UInt32] = []
        let left = text.forEachScalarValue(limit: limit) { values.append($0) }
        return (values, left)
    }

    @Test(arguments: texts)
    func valuesAreTheUnicodeScalars(text: String) {
        #expect(Self.decoded(text).values == text.unicodeScalars.map(\.value))
        let middle = text.unicodeScalars.index(text.startIndex, offsetBy: text.unicodeScalars.count / 2)
        let tail = text[middle...]
        #expect(Self.decoded(tail).values == tail.unicodeScalars.map(\.value))
        let bridged = NSString(string: text) as String  // may not be stored as contiguous UTF-8
        #expect(Self.decoded(bridged).values == text.unicodeScalars.map(\.value))
    }

    @Test func theLimitCountsScalarsNotBytes() {
        let result = Self.decoded("中文🤖abc", limit: 3)
        #expect(result.values == [0x4E2D, 0x6587, 0x1F916])
        #expect(result.left == 0)
        #expect(Self.decoded("ab", limit: 5).left == 3)
    }

    @Test func writeUTF8IsTheInverse() {
        for text in Self.texts {
            let values = Self.decoded(text).values
            var bytes = [UInt8](repeating: 0, count: values.count * 4)
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                values.reduce(0) { offset, value in offset + buffer.writeUTF8(value, at: offset) }
            }
            #expect(Array(bytes.prefix(count)) == Array(text.utf8))
        }
    }
}
