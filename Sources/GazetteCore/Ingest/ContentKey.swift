/// Text folded so that copies differing only in case, width, white space or punctuation compare equal.
enum ContentKey {
    /// Lowercased, full-width ASCII folded to half-width, white space and punctuation removed.
    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value) else { continue }
            let properties = folded.properties
            if properties.isWhitespace { continue }
            switch properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol:
                continue
            default:
                if folded.isASCII, (65...90).contains(value) {
                    scalars.append(Unicode.Scalar(value + 32) ?? folded)
                } else {
                    scalars.append(folded)
                }
            }
        }
        return String(scalars)
    }
}
