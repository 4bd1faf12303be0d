/// Why `gazette.yml` could not be used. The message names the key's path and says what to write instead.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Equatable {
        /// A key that Gazette does not know, with the closest known key when one is close.
        case unknownKey(suggestion: String?)
        /// A value of the wrong kind or out of range.
        case invalidValue(String)
        /// The file is not YAML.
        case syntax(String)
        /// The file could not be read.
        case unreadable(String)
    }

    /// The configuration file.
    public var file: String
    /// The key's path, such as `selection.halfLifeDays`; empty for the whole file.
    public var keyPath: String
    /// What is wrong.
    public var reason: Reason

    /// Creates an error.
    public init(file: String, keyPath: String, reason: Reason) {
        self.file = file
        self.keyPath = keyPath
        self.reason = reason
    }

    public var description: String {
        let place = keyPath.isEmpty ? file : "\(file): \(keyPath)"
        switch reason {
        case .unknownKey(let suggestion?):
            return "\(place): unknown key; did you mean '\(suggestion)'?"
        case .unknownKey(nil):
            return "\(place): unknown key; remove it (see README.md, Configuration, for the keys Gazette reads)"
        case .invalidValue(let message), .syntax(let message), .unreadable(let message):
            return "\(place): \(message)"
        }
    }
}
