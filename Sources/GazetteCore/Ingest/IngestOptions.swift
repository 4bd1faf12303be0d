public import Foundation

/// How the ingest stage reads files. Every setting has a default, so `IngestOptions()` reads the seeds as they are.
public struct IngestOptions: Sendable, Equatable {
    /// Reading speeds behind the reading-time estimate.
    public struct ReadingSpeed: Sendable, Equatable, Codable {
        /// Han, Kana and Hangul characters read per minute.
        public var cjkCharactersPerMinute: Double
        /// Words of Latin-script text read per minute.
        public var wordsPerMinute: Double

        /// Creates a reading speed; the defaults are common estimates for adult readers.
        public init(cjkCharactersPerMinute: Double = 500, wordsPerMinute: Double = 230) {
            self.cjkCharactersPerMinute = cjkCharactersPerMinute
            self.wordsPerMinute = wordsPerMinute
        }
    }

    /// The zone for front matter dates that name none.
    public var timeZone: TimeZone
    /// The zone WeChat exports' 发布时间 is written in.
    public var weChatTimeZone: TimeZone
    /// Whether drafts are read; by default they are left out, and said so.
    public var includeDrafts: Bool
    /// Files larger than this many bytes are skipped with an error that names the limit.
    public var maximumFileSize: Int
    /// The speeds behind reading-time estimates.
    public var readingSpeed: ReadingSpeed
    /// How many files are read at once.
    public var concurrency: Int

    /// Creates options; every parameter has a default.
    public init(
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .gmt,
        weChatTimeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt,
        includeDrafts: Bool = false,
        maximumFileSize: Int = 16 * 1024 * 1024,
        readingSpeed: ReadingSpeed = ReadingSpeed(),
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.timeZone = timeZone
        self.weChatTimeZone = weChatTimeZone
        self.includeDrafts = includeDrafts
        self.maximumFileSize = maximumFileSize
        self.readingSpeed = readingSpeed
        self.concurrency = max(1, concurrency)
    }
}
