/// The preview's current state, and the pages waiting for it to change (long polling).
actor PreviewState {
    private(set) var snapshot = PreviewSnapshot(version: 0, rendering: nil, error: nil)
    private var waiters: [Int: CheckedContinuation<Int, Never>] = [:]
    private var nextWaiter = 0

    /// A successful build: it replaces the rendering and clears the error.
    func publish(_ rendering: PreviewRendering) {
        update(PreviewSnapshot(version: snapshot.version + 1, rendering: rendering, error: nil))
    }

    /// A failed build: the last good rendering stays, with the error shown over it.
    func fail(_ message: String) {
        update(PreviewSnapshot(version: snapshot.version + 1, rendering: snapshot.rendering, error: message))
    }

    /// The version after `version`, as soon as there is one, or the current one after `timeout` or when the
    /// waiting task is cancelled (the server stopping).
    func change(after version: Int, timeout: Duration) async -> Int {
        if snapshot.version > version { return snapshot.version }
        let id = nextWaiter
        nextWaiter += 1
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                waiters[id] = continuation
                Task {
                    try? await Task.sleep(for: timeout)
                    self.expire(id)
                }
            }
        } onCancel: {
            Task { await self.expire(id) }
        }
    }

    private func update(_ next: PreviewSnapshot) {
        snapshot = next
        let ready = waiters
        waiters = [:]
        for continuation in ready.values { continuation.resume(returning: next.version) }
    }

    private func expire(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume(returning: snapshot.version)
    }
}
