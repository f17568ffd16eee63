import BriefingCore

/// What a scene item shows: a title, a tick on the y axis, the bar of
/// 실계약 in 1월 worth 325. Layout sets it; renderers never read it to decide
/// anything — it is for tests, the `--scene` JSON (docs/scene-format.md) and
/// the SVG's `data-role` attribute, so a person or a test can find "the value
/// label of 실계약" without parsing text that layout wrote itself.
///
/// ```swift
/// let role = SceneRole.bar(series: "실계약", category: "1월", value: ExactDecimal(325))
/// role.description          // "bar 1월 실계약 325" (the SVG's data-role)
/// if case .bar(let s?, _, _) = role { s }   // "실계약"
/// ```
///
/// A closed set, as the scene's items are: a new kind of mark gets a new case
/// (and a line in docs/scene-format.md), never a free-text role.
public enum SceneRole: Sendable, Hashable {
    // The frame around a chart or on a page.
    case title, subtitle
    case legend, legendSwatch
    /// `(단위: 만 달러)` above a chart's plot.
    case unitLine
    /// A table's unit line, `(단위: 만 달러, 건)`.
    case unitNote
    /// `※ …` and `* …` notes, and their marks.
    case note, noteMark, footnote, footnoteMark
    case source, caption, pageNumber

    // Axes.
    case tick(Axis)
    /// A gridline across the plot at a tick of `Axis`.
    case gridline(Axis)
    /// The zero line the bars stand on.
    case baseline

    // Marks and their labels.
    /// A bar: `series` is `nil` for a waterfall step (one series, named by its category).
    case bar(series: String?, category: String, value: ExactDecimal)
    /// A series' line (or a dot where the series has a lone point between gaps).
    case line(series: String)
    case marker
    case slice(category: String, value: ExactDecimal)
    /// A value written at the end of a bar or beside a slice; `series` is `nil` for a stack's total.
    case valueLabel(series: String?, category: String)
    /// "자료 없음" or "-" where a value is missing (missing is not zero).
    case missingLabel(series: String?, category: String)
    /// A stack segment's value, inside the segment.
    case segmentLabel
    case pointLabel
    case lineEndLabel
    case endLabelLeader
    /// The white ground under a combo chart's point label.
    case labelHalo
    /// A waterfall's dashed step from one bar's end to the next bar.
    case connector
    /// A donut's total in the hole, and its caption 합계.
    case totalLabel, totalCaption
    /// A bullet chart's band, target mark and target label.
    case bulletRange, target, targetLabel
    case referenceLine, referenceLeader, referenceLabel
    case annotation, annotationLeader, annotationPoint

    // KPI tiles, in a KPI chart and on a page.
    case kpiLabel, kpiValue, kpiComparison
    case kpiTile(label: String)
    case kpiAccent

    // A briefing page.
    case titleBox, titleRule, dateDepartment, officer
    case summary, summaryMark, summaryBox, summaryTab, summaryLabel
    case heading, headingRule
    /// `□`, `○`, `-` before a bullet; a headline (□) and the text of other levels.
    case bulletSymbol, bulletHeadline, bulletText
    /// The white ground under a chart placed on a page.
    case figureBackground
    case table(TablePart)
    case attachmentBox, attachmentLabel

    /// Which axis a tick or gridline belongs to; `y2` is a combo chart's right axis.
    public enum Axis: String, Sendable, Hashable, CaseIterable {
        case x, y, y2
    }

    /// The parts of a table on a page.
    public enum TablePart: String, Sendable, Hashable, CaseIterable {
        case header, cell
        case headerFill = "header-fill", zebra, subtotalFill = "subtotal-fill", totalFill = "total-fill"
        case topRule = "top-rule", headerRule = "header-rule", rowRule = "row-rule", bottomRule = "bottom-rule"
        case subtotalRule = "subtotal-rule", totalRule = "total-rule"
        case verticalRule = "vrule"
    }
}

extension SceneRole: CustomStringConvertible {
    /// The role as one line of text: the SVG writer's `data-role` and error
    /// messages (`text "제목" (role title)`). Payloads follow the kind
    /// (`bar 1월 실계약 325`, `line 계약액`, `tick-y`); labels' payloads are left
    /// out (`value-label`), as they were before roles were typed, so SVG files
    /// stay byte-identical.
    public var description: String {
        switch self {
        case .tick(let axis): "tick-\(axis.rawValue)"
        case .gridline: "gridline"
        case let .bar(series, category, value): "bar \(category) " + (series.map { "\($0) " } ?? "") + "\(value)"
        case .line(let series): "line \(series)"
        case let .slice(category, value): "slice \(category) \(value)"
        case .valueLabel: "value-label"
        case .missingLabel: "missing-label"
        case .kpiTile(let label): "kpi-tile \(label)"
        case .table(let part): "table-\(part.rawValue)"
        default: kind
        }
    }
}

extension SceneRole {
    /// Whether this is a bar of any series: what annotations steer clear of.
    public var isBar: Bool {
        if case .bar = self { true } else { false }
    }

    /// Whether this is a series' line: what end labels and annotations steer clear of.
    public var isLine: Bool {
        if case .line = self { true } else { false }
    }
}
