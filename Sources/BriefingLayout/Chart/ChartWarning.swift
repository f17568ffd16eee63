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

extension ChartWarning {
    /// The same, said in Korean for the Korean pages (the CLI says it in English, as its other messages).
    public var korean: String {
        switch self {
        case let .valueLabelsOmitted(_, n, _):
            return "항목 \(n)개: 막대가 좁아 값 표시를 생략했습니다. "
                + "값은 축에서 읽거나, 크기를 키우거나 항목을 줄이세요."
        case let .pointLabelsSkipped(s, c):
            return "'\(s)'의 값 표시 \(c)개를 겹치는 자리에서 생략했습니다. "
                + "값은 오른쪽 축에서 읽을 수 있습니다."
        case let .segmentLabelsOmitted(c):
            return "너무 작은 구간 \(c)개의 값 표시를 생략했습니다. 막대마다 합계는 표시됩니다."
        case let .stackTotalsOmitted(c):
            return "\(c.joined(separator: ", ")): 빠진 값(결측)이 있어 합계를 표시하지 않았습니다. "
                + "나머지의 합은 전체가 아닙니다."
        }
    }
}

/// A laid-out chart and what layout had to leave out.
public struct ChartLayoutResult: Sendable, Hashable {
    public var scene: Scene
    public var warnings: [ChartWarning]
}
