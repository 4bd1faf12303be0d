public import Foundation

/// Writes files so that readers see the old content or the new, never a half-written file: the data goes to a
/// temporary file in the same folder, which is then renamed over the target.
public struct AtomicFileWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes `data` to `url`, creating folders as needed.
    public func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `text` as UTF-8.
    public func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
