/// The one-line progress bar `render --each` redraws on a terminal:
///
/// ```
/// [██████████░░░░░░░░░░░░░░]  412/1000  8.3 sheets/s  1:11 left
/// ```
///
/// Time left is the sheets still to do at the rate so far (no estimate
/// before the first sheet). A value type: the CLI reads the clock and asks
/// for the line.
public struct SheetProgress: Sendable, Hashable {
    public var total: Int
    public var width = 24

    public init(total: Int) { self.total = total }

    /// The line after `done` sheets (`failed` of them failed) in `seconds`.
    public func line(done: Int, failed: Int = 0, seconds: Double) -> String {
        let filled = total == 0 ? width : min(width, done * width / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let count = "\(String(repeating: " ", count: max(0, String(total).count - String(done).count)))\(done)/\(total)"
        var parts = ["[\(bar)]", count]
        if done > 0, seconds > 0 {
            let rate = Double(done) / seconds
            parts.append(rate >= 10 ? "\(Int(rate.rounded())) sheets/s" : "\((rate * 10).rounded() / 10) sheets/s")
            if done < total { parts.append("\(Self.clock(Double(total - done) / rate)) left") }
        }
        if failed > 0 { parts.append("\(failed) failed") }
        return parts.joined(separator: "  ")
    }

    /// `0:09`, `1:11`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
    }
}
