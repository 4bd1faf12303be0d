/// What `gazette send` did, per target.
public struct DeliveryReport: Sendable {
    /// One target's result.
    public struct TargetResult: Sendable {
        public var name: String
        public var kind: String
        /// Parts the issue has for this target.
        public var parts: Int
        /// Parts delivered by this run.
        public var delivered: Int
        /// Parts skipped because an earlier run delivered them.
        public var alreadyDelivered: Int
        /// Attempts made by this run.
        public var attempts: Int
        /// Why the target was not fully delivered, if it was not (secrets redacted).
        public var failure: String?
        /// Why the target had nothing to send (its themes are not in the issue), if so.
        public var skipped: String?

        /// Whether every part is now delivered (or there was nothing to send).
        public var succeeded: Bool { failure == nil }
    }

    /// The issue's folder name.
    public var issue: String
    public var targets: [TargetResult]
    /// For a dry run, the files written.
    public var payloadFiles: [String]

    /// Whether every target succeeded.
    public var succeeded: Bool { targets.allSatisfy(\.succeeded) }
}
