import BriefingCore

/// Korea Standard Time, the only clock the reports care about: UTC+9, no
/// daylight saving time since 1988. Pure arithmetic on seconds since the
/// epoch, which the CLI reads and passes in (library code never reads the
/// clock).
///
/// ```swift
/// SeoulTime.day(epochSeconds: 1_711_899_000)        // 2024-03-31T15:30:00Z → 2024-04-01
/// SeoulTime.timestamp(epochSeconds: 1_711_899_000)  // "2024-04-01T00:30:00+09:00"
/// ```
public enum SeoulTime {
    public static let offsetSeconds: Int64 = 9 * 3600
    public static let zoneIdentifier = "Asia/Seoul"

    /// The day it is in Seoul at `epochSeconds`.
    public static func day(epochSeconds: Int64) -> Day {
        Day(ordinal: Int(floorDivide(epochSeconds + offsetSeconds, 86_400)))
    }

    /// Seconds since midnight in Seoul.
    public static func secondOfDay(epochSeconds: Int64) -> Int {
        let local = epochSeconds + offsetSeconds
        return Int(local - floorDivide(local, 86_400) * 86_400)
    }

    /// `07:00:01`, for log lines.
    public static func timeOfDay(epochSeconds: Int64) -> String {
        let s = secondOfDay(epochSeconds: epochSeconds)
        return "\(pad2(s / 3600)):\(pad2(s / 60 % 60)):\(pad2(s % 60))"
    }

    /// ISO 8601 with the offset: `2024-04-01T07:00:01+09:00`, for manifests.
    public static func timestamp(epochSeconds: Int64) -> String {
        "\(day(epochSeconds: epochSeconds))T\(timeOfDay(epochSeconds: epochSeconds))+09:00"
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
