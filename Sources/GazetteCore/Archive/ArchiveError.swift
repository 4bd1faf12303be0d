/// Why the archive could not do what was asked, in words that say what to do about it.
public enum ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The file is not a SQLite database, or is damaged.
    case corrupt(path: String)
    /// A newer Gazette has upgraded the database beyond what this one knows.
    case newerSchema(path: String)
    /// The issue for this period was already sent; it is not rebuilt over.
    case alreadySent(number: Int, key: String)
    /// No issue has this number.
    case unknownIssue(Int, known: [Int])
    /// Anything else SQLite reported.
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the archive \(path): \(reason)"
        case .corrupt(let path):
            "the archive \(path) is not a Gazette database or is damaged; move it aside (nothing was changed) and "
                + "run again to start a new one, or restore it from a backup or `gazette archive export`"
        case .newerSchema(let path):
            "the archive \(path) was written by a newer Gazette; upgrade Gazette to use it (nothing was changed)"
        case .alreadySent(let number, let key):
            "issue \(number) (\(key)) was already sent, so it is not rebuilt; build another week with --week, or wait "
                + "for the next one"
        case .unknownIssue(let number, let known):
            "there is no issue \(number); " + (known.isEmpty ? "the archive holds none yet (run `gazette build`)"
                : "the archive holds \(known.map(String.init).joined(separator: ", "))")
        case .failed(let path, let reason):
            "the archive \(path): \(reason)"
        }
    }
}
