import BriefingCore
import BriefingReport
import Foundation

/// Writes `render --each`'s sheets on a thread of its own, so a renderer
/// never waits for the disk: each sheet's files are still staged, flushed
/// (fsync) and renamed together as one transaction, in the order the sheets
/// finish, while the renderers go on with the next. Measured on 1,000
/// one-page sheets on 2 cores: the flushes had kept the cores idle for
/// 0.9 s of 5.0 (4.1 s when writing to tmpfs).
final class SheetWriter: @unchecked Sendable {
    private let out: String
    private let queue = DispatchQueue(label: "briefing.sheet-writer")
    private let lock = NSLock()
    private var failures: [String: SheetFailure] = [:]

    init(out: String) { self.out = out }

    /// The files the sheet will be written as (paths and sizes), queued for writing.
    func write(_ value: String, _ files: [(name: String, bytes: [UInt8])]) throws -> [WrittenFile] {
        var transaction = OutputTransaction(folder: out)
        for f in files { try transaction.add(f.name, f.bytes) }
        let written = files.map { WrittenFile(path: transaction.path(of: $0.name), size: $0.bytes.count) }
        let staged = transaction
        queue.async { [self] in
            do { try staged.commitFiles() } catch {
                let failure = SheetFailure(error)
                lock.withLock { failures[value] = failure }
            }
        }
        return written
    }

    /// Waits for every queued sheet; the sheets that could not be written, by value.
    func finish() -> [String: SheetFailure] {
        queue.sync {}
        return lock.withLock { failures }
    }
}
