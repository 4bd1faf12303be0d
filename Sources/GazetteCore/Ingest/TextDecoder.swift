public import Foundation

/// Turns a file's bytes into text, telling the encoding from the bytes themselves.
///
/// Order of checks: a byte order mark (UTF-8, UTF-16), then valid UTF-8, then binary content (NUL or
/// other control bytes), then GB18030, which covers GBK and GB2312.
public struct TextDecoder: Sendable {
    /// Why bytes could not be decoded.
    public enum Failure: Error, Sendable, Equatable {
        /// The bytes hold NUL or other control characters: not a text file.
        case binary
        /// The bytes are neither UTF-8, UTF-16 with a BOM, nor GB18030.
        case unknownEncoding
    }

    /// Text and the encoding it was found in.
    public struct Decoded: Sendable, Equatable {
        /// The decoded text, without any byte order mark.
        public var text: String
        /// The encoding the bytes were in.
        public var encoding: TextEncoding

        /// Creates a decoded text.
        public init(text: String, encoding: TextEncoding) {
            self.text = text
            self.encoding = encoding
        }
    }

    /// Creates a decoder.
    public init() {}

    /// Decodes `data`, or says why it cannot.
    public func decode(_ data: Data) -> Result<Decoded, Failure> {
        if let decoded = decodeByteOrderMark(data) {
            return decoded
        }
        if let text = String(validatingUTF8Bytes: data) {
            return .success(Decoded(text: text, encoding: .utf8))
        }
        if looksBinary(data) {
            return .failure(.binary)
        }
        if let text = GB18030Decoder.decode(data), !text.isEmpty {
            return .success(Decoded(text: text, encoding: .gb18030))
        }
        return .failure(.unknownEncoding)
    }

    private func decodeByteOrderMark(_ data: Data) -> Result<Decoded, Failure>? {
        switch ByteOrderMark(data) {
        case .utf8:
            guard let text = String(validatingUTF8Bytes: data.dropFirst(3)) else { return .failure(.unknownEncoding) }
            return .success(Decoded(text: text, encoding: .utf8WithBOM))
        case .utf16LittleEndian:
            return decodeUTF16(data.dropFirst(2), bigEndian: false, as: .utf16LittleEndian)
        case .utf16BigEndian:
            return decodeUTF16(data.dropFirst(2), bigEndian: true, as: .utf16BigEndian)
        case nil:
            return nil
        }
    }

    /// The byte order mark a text starts with.
    private enum ByteOrderMark {
        case utf8, utf16LittleEndian, utf16BigEndian

        /// The mark `data` starts with, read off its first bytes: comparing prefixes of `Data` went through its
        /// iterator, a call per byte, for every file.
        init?(_ data: Data) {
            let mark: ByteOrderMark? = data.withUnsafeBytes { bytes in
                guard bytes.count >= 2 else { return nil }
                switch (bytes[0], bytes[1]) {
                case (0xEF, 0xBB) where bytes.count >= 3 && bytes[2] == 0xBF: return .utf8
                case (0xFF, 0xFE): return .utf16LittleEndian
                case (0xFE, 0xFF): return .utf16BigEndian
                default: return nil
                }
            }
            guard let mark else { return nil }
            self = mark
        }
    }

    private func decodeUTF16(_ data: Data, bigEndian: Bool, as label: TextEncoding) -> Result<Decoded, Failure> {
        guard data.count % 2 == 0, let text = Self.utf16Text(data, bigEndian: bigEndian) else {
            return .failure(.unknownEncoding)
        }
        return .success(Decoded(text: text, encoding: label))
    }

    /// UTF-16 code units transcoded to UTF-8 in one pass (several times faster than Foundation's
    /// `String(data:encoding:)`), written straight into the string's storage; nil when a surrogate is unpaired. A code
    /// unit takes at most three bytes of UTF-8, a surrogate pair four: never more than one and a half times the input.
    static func utf16Text(_ data: Data, bigEndian: Bool) -> String? {
        var isValid = true
        let text = data.withUnsafeBytes { raw in
            String(unsafeUninitializedCapacity: raw.count * 3 / 2 + 1) { utf8 in
                var pendingHigh: UInt32?
                var (index, count) = (0, 0)
                while index + 1 < raw.count {
                    let first = UInt32(raw[index]), second = UInt32(raw[index + 1])
                    let unit = bigEndian ? first << 8 | second : second << 8 | first
                    index += 2
                    if let high = pendingHigh {
                        guard (0xDC00...0xDFFF).contains(unit) else { break }
                        count += utf8.writeUTF8(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), at: count)
                        pendingHigh = nil
                    } else if (0xD800...0xDBFF).contains(unit) {
                        pendingHigh = unit
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        pendingHigh = 0  // marks the text invalid below
                        break
                    } else {
                        count += utf8.writeUTF8(unit, at: count)
                    }
                }
                isValid = pendingHigh == nil
                return isValid ? count : 0
            }
        }
        return isValid ? text : nil
    }

    /// NUL, or more than 1 in 100 bytes that are control characters other than tab, line feed,
    /// carriage return, form feed and escape, in the first 8 KiB.
    private func looksBinary(_ data: Data) -> Bool {
        // Through the bytes' buffer: `Data`'s iterator costs a call per byte, and every GB18030 file is asked this.
        data.withUnsafeBytes { raw in
            let sample = raw.prefix(8192)
            var controls = 0
            for byte in sample {
                if byte == 0 { return true }
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B {
                    controls += 1
                }
            }
            return controls * 100 > sample.count
        }
    }
}

extension String {
    /// The bytes as UTF-8 text, or nil when they are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: some Collection<UInt8>) {
        self.init(validating: bytes, as: UTF8.self)
    }
}
