@testable import GazetteCore
import Foundation
import GazetteTesting
import Testing

struct FileContentsTests {
    @Test func readsTheWholeFileWhateverSizeWasExpected() throws {
        let folder = try TemporaryDirectory()
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let file = try folder.write(bytes, to: "data.bin")
        for expected in [0, 1, 1000, 199_999, 200_000, 200_001, 1_000_000] {
            #expect(try FileContents.read(file.path, expectedSize: expected) == bytes, "expected size \(expected)")
        }
        let empty = try folder.write(Data(), to: "empty.txt")
        #expect(try FileContents.read(empty.path, expectedSize: 0).isEmpty)
    }

    @Test func failuresSayWhatTheSystemSaid() throws {
        let folder = try TemporaryDirectory()
        #expect(throws: FileContents.Failure(code: ENOENT)) { try FileContents.read(folder.path + "/missing.md") }
        let failure = #expect(throws: FileContents.Failure.self) { try FileContents.read(folder.path) }
        #expect(failure?.description == "Is a directory")
        #expect(failure?.isPermissionDenied == false)
    }
}
