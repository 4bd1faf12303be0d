import Crypto
@testable import GazetteCore
import Testing

struct ContentKeyTests {
    @Test func foldsCaseWidthSpacesAndPunctuation() {
        #expect(ContentKey.normalized("Ｈello,  World！ 你好。") == "helloworld你好")
        #expect(ContentKey.digest("Hello, world") == ContentKey.digest("HELLO WORLD!"))
        #expect(ContentKey.digest("Hello, world") != ContentKey.digest("Hello, word"))
    }

    @Test(arguments: [
        ["A title", "The body, with **Markdown**.\n\n第二段。"],
        ["标题", ""],
        ["", "only a body"],
    ])
    func digestOfPartsEqualsDigestOfTheJoinedText(parts: [String]) {
        #expect(ContentKey.digest(of: parts) == ContentKey.digest(parts.joined(separator: "\n")))
    }

    /// The folding rule, written plainly over `unicodeScalars`: what the byte loop must do.
    static func referenceFold(_ text: String, limit: Int) -> [UInt32] {
        text.unicodeScalars.prefix(limit).compactMap { scalar -> UInt32? in
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            let folded = Unicode.Scalar(value) ?? scalar
            if folded.isASCII {
                let byte = UInt8(value)
                if (48...57).contains(byte) || (97...122).contains(byte) { return value }
                return (65...90).contains(byte) ? value + 32 : nil
            }
            if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) { return value }
            if [0x2000...0x206F, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFFEF].contains(where: { $0.contains(value) }) {
                return nil
            }
            let properties = folded.properties
            let dropped: [Unicode.GeneralCategory] = [.connectorPunctuation, .dashPunctuation, .openPunctuation,
                .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
                .otherSymbol, .control, .format]
            if properties.isWhitespace || dropped.contains(properties.generalCategory) { return nil }
            return properties.lowercaseMapping.unicodeScalars.first?.value ?? value
        }
    }

    @Test func foldingOverBytesFollowsTheRuleForEveryScript() {
        let pieces = ["Deep", "SEEK", "o1", "-", " ", ", ", "3.5", "模型", "的", "㐀", "カタカナ", "한국어", "ＧＰＴ４", "！",
                      "café", "ÜBER", "Ωmega", "e\u{301}", "😀", "𠀀", "、", "：", "\n", "\u{2014}", "\u{FEFF}", "Ǆ", "ß", "€"]
        var numbers = SeededNumbers(seed: 11)
        for _ in 0..<2_000 {
            let text = (0..<numbers.next(25)).map { _ in pieces[numbers.next(pieces.count)] }.joined()
            for limit in [Int.max, 0, 1, 9] {
                var sink = FoldedScalars()
                let left = ContentKey.fold(text, scalarLimit: limit, into: &sink)
                #expect(sink.values == Self.referenceFold(text, limit: limit), "\(text) limit \(limit)")
                #expect(left == max(0, limit - text.unicodeScalars.count) || limit == .max)
            }
        }
    }

    /// The digest has a loop of its own over UTF-8 (runs of ASCII and of Han characters, as far as its buffer has
    /// room): for any mix of scripts and any length it must hash exactly the folded text the rule gives.
    @Test func digestFollowsTheRuleForEveryScriptAndLength() {
        let pieces = ["Deep", "SEEK", "o1", "-", " ", ", ", "3.5", "模型", "的", "㐀", "カタカナ", "한국어", "ＧＰＴ４", "！",
                      "café", "ÜBER", "Ωmega", "e\u{301}", "😀", "𠀀", "、", "：", "\n", "\u{2014}", "\u{FEFF}", "Ǆ", "ß", "€",
                      String(repeating: "长文本", count: 700), String(repeating: "ascii ", count: 900)]
        var numbers = SeededNumbers(seed: 12)
        for _ in 0..<600 {
            let text = (0..<numbers.next(40)).map { _ in pieces[numbers.next(pieces.count)] }.joined()
            let folded = Self.referenceFold(text, limit: .max).compactMap(Unicode.Scalar.init)
            let utf8 = Array(String(String.UnicodeScalarView(folded)).utf8)
            #expect(ContentKey.digest(text) == ContentDigest(SHA256.hash(data: utf8)), "\(text.prefix(80))")
        }
    }

    /// The digest hashes the folded text a stack buffer at a time; it must equal SHA-256 of the whole folded text,
    /// whatever falls on a buffer's edge (texts of 1 to 4 bytes per folded scalar, past several buffers).
    @Test(arguments: ["a", "模", "é", "😀", "a模é😀"])
    func digestIsTheSHA256OfTheFoldedText(piece: String) {
        for count in [0, 1, 1_000, 1_365, 1_366, 4_095, 4_096, 9_000] {
            let text = String(repeating: piece, count: count / piece.unicodeScalars.count + 1)
            let folded = Array(ContentKey.normalized(text).utf8)
            #expect(ContentKey.digest(text) == ContentDigest(SHA256.hash(data: folded)), "\(count) × \(piece)")
        }
    }
}
