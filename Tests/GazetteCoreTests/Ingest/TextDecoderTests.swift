import Foundation
import GazetteCore
import Testing

struct TextDecoderTests {
    let text = "大模型 agents — 测试"

    @Test func readsPlainUTF8() {
        #expect(TextDecoder().decode(Data(text.utf8)) == .success(.init(text: text, encoding: .utf8)))
    }

    @Test func dropsTheUTF8ByteOrderMark() {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        #expect(TextDecoder().decode(data) == .success(.init(text: text, encoding: .utf8WithBOM)))
    }

    @Test(arguments: [(String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE]), TextEncoding.utf16LittleEndian),
                      (.utf16BigEndian, [0xFE, 0xFF], .utf16BigEndian)])
    func readsUTF16WithByteOrderMark(encoding: String.Encoding, mark: [UInt8], expected: TextEncoding) throws {
        let data = Data(mark) + (try #require(text.data(using: encoding)))
        #expect(TextDecoder().decode(data) == .success(.init(text: text, encoding: expected)))
    }

    @Test func readsGBKAsGB18030() throws {
        // "国产大模型" in GBK, as written by Windows tools set to Chinese.
        let gbk = Data([0xB9, 0xFA, 0xB2, 0xFA, 0xB4, 0xF3, 0xC4, 0xA3, 0xD0, 0xCD])
        #expect(TextDecoder().decode(gbk) == .success(.init(text: "国产大模型", encoding: .gb18030)))
    }

    @Test func rejectsBinaryData() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(TextDecoder().decode(png) == .failure(.binary))
    }

    @Test func rejectsBytesThatAreNoKnownEncoding() {
        // 0x80 and 0xFF are not valid lead bytes in UTF-8 or GB18030.
        #expect(TextDecoder().decode(Data([0x41, 0x80, 0xFF, 0x80, 0x42])) == .failure(.unknownEncoding))
    }

    @Test func oddLengthUTF16IsNotText() {
        #expect(TextDecoder().decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x42])) == .failure(.unknownEncoding))
    }

    @Test func readsUTF16SurrogatePairsInBothByteOrders() throws {
        let text = "论文 𠀋 🤖 end"
        for (encoding, mark) in [(String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE])),
                                 (.utf16BigEndian, [0xFE, 0xFF])] {
            let data = Data(mark) + (try #require(text.data(using: encoding)))
            #expect((try? TextDecoder().decode(data).get().text) == text)
        }
    }

    @Test func unpairedUTF16SurrogateIsNotText() {
        // "A", then a high surrogate followed by "B" instead of a low surrogate.
        let unpaired = Data([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00])
        #expect(TextDecoder().decode(unpaired) == .failure(.unknownEncoding))
        // A low surrogate on its own, and a high surrogate at the very end.
        #expect(TextDecoder().decode(Data([0xFF, 0xFE, 0x00, 0xDC])) == .failure(.unknownEncoding))
        #expect(TextDecoder().decode(Data([0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x3D])) == .failure(.unknownEncoding))
    }
}
