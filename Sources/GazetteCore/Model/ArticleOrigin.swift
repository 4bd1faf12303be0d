/// Where an article was read from: the file, its position among the file's articles, and its first line.
public struct ArticleOrigin: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file's path, as it was named or found.
    public var path: String
    /// The article's position in the file, counting from 1 (files with one article have index 1).
    public var index: Int
    /// The line the article starts on, counting from 1.
    public var line: Int

    /// Creates an origin.
    public init(path: String, index: Int, line: Int) {
        self.path = path
        self.index = index
        self.line = line
    }

    /// `path:line`, the form editors and terminals understand.
    public var description: String { "\(path):\(line)" }
}
