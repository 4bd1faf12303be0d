public import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory: Sendable {
    /// The folder.
    public let url: URL

    /// Creates the folder.
    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The folder's path.
    public var path: String { url.path }

    /// Writes `contents` to `name` (folders created as needed) and returns the file's URL.
    @discardableResult
    public func write(_ contents: String, to name: String) throws -> URL {
        try write(Data(contents.utf8), to: name)
    }

    /// Writes `data` to `name` (folders created as needed) and returns the file's URL. The file is saved whole (written
    /// beside it and renamed), as an editor that renames does: written in place, a preview watching the folder could
    /// read the emptied file on a busy machine before the new bytes arrived, and the browser tests then saw a page
    /// built from it.
    @discardableResult
    public func write(_ data: Data, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file, options: .atomic)
        return file
    }

    /// Copies `source` into the folder under its own name and returns the copy's URL.
    @discardableResult
    public func copy(_ source: URL) throws -> URL {
        let destination = url.appendingPathComponent(source.lastPathComponent)
        try FileManager.default.copyItem(at: source, to: destination)
        return destination
    }
}
