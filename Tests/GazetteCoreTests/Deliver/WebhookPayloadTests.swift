import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// Platform payloads: every item in exactly one message, in order, each message within the platform's limits.
@Suite struct WebhookPayloadTests {
    /// An issue of `count` items in three sections, with long Chinese summaries.
    static func bigIssue(items count: Int, summaryLength: Int = 400) -> GazetteCore.Issue {
        let themes = [Theme.research, .products, .people]
        let sections = themes.enumerated().map { index, theme in
            IssueSection(theme: theme, title: ["研究", "产品", "人物"][index], items: (0..<count / 3).map { rank in
                var item = IssueItem.placeholder
                item.id = ArticleID(rawValue: "\(theme.id)-\(rank)")
                item.rank = rank + 1
                item.title = "\(theme.id) 第 \(rank + 1) 篇：大模型进展 <b>&"
                item.url = URL(string: "https://example.com/\(theme.id)/\(rank)")
                item.source = "机器之心"
                item.date = "12月24日"
                item.summary = String(repeating: "模型", count: summaryLength / 2)
                item.links = [IssueItem.Link(role: .paper, label: "论文", url: URL(string: "https://arxiv.org/abs/2411.\(rank)")!)]
                return item
            })
        }
        return GazetteCore.Issue(number: 7, period: "2024-W52", theme: nil, title: "Gazette", subject: "Gazette 第 7 期｜大模型",
                     preheader: "", locale: "zh-CN", generated: Date(timeIntervalSince1970: 1_735_000_000),
                     sections: sections, readingMinutes: 30, notes: [])
    }

    static func object(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: value.data) as? [String: Any])
    }

    static func payloads() throws -> WebhookPayloads { WebhookPayloads(templates: try TemplateLibrary()) }

    @Test("Slack: at most 50 blocks and 3,000 characters per section, a text fallback, every item once")
    func slack() throws {
        let issue = Self.bigIssue(items: 90)
        let messages = try Self.payloads().messages(for: issue, kind: .slack)
        #expect(messages.count > 1)
        var sectionTexts: [String] = []
        for (index, message) in messages.enumerated() {
            let object = try Self.object(message)
            let blocks = try #require(object["blocks"] as? [[String: Any]])
            #expect(blocks.count <= 50)
            #expect((object["text"] as? String)?.hasSuffix("(\(index + 1)/\(messages.count))") == true)
            for block in blocks where block["type"] as? String == "section" {
                let text = try #require((block["text"] as? [String: Any])?["text"] as? String)
                #expect(text.count <= 3_000)
                sectionTexts.append(text)
            }
        }
        let all = sectionTexts.joined(separator: "\n")
        for item in issue.items {
            let link = "<\(item.url?.absoluteString ?? "")|"
            #expect(all.components(separatedBy: link).count == 2, "\(item.title) must appear exactly once")
        }
    }

    @Test("Slack text escapes &, < and > and links as <url|text>")
    func slackEscaping() throws {
        let message = try Self.payloads().messages(for: Self.bigIssue(items: 3), kind: .slack)[0]
        let text = String(decoding: message.data, as: UTF8.self)
        #expect(text.contains("<https://example.com/research/0|research 第 1 篇：大模型进展 &lt;b&gt;&amp;>"))
        #expect(!text.contains("<b>"))
    }

    @Test("Discord: at most 10 embeds and 6,000 characters of embed text per message")
    func discord() throws {
        let messages = try Self.payloads().messages(for: Self.bigIssue(items: 45), kind: .discord)
        var titles: [String] = []
        for message in messages {
            let embeds = try #require(try Self.object(message)["embeds"] as? [[String: Any]])
            #expect(embeds.count <= 10)
            var total = 0
            for embed in embeds {
                let title = (embed["title"] as? String)?.count ?? 0
                let description = (embed["description"] as? String)?.count ?? 0
                let footer = ((embed["footer"] as? [String: Any])?["text"] as? String)?.count ?? 0
                total += title + description + footer
            }
            #expect(total <= 6_000)
            titles += embeds.compactMap { $0["title"] as? String }
        }
        #expect(titles.count == 45)
        #expect(titles == Self.bigIssue(items: 45).items.map(\.title))
    }

    @Test("WeCom: markdown content of at most 4,096 UTF-8 bytes, parts numbered in order")
    func weCom() throws {
        let messages = try Self.payloads().messages(for: Self.bigIssue(items: 30), kind: .wecom)
        #expect(messages.count > 3)
        var order: [String] = []
        for (index, message) in messages.enumerated() {
            let content = try #require((try Self.object(message)["markdown"] as? [String: Any])?["content"] as? String)
            #expect(content.utf8.count <= 4_096)
            #expect(content.hasPrefix("### Gazette 第 7 期｜大模型 (\(index + 1)/\(messages.count))"))
            order += content.split(separator: "\n").filter { $0.contains("**[") }.map(String.init)
        }
        #expect(order.count == 30)
    }

    @Test("DingTalk and Feishu: bodies under 20 KB")
    func dingTalkAndFeishu() throws {
        for kind in [WebhookKind.dingtalk, .feishu] {
            let messages = try Self.payloads().messages(for: Self.bigIssue(items: 90), kind: kind)
            #expect(messages.count > 1)
            #expect(messages.allSatisfy { $0.data.count <= 18_000 })
            let all = messages.map { String(decoding: $0.data, as: UTF8.self) }.joined()
            #expect(all.components(separatedBy: "https://example.com/").count - 1 == 90)
        }
    }

    @Test("generic: one message holding the whole issue document")
    func generic() throws {
        let issue = Self.bigIssue(items: 9)
        let messages = try Self.payloads().messages(for: issue, kind: .generic)
        #expect(messages.count == 1)
        let object = try Self.object(messages[0])
        #expect(object["type"] as? String == "issue.published")
        let data = try #require(object["data"] as? [String: Any])
        #expect(data["number"] as? Int == 7)
        #expect((data["sections"] as? [Any])?.count == 3)
    }

    @Test("every item of the seeds' issue reaches every platform")
    func seeds() async throws {
        let composed = try await ComposeTests.compose([Fixtures.seeds.path])
        for kind in WebhookKind.allCases {
            let messages = try Self.payloads().messages(for: composed.issue, kind: kind)
            let text = messages.map { String(decoding: $0.data, as: UTF8.self) }.joined()
            for item in composed.issue.items {
                #expect(text.contains(item.url?.absoluteString ?? item.title), "\(kind): \(item.title)")
            }
        }
    }

    @Test("targets sharing a platform and theme filter get the same messages; a filter restricts them")
    func messageCache() throws {
        let issue = Self.bigIssue(items: 40)
        let payloads = WebhookPayloads(templates: try TemplateLibrary())
        let cache = MessageCache(payloads: payloads, issue: issue)
        for kind in WebhookKind.allCases {
            #expect(try cache.messages(kind: kind, themes: nil) == payloads.messages(for: issue, kind: kind))
        }
        let research = [Theme("research")]
        let filtered = try cache.messages(kind: .wecom, themes: research)
        #expect(filtered == (try payloads.messages(for: issue.restricted(to: research), kind: .wecom)))
        #expect(filtered != (try cache.messages(kind: .wecom, themes: nil)))
        #expect(cache.issue(themes: [Theme("sports")]).items.isEmpty)
    }
}
