import Foundation
import GazetteCore

/// The templates a command renders with: the built-in ones with the user's folder over them.
enum TemplateLoading {
    /// Loads them; a broken template (or, when `strict`, a variable no view offers) is a usage error naming the file.
    static func library(_ folder: String?, strict: Bool = false) throws -> TemplateLibrary {
        do throws(TemplateError) {
            let library = try TemplateLibrary(overrides: folder.map { URL(fileURLWithPath: $0, isDirectory: true) })
            if strict, let first = library.unknownVariables().first {
                throw first
            }
            return library
        } catch {
            throw CommandFailure(error.description, status: .usage)
        }
    }
}
