/// Every term of an article's selection score, so the ranking can always be explained.
public struct ScoreBreakdown: Sendable, Hashable, Codable {
    /// One term: its raw value, its weight, what it adds, and a sentence on where it comes from.
    public struct Term: Sendable, Hashable, Codable {
        /// The term's name (`recency`, `interest`, …).
        public var name: String
        /// The raw value, usually from 0 to 1.
        public var value: Double
        /// The configured weight.
        public var weight: Double
        /// `value · weight` (negative for penalties).
        public var contribution: Double
        /// Where the value comes from, in words.
        public var detail: String
    }

    /// The terms before diversity: recency, interest, source, theme, quality.
    public var terms: [Term]
    /// The diversity penalty applied when the item was picked (0 for the first of a section).
    public var diversityPenalty: Term?

    /// The sum of the terms, before the diversity penalty.
    public var base: Double { terms.map(\.contribution).reduce(0, +) }
    /// The final score: the base minus the diversity penalty.
    public var total: Double { base + (diversityPenalty?.contribution ?? 0) }
}
