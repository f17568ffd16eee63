/// One category's part of a total (구성비): `미주 1,000 / 1,934 = 51.7%`.
public struct Share: Sendable, Hashable {
    public var key: CellValue
    public var label: String
    public var amount: Amount
    /// `amount ÷ total`, exact; 0.517… (not ×100). Round with `ShareRounding`.
    public var ratio: Ratio
}

extension Measures {
    /// Share of the total per category of `category`, in first-seen order.
    /// Categories whose cells are all missing are left out (and their cells
    /// listed as skipped); `nil` when the total is zero or missing.
    public func shares(_ value: String, by category: String,
                       where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<[Share]> {
        let g = try groupBy([category], sum: [value], where: filters)
        var m = g.map { grouping -> [Share]? in
            guard let total = grouping.total, !total.value.isZero else { return nil }
            return grouping.groups.compactMap { group in
                guard let a = group.total else { return nil }
                return Share(key: group.key, label: group.label, amount: a, ratio: a.ratio(to: total)!)
            }
        }
        m.working = Measures.working("share(\(value)) by \(category)", filters)
        return m
    }
}
