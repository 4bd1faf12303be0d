import Foundation

/// Where the benchmark writes: the table to standard output, progress and problems to standard error.
enum Console {
    /// A progress or problem line on standard error.
    static func log(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A result on standard output.
    static func output(_ text: String) {
        print(text)
    }
}
