import Glibc

/// The clocks a run needs, made by the front ends and handed in, so library
/// code never reads the time itself and tests can fix it.
///
/// ```swift
/// RunClock.system()                              // `run` and `serve`
/// RunClock.fixed(epochSeconds: 1_711_922_400)    // tests: 2024-04-01 07:00:00 Seoul, every step 0 ms
/// ```
public struct RunClock: Sendable {
    /// Wall time, seconds since 1970-01-01T00:00:00Z: for timestamps.
    public var epochSeconds: @Sendable () -> Int64
    /// A clock that never jumps: for step durations.
    public var monotonicNanoseconds: @Sendable () -> UInt64

    public init(epochSeconds: @escaping @Sendable () -> Int64, monotonicNanoseconds: @escaping @Sendable () -> UInt64) {
        self.epochSeconds = epochSeconds
        self.monotonicNanoseconds = monotonicNanoseconds
    }

    /// This machine's clocks, as the front ends (`run`, `serve`) read them; `fixedEpochSeconds`
    /// (SOURCE_DATE_EPOCH) stops the wall clock so two runs write byte-identical files.
    public static func system(fixedEpochSeconds: Int64? = nil) -> RunClock {
        RunClock(epochSeconds: { fixedEpochSeconds ?? Int64(time(nil)) }, monotonicNanoseconds: {
            var t = timespec()
            clock_gettime(CLOCK_MONOTONIC, &t)
            return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
        })
    }

    /// A clock stopped at `epochSeconds`.
    public static func fixed(epochSeconds: Int64) -> RunClock {
        RunClock(epochSeconds: { epochSeconds }, monotonicNanoseconds: { 0 })
    }

    /// `2024-04-01T07:00:01+09:00`.
    public func timestamp() -> String { SeoulTime.timestamp(epochSeconds: epochSeconds()) }
    /// `07:00:01`.
    public func timeOfDay() -> String { SeoulTime.timeOfDay(epochSeconds: epochSeconds()) }
}
