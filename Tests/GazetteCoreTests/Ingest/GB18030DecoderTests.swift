import Foundation
@testable import GazetteCore
import Testing

/// The table decoder against Foundation's GB18030 decoding, which it must equal wherever it answers.
struct GB18030DecoderTests {
    @Test func everyTwoByteCodeDecodesAsFoundationDecodesIt() {
        var mismatches: [String] = []
        var covered = 0
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                let code = Data([lead, trail])
                let foundation = String(data: code, encoding: GB18030Decoder.encoding)
                let table = GB18030Decoder.decodeWithTable(code)
                if let table {
                    covered += 1
                    if table != foundation { mismatches.append(String(format: "%02X%02X", lead, trail)) }
                }
                #expect(GB18030Decoder.decode(code) == foundation)
            }
        }
        #expect(mismatches.isEmpty, "codes the table decodes differently: \(mismatches.prefix(10))")
        #expect(covered == 126 * 190, "two-byte codes the table covers")
    }

    @Test func mixedChineseAndASCIITextRoundTrips() throws {
        let text = "第1期 AI 周报:大模型、智能体与 NeurIPS 2024。\r\n下一行 — “引号” and ‘quotes’…\n"
        let data = try #require(text.data(using: GB18030Decoder.encoding))
        #expect(GB18030Decoder.decodeWithTable(data) == text)
        #expect(TextDecoder().decode(data) == .success(.init(text: text, encoding: .gb18030)))
    }

    @Test func fourByteCodesAreLeftToFoundation() throws {
        // An emoji and a CJK Extension B ideograph lie outside the two-byte codes; GB18030 writes them in four bytes.
        let text = "表情 😀 与 𠀀"
        let data = try #require(text.data(using: GB18030Decoder.encoding))
        #expect(GB18030Decoder.decodeWithTable(data) == nil)
        #expect(GB18030Decoder.decode(data) == text)
    }

    @Test func aLeadByteAtTheEndIsLeftToFoundation() {
        let data = Data([0xB9, 0xFA, 0xB2])  // "国" and half of "产"
        #expect(GB18030Decoder.decodeWithTable(data) == nil)
        #expect(GB18030Decoder.decode(data) == String(data: data, encoding: GB18030Decoder.encoding))
    }
}
