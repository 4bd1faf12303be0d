/// A text reduced to what the Latin-name finders look at: one byte per character, so that they can walk bytes
/// instead of `Character`s (splitting a title into `Substring`s of `Character`s cost more than the rest of finding
/// its names).
///
/// The finders keep only ASCII letters, digits, spaces and a few marks, and treat every other character as a
/// separator that is not a space. Replacing each non-ASCII scalar, and a carriage return (which makes one character
/// with the line feed after it), by 0x01 (also a separator, also not a space) gives them the same words, as long as
/// every scalar of the text is a character of its own: none combines with its neighbours (accents, variation
/// selectors, joiners, Hangul jamo, emoji sequences). Texts with any other scalar are not projected.
enum LatinProjection {
    /// One byte per character of `text`: ASCII as it is, 0x01 for anything else and for carriage returns; nil when
    /// some scalar might join a neighbour into one character.
    static func bytes(of text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(scalar == "\r" ? 1 : UInt8(scalar.value))
            } else if standsAlone(scalar.value) {
                bytes.append(1)
            } else {
                return nil
            }
        }
        return bytes
    }

    /// Scalars that form a grapheme cluster by themselves whatever surrounds them (Unicode's Grapheme_Cluster_Break
    /// "Other" or "Control"): Latin-1 and Latin Extended, general punctuation, CJK punctuation (not the ideographic
    /// tone marks), CJK ideographs, full-width ASCII.
    private static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x80..<0x300, 0x2010...0x2027, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            true
        default:
            false
        }
    }
}

/// Byte tests of the Latin-name finders.
extension ASCII {
    /// A letter, `-` or `'`: what a person's name is made of.
    static func isNameByte(_ byte: UInt8) -> Bool { isLetter(byte) || byte == 0x2D || byte == 0x27 }

    /// A letter, a digit, `-`, `_`, `.` or a space: what a title's Latin names are made of.
    static func isTitleByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || isTrimmedFromName(byte)
    }

    /// `-`, `_` or `.` (and a space): trimmed from the ends of a name found in a title.
    static func isTrimmedFromName(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x20
    }
}
