import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// A table for people.
    case table
    /// One JSON document with every field.
    case json
    /// One JSON object per line, for streaming tools.
    case ndjson
}
