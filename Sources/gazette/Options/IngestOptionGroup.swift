import ArgumentParser
import Foundation
import GazetteCore

/// Where articles come from and how they are read; shared by every command that ingests.
struct IngestOptionGroup: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files or folders to read (folders recursively; default: the configured sources, seeds/).")
    var paths: [String] = []

    @Option(help: "Time zone for dates that name none (an IANA name such as Asia/Shanghai; default UTC).")
    var timeZone: String?

    @Option(name: .customLong("wechat-time-zone"), help: "Time zone of WeChat exports' 发布时间 (default Asia/Shanghai).")
    var weChatTimeZone: String?

    @Flag(name: .customLong("drafts"), help: "Read drafts too (left out by default).")
    var includeDrafts = false

    @Option(help: "Skip files larger than this many megabytes (default 16).")
    var maxFileSize: Double?

    @Flag(help: "Treat warnings as failures (exit status 1).")
    var strict = false

    func validate() throws {
        if let timeZone { _ = try zone(timeZone, option: "--time-zone") }
        if let weChatTimeZone { _ = try zone(weChatTimeZone, option: "--wechat-time-zone") }
        if let maxFileSize, maxFileSize <= 0 {
            throw ValidationError("--max-file-size must be a positive number of MB")
        }
    }

    /// The configuration file's settings with this command line's flags on top.
    func makeConfiguration() throws -> GazetteConfiguration {
        var configuration = try global.loadConfiguration()
        if let timeZone {
            configuration.timeZone = try zone(timeZone, option: "--time-zone")
            configuration.ingest.timeZone = configuration.timeZone
        }
        if let weChatTimeZone { configuration.ingest.weChatTimeZone = try zone(weChatTimeZone, option: "--wechat-time-zone") }
        if includeDrafts { configuration.ingest.includeDrafts = true }
        if let maxFileSize { configuration.ingest.maximumFileSize = Int(maxFileSize * 1_048_576) }
        return configuration
    }

    private func zone(_ name: String, option: String) throws -> TimeZone {
        guard let zone = TimeZone(identifier: name) else {
            throw ValidationError("\(option): '\(name)' is not a time zone; use an IANA name such as Asia/Shanghai or UTC")
        }
        return zone
    }
}
