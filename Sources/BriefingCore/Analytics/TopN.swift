/// An entry of a top-N list: a category, or the rest summed as 기타.
public struct TopEntry: Sendable, Hashable {
    public var label: String
    public var amount: Amount
    /// `true` for the summed rest.
    public var isOther: Bool
    /// The labels summed into this entry (one, or all the rest).
    public var members: [String]
}

extension Measures {
    /// The `n` largest groups, then the rest summed into one entry labelled
    /// `otherLabel` (기타). Ties at the cut keep file order. Groups with no
    /// total are left out. The entries add up to the grouping's total.
    public static func top(_ n: Int, of groups: [Group], otherLabel: String = "기타") throws(AnalyticsError) -> [TopEntry] {
        guard n >= 1 else { throw .invalidArgument("top needs n ≥ 1, got \(n)") }
        let withTotals = groups.compactMap { g in g.total.map { (g, $0) } }
        let sorted = withTotals.enumerated().sorted {
            let (a, b) = ($0.element.1.baseValue, $1.element.1.baseValue)
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
        var out = sorted.prefix(n).map { TopEntry(label: $0.0.label, amount: $0.1, isOther: false, members: [$0.0.label]) }
        let rest = sorted.dropFirst(n)
        if !rest.isEmpty {
            var sum: Amount?
            for (g, a) in rest { sum = try add(sum, a, at: g.sources.first ?? CellRef(file: "", line: 0, column: g.label)) }
            out.append(TopEntry(label: otherLabel, amount: sum!, isOther: true, members: rest.map(\.0.label)))
        }
        return out
    }
}
