import Foundation

/// An exclusive lock on one template and period, so two runs (cron firing
/// while someone runs the same report by hand) never interleave their writes.
///
/// The lock is `flock(LOCK_EX | LOCK_NB)` on a file such as
/// `output/.locks/monthly-2024-03.lock`. The kernel drops it when its holder
/// exits, however it exits, so a killed run never blocks the next one. The
/// file holds the holder's process id and start time for the message the
/// loser prints. A run that ends normally empties the file; a file that still
/// names a process when the lock is taken was left by a run that was killed,
/// and `acquire` reports it as `tookOverFrom`.
///
/// The file is never deleted: deleting a lock file while another process has
/// it open lets two processes each lock a different inode.
///
/// `flock` locks belong to an open file description, so a second `acquire`
/// in the same process also fails — which is what tests rely on.
/// A class because it owns a file descriptor; `release()` or deinit unlock.
public final class OutputLock: @unchecked Sendable {
    public let path: String
    /// The process id the file named when this run took the lock, if any.
    public let tookOverFrom: Int32?
    private var fd: Int32

    private init(path: String, fd: Int32, tookOverFrom: Int32?) {
        self.path = path
        self.fd = fd
        self.tookOverFrom = tookOverFrom
    }

    /// Takes the lock or throws `.held` naming the holder.
    /// - Parameters:
    ///   - pid: this process (the CLI passes `getpid()`).
    ///   - startedAt: this run's start time, written for the next run's message.
    public static func acquire(path: String, pid: Int32, startedAt: String) throws(OutputLockError) -> OutputLock {
        do {
            try AtomicFile.makeFolder(LocalPath(path).parent.text)
        } catch let e as AtomicFileError {
            throw .cannotMakeFolder(path, e)
        } catch {
            throw .cannotOpen(path, errno: EIO)
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotOpen(path, errno: errno) }
        var emptyRetries = 20
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            if e == EINTR { continue }
            let holder = LockHolder.parse(readAll(fd))
            // Locked but no record yet: the holder is between `flock` and
            // writing its record, or between emptying the file and closing it.
            // Either lasts microseconds; wait a little for a clear answer.
            if e == EWOULDBLOCK, holder == nil, emptyRetries > 0 {
                emptyRetries -= 1
                usleep(5_000)
                continue
            }
            close(fd)
            if e == EWOULDBLOCK { throw .held(path, holder: holder) }
            throw .cannotOpen(path, errno: e)
        }
        let previous = LockHolder.parse(readAll(fd))
        let record = Array("\(pid) \(startedAt)\n".utf8)
        guard ftruncate(fd, 0) == 0, pwriteAll(fd, record) else {
            let e = errno
            close(fd)
            throw .cannotOpen(path, errno: e)
        }
        return OutputLock(path: path, fd: fd, tookOverFrom: previous?.pid)
    }

    /// Empties the file (so the next run sees a clean release) and unlocks.
    public func release() {
        guard fd >= 0 else { return }
        _ = ftruncate(fd, 0)
        close(fd)  // closing the last descriptor drops the flock
        fd = -1
    }

    deinit { release() }

    private static func readAll(_ fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 256)
        var offset: off_t = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 256, offset) }
            if n <= 0 { break }
            bytes += chunk[0..<n]
            offset += off_t(n)
            if bytes.count > 4096 { break }
        }
        return bytes
    }

    private static func pwriteAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, bytes.count, 0) } == bytes.count
    }
}

/// Who holds (or held) a lock, as its file says: `12345 2024-04-01T07:00:01+09:00`.
public struct LockHolder: Sendable, Hashable, CustomStringConvertible {
    public var pid: Int32
    public var startedAt: String

    public init(pid: Int32, startedAt: String) {
        self.pid = pid
        self.startedAt = startedAt
    }

    static func parse(_ bytes: [UInt8]) -> LockHolder? {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: " ", maxSplits: 1)
        guard let first = parts.first, let pid = Int32(first), pid > 0 else { return nil }
        return LockHolder(pid: pid, startedAt: parts.count > 1 ? String(parts[1]) : "")
    }

    public var description: String { startedAt.isEmpty ? "pid \(pid)" : "pid \(pid) (started \(startedAt))" }
}

public enum OutputLockError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another run holds the lock; its record if the file had one.
    case held(String, holder: LockHolder?)
    case cannotOpen(String, errno: Int32)
    /// The lock's folder (`out/.locks`) could not be made; says which part failed.
    case cannotMakeFolder(String, AtomicFileError)

    public var description: String {
        switch self {
        case .held(let p, let h):
            return "another run holds \(p)" + (h.map { ": \($0)" } ?? "")
        case .cannotOpen(let p, let e):
            return "cannot lock \(p): \(String(cString: strerror(e)))"
        case .cannotMakeFolder(let p, let e):
            return "cannot lock \(p): \(e)"
        }
    }
}
