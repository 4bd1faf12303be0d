import Foundation
import GazetteCore
import GazetteTesting
import Testing

/// `gazette build`, run as a user runs it, and its email looked at in a real browser.
@Suite struct BuildCommandTests {
    let gazette = GazetteExecutable()

    private func build(_ extra: [String] = []) throws -> (GazetteExecutable.Run, TemporaryDirectory) {
        let output = try TemporaryDirectory()
        let run = try gazette.run(["build", "seeds", "--output", output.path] + extra)
        return (run, output)
    }

    @Test func writesTheFiveFilesAndSaysWhereTheyAre() throws {
        let (run, output) = try build()
        #expect(run.status == 0, "\(run.standardError)")
        let period = SelectionWindow.isoWeekLabel(of: Date(), timeZone: TimeZone(identifier: "UTC")!)
        let folder = output.url.appendingPathComponent("issues/\(period)")
        for name in ["index.html", "email.html", "email.txt", "message.eml", "issue.json"] {
            let path = folder.appendingPathComponent(name).path
            #expect(FileManager.default.fileExists(atPath: path), "\(name)")
        }
        #expect(run.standardOutput.contains("研究 (research): "))
        #expect(run.standardOutput.contains("email.html"))
        #expect(run.standardOutput.contains("Open \(folder.path)/index.html"))
        let issue = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("issue.json")))
        #expect(((issue as? [String: Any])?["sections"] as? [Any])?.count ?? 0 >= 3)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "atomic writes leave no temporary files")
    }

    @Test func singleThemeGoesToItsOwnFolder() throws {
        let (run, output) = try build(["--theme", "people"])
        #expect(run.status == 0)
        let period = SelectionWindow.isoWeekLabel(of: Date(), timeZone: TimeZone(identifier: "UTC")!)
        #expect(FileManager.default.fileExists(atPath: output.url.appendingPathComponent("issues/\(period)-people/email.html").path))
        #expect(!run.standardOutput.contains("(research)"))
        #expect(try gazette.run(["build", "seeds", "--theme", "sports"]).status == 2)
    }

    @Test func brokenUserTemplateIsAUsageErrorNamingTheFile() throws {
        let templates = try TemporaryDirectory()
        try templates.write("{{#sections}}\n{{{html}}}\n", to: "web.mustache")
        let (run, _) = try build(["--templates", templates.path])
        #expect(run.status == 2)
        #expect(run.standardError.contains("web.mustache:"))
        #expect(run.standardError.contains("never closed"))
    }

    @Test func strictRejectsUnknownTemplateVariables() throws {
        let templates = try TemporaryDirectory()
        try templates.write("{{% CONTENT_TYPE: TEXT}}\n{{title}} {{nummer}}", to: "subject.mustache")
        let (lenient, _) = try build(["--templates", templates.path])
        #expect(lenient.status == 0)
        let (strict, _) = try build(["--templates", templates.path, "--strict"])
        #expect(strict.status == 2)
        #expect(strict.standardError.contains("subject.mustache:2: unknown variable 'nummer' (did you mean 'number'?)"))
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Loads the email in headless Chromium at 375 px and reads back how wide the page really is.
    @Test(.enabled(if: chromium != nil, "Chromium is not installed (make test-deps installs it)"))
    func emailHasNoHorizontalScrollOnAPhone() throws {
        let (run, output) = try build()
        #expect(run.status == 0)
        let period = SelectionWindow.isoWeekLabel(of: Date(), timeZone: TimeZone(identifier: "UTC")!)
        let email = try String(contentsOf: output.url.appendingPathComponent("issues/\(period)/email.html"), encoding: .utf8)
        // Headless Chromium will not make a window narrower than 500 px, so the email goes into a 375 px iframe
        // (srcdoc frames share the page's origin, so the page can measure it).
        let escaped = email.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        let probe = """
            <!DOCTYPE html><html><body style="margin:0">
            <iframe id="mail" style="width:375px;height:900px;border:0" srcdoc="\(escaped)"></iframe>
            <script>window.addEventListener('load', function () {
              var root = document.getElementById('mail').contentDocument.documentElement;
              document.body.setAttribute('data-scroll-width', String(root.scrollWidth));
              document.body.setAttribute('data-client-width', String(root.clientWidth));
            });</script></body></html>
            """
        let page = try output.write(probe, to: "probe.html")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.chromium))
        // Only 127.0.0.1 resolves: the email's images on other hosts are never fetched.
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--window-size=800,1000", "--virtual-time-budget=3000", "--dump-dom", page.absoluteString]
        let dom = Pipe()
        process.standardOutput = dom
        process.standardError = FileHandle.nullDevice
        try process.run()
        let html = String(decoding: dom.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let scroll = try #require(Self.attribute("data-scroll-width", in: html))
        let client = try #require(Self.attribute("data-client-width", in: html))
        #expect(client == 375)
        #expect(scroll <= client, "the email is \(scroll) px wide in a \(client) px window")
    }

    static func attribute(_ name: String, in html: String) -> Int? {
        guard let range = html.range(of: "\(name)=\"") else { return nil }
        return Int(html[range.upperBound...].prefix { $0.isNumber })
    }
}
