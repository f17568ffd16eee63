/// Something layout had to leave out to keep the chart legible. Layout never
/// drops a label silently: it says so here, and the CLI prints it.
public enum ChartWarning: Sendable, Hashable, CustomStringConvertible {
    /// The bars are too thin for their values to be written legibly on the
    /// canvas; the value axis carries the values instead.
    case valueLabelsOmitted(kind: ChartKind, categories: Int, reason: String)
    /// Point labels on a secondary line that would have covered other text.
    case pointLabelsSkipped(series: String, count: Int)
    /// Stack segments too small to hold their value; the stack's total is written.
    case segmentLabelsOmitted(count: Int)
    /// Stacks missing a segment (a missing cell): a total of the rest would
    /// read as the whole, so none is written.
    case stackTotalsOmitted(categories: [String])

    public var description: String {
        switch self {
        case let .valueLabelsOmitted(k, n, reason):
            return "\(k) chart with \(n) categories: value labels omitted (\(reason)); "
                + "read values from the axis, or use a larger canvas or fewer categories"
        case let .pointLabelsSkipped(s, c):
            return "\(c) point labels of '\(s)' skipped where they would overlap; the right axis gives their values"
        case let .segmentLabelsOmitted(c):
            return "\(c) stack segment label\(c == 1 ? "" : "s") left out where the segment is too small to hold it; "
                + "each stack's total is written"
        case let .stackTotalsOmitted(c):
            return "no total written on \(c.joined(separator: ", ")): a segment is missing, so the rest is not the whole"
        }
    }
}

/// A laid-out chart and what layout had to leave out.
public struct ChartLayoutResult: Sendable, Hashable {
    public var scene: Scene
    public var warnings: [ChartWarning]
}
