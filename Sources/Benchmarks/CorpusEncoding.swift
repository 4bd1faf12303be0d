import Foundation

/// The encodings corpus files are written in, and their share of the files.
enum CorpusEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case utf16LittleEndian = "UTF-16LE"
    case gb18030 = "GB18030"

    /// Why text could not be encoded.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Foundation's identifier for GB18030 (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

    /// 75% UTF-8, 10% UTF-8 with a BOM, 5% UTF-16LE with a BOM, 10% GB18030.
    static func pick(using random: inout SplitMix64) -> CorpusEncoding {
        switch random.unit() {
        case ..<0.75: .utf8
        case ..<0.85: .utf8WithBOM
        case ..<0.90: .utf16LittleEndian
        default: .gb18030
        }
    }

    /// `text` as bytes in this encoding, with the byte order mark where the encoding has one.
    func encode(_ text: String) throws -> Data {
        switch self {
        case .utf8:
            return Data(text.utf8)
        case .utf8WithBOM:
            return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        case .utf16LittleEndian:
            var bytes: [UInt8] = [0xFF, 0xFE]
            bytes.reserveCapacity(2 + text.utf16.count * 2)
            for unit in text.utf16 {
                bytes.append(UInt8(truncatingIfNeeded: unit))
                bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
            }
            return Data(bytes)
        case .gb18030:
            guard let data = text.data(using: Self.gb18030Encoding, allowLossyConversion: false) else {
                throw Failure(description: "Foundation cannot encode this text as GB18030")
            }
            return data
        }
    }
}
