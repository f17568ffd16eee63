/// Words a chart writes on its own, not taken from the data or the template:
/// the donut's `합계`, a missing value's `자료 없음`, a KPI's comparison
/// sentence. Plain data, as `DocumentLabels` is for pages, so an English chart
/// never shows a Korean word the user did not write.
public struct ChartLabels: Sendable, Hashable {
    /// Over the donut's total: `합계` / `Total`.
    public var total: String
    /// In place of a missing value where it fits (missing is not zero): `자료 없음` / `no data`.
    public var noData: String
    /// Korean compares "base 대비 change"; English "change vs base".
    public var comparesAfterBase: Bool
    /// `대비` / `vs`.
    public var against: String

    public init(total: String, noData: String, comparesAfterBase: Bool, against: String) {
        self.total = total
        self.noData = noData
        self.comparesAfterBase = comparesAfterBase
        self.against = against
    }

    public static let korean = ChartLabels(total: "합계", noData: "자료 없음", comparesAfterBase: true, against: "대비")
    public static let english = ChartLabels(total: "Total", noData: "no data", comparesAfterBase: false, against: "vs")

    /// A KPI's line against an earlier value: `2023 934 대비 ▲ 66 (+7.1%)`,
    /// `▲ 66 (+7.1%) vs 2023 (934)`.
    func comparison(category: String, base: String, arrow: String, difference: String, percent: String?) -> String {
        let change = "\(arrow) \(difference)" + (percent.map { " (\($0))" } ?? "")
        return comparesAfterBase ? "\(category) \(base) \(against) \(change)" : "\(change) \(against) \(category) (\(base))"
    }

    /// A KPI's line against a reference: `목표 150만 달러 대비 666.7%`, `666.7% of Target $1.5M`.
    func share(of reference: String, percent: String) -> String {
        comparesAfterBase ? "\(reference) \(against) \(percent)" : "\(percent) of \(reference)"
    }
}
