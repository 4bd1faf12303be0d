public import Foundation

/// Finds the repository's test fixtures (`Tests/Fixtures`) and seeds (`seeds/`) from this source file's location,
/// so tests work from any working directory.
public enum Fixtures {
    /// The repository's root folder.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // GazetteTesting
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()

    /// `Tests/Fixtures`.
    public static let root = repositoryRoot.appendingPathComponent("Tests/Fixtures", isDirectory: true)

    /// The seed documents in `seeds/`.
    public static let seeds = repositoryRoot.appendingPathComponent("seeds", isDirectory: true)

    /// A fixture by its path below `Tests/Fixtures`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// A seed file whose name starts with `prefix` (such as `"001_"`).
    public static func seed(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: seeds.path + "/" + prefix + "*"])
        }
        return seeds.appendingPathComponent(name)
    }
}
