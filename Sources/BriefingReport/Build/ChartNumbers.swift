import BriefingCore
import BriefingLayout

/// The numbers of one chart as its reader sees them: the scale decided once
/// (`UnitDisplay`), the data converted into it exactly, the unit line that
/// says it, and the formatters that write labels and ticks without saying it
/// again. `briefing chart` and template charts both go through here.
///
/// ```swift
/// // 실계약(만달러): 934, 325
/// let n = try ChartNumbers(data: data, unit: 만달러, scale: .column, formatter: ko)
/// n.unitLine                        // "(단위: 만 달러)"
/// n.valueFormatter.valueLabel(934)  // "934"
/// // --scale 억: data 9.34, 3.25 under "(단위: 억 달러)"
/// ```
public struct ChartNumbers: Sendable {
    public let display: UnitDisplay
    /// A combo chart's right axis, in its own unit (a YoY % beside amounts).
    public let secondary: UnitDisplay?
    /// The chart's data in the shown scale: what the layout scales and labels.
    public let data: ChartData
    public let formatter: FigureFormatter

    public init(data: ChartData, unit: MeasureUnit?, secondaryUnit: MeasureUnit? = nil, scale: LabelScale,
                formatter: FigureFormatter) throws(UnitDisplay.Problem) {
        let display = try UnitDisplay(source: unit, scale: scale, locale: formatter.locale)
        let secondary = data.secondary.isEmpty ? nil : try UnitDisplay(source: secondaryUnit, locale: formatter.locale)
        var shown = data
        shown.series = data.series.map { Self.converted($0, display) }
        if let secondary { shown.secondary = data.secondary.map { Self.converted($0, secondary) } }
        self.display = display
        self.secondary = secondary
        self.data = shown
        self.formatter = formatter
    }

    static func converted(_ s: Series, _ d: UnitDisplay) -> Series {
        var out = s
        out.values = s.values.map { $0.map(d.shownValue) }
        return out
    }

    /// The chart's own words in the report's language (`합계` or `Total`).
    public var labels: ChartLabels { formatter.locale == .ko ? .korean : .english }

    /// `(단위: 만 달러)`; a combo chart names both axes' units: `(단위: 만 달러, %)`.
    public var unitLine: String? {
        UnitDisplay.unitLine([display] + (secondary.map { [$0] } ?? []), locale: formatter.locale)
    }

    /// Value labels and ticks of the main axis.
    public var valueFormatter: ScaledChartFormatter {
        ScaledChartFormatter(formatter: formatter, display: display,
                             digits: FigureFormatter.labelDigits(for: data.series.flatMap { $0.values.compactMap { $0 } }))
    }

    /// Value labels and ticks of a combo chart's right axis.
    public var secondaryFormatter: ScaledChartFormatter? {
        secondary.map { d in
            ScaledChartFormatter(formatter: formatter, display: d,
                                 digits: FigureFormatter.labelDigits(for: data.secondary.flatMap { $0.values.compactMap { $0 } }))
        }
    }

    /// A value counted in `unit` (a reference measure) in the shown scale, or
    /// `nil` when it counts something else than the chart.
    public func shownValue(_ amount: Amount) -> ExactDecimal? {
        display.shownValue(amount.value, countedIn: amount.unit)
    }

    /// Why a unit line written by hand does not fit the labels, or `nil`.
    public func contradiction(withUnitLine text: String) -> String? {
        display.contradiction(withUnitLine: text, others: secondary.map { [$0] } ?? [])
    }
}

/// Chart ticks and value labels in the chart's shown scale: `1,000` under
/// `(단위: 만 달러)`, `12.5` under `(단위: 억 달러)`, `1,000만` only under a
/// base-unit line (`LabelScale.words`).
public struct ScaledChartFormatter: ChartValueFormatter {
    public let formatter: FigureFormatter
    public let display: UnitDisplay
    /// Fraction digits of value labels, chosen for the chart's values together.
    public let digits: Int

    public init(formatter: FigureFormatter, display: UnitDisplay, digits: Int = 2) {
        self.formatter = formatter
        self.display = display
        self.digits = digits
    }

    public func valueLabel(_ v: ExactDecimal) -> String { formatter.label(v, display: display, digits: digits) }

    public func tickLabel(_ v: ExactDecimal, step: ExactDecimal) -> String { formatter.tick(v, display: display, step: step) }
}
