import GazetteCore

/// One ingest result reduced to what the benchmark checks against the corpus manifest: how many articles,
/// files, encodings and diagnostics it found.
struct IngestCheck: Sendable {
    var articles: Int
    var files: Int
    var bytes: Int
    var notes = 0
    var warnings = 0
    var errors = 0
    /// Files per detected encoding name.
    var encodings: [String: Int] = [:]
    /// Files per detected format.
    var formats: [String: Int] = [:]
    /// The first few warnings and errors, for the log.
    var firstProblems: [String] = []

    init(_ result: IngestResult) {
        articles = result.articles.count
        files = result.files.count
        bytes = result.files.map(\.size).reduce(0, +)
        for file in result.files {
            encodings[file.encoding?.rawValue ?? "unread", default: 0] += 1
            formats[file.format?.rawValue ?? "unread", default: 0] += 1
        }
        for diagnostic in result.diagnostics {
            switch diagnostic.severity {
            case .note: notes += 1
            case .warning: warnings += 1
            case .error: errors += 1
            }
            if diagnostic.severity != .note, firstProblems.count < 5 {
                firstProblems.append(diagnostic.description)
            }
        }
    }

    /// Differences from the manifest that do not invalidate the timing, for the log.
    func remarks(against manifest: CorpusManifest) -> [String] {
        var remarks: [String] = []
        if files != manifest.files {
            remarks.append("ingest saw \(files) files; the corpus has \(manifest.files)")
        }
        if encodings != manifest.encodings {
            remarks.append("encodings detected \(Self.text(encodings)) differ from those written "
                + Self.text(manifest.encodings))
        }
        if warnings + errors > 0 {
            remarks.append("\(warnings) warning(s) and \(errors) error(s) on a corpus that should have none:")
            remarks += firstProblems.map { "  " + $0 }
        }
        return remarks
    }

    /// One line for the log.
    var summary: String {
        "\(articles) articles from \(files) files; formats \(Self.text(formats)); encodings \(Self.text(encodings)); "
            + "diagnostics: \(notes) notes, \(warnings) warnings, \(errors) errors"
    }

    private static func text(_ counts: [String: Int]) -> String {
        "{" + counts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
