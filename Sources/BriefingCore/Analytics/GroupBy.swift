/// One group of a group-by: the rows sharing a key, their total, and (for a
/// two-level group-by) the subgroups whose totals add up to it.
public struct Group: Sendable, Hashable {
    public var key: CellValue
    /// The key as text (`미주`, `2024`).
    public var label: String
    /// Sum of the group's non-missing cells; `nil` when all were missing.
    public var total: Amount?
    /// 0-based rows in table order.
    public var rows: [Int]
    public var sources: [CellRef]
    public var skippedMissing: [CellRef]
    /// Second-level groups (empty for a one-level group-by), in first-seen order.
    public var subgroups: [Group]
}

/// The result of a group-by: groups in the order their keys first appear in
/// the file, and the grand total. Subtotals add up to the grand total by
/// construction, exactly.
public struct Grouping: Sendable, Hashable {
    public var keys: [String]
    public var groups: [Group]
    public var total: Amount?
}

extension Measures {
    /// Totals of `values` (summed per row) grouped by one or two key columns.
    ///
    /// ```swift
    /// try m.groupBy(["연도", "권역"], sum: ["실계약", "약정계약"])
    /// // 2024: 1,000 (미주: 1,000); 2023: 934 (동남아: 934)
    /// ```
    public func groupBy(_ keys: [String], sum values: [String],
                        where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Grouping> {
        guard (1...2).contains(keys.count) else {
            throw .invalidArgument("group by one or two columns, not \(keys.count)")
        }
        guard !values.isEmpty else { throw .invalidArgument("group by needs a column to sum") }
        let keyColumns = try keys.map { n throws(AnalyticsError) in try column(n) }
        let valueColumns = try values.map { n throws(AnalyticsError) in try column(n) }
        let rows = try rows(where: filters)

        func build(_ rows: [Int], level: Int) throws(AnalyticsError) -> [Group] {
            let kc = keyColumns[level]
            var order: [CellValue] = []
            var members: [CellValue: [Int]] = [:]
            for row in rows {
                let k = Measures.groupKey(kc[row])
                if members[k] == nil { order.append(k); members[k] = [] }
                members[k]!.append(row)
            }
            return try order.map { k throws(AnalyticsError) in
                let rs = members[k]!
                var g = Group(key: k, label: RowFilter.label(k), total: nil, rows: rs, sources: [], skippedMissing: [], subgroups: [])
                if level + 1 < keyColumns.count {
                    g.subgroups = try build(rs, level: level + 1)
                    for s in g.subgroups {
                        if let t = s.total { g.total = try Measures.add(g.total, t, at: s.sources[0]) }
                        g.sources += s.sources
                        g.skippedMissing += s.skippedMissing
                    }
                } else {
                    for row in rs {
                        for c in valueColumns {
                            guard let a = try amount(row: row, column: c, skipped: &g.skippedMissing) else { continue }
                            let r = ref(row: row, column: c.name)
                            g.total = try Measures.add(g.total, a, at: r)
                            g.sources.append(r)
                        }
                    }
                }
                return g
            }
        }

        let groups = try build(rows, level: 0)
        var total: Amount?
        var sources: [CellRef] = [], skipped: [CellRef] = []
        for g in groups {
            if let t = g.total { total = try Measures.add(total, t, at: g.sources[0]) }
            sources += g.sources
            skipped += g.skippedMissing
        }
        let op = "sum(\(values.joined(separator: " + "))) by \(keys.joined(separator: ", "))"
        return Measured(value: Grouping(keys: keys, groups: groups, total: total),
                        sources: sources, skippedMissing: skipped, working: Measures.working(op, filters))
    }

    public func groupBy(_ key: String, sum value: String, where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Grouping> {
        try groupBy([key], sum: [value], where: filters)
    }

    /// Keys compare as the filter does: a year typed as a number and as a
    /// period are one key; missing keys (whatever the mark) are one group.
    static func groupKey(_ cell: CellValue) -> CellValue {
        switch cell {
        case .missing: return .missing("")
        case .period(.year(let y)): return .number(ExactDecimal(y))
        case .number(let n): return .number(n.normalized)
        case .text(let t): return .text(String(t.trimmedForMatching))
        default: return cell
        }
    }
}
