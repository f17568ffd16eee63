import BriefingCore

/// The month a run reports on, as `--period` says it: a month written out
/// (`2024-03`, `2024.03`, `2024. 3.`, `2024/3`, `2024년 3월`) or relative to
/// today in Seoul (`last-month`, `this-month`, `지난달`, `이번달`).
///
/// ```swift
/// try ReportPeriod.parse("last-month").resolve(today: Day(year: 2024, month: 1, day: 1)!)  // 2023-12
/// try ReportPeriod.parse("2024년 3월").resolve(today: anyDay)                              // 2024-03
/// ```
///
/// Cron runs on the 1st with `last-month`, so the report covers the month
/// that just closed; a run that catches up on the 3rd still gets that month.
public enum ReportPeriod: Sendable, Hashable, CustomStringConvertible {
    case month(Month)
    case lastMonth
    case thisMonth

    /// The forms `parse` accepts, for help texts and error messages.
    public static let acceptedForms = "2024-03, 2024.03, 2024/03, 2024년 3월, last-month or this-month"

    /// Parses a `--period` value. Surrounding spaces are ignored.
    public static func parse(_ text: String) throws(RunError) -> ReportPeriod {
        let t = text.trimmingSpaces()
        switch t.lowercased() {
        case "last-month", "lastmonth", "previous-month", "지난달", "지난 달", "전월": return .lastMonth
        case "this-month", "thismonth", "current-month", "이번달", "이번 달", "당월": return .thisMonth
        default: break
        }
        guard let (year, month) = numbers(in: t) else { throw .invalidPeriod(text, reason: "expected \(acceptedForms)") }
        guard (1...12).contains(month) else { throw .invalidPeriod(text, reason: "month \(month) is not between 1 and 12") }
        guard (1900...9999).contains(year) else { throw .invalidPeriod(text, reason: "year \(year) is not between 1900 and 9999") }
        return .month(Month(year: year, month: month)!)
    }

    /// What the CLI calls with `--period`, `--today` (optional) and the
    /// clock it read: the report month, or a usage error.
    ///
    /// ```swift
    /// try ReportPeriod.resolve(period: "last-month", today: nil, epochSeconds: 1_711_899_000)  // 2024-03
    /// try ReportPeriod.resolve(period: "last-month", today: "2024-01-01", epochSeconds: 0)     // 2023-12
    /// ```
    public static func resolve(period: String, today: String?, epochSeconds: Int64) throws(RunError) -> Month {
        let day = try today.map { text throws(RunError) in try parseToday(text) } ?? SeoulTime.day(epochSeconds: epochSeconds)
        return try parse(period).resolve(today: day)
    }

    /// The month this names when today (in Seoul) is `today`.
    public func resolve(today: Day) -> Month {
        switch self {
        case .month(let m): return m
        case .lastMonth: return today.monthPeriod.previous
        case .thisMonth: return today.monthPeriod
        }
    }

    public var description: String {
        switch self {
        case .month(let m): return m.description
        case .lastMonth: return "last-month"
        case .thisMonth: return "this-month"
        }
    }

    /// `YYYY<sep>M[M][sep]` with `-`, `.`, `/` (spaces allowed after the
    /// separator) or `YYYY년 M월`. Exactly four year digits, one or two month digits.
    private static func numbers(in t: String) -> (Int, Int)? {
        let chars = Array(t)
        var i = 0
        func digits(max: Int) -> String {
            var s = ""
            while i < chars.count, s.count < max, chars[i].isASCII, chars[i].isNumber { s.append(chars[i]); i += 1 }
            return s
        }
        func skipSpaces() { while i < chars.count, chars[i] == " " { i += 1 } }
        let y = digits(max: 4)
        guard y.count == 4, i < chars.count else { return nil }
        let korean = chars[i] == "년"
        guard korean || "-./".contains(chars[i]) else { return nil }
        let separator = chars[i]
        i += 1
        skipSpaces()
        let m = digits(max: 2)
        guard !m.isEmpty else { return nil }
        if korean {
            skipSpaces()
            guard i < chars.count, chars[i] == "월" else { return nil }
            i += 1
        } else if separator == ".", i < chars.count, chars[i] == "." {
            i += 1  // 2024. 3.
        }
        guard i == chars.count else { return nil }
        return (Int(y)!, Int(m)!)
    }
}

/// Parses `--today 2024-01-01`: exactly `YYYY-MM-DD`, a day that exists.
public func parseToday(_ text: String) throws(RunError) -> Day {
    let parts = text.trimmingSpaces().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { throw .invalidToday(text, reason: "expected YYYY-MM-DD, e.g. 2024-04-01") }
    guard let day = Day(year: y, month: m, day: d) else { throw .invalidToday(text, reason: "no such day") }
    return day
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
