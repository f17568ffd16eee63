import Foundation

/// The sessions `POST /login` opened: a random id a browser keeps in an
/// HttpOnly cookie instead of the token itself, valid for 12 hours.
final class Sessions: @unchecked Sendable {
    static let cookieName = "briefing_session"
    static let lifetime: TimeInterval = 12 * 3600
    private let lock = NSLock()
    private var opened: [(id: [UInt8], until: Date)] = []

    func open() -> String {
        let id = RandomID.make()
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        opened.removeAll { $0.until < now }
        opened.append((Array(id.utf8), now.addingTimeInterval(Self.lifetime)))
        return id
    }

    /// Whether `id` is an open session; every open one is compared in constant time.
    func isOpen(_ id: Substring) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        var found = false
        for s in opened where s.until >= now { found = ConstantTime.equal(id.utf8, s.id) || found }
        return found
    }
}
