import Dispatch

/// Two pieces of work at once, on the machine's two cores: the halves of a
/// large file (split where a record or a character ends) decode and parse
/// side by side. Results come back in order.
enum Parallel {
    /// Files smaller than this are read on one thread: splitting costs more than it saves.
    static let threshold = 4 << 20

    static func both<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
        var ra: A? = nil
        var rb: B? = nil
        withUnsafeMutablePointer(to: &ra) { pa in
            withUnsafeMutablePointer(to: &rb) { pb in
                let boxA = UnsafeSendable(pa), boxB = UnsafeSendable(pb)
                withoutActuallyEscaping(a) { a in
                    withoutActuallyEscaping(b) { b in
                        let work = UnsafeSendable((a, b))
                        DispatchQueue.concurrentPerform(iterations: 2) { i in
                            if i == 0 { boxA.value.pointee = work.value.0() } else { boxB.value.pointee = work.value.1() }
                        }
                    }
                }
            }
        }
        return (ra!, rb!)
    }
}

extension Parallel {
    /// `body(0)` … `body(count − 1)` on the machine's cores, in any order; returns
    /// when all are done. Each call must touch only its own index's data.
    ///
    /// Below `threshold` bytes of input the calls run on this thread, as
    /// `both` does: a small file's columns are done before a worker wakes, and
    /// dispatch frees its work items on the workers after we return, which made
    /// the fuzzer's leak check run after every input (244 inputs/s, not 3,000).
    static func forEach(_ count: Int, inputBytes: Int, _ body: (Int) -> Void) {
        guard inputBytes > threshold else {
            for i in 0..<count { body(i) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let work = UnsafeSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { work.value($0) }
        }
    }
}

/// Hands a value to the other thread of `Parallel.both`; each side touches only its own.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
