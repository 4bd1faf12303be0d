import Foundation
@testable import GazettePreview
import GazetteTesting
import Testing

/// What the preview's file watcher sees between two looks, which decides what it rebuilds.
@Suite struct WatchedFilesTests {
    let articles: TemporaryDirectory
    let templates: TemporaryDirectory

    init() throws {
        articles = try TemporaryDirectory()
        templates = try TemporaryDirectory()
        _ = try articles.write("# One\n\nBody.", to: "one.md")
        _ = try articles.write("# Two\n\nBody.", to: "nested/two.md")
        _ = try templates.write("{{title}}", to: "subject.mustache")
        _ = try templates.write("notes", to: "README.md")
    }

    func look() -> WatchedFiles {
        WatchedFiles(articles: [articles.path], templates: [templates.url], configuration: nil)
    }

    @Test func nothingChangedIsNoChange() {
        #expect(look().changes(since: look()).isEmpty)
        #expect(look().articles.count == 2, "files in nested folders are watched")
        #expect(look().templates.keys.map { ($0 as NSString).lastPathComponent } == ["subject.mustache"])
    }

    @Test func aTemplateSavedWithinTheSameTimeStepIsSeenByItsSize() throws {
        let file = templates.url.appendingPathComponent("subject.mustache")
        let sameTime: [FileAttributeKey: Any] = [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)]
        try FileManager.default.setAttributes(sameTime, ofItemAtPath: file.path)
        let before = look()
        try templates.write("{{title}} edited", to: "subject.mustache")
        try FileManager.default.setAttributes(sameTime, ofItemAtPath: file.path)
        let after = look()
        #expect(after.templates[file.path]?.modified == before.templates[file.path]?.modified)
        #expect(after.changes(since: before) == .templates)
    }

    @Test func anArticleAddedInASubfolderOrRemovedIsAnArticleChange() throws {
        let before = look()
        _ = try articles.write("# Three", to: "nested/deeper/three.md")
        let added = look()
        #expect(added.changes(since: before) == .articles)
        try FileManager.default.removeItem(at: articles.url.appendingPathComponent("one.md"))
        #expect(look().changes(since: added) == .articles)
    }

    @Test func anEditorsHiddenSwapFileIsNotAChange() throws {
        let before = look()
        _ = try articles.write("swap", to: ".one.md.swp")
        _ = try articles.write("swap", to: "nested/.two.md.swp")
        _ = try templates.write("swap", to: ".subject.mustache.swp")
        #expect(look().changes(since: before).isEmpty, "ingest passes over hidden files too")
        _ = try articles.write("# One, saved\n\nBody.", to: "one.md")
        #expect(look().changes(since: before) == .articles)
    }

    @Test func aFileOtherThanATemplateInTheTemplatesFolderIsNotAChange() throws {
        let before = look()
        _ = try templates.write("more notes", to: "README.md")
        #expect(look().changes(since: before).isEmpty)
    }

    @Test func aLinkToAFolderAboveIsLookedIntoOnce() throws {
        try FileManager.default.createSymbolicLink(atPath: articles.path + "/nested/loop",
                                                   withDestinationPath: articles.path)
        let files = look().articles
        #expect(files.keys.contains(articles.path + "/one.md"))
        #expect(files.count == 2, "the folder is looked into once, not again through the link: \(files.keys.sorted())")
    }
}
