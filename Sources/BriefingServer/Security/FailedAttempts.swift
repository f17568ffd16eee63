import Foundation

/// Wrong tokens presented in the last minute, across all clients. Past
/// `limit` of them, every further wrong one is answered 429 until the minute
/// has passed: guessing a token then takes years even when someone chose a
/// short one, while the right token (checked first) always gets in.
final class FailedAttempts: @unchecked Sendable {
    let limit: Int
    let window: TimeInterval
    private let lock = NSLock()
    private var times: [Date] = []

    init(limit: Int = 30, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Records a wrong token; false when the limit was already reached (answer 429, not 401).
    func record(now: Date = Date()) -> Bool {
        lock.withLock {
            times.removeAll { now.timeIntervalSince($0) > window }
            guard times.count < limit else { return false }
            times.append(now)
            return true
        }
    }
}
