/// A problem with a template: the file, the line, and what to fix.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template file.
    public var file: String
    /// The line, counting from 1, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(line.map { "\(file):\($0)" } ?? file): \(message)"
    }
}
