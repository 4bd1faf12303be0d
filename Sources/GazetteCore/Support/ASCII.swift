/// Tests and edits of ASCII bytes, for the readers that look at UTF-8 bytes rather than characters (every byte of a
/// character outside ASCII is 0x80 or more, so none of these ever matches one).
enum ASCII {
    static func isUppercase(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    static func isLowercase(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    static func isLetter(_ byte: UInt8) -> Bool { isUppercase(byte) || isLowercase(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isHexDigit(_ byte: UInt8) -> Bool { hexValue(byte) != nil }
    /// The value of a hexadecimal digit (either case), or nil for any other byte.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        if isDigit(byte) { return byte - 0x30 }
        let lower = byte | 0x20
        return (0x61...0x66).contains(lower) ? lower - 0x61 + 10 : nil
    }
    static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte + 0x20 : byte }

    /// `bytes` without the spaces (0x20) at either end.
    static func trimmingSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }),
              let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return bytes[bytes.endIndex...] }
        return bytes[first...last]
    }
}
