import CCurl
import Foundation

/// Runs easy handles through one libcurl multi handle on a thread of its own: many transfers at once, at most
/// `maxConcurrent` of them in flight, each handed back to its caller's continuation when done.
///
/// The thread starts with the first transfer and ends when none is left; `curl_multi_wakeup` (thread-safe) tells
/// it about new work. Every other multi call happens on that thread only.
final class TransferLoop: @unchecked Sendable {
    private struct Job {
        let handle: EasyHandle
        let continuation: CheckedContinuation<Result<HTTPResponse, TransferError>, Never>
    }

    private let multi: UnsafeMutableRawPointer
    private let maxConcurrent: Int
    private let lock = NSLock()
    private var queued: [Job] = []
    private var threadRunning = false
    /// Owned by the loop's thread.
    private var running: [UnsafeMutableRawPointer: Job] = [:]

    init(maxConcurrent: Int) {
        CurlGlobal.initialize()
        // curl_multi_init fails only when out of memory.
        guard let multi = curl_multi_init() else { fatalError("libcurl could not create a multi handle") }
        self.multi = multi
        self.maxConcurrent = maxConcurrent
    }

    deinit {
        curl_multi_cleanup(multi)
    }

    /// Performs `handle`'s transfer and returns its outcome.
    func perform(_ handle: EasyHandle) async -> Result<HTTPResponse, TransferError> {
        await withCheckedContinuation { continuation in
            let startThread = lock.withLock {
                queued.append(Job(handle: handle, continuation: continuation))
                defer { threadRunning = true }
                return !threadRunning
            }
            if startThread {
                let thread = Thread { [self] in run() }
                thread.name = "gazette.curl"
                thread.start()
            } else {
                curl_multi_wakeup(multi)
            }
        }
    }

    private func run() {
        while true {
            guard admitQueued() else { return }
            var active: Int32 = 0
            curl_multi_perform(multi, &active)
            collectFinished()
            if running.count == maxConcurrent || lock.withLock({ queued.isEmpty }) {
                curl_multi_poll(multi, nil, 0, 250, nil)
            }
        }
    }

    /// Moves queued jobs into the multi handle while there is room. False when there is no work left at all,
    /// after which the thread ends (and the next `perform` starts another).
    private func admitQueued() -> Bool {
        let admitted: [Job] = lock.withLock {
            let room = max(0, maxConcurrent - running.count)
            let jobs = Array(queued.prefix(room))
            queued.removeFirst(jobs.count)
            if jobs.isEmpty && running.isEmpty && queued.isEmpty { threadRunning = false }
            return jobs
        }
        for job in admitted {
            job.handle.markStarted()
            running[job.handle.pointer] = job
            curl_multi_add_handle(multi, job.handle.pointer)
        }
        return !running.isEmpty
    }

    private func collectFinished() {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            curl_multi_remove_handle(multi, easy)
            guard let job = running.removeValue(forKey: easy) else { continue }
            job.continuation.resume(returning: job.handle.result(code: code))
        }
    }
}
