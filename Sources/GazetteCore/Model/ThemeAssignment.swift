import Foundation

/// The theme an article was given, how sure the classifier is, and why.
public struct ThemeAssignment: Sendable, Hashable, Codable {
    /// One signal that counted toward a theme.
    public struct Reason: Sendable, Hashable, Codable, CustomStringConvertible {
        /// What matched, such as `title: 实测` or `link: paper ×2`.
        public var signal: String
        /// How much it added.
        public var weight: Double

        public var description: String { "\(signal) (+\(Self.format(weight)))" }

        static func format(_ value: Double) -> String {
            String(format: "%.2f", value)
        }
    }

    /// One theme's total.
    public struct Score: Sendable, Hashable, Codable {
        /// The theme.
        public var theme: Theme
        /// The sum of its signals' weights.
        public var score: Double
    }

    /// One theme's total and the signals that made it, strongest first: what `explain` shows
    /// (`AnalyzedCorpus.themeEvidence(of:)`). Analysis keeps only the totals: the texts of every signal of every
    /// theme for every article of a corpus were written, sorted and kept for the few articles `explain` shows.
    public struct Evidence: Sendable, Hashable, Codable {
        /// The theme.
        public var theme: Theme
        /// The sum of its reasons' weights: the same as the assignment's score for the theme.
        public var score: Double
        /// The signals that matched, strongest first.
        public var reasons: [Reason]
    }

    /// The chosen theme; `other` when confidence is below the threshold.
    public var theme: Theme
    /// From 0 to 1: how strong the best theme's evidence is, times its margin over the runner-up.
    public var confidence: Double
    /// The theme the evidence pointed to, even when confidence was too low to use it.
    public var bestTheme: Theme
    /// Every configured theme's score, highest first.
    public var scores: [Score]
}
