import GazetteCore

/// One build of the current issue, everything the preview shows.
struct PreviewRendering: Sendable {
    /// A webhook message as a platform would receive it.
    struct Payload: Sendable {
        var title: String
        var json: String
    }

    var subject: String
    var web: String
    var email: String
    var text: String
    var payloads: [Payload]
    /// How long the build took, for the page's footer.
    var milliseconds: Int
}

/// What the preview shows now: the last good rendering, and the error of the last build if it failed.
struct PreviewSnapshot: Sendable {
    var version: Int
    var rendering: PreviewRendering?
    var error: String?
}
