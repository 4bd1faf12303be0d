public import Foundation
import Mustache

/// The Mustache templates an issue is rendered with: the built-in ones, with a user's folder overriding any of them
/// by name.
///
/// The built-in templates are the repository's `templates/` folder (or the folder `GAZETTE_TEMPLATES` names).
public struct TemplateLibrary: Sendable {
    /// Where each loaded template came from, by name.
    public private(set) var sources: [String: URL] = [:]
    private var library = MustacheLibrary()
    private var texts: [String: String] = [:]

    /// The built-in templates' folder.
    public static var builtInDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["GAZETTE_TEMPLATES"] {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Compose
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()  // repository
            .appendingPathComponent("templates", isDirectory: true)
    }

    /// Loads the built-in templates, then `overrides` (a user's folder) on top.
    public init(builtIn: URL = TemplateLibrary.builtInDirectory, overrides: URL? = nil) throws(TemplateError) {
        guard FileManager.default.fileExists(atPath: builtIn.path) else {
            throw TemplateError(file: builtIn.path, message: "the built-in templates are missing; set "
                + "GAZETTE_TEMPLATES to the templates/ folder of a Gazette checkout")
        }
        try load(builtIn)
        if let overrides {
            guard FileManager.default.fileExists(atPath: overrides.path) else {
                throw TemplateError(file: overrides.path, message: "no such templates folder; check --templates")
            }
            try load(overrides)
        }
    }

    private mutating func load(_ directory: URL) throws(TemplateError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(name)
            let templateName = String(name.dropLast(".mustache".count))
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw TemplateError(file: url.path, message: "cannot read the template: \(error.localizedDescription)")
            }
            do {
                library.register(try MustacheTemplate(string: text), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: url.path, line: error.context.lineNumber,
                                    message: "\(Self.describe(error.error)) near '\(error.context.line.trimmed)'")
            } catch {
                throw TemplateError(file: url.path, message: "\(error)")
            }
            sources[templateName] = url
            texts[templateName] = text
        }
    }

    /// Whether a template of that name is loaded.
    public func contains(_ name: String) -> Bool {
        sources[name] != nil
    }

    /// Renders `view` with the template `name`.
    public func render(_ view: Any, template name: String) throws(TemplateError) -> String {
        guard let output = library.render(view, withTemplate: name) else {
            throw TemplateError(file: "\(name).mustache", message: "no template named '\(name)' in "
                + "\(Self.builtInDirectory.path) or the --templates folder")
        }
        return output
    }

    /// Every variable a template uses that no issue view offers, with its file and line: what `--strict` rejects.
    public func unknownVariables() -> [TemplateError] {
        unknownVariables(known: TemplateVocabulary.names)
    }

    func unknownVariables(known: Set<String>) -> [TemplateError] {
        texts.keys.sorted().flatMap { name in
            TemplateVariables.names(in: texts[name] ?? "").compactMap { usage in
                guard !known.contains(usage.name) else { return nil }
                let suggestion = EditDistance.closest(to: usage.name, in: Array(known)).map { " (did you mean '\($0)'?)" }
                return TemplateError(file: sources[name]?.path ?? name, line: usage.line,
                                     message: "unknown variable '\(usage.name)'\(suggestion ?? "")")
            }
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with a different name than it was opened"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid delimiter change"
        default: "\(error)"
        }
    }
}
