import BriefingLayout

/// The paragraph shapes (문단 모양, `hh:paraPr`) a briefing uses. 개조식
/// levels are shapes, not spaces: each level's left margin is where the PDF
/// starts its text, and a negative first-line indent (내어쓰기) pulls the
/// symbol back out, so a wrapped line hangs under the text and a 팀장 who
/// rewords a bullet keeps the layout. The raw value is the id in `header.xml`.
enum ParaShape: Int, CaseIterable, Sendable {
    case body = 0, headline, point, detail, subDetail
    case footnote, note, source, heading, meta
    case cellLeft, cellRight, cellCenter, unitNote
    case title, summary, tileCenter, figure, attachment

    var id: String { String(rawValue) }

    static func bullet(_ level: Bullet.Level) -> ParaShape {
        switch level {
        case .headline: .headline
        case .point: .point
        case .detail: .detail
        case .subDetail: .subDetail
        }
    }

    enum Alignment: String { case justify = "JUSTIFY", left = "LEFT", right = "RIGHT", center = "CENTER" }

    var alignment: Alignment {
        switch self {
        case .meta, .cellRight, .unitNote: .right
        case .cellCenter, .title, .tileCenter, .figure: .center
        case .cellLeft, .source, .heading, .attachment: .left
        default: .justify
        }
    }

    /// Line spacing in percent of the font size: the page's (160 %) for
    /// running text, the compact one (135 %) inside tables, tiles and boxes.
    func lineSpacing(_ page: PageStyle) -> Int {
        switch self {
        case .cellLeft, .cellRight, .cellCenter, .title, .summary, .tileCenter, .unitNote, .figure:
            Int((page.compactLineSpacing * 100).rounded())
        default: Int((page.lineSpacing * 100).rounded())
        }
    }

    /// The left margin and the first-line indent (negative: hanging), in points.
    /// A level starts two Hangul widths (2 em of the body font) right of the
    /// one above, as the PDF does; the hang is the symbol and one space.
    func indents(_ page: PageStyle) -> (left: Double, firstLine: Double) {
        let em = page.bodyFont.size
        func hanging(_ level: Bullet.Level, symbolEms: Double) -> (Double, Double) {
            let size = page.font(for: level).size
            let hang = (symbolEms + 0.35) * size
            return (Double(level.rawValue) * 2 * em + hang, -hang)
        }
        switch self {
        case .headline: return hanging(.headline, symbolEms: 1)
        case .point: return hanging(.point, symbolEms: 1)
        case .detail: return hanging(.detail, symbolEms: 0.45)
        case .subDetail: return hanging(.subDetail, symbolEms: 0.45)
        case .footnote: return (0.8 * page.noteFont.size, -0.8 * page.noteFont.size)
        case .note: return (1.35 * page.noteFont.size, -1.35 * page.noteFont.size)
        case .summary: return (1.35 * page.summaryFont.size, -1.35 * page.summaryFont.size)
        default: return (0, 0)
        }
    }

    /// Space before the paragraph, in points.
    func spaceBefore(_ page: PageStyle) -> Double {
        switch self {
        case .headline: max(page.blockGap, page.spaceBefore.headline)
        case .point: page.spaceBefore.point
        case .detail: page.spaceBefore.detail
        case .subDetail: page.spaceBefore.subDetail
        case .heading: page.blockGap + page.spaceBefore.headline
        case .note, .footnote, .source: 3
        case .meta: 4
        case .unitNote, .figure: page.blockGap
        default: 0
        }
    }

    /// A heading or □ line stays on the page of what it introduces; so does a unit note.
    var keepWithNext: Bool { [.headline, .heading, .unitNote, .attachment].contains(self) }
}
