import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// The Latin-name finders give the same names from a text's bytes (`LatinProjection`) as from its characters.
struct LatinNamesTests {
    /// Pieces of titles: names, words the finders drop, separators, Chinese, and scalars that join their neighbours
    /// into one character (an accent, an emoji modifier, a variation selector, a kana voicing mark, CR LF, Hangul).
    static let pieces = [
        "Yann", "LeCun", "Oriol", "Vinyals", "AI", "GPT-4", "DeepSeek-R1", "World", "Labs", "The", "of", "New",
        "Model", "x", "1", "2024", " ", " ", "  ", "-", "'", ".", "_", "的", "李飞飞", "教授", "发布", "：", "，", "（",
        "）", "Ａ", "“", "—", "é", "e\u{301}", "🤖", "👍🏽", "\r\n", "\u{FE0F}", "한국", "\u{3099}", "ｶ", "\u{A0}", "\u{3000}",
    ]

    /// A deterministic sequence of texts made of `pieces`.
    static func texts(count: Int) -> [String] {
        var numbers = SeededNumbers(seed: 0x9E37_79B9_7F4A_7C15)
        return (0..<count).map { _ in
            (0..<(1 + numbers.next(12))).map { _ in pieces[numbers.next(pieces.count)] }.joined()
        }
    }

    @Test func projectedTextsGiveTheNamesTheirCharactersGive() {
        let texts = Self.texts(count: 3_000)
        for text in texts {
            let shown = text.debugDescription
            #expect(PersonNames.latinNames(in: text) == PersonNames.latinNames(inCharacters: text), "\(shown)")
            #expect(TitleNames.latinNames(in: text) == TitleNames.latinNames(inCharacters: text), "\(shown)")
        }
        let projected = texts.filter { LatinProjection.bytes(of: $0) != nil }
        #expect(projected.count > 500, "both ways are exercised")
        #expect(projected.count < 2_500)
        #expect(projected.contains { !PersonNames.latinNames(in: $0).isEmpty })
    }

    @Test func theSeedsTitlesGiveTheSameNamesEitherWay() async throws {
        let articles = await Pipeline().ingest([Fixtures.seeds.path]).articles
        #expect(articles.count == 23)
        var named = 0
        for text in articles.flatMap({ [$0.title, $0.subtitle ?? "", $0.title + " " + ($0.subtitle ?? "")] }) {
            #expect(PersonNames.latinNames(in: text) == PersonNames.latinNames(inCharacters: text), "\(text)")
            #expect(TitleNames.latinNames(in: text) == TitleNames.latinNames(inCharacters: text), "\(text)")
            if !TitleNames.latinNames(in: text).isEmpty { named += 1 }
        }
        #expect(named > 5, "the seeds' titles name products and people")
    }

    @Test func onlyTextsWhoseScalarsStandAloneAreProjected() throws {
        #expect(LatinProjection.bytes(of: "Yann LeCun") == Array("Yann LeCun".utf8))
        #expect(LatinProjection.bytes(of: "Yann LeCun离职，要创业？") == Array("Yann LeCun".utf8) + Array(repeating: 1, count: 7))
        #expect(LatinProjection.bytes(of: "a\r\nb") == [0x61, 1, 0x0A, 0x62], "CR LF is one character")
        for joining in ["e\u{301}", "👍🏽", "❤\u{FE0F}", "か\u{3099}", "한"] {
            #expect(LatinProjection.bytes(of: "Café \(joining) Labs") == nil, "\(joining.debugDescription)")
        }
    }
}
