import Foundation
import GazetteCore
import Testing

struct ConfigurationLoaderTests {
    private func parse(_ yaml: String) throws(ConfigurationError) -> GazetteConfiguration {
        try ConfigurationLoader().parse(yaml, file: "gazette.yml")
    }

    @Test func emptyFileGivesTheDefaults() throws {
        #expect(try parse("") == GazetteConfiguration())
        #expect(try parse("# only a comment\n") == GazetteConfiguration())
    }

    @Test func readsEverySection() throws {
        let configuration = try parse("""
            timeZone: Asia/Shanghai
            locale: en
            tags:
              aliases: {大语言模型: [LLM, 大模型, 基座模型]}
            selection:
              halfLifeDays: 3
              interests: {大语言模型: 1.5}
              quotas: {research: 2}
              undated: exclude
            themes:
              definitions:
                - id: policy
                  titles: {en: Policy, zh-CN: 政策}
                  titleKeywords: {监管: 3}
            """)
        #expect(configuration.timeZone.identifier == "Asia/Shanghai")
        #expect(configuration.locale == "en")
        #expect(configuration.analysis.tags.aliases["大语言模型"] == ["LLM", "大模型", "基座模型"])
        #expect(configuration.analysis.tags.aliases["AI智能体"] != nil, "defaults are kept")
        #expect(configuration.selection.halfLifeDays == 3)
        #expect(configuration.selection.quotas["research"] == 2)
        #expect(configuration.selection.quotas["people"] == 4)
        #expect(configuration.selection.undated == .exclude)
        #expect(configuration.themes == [.research, .products, .people, Theme("policy")])
    }

    @Test(arguments: [
        ("selection:\n  halfLifeDay: 3\n", "gazette.yml: selection.halfLifeDay: unknown key; did you mean 'halfLifeDays'?"),
        ("timezone: UTC\n", "gazette.yml: timezone: unknown key; did you mean 'timeZone'?"),
        ("selection:\n  halfLifeDays: -2\n",
         "gazette.yml: selection.halfLifeDays: must be a positive number of days (recency halves every halfLifeDays)"),
        ("selection:\n  quotas: {reserch: 3}\n",
         "gazette.yml: selection.quotas.reserch: 'reserch' is not a theme (did you mean 'research'?); known themes: research, products, people, other"),
        ("timeZone: Mars/Base\n",
         "gazette.yml: timeZone: 'Mars/Base' is not a time zone; use an IANA name such as Asia/Shanghai or UTC"),
        ("selection:\n  halfLifeDays: soon\n", "gazette.yml: selection.halfLifeDays: expected a number"),
        ("themes:\n  definitions:\n    - id: other\n",
         "gazette.yml: themes.definitions[0].id: 'other' cannot be a theme id: use letters, digits and '-', and not 'other'"),
    ])
    func badConfigurationNamesTheKeyAndTheFix(yaml: String, message: String) {
        #expect(throws: (any Error).self) { try parse(yaml) }
        do {
            _ = try parse(yaml)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func invalidYAMLIsASyntaxError() {
        do {
            _ = try parse("selection: [unclosed\n")
            Issue.record("expected an error")
        } catch {
            guard case .syntax = error.reason else { Issue.record("\(error)"); return }
        }
    }
}
