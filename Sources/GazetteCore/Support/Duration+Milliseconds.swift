extension Duration {
    /// The duration in whole milliseconds (for logs, reports and summaries).
    public var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
