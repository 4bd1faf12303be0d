import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

struct MIMEMessageTests {
    @Test(arguments: ["Hello", "大模型周报 第 1 期｜与谷歌Gemini核心负责人对话：数据即将耗尽，AI下一阶段的突破口在哪里？"])
    func subjectLinesStayShort(subject: String) {
        let header = "Subject: " + EncodedWord.encode(subject, headerNameLength: 9)
        for line in header.components(separatedBy: "\r\n") {
            #expect(line.count <= 76)
        }
        for word in header.split(separator: " ") where word.hasPrefix("=?") {
            #expect(word.count <= 75)
        }
    }

    @Test func quotedPrintableLinesAreAtMostSeventySixCharacters() {
        let text = String(repeating: "中文=混合 text with trailing space ", count: 40) + " \nnext line\t"
        let encoded = QuotedPrintable.encode(text)
        for line in encoded.components(separatedBy: "\r\n") {
            #expect(line.count <= 76)
            #expect(!line.hasSuffix(" ") && !line.hasSuffix("\t"))
        }
    }

    /// Python's `email` package (a real MIME parser) reads the message back.
    @Test func pythonEmailParserReadsTheMessageBack() async throws {
        let composed = try await ComposeTests.compose([Fixtures.seeds.path])
        let composer = Composer(configuration: .init(from: "AI 周报 <digest@example.com>", to: ["读者 <reader@example.com>"],
                                                     listUnsubscribeURL: URL(string: "https://example.com/unsub/abc"),
                                                     listUnsubscribeMailto: "unsub@example.com"),
                                locale: "zh-CN", timeZone: .gmt, templates: try TemplateLibrary())
        let message = composer.message(for: composed)
        let folder = try TemporaryDirectory()
        let eml = try folder.write(message.rendered(), to: "message.eml")
        let script = """
            import email, json, sys
            from email import policy
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
            parts = [p for p in m.walk() if not p.is_multipart()]
            print(json.dumps({
              'subject': str(m['subject']), 'from': str(m['from']), 'to': str(m['to']),
              'type': m.get_content_type(), 'messageID': m['message-id'], 'date': m['date'],
              'unsubscribe': m['list-unsubscribe'], 'post': m['list-unsubscribe-post'],
              'parts': [p.get_content_type() for p in parts], 'bodies': [p.get_content() for p in parts],
              'longest': max(len(l) for l in open(sys.argv[1], 'rb').read().split(b'\\r\\n')),
              'defects': [str(d) for p in m.walk() for d in p.defects]}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, eml.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(parsed["subject"] as? String == composed.issue.subject)
        #expect(parsed["from"] as? String == "AI 周报 <digest@example.com>")
        #expect(parsed["to"] as? String == "读者 <reader@example.com>")
        #expect(parsed["type"] as? String == "multipart/alternative")
        #expect(parsed["parts"] as? [String] == ["text/plain", "text/html"])
        let bodies = try #require(parsed["bodies"] as? [String])
        #expect(bodies.first == composed.text.replacingOccurrences(of: "\n", with: "\n"))
        #expect(bodies.last?.replacingOccurrences(of: "\r\n", with: "\n") == composed.emailHTML)
        #expect((parsed["longest"] as? Int ?? 999) <= 78)
        #expect((parsed["messageID"] as? String)?.hasPrefix("<gazette.3.") == true)
        #expect(parsed["post"] as? String == "List-Unsubscribe=One-Click")
        #expect((parsed["unsubscribe"] as? String)?.contains("<https://example.com/unsub/abc>") == true)
        #expect((parsed["defects"] as? [String])?.isEmpty == true)
        #expect(parsed["date"] as? String == "Tue, 24 Dec 2024 00:26:40 +0000")
    }
}
