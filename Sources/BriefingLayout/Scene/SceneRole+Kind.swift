/// The kind of a role as written in the `--scene` JSON (`{"kind": "tick",
/// "axis": "y"}`) and, for roles without a payload, in the SVG's `data-role`.
/// Kebab case, the names roles had before they were typed (`unit` for the
/// unit line, `value-label`), so existing readers of the SVG keep working.
extension SceneRole {
    public var kind: String {
        switch self {
        case .title: "title"
        case .subtitle: "subtitle"
        case .legend: "legend"
        case .legendSwatch: "legend-swatch"
        case .unitLine: "unit"
        case .unitNote: "unit-note"
        case .note: "note"
        case .noteMark: "note-mark"
        case .footnote: "footnote"
        case .footnoteMark: "footnote-mark"
        case .source: "source"
        case .caption: "caption"
        case .pageNumber: "page-number"
        case .tick: "tick"
        case .gridline: "gridline"
        case .baseline: "baseline"
        case .bar: "bar"
        case .line: "line"
        case .marker: "marker"
        case .slice: "slice"
        case .valueLabel: "value-label"
        case .missingLabel: "missing-label"
        case .segmentLabel: "segment-label"
        case .pointLabel: "point-label"
        case .lineEndLabel: "line-end-label"
        case .endLabelLeader: "end-label-leader"
        case .labelHalo: "label-halo"
        case .connector: "connector"
        case .totalLabel: "total-label"
        case .totalCaption: "total-caption"
        case .bulletRange: "bullet-range"
        case .target: "target"
        case .targetLabel: "target-label"
        case .referenceLine: "reference-line"
        case .referenceLeader: "reference-leader"
        case .referenceLabel: "reference-label"
        case .annotation: "annotation"
        case .annotationLeader: "annotation-leader"
        case .annotationPoint: "annotation-point"
        case .kpiLabel: "kpi-label"
        case .kpiValue: "kpi-value"
        case .kpiComparison: "kpi-comparison"
        case .kpiTile: "kpi-tile"
        case .kpiAccent: "kpi-accent"
        case .titleBox: "title-box"
        case .titleRule: "title-rule"
        case .dateDepartment: "date-department"
        case .officer: "officer"
        case .summary: "summary"
        case .summaryMark: "summary-mark"
        case .summaryBox: "summary-box"
        case .summaryTab: "summary-tab"
        case .summaryLabel: "summary-label"
        case .heading: "heading"
        case .headingRule: "heading-rule"
        case .bulletSymbol: "bullet-symbol"
        case .bulletHeadline: "bullet-headline"
        case .bulletText: "bullet-text"
        case .figureBackground: "figure-background"
        case .table: "table"
        case .attachmentBox: "attachment-box"
        case .attachmentLabel: "attachment-label"
        }
    }

    /// Every role without a payload, so a reader can turn a kind back into
    /// its role (`SceneRole.plain["tick"]` is `nil`: a tick needs its axis).
    public static let plainRoles: [SceneRole] = [
        .title, .subtitle, .legend, .legendSwatch, .unitLine, .unitNote,
        .note, .noteMark, .footnote, .footnoteMark, .source, .caption, .pageNumber,
        .baseline, .marker, .segmentLabel, .pointLabel, .lineEndLabel, .endLabelLeader, .labelHalo,
        .connector, .totalLabel, .totalCaption, .bulletRange, .target, .targetLabel,
        .referenceLine, .referenceLeader, .referenceLabel, .annotation, .annotationLeader, .annotationPoint,
        .kpiLabel, .kpiValue, .kpiComparison, .kpiAccent,
        .titleBox, .titleRule, .dateDepartment, .officer,
        .summary, .summaryMark, .summaryBox, .summaryTab, .summaryLabel, .heading, .headingRule,
        .bulletSymbol, .bulletHeadline, .bulletText, .figureBackground, .attachmentBox, .attachmentLabel,
    ]

    /// Roles without a payload by kind.
    public static let plain: [String: SceneRole] = Dictionary(uniqueKeysWithValues: plainRoles.map { ($0.kind, $0) })
}
