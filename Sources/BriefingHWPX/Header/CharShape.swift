import BriefingLayout

/// The character shapes (글자 모양, `hh:charPr`) a briefing uses, one a role,
/// each with the font, size, weight and colour the PDF draws that role in.
/// The raw value is the shape's id in `header.xml`; `body` is 0, the
/// document's default (바탕글).
enum CharShape: Int, CaseIterable, Sendable {
    case body = 0, headline, subDetail, note, source, title, meta, officer
    case summary, summaryMark, summaryTab
    case table, tableBold, unitNote
    case kpiLabel, kpiValue, kpiUp, kpiDown, kpiNeutral
    case heading, attachment

    var id: String { String(rawValue) }

    func font(_ page: PageStyle) -> FontSpec {
        switch self {
        case .body: page.bodyFont
        case .headline: page.headlineFont
        case .subDetail: page.subDetailFont
        case .note: page.noteFont
        case .source, .unitNote: page.unitNoteFont
        case .title: page.titleFont
        case .meta, .officer: page.metaFont
        case .summary, .summaryMark: page.summaryFont
        case .summaryTab: FontSpec(family: page.fonts.gothic, weight: .bold, size: page.summaryFont.size - 1)
        case .table: page.tableFont
        case .tableBold: FontSpec(family: page.tableFont.family, weight: .bold, size: page.tableFont.size)
        case .kpiLabel: page.kpiLabelFont
        case .kpiValue: page.kpiValueFont
        case .kpiUp, .kpiDown: FontSpec(family: page.kpiComparisonFont.family, weight: .bold, size: page.kpiComparisonFont.size)
        case .kpiNeutral: page.kpiComparisonFont
        case .heading: page.headlineFont
        case .attachment: FontSpec(family: page.fonts.gothic, weight: .bold, size: page.metaFont.size)
        }
    }

    func color(_ page: PageStyle) -> Color {
        let p = page.palette
        switch self {
        case .note, .source, .unitNote, .officer, .kpiLabel, .kpiNeutral: return p.muted
        case .summaryMark, .heading, .attachment: return p.accent
        case .summaryTab: return .white
        case .kpiUp: return p.up
        case .kpiDown: return p.down
        default: return p.text
        }
    }

    /// The shape of a KPI tile's comparison line.
    static func comparison(_ trend: KPITile.Trend) -> CharShape {
        switch trend {
        case .up: .kpiUp
        case .down: .kpiDown
        case .neutral: .kpiNeutral
        }
    }
}
