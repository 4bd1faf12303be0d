import ArgumentParser
import GazetteCore

/// Which articles a digest covers.
struct WindowOptions: ParsableArguments {
    @Option(help: "An ISO week by publication date, such as 2024-W52 (in the configured time zone).")
    var week: String?

    @Option(help: "Articles published on or after this date (2024-12-01, or 2024-12-01 08:00).")
    var since: String?

    @Option(help: "Articles published before this date.")
    var until: String?

    func validate() throws {
        if week != nil, since != nil || until != nil {
            throw ValidationError("use --week or --since/--until, not both")
        }
    }

    var request: WindowRequest {
        if let week { return .week(week) }
        if since != nil || until != nil { return .range(since: since, until: until) }
        return .latest
    }
}
