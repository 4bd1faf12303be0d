/// A term's 64-bit FNV-1a hash: analysis counts terms by hash, and spells them out only to explain.
public typealias TermHash = UInt64

enum TermHashing {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func hash(_ term: String) -> TermHash {
        var hash = offsetBasis
        for scalar in term.unicodeScalars {
            hash = (hash ^ UInt64(scalar.value)) &* prime
        }
        return hash
    }

    /// SplitMix64's finalizer: spreads a hash's bits evenly.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
