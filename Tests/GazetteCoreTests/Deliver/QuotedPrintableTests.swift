import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// Quoted-printable as RFC 2045 §6.7 has it, checked against a straightforward implementation of the rules and
/// against Python's `quopri` decoder.
struct QuotedPrintableTests {
    @Test func escapesEqualsSignsNonASCIIAndTrailingWhiteSpace() {
        #expect(QuotedPrintable.encode("a=b") == "a=3Db")
        #expect(QuotedPrintable.encode("中") == "=E4=B8=AD")
        #expect(QuotedPrintable.encode("end \nnext\t") == "end=20\r\nnext=09")
        #expect(QuotedPrintable.encode("inner space\tand tab") == "inner space\tand tab")
        #expect(QuotedPrintable.encode("") == "")
    }

    @Test func lineBreaksBecomeCRLFAndALoneCarriageReturnIsEscaped() {
        #expect(QuotedPrintable.encode("one\r\ntwo\nthree\rfour\n") == "one\r\ntwo\r\nthree=0Dfour\r\n")
        #expect(QuotedPrintable.encode("\r\r\n") == "=0D\r\n")
    }

    @Test func longLinesGetSoftBreaksAndNoEscapeIsSplit() {
        let text = String(repeating: "x", count: 74) + "中文" + String(repeating: "y", count: 200)
        let encoded = QuotedPrintable.encode(text)
        let lines = encoded.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        #expect(lines[0] == String(repeating: "x", count: 74) + "=")
        #expect(lines[1].hasPrefix("=E4=B8=AD=E6=96=87y"))
    }

    @Test(arguments: ["000_", "001_", "002_"])
    func seedsEncodeAsTheRulesSayAndDecodeBack(prefix: String) throws {
        let seeds = try FileManager.default.contentsOfDirectory(at: Fixtures.seeds, includingPropertiesForKeys: nil)
        let seed = try #require(seeds.first { $0.lastPathComponent.hasPrefix(prefix) })
        let text = try String(contentsOf: seed, encoding: .utf8)
        let encoded = QuotedPrintable.encode(text)
        #expect(encoded == Self.reference(text))
        let folder = try TemporaryDirectory()
        let file = try folder.write(encoded, to: "encoded.txt")
        // Hard line breaks come back as the CRLF they were encoded as.
        let decode = "import quopri, sys; sys.stdout.buffer.write(quopri.decodestring(open(sys.argv[1], 'rb').read()))"
        let decoded = try Python.run(decode, arguments: [file.path])
        #expect(decoded.status == 0)
        #expect(decoded.standardOutput == text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n"))
    }

    /// The rules, one token at a time.
    static func reference(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line in
            let bytes = Array(line.utf8)
            var output: [String] = []
            var current = ""
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let literal = ((33...126).contains(byte) && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
                let token = literal ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
                if current.count + token.count > (isLast ? 76 : 75) {
                    output.append(current + "=")
                    current = ""
                }
                current += token
            }
            output.append(current)
            return output.joined(separator: "\r\n")
        }.joined(separator: "\r\n")
    }
}
