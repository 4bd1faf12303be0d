/// A value from `gazette.yml` that is either written out or a `${ENV_NAME}` reference, read from the environment
/// when it is used (so `gazette build` needs no secrets). Its description never shows a resolved value.
public struct ConfiguredValue: Sendable, Hashable, CustomStringConvertible {
    /// The text as written in the file.
    public var written: String

    /// Wraps the text as written.
    public init(_ written: String) {
        self.written = written
    }

    /// The environment variable names the value refers to.
    public var references: [String] {
        var names: [String] = []
        var rest = Substring(written)
        while let start = rest.range(of: "${") {
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else { break }
            names.append(String(rest[start.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return names
    }

    /// The value with every `${NAME}` replaced from `environment`; throws naming the first variable that is unset
    /// or empty.
    public func resolve(in environment: [String: String], for place: String) throws(DeliveryError) -> String {
        var value = written
        for name in references {
            guard let replacement = environment[name], !replacement.isEmpty else {
                throw DeliveryError.unsetEnvironmentVariable(name: name, place: place)
            }
            value = value.replacingOccurrences(of: "${\(name)}", with: replacement)
        }
        return value
    }

    /// The value as written, which for a reference is just its name.
    public var description: String { written }
}
