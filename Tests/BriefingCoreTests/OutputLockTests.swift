import BriefingTestSupport
import BriefingCore
import Foundation
import Testing

@Suite("Output lock")
struct OutputLockTests {
    /// flock belongs to an open file description, so a second open of the same
    /// file in this process cannot take the lock either.
    @Test func secondAcquireFailsNamingTheHolder() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        let path = s.file(".locks/monthly-2024-03.lock")
        let first = try OutputLock.acquire(path: path, pid: 4242, startedAt: "2024-04-01T07:00:00+09:00")
        #expect(first.tookOverFrom == nil)
        #expect(throws: OutputLockError.held(path, holder: LockHolder(pid: 4242, startedAt: "2024-04-01T07:00:00+09:00"))) {
            _ = try OutputLock.acquire(path: path, pid: 4343, startedAt: "2024-04-01T07:00:05+09:00")
        }
        first.release()
        let again = try OutputLock.acquire(path: path, pid: 4343, startedAt: "2024-04-01T07:00:05+09:00")
        #expect(again.tookOverFrom == nil, "a released lock leaves an empty file")
        again.release()
        #expect(s.read(".locks/monthly-2024-03.lock") == "")
    }

    /// A run killed with SIGKILL leaves its pid in the file; the kernel dropped
    /// its flock, so the next run takes the lock and names the dead run.
    @Test func deadHolderIsTakenOver() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        let dead = try deadProcessID()
        try s.write(".locks/monthly-2024-03.lock", "\(dead) 2024-04-01T07:00:00+09:00\n")
        let lock = try OutputLock.acquire(path: s.file(".locks/monthly-2024-03.lock"), pid: getpid(), startedAt: "later")
        #expect(lock.tookOverFrom == dead)
        #expect(s.read(".locks/monthly-2024-03.lock") == "\(getpid()) later\n")
        lock.release()
    }

    @Test func unreadableLockFileContentIsIgnored() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        try s.write("l.lock", "garbage\n")
        let lock = try OutputLock.acquire(path: s.file("l.lock"), pid: 1, startedAt: "x")
        #expect(lock.tookOverFrom == nil)
    }
}
