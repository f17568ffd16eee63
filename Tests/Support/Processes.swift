import Foundation

/// The pid of a process that has exited (so `kill(pid, 0)` fails with ESRCH):
/// a stale lock's owner, for lock take-over tests.
public func deadProcessID() throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/true")
    try p.run()
    p.waitUntilExit()
    return p.processIdentifier
}
