import Foundation

/// `count` pieces of work on `jobs` threads, each thread with a state of its
/// own that no other thread sees (a `ReportRenderer`: its Pango font map
/// must not be shared). Threads take the next index as they finish one, so a
/// slow sheet does not hold back the rest; results come back by index.
///
/// Threads of our own rather than `DispatchQueue.concurrentPerform`, which
/// runs no more iterations at once than the machine has cores: `--jobs 4`
/// on two cores means four threads. With one job the work runs on the
/// calling thread.
enum WorkerPool {
    /// Calls `finished(index, result, done)` as each piece ends, one call at a time, `done` counting them.
    static func map<State, T: Sendable>(count: Int, jobs: Int, state: @escaping @Sendable () -> State,
                                        work: @escaping @Sendable (State, Int) -> T,
                                        finished: @escaping @Sendable (Int, T, Int) -> Void) -> [T] {
        let shared = Shared<T>(count: count)
        let body: @Sendable () -> Void = {
            let own = state()
            while let i = shared.take() {
                let result = work(own, i)
                shared.put(i, result, finished)
            }
        }
        let threads = max(1, min(jobs, count))
        if threads == 1 {
            body()
        } else {
            let group = DispatchGroup()
            for _ in 0..<threads {
                group.enter()
                let thread = Thread { body(); group.leave() }
                // Pango and cairo recurse a little deeper than the 512 KiB of a secondary thread's default.
                thread.stackSize = 8 << 20
                thread.start()
            }
            group.wait()
        }
        return shared.results()
    }
}

/// The next index to take and the results so far, behind one lock.
private final class Shared<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ i: Int, _ result: T, _ finished: (Int, T, Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        slots[i] = result
        done += 1
        finished(i, result, done)
    }

    func results() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
