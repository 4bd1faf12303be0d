/// Something a stage noticed about its input: a file it skipped, a field it could not read, a duplicate it collapsed.
///
/// Diagnostics never stop a run; they are collected and shown at the end, in the compiler's
/// `path:line: severity: message` form so editors and terminals can jump to the place.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// Information, such as duplicates collapsed or drafts left out.
        case note
        /// Something was off, but nothing was lost that the user asked for.
        case warning
        /// A whole file could not be read.
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// The file (or folder) it is about.
    public var path: String
    /// The line, counting from 1, when there is one.
    public var line: Int?
    /// What happened and what to do about it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, path: String, line: Int? = nil, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: severity: message`.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is at least as serious as `severity`.
    public func contains(severity: Diagnostic.Severity) -> Bool {
        contains { $0.severity >= severity }
    }
}
