import ArgumentParser
import Foundation
import GazetteCore

/// Where articles come from and how they are read; shared by every command that ingests.
struct IngestOptionGroup: ParsableArguments {
    @Argument(help: "Files or folders to read (folders recursively).")
    var paths: [String] = ["seeds"]

    @Option(help: "Time zone for front matter dates that name none (an IANA name such as Asia/Shanghai).")
    var timeZone: String = "UTC"

    @Option(name: .customLong("wechat-time-zone"), help: "Time zone of WeChat exports' 发布时间.")
    var weChatTimeZone: String = "Asia/Shanghai"

    @Flag(name: .customLong("drafts"), help: "Read drafts too (left out by default).")
    var includeDrafts = false

    @Option(help: "Skip files larger than this many megabytes.")
    var maxFileSize: Double = 16

    @Flag(help: "Treat warnings as failures (exit status 1).")
    var strict = false

    func validate() throws {
        _ = try zone(timeZone, option: "--time-zone")
        _ = try zone(weChatTimeZone, option: "--wechat-time-zone")
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of MB") }
    }

    /// The core's ingest options built from the flags.
    func makeOptions() throws -> IngestOptions {
        IngestOptions(
            timeZone: try zone(timeZone, option: "--time-zone"),
            weChatTimeZone: try zone(weChatTimeZone, option: "--wechat-time-zone"),
            includeDrafts: includeDrafts,
            maximumFileSize: Int(maxFileSize * 1_048_576)
        )
    }

    private func zone(_ name: String, option: String) throws -> TimeZone {
        guard let zone = TimeZone(identifier: name) else {
            throw ValidationError("\(option): '\(name)' is not a time zone; use an IANA name such as Asia/Shanghai or UTC")
        }
        return zone
    }
}
