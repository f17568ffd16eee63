import BriefingCore
import BriefingReport
import Foundation

/// Writes `render --each`'s sheets. With several jobs, on a thread of its
/// own, so a renderer never waits for the disk (measured on 1,000 one-page
/// sheets on 2 cores: the flushes had kept the cores idle for 0.9 s of 5.0);
/// with `--jobs 1`, in the one thread, as one job means. Either way each
/// sheet's files are staged, flushed (fsync) and renamed together as one
/// transaction as soon as it is done; the folders are flushed once, at the end.
final class SheetWriter: @unchecked Sendable {
    private let out: String
    private let queue: DispatchQueue?
    private let lock = NSLock()
    private var failures: [String: SheetFailure] = [:]
    private var writtenPaths: [String] = []

    init(out: String, jobs: Int) {
        self.out = out
        queue = jobs > 1 ? DispatchQueue(label: "briefing.sheet-writer") : nil
    }

    /// The files the sheet will be written as (paths and sizes), queued for writing.
    func write(_ value: String, _ files: [(name: String, bytes: [UInt8])]) throws -> [WrittenFile] {
        var transaction = OutputTransaction(folder: out)
        for f in files { try transaction.add(f.name, f.bytes) }
        let written = files.map { WrittenFile(path: transaction.path(of: $0.name), size: $0.bytes.count) }
        let staged = transaction
        let paths = written.map(\.path)
        let commit: @Sendable () -> Void = { [self] in
            do {
                try staged.commitFiles(syncFolders: false)
                lock.withLock { self.writtenPaths += paths }
            } catch {
                let failure = SheetFailure(error)
                lock.withLock { failures[value] = failure }
            }
        }
        if let queue { queue.async(execute: commit) } else { commit() }
        return written
    }

    /// Waits for every queued sheet and flushes the folders; the sheets that could not be written, by value.
    func finish() -> [String: SheetFailure] {
        queue?.sync {}
        OutputTransaction.syncFolders(of: lock.withLock { writtenPaths })
        return lock.withLock { failures }
    }
}
