import Crypto
import Foundation

/// Text folded so that copies differing only in case, width, white space or punctuation compare equal.
enum ContentKey {
    /// The folded text's scalar values: ASCII letters lowercased, full-width ASCII folded to half-width, white space,
    /// punctuation and symbols removed. Fast paths cover ASCII and CJK; other scalars ask for their Unicode properties.
    static func foldedScalars(_ text: some StringProtocol) -> [UInt32] {
        var folded: [UInt32] = []
        folded.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value < 0x80 {
                if let kept = asciiTable[Int(value)] { folded.append(kept) }
            } else if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
                folded.append(value)
            } else if (0x2000...0x206F).contains(value) || (0x3000...0x303F).contains(value)
                        || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFFEF).contains(value) {
                continue
            } else if isKept(scalar) {
                folded.append(scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value)
            }
        }
        return folded
    }

    /// Lowercase letters and digits kept, everything else dropped.
    private static let asciiTable: [UInt32?] = (0..<128).map { value -> UInt32? in
        switch value {
        case 48...57, 97...122: UInt32(value)
        case 65...90: UInt32(value + 32)
        default: nil
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
        String(String.UnicodeScalarView(foldedScalars(text).compactMap(Unicode.Scalar.init)))
    }

    /// SHA-256 of the folded text's UTF-8: equal for copies of the same text, and the basis of content ids.
    static func digest(_ text: some StringProtocol) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for value in foldedScalars(text) {
            switch value {
            case ..<0x80:
                bytes.append(UInt8(value))
            case ..<0x800:
                bytes += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
            case ..<0x10000:
                bytes += [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            default:
                bytes += [UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F),
                          UInt8(0x80 | value & 0x3F)]
            }
        }
        return Data(SHA256.hash(data: bytes))
    }
}
