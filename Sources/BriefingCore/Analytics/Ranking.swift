/// Which way a ranking runs.
public enum RankOrder: Sendable, Hashable {
    /// Largest first (1위 = the biggest figure).
    case descending
    case ascending
}

/// A ranked entry: `1위 미주 1,000`.
public struct Ranked: Sendable, Hashable {
    /// Competition rank: ties share a rank and the next rank skips (1, 2, 2, 4).
    public var rank: Int
    public var label: String
    public var amount: Amount
    /// The table row (for a row ranking) or the first row of the group.
    public var row: Int
}

/// Standard competition ranking ("1224"): equal values share the best rank.
public enum Ranking {
    /// Ranks for `values` in their given order: `[5, 9, 9, 1]` descending → `[3, 1, 1, 4]`.
    /// O(n log n): sorted once, each rank is one more than the entries before
    /// it, unless it ties the entry before.
    public static func ranks<T: Comparable>(_ values: [T], order: RankOrder = .descending) -> [Int] {
        let sorted = values.indices.sorted { order == .descending ? values[$0] > values[$1] : values[$0] < values[$1] }
        var result = [Int](repeating: 0, count: values.count)
        for (position, index) in sorted.enumerated() {
            if position > 0, values[sorted[position - 1]] == values[index] {
                result[index] = result[sorted[position - 1]]
            } else {
                result[index] = position + 1
            }
        }
        return result
    }

    /// Amounts ranked by base value, sorted by rank (ties keep input order).
    public static func rank(_ entries: [(label: String, amount: Amount, row: Int)], order: RankOrder = .descending) -> [Ranked] {
        let r = ranks(entries.map(\.amount.baseValue), order: order)
        return zip(entries, r).enumerated()
            .sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
            .map { Ranked(rank: $0.element.1, label: $0.element.0.label, amount: $0.element.0.amount, row: $0.element.0.row) }
    }
}

extension Measures {
    /// Rows ranked by `value`, labelled by `label`'s cell. Missing values are
    /// not ranked (skipped or an error, per the policy).
    public func rank(_ value: String, label: String, order: RankOrder = .descending,
                     where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<[Ranked]> {
        let vc = try column(value), lc = try column(label)
        var entries: [(label: String, amount: Amount, row: Int)] = []
        var sources: [CellRef] = [], skipped: [CellRef] = []
        for row in try rows(where: filters) {
            guard let a = try amount(row: row, column: vc, skipped: &skipped) else { continue }
            entries.append((RowFilter.label(lc[row]), a, row))
            sources.append(ref(row: row, column: vc.name))
        }
        let dir = order == .descending ? "desc" : "asc"
        return Measured(value: Ranking.rank(entries, order: order), sources: sources, skippedMissing: skipped,
                        working: Measures.working("rank(\(value), \(dir)) by \(label)", filters))
    }

    /// Groups ranked by total; groups with no total are left out.
    public static func rank(_ groups: [Group], order: RankOrder = .descending) -> [Ranked] {
        Ranking.rank(groups.compactMap { g in g.total.map { (g.label, $0, g.rows.first ?? 0) } }, order: order)
    }
}
