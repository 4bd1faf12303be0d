import Foundation
import Yams

/// Loads `gazette.yml`: the named file, or `gazette.yml` in the working directory when there is one, or the defaults.
public struct ConfigurationLoader: Sendable {
    /// The file read when no path is given.
    public static let defaultFileName = "gazette.yml"

    /// Creates a loader.
    public init() {}

    /// The configuration at `path`, or from `./gazette.yml`, or the defaults.
    public func load(path: String? = nil) throws(ConfigurationError) -> GazetteConfiguration {
        let file = path ?? Self.defaultFileName
        guard path != nil || FileManager.default.fileExists(atPath: file) else { return GazetteConfiguration() }
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: file, keyPath: "", reason: .unreadable(
                "cannot read the configuration file (\(error.localizedDescription)); check --config"))
        }
        return try parse(text, file: file)
    }

    /// The configuration written in `text`; `file` names it in errors.
    public func parse(_ text: String, file: String) throws(ConfigurationError) -> GazetteConfiguration {
        let configuration: GazetteConfiguration
        do {
            guard try Yams.compose(yaml: text) != nil else { return GazetteConfiguration() }
            configuration = try YAMLDecoder().decode(ConfigurationFile.self, from: text).configuration
        } catch let error as UnknownConfigurationKey {
            throw ConfigurationError(file: file, keyPath: error.path.joined(separator: "."),
                                     reason: .unknownKey(suggestion: error.suggestion))
        } catch let error as DecodingError {
            throw Self.configurationError(Self.innermost(error), file: file)
        } catch {
            throw ConfigurationError(file: file, keyPath: "", reason: .syntax("not valid YAML: \(error)"))
        }
        try validateQuotas(configuration, file: file)
        return configuration
    }

    private func validateQuotas(_ configuration: GazetteConfiguration, file: String) throws(ConfigurationError) {
        let known = configuration.themes.map(\.id) + [Theme.other.id]
        for theme in configuration.selection.quotas.keys.sorted() where !known.contains(theme) {
            let suggestion = EditDistance.closest(to: theme, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            throw ConfigurationError(file: file, keyPath: "selection.quotas.\(theme)", reason: .invalidValue(
                "'\(theme)' is not a theme\(suggestion); known themes: \(known.joined(separator: ", "))"))
        }
    }

    /// Yams wraps errors thrown while decoding in "not valid YAML"; the wrapped error says what is wrong.
    private static func innermost(_ error: DecodingError) -> any Error {
        if case .dataCorrupted(let context) = error, let underlying = context.underlyingError {
            if let decoding = underlying as? DecodingError { return innermost(decoding) }
            if underlying is UnknownConfigurationKey { return underlying }
        }
        return error
    }

    private static func configurationError(_ error: any Error, file: String) -> ConfigurationError {
        if let unknown = error as? UnknownConfigurationKey {
            return ConfigurationError(file: file, keyPath: unknown.path.joined(separator: "."),
                                      reason: .unknownKey(suggestion: unknown.suggestion))
        }
        guard let error = error as? DecodingError else {
            return ConfigurationError(file: file, keyPath: "", reason: .syntax("\(error)"))
        }
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
             .keyNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
            let message = Self.message(for: error, context: context)
            return ConfigurationError(file: file, keyPath: path, reason: .invalidValue(message))
        @unknown default:
            return ConfigurationError(file: file, keyPath: "", reason: .invalidValue("\(error)"))
        }
    }

    private static func message(for error: DecodingError, context: DecodingError.Context) -> String {
        switch error {
        case .typeMismatch(let type, _): "expected \(Self.kind(of: type))"
        case .keyNotFound(let key, _): "'\(key.stringValue)' is required here"
        case .valueNotFound(let type, _): "expected \(Self.kind(of: type)), found nothing"
        default: context.debugDescription
        }
    }

    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: "a value of type \(type)"
        }
    }
}
