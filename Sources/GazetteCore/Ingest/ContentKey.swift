import Crypto
import Foundation

/// Text folded so that copies differing only in case, width, white space or punctuation compare equal.
enum ContentKey {
    /// Calls `keep` with each scalar value of the folded text, in order.
    @inline(__always)
    private static func fold(_ text: some StringProtocol, _ keep: (UInt32) -> Void) {
        _ = fold(text, scalarLimit: .max, keep)
    }

    /// Calls `keep` with each scalar value of the folded text of `text`'s first `scalarLimit` scalars, in order;
    /// returns how many of the limit are left. Folding lowercases ASCII letters, turns full-width ASCII half-width,
    /// and drops white space, punctuation and symbols. Fast paths cover ASCII and CJK; other scalars ask for their
    /// Unicode properties.
    @inline(__always)
    static func fold(_ text: some StringProtocol, scalarLimit: Int, _ keep: (UInt32) -> Void) -> Int {
        let asciiTable = asciiTable  // a local: a `static let` is a lazy-initialization check on every access
        return text.forEachScalarValue(limit: scalarLimit) { scalar in
            var value = scalar
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value < 0x80 {
                let kept = asciiTable[Int(value)]
                if kept != 0 { keep(UInt32(kept)) }
            } else if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
                keep(value)
            } else if (0x2000...0x206F).contains(value) || (0x3000...0x303F).contains(value)
                        || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFFEF).contains(value) {
                return
            } else if let unicode = Unicode.Scalar(value), isKept(unicode) {
                keep(unicode.properties.lowercaseMapping.unicodeScalars.first?.value ?? value)
            }
        }
    }

    /// Lowercase letters and digits kept, everything else dropped.
    private static let asciiTable: [UInt8] = (0..<128).map { value -> UInt8 in
        switch value {
        case 48...57, 97...122: UInt8(value)
        case 65...90: UInt8(value + 32)
        default: 0
        }
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isWhitespace { return false }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol, .control, .format:
            return false
        default:
            return true
        }
    }

    /// The folded text as a string (for tests and explanations).
    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        fold(text) { value in
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// SHA-256 of the folded text's UTF-8: equal for copies of the same text, and the basis of content ids.
    static func digest(_ text: some StringProtocol) -> Data {
        digest(of: [String(text)])
    }

    /// The digest of `parts` joined by line breaks (a title and a body), without joining them: folding drops the
    /// breaks, so this equals `digest(_:)` of the joined text, and the body is not copied.
    static func digest(of parts: [String]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts {
            fold(part) { bytes.appendUTF8($0) }
        }
        return Data(SHA256.hash(data: bytes))
    }
}
