import BriefingCairo
import BriefingReport
import Foundation

/// The threads that import, lay out and render for the server, one per core
/// by default: rendering is CPU work that must not run on the event loop or
/// hold Swift's cooperative threads (two on this machine), or `/healthz` and
/// every other request would wait behind a PDF. Each thread owns its
/// `ReportRenderer` (a Pango font map must never be shared across threads).
/// Jobs queue in arrival order; a request awaits its own job's result.
final class RenderThreads: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [@Sendable (ReportRenderer) -> Void] = []
    private var head = 0
    let count: Int

    init(count: Int) {
        self.count = max(1, count)
        for i in 0..<self.count {
            let thread = Thread { [self] in work() }
            thread.name = "briefing-render-\(i + 1)"
            // Pango and cairo recurse deeper than a secondary thread's default 512 KiB.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Runs `job` on a render thread and returns what it returns (or throws what it throws).
    func run<T: Sendable>(_ job: @escaping @Sendable (ReportRenderer) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            enqueue { renderer in continuation.resume(with: Result { try job(renderer) }) }
        }
    }

    /// Jobs waiting for a thread (for the benchmark's and the tests' eyes).
    var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return queue.count - head
    }

    private func enqueue(_ job: @escaping @Sendable (ReportRenderer) -> Void) {
        condition.lock()
        queue.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        let renderer = ReportRenderer(library: FontLibrary.makeStandard())
        while true {
            condition.lock()
            while head == queue.count { condition.wait() }
            let job = queue[head]
            head += 1
            if head > 256 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job(renderer)
        }
    }
}
