import BriefingCore
import BriefingLayout
import Testing

@Suite("Donut shares of very large amounts")
struct DonutLargeAmountTests {
    /// Found by the label property test: 6.6 × 10¹⁹ won of 조원 data trapped
    /// in the shares' tie-breaking (a cross product past 128 bits).
    @Test("amounts near 10²⁰ are drawn, and their shares add up to 100.0%")
    func hugeAmounts() throws {
        let values = ["1", "2.37", "0.41", "1.05", "6.6"].map { ExactDecimal($0)!.shifted(by: 19) }
        let spec = ChartSpec(kind: .donut, title: "t",
                             data: ChartData(categories: ["a", "b", "c", "d", "e"], series: [Series(name: "s", values: values)]))
        let scene = try ChartLayout(measurer: ApproximateTextMeasurer()).layout(spec)
        let shares = scene.allTextRuns.compactMap { run -> ExactDecimal? in
            guard let open = run.text.lastIndex(of: "("), run.text.hasSuffix("%)") else { return nil }
            return ExactDecimal(run.text[run.text.index(after: open)..<run.text.index(run.text.endIndex, offsetBy: -2)])
        }
        #expect(shares.count == 5, "\(scene.allTextRuns.map(\.text))")
        #expect(shares.reduce(.zero, +) == ExactDecimal(100))
    }
}
