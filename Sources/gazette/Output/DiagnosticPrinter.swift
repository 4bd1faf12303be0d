import Foundation
import GazetteCore

/// Prints diagnostics to standard error, one per line, in the compiler's `path:line: severity: message` form.
struct DiagnosticPrinter {
    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
