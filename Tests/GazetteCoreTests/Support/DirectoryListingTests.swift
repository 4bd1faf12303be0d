@testable import GazetteCore
import Foundation
import GazetteTesting
import Testing

struct DirectoryListingTests {
    @Test func namesComeWithTheKindTheListingGives() throws {
        let folder = try TemporaryDirectory()
        try folder.write("text", to: "article.md")
        try folder.write("hidden", to: ".swap")
        try folder.write("inner", to: "sub/inner.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.md",
                                                   withDestinationPath: folder.path + "/article.md")
        let entries = try #require(DirectoryListing.entries(of: folder.path))
        let kinds = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, "\($0.kind)") })
        #expect(kinds == ["article.md": "file", ".swap": "file", "sub": "directory", "link.md": "unknown"],
                "a link is left to stat(2); . and .. are not names")
    }

    @Test func aFolderThatCannotBeListedGivesNil() throws {
        let folder = try TemporaryDirectory()
        try folder.write("text", to: "article.md")
        #expect(DirectoryListing.entries(of: folder.path + "/missing") == nil)
        #expect(DirectoryListing.entries(of: folder.path + "/article.md") == nil, "a file is not a folder")
    }

    @Test func aWalkWithoutStatusesFindsTheSameFilesAsOneWith() throws {
        let folder = try TemporaryDirectory()
        for name in ["a.md", "b/c.md", "b/d/e.txt", ".hidden/f.md"] {
            try folder.write(name, to: name)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b/link.md",
                                                   withDestinationPath: folder.path + "/a.md")
        func walk(statsFiles: Bool) throws -> [String: FileStatus?] {
            var found: [String: FileStatus?] = [:]
            var walk = FolderWalk(statsFiles: statsFiles)
            walk.walk(folder.path, status: try #require(FileStatus(path: folder.path)), shownAs: "root") { _, shown, finding in
                if case .file(let status) = finding { found[shown] = status }
            }
            return found
        }
        let stated = try walk(statsFiles: true)
        let listed = try walk(statsFiles: false)
        #expect(Set(stated.keys) == ["root/a.md", "root/b/c.md", "root/b/d/e.txt", "root/b/link.md"])
        #expect(Set(listed.keys) == Set(stated.keys))
        #expect(stated.values.allSatisfy { $0 != nil })
        #expect(listed.filter { $0.value != nil }.keys.sorted() == ["root/b/link.md"], "only the link is stat'ed")
    }

    @Test func aWalkFindsFilesInTheOrderOfTheirPaths() throws {
        let folder = try TemporaryDirectory()
        // `-` and `.` sort before `/`: a/b.md comes after a-c.md and a.d/e.md, though folder a sorts first by name.
        let names = ["a/b.md", "a-c.md", "a.d/e.md", "a0.md", "B.md", "a/z/y.md", "a/ab.md", "中文.md", "a b.md"]
        for name in names.shuffled() {
            try folder.write(name, to: name)
        }
        var found: [String] = []
        var walk = FolderWalk(statsFiles: false)
        walk.walk(folder.path, status: try #require(FileStatus(path: folder.path)), shownAs: "root") { _, shown, _ in
            found.append(shown)
        }
        #expect(found == found.sorted(), "found \(found)")
        #expect(Set(found) == Set(names.map { "root/" + $0 }))
    }
}
