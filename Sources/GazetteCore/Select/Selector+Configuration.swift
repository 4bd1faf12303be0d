extension Selector {
    /// How articles are scored and how many each section takes.
    public struct Configuration: Sendable, Equatable {
        /// Weights of the score's terms.
        public struct Weights: Sendable, Equatable {
            public var recency: Double
            public var interest: Double
            public var source: Double
            public var theme: Double
            public var quality: Double

            /// Creates weights; the defaults make recency count most.
            public init(recency: Double = 1.0, interest: Double = 0.5, source: Double = 0.3, theme: Double = 0.4,
                        quality: Double = 0.3) {
                self.recency = recency
                self.interest = interest
                self.source = source
                self.theme = theme
                self.quality = quality
            }
        }

        /// Days after which recency halves.
        public var halfLifeDays: Double
        /// Weights of the score's terms.
        public var weights: Weights
        /// Interest per tag (canonical name), added for articles carrying it.
        public var interests: [String: Double]
        /// Weight per source name, added for its articles (negative to demote).
        public var sourceWeights: [String: Double]
        /// How strongly similar items are kept apart within a section, from 0 (not at all) to 1.
        public var diversity: Double
        /// The most items per theme (by theme id); themes not listed take `defaultQuota`.
        public var quotas: [String: Int]
        /// The most items of a theme without its own quota.
        public var defaultQuota: Int
        /// What undated articles do.
        public var undated: UndatedPolicy

        /// Creates a configuration; every parameter has a default.
        public init(halfLifeDays: Double = 7, weights: Weights = Weights(), interests: [String: Double] = [:],
                    sourceWeights: [String: Double] = [:], diversity: Double = 0.3,
                    quotas: [String: Int] = ["research": 6, "products": 5, "people": 4, "other": 3],
                    defaultQuota: Int = 5, undated: UndatedPolicy = .useCollected) {
            self.halfLifeDays = halfLifeDays
            self.weights = weights
            self.interests = interests
            self.sourceWeights = sourceWeights
            self.diversity = diversity
            self.quotas = quotas
            self.defaultQuota = defaultQuota
            self.undated = undated
        }
    }
}
