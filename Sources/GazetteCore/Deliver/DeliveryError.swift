/// Why a delivery could not even be attempted. Each message says what to fix.
public enum DeliveryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A `${NAME}` reference whose variable is unset.
    case unsetEnvironmentVariable(name: String, place: String)
    /// A URL that is not an absolute address of the kind the target needs.
    case invalidAddress(place: String, reason: String)
    /// A secret in the wrong form.
    case invalidSecret(place: String, reason: String)
    /// No built issue where one was expected.
    case noBuiltIssue(String)
    /// An issue folder whose files cannot be read.
    case unreadableIssue(path: String, reason: String)
    /// `--target` named no configured target.
    case unknownTarget(String, known: [String])

    public var description: String {
        switch self {
        case .unsetEnvironmentVariable(let name, let place):
            "\(place) refers to ${\(name)}, which is not set; export \(name) or write the value in gazette.yml"
        case .invalidAddress(let place, let reason):
            "\(place): \(reason)"
        case .invalidSecret(let place, let reason):
            "\(place): \(reason)"
        case .noBuiltIssue(let message):
            message
        case .unreadableIssue(let path, let reason):
            "\(path): \(reason); run `gazette build` again"
        case .unknownTarget(let name, let known):
            "no target named '\(name)'; configured: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
        }
    }
}
