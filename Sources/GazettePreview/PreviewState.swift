/// The preview's current state, and the pages waiting for it to change (long polling).
actor PreviewState {
    private(set) var snapshot = PreviewSnapshot(version: 0, rendering: nil, error: nil)
    private var waiters: [(after: Int, continuation: CheckedContinuation<Int, Never>)] = []

    /// A successful build: it replaces the rendering and clears the error.
    func publish(_ rendering: PreviewRendering) {
        update(PreviewSnapshot(version: snapshot.version + 1, rendering: rendering, error: nil))
    }

    /// A failed build: the last good rendering stays, with the error shown over it.
    func fail(_ message: String) {
        update(PreviewSnapshot(version: snapshot.version + 1, rendering: snapshot.rendering, error: message))
    }

    /// The version after `version`, as soon as there is one, or `version` itself after `timeout`.
    func change(after version: Int, timeout: Duration) async -> Int {
        if snapshot.version > version { return snapshot.version }
        return await withCheckedContinuation { continuation in
            waiters.append((version, continuation))
            Task {
                try? await Task.sleep(for: timeout)
                self.expire(after: version)
            }
        }
    }

    private func update(_ next: PreviewSnapshot) {
        snapshot = next
        let ready = waiters
        waiters = []
        for waiter in ready { waiter.continuation.resume(returning: next.version) }
    }

    private func expire(after version: Int) {
        guard let index = waiters.firstIndex(where: { $0.after == version }) else { return }
        waiters.remove(at: index).continuation.resume(returning: snapshot.version)
    }
}
