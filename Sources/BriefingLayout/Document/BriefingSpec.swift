/// What a briefing sheet (구청장 보고) says, block by block, with every number
/// already formatted as text and every chart already laid out as a `Scene`.
/// `DocumentLayout` turns it into A4 pages; it never formats or computes.
///
/// ```swift
/// BriefingSpec(header: HeaderBlock(title: "2024 미국 광융합무역촉진단 성과 보고",
///                                  date: "2024. 4. 7.(일)", department: "경제정책과"),
///              blocks: [.summary(["목표 대비 666.7% 달성"]), .bullets([Bullet(.headline, "추진 개요")])])
/// ```
public struct BriefingSpec: Sendable, Hashable {
    public var page: PageStyle
    public var header: HeaderBlock
    public var blocks: [Block]
    /// 붙임 (attachments): each starts on a new page under a "붙임 n" label.
    public var attachments: [[Block]]

    public init(page: PageStyle = .a4Portrait, header: HeaderBlock, blocks: [Block], attachments: [[Block]] = []) {
        self.page = page; self.header = header; self.blocks = blocks; self.attachments = attachments
    }
}

/// The title and the line under it: 보고 일자, 부서, and optionally 담당 and 연락처.
public struct HeaderBlock: Sendable, Hashable {
    public var title: String
    /// Already formatted: `2024. 4. 7.(일)`.
    public var date: String
    /// 부서, e.g. `경제정책과`.
    public var department: String
    /// 담당 (the officer), e.g. `주무관 홍길동`.
    public var officer: String?
    /// 연락처, e.g. `062-410-6000`.
    public var contact: String?

    public init(title: String, date: String, department: String, officer: String? = nil, contact: String? = nil) {
        self.title = title; self.date = date; self.department = department; self.officer = officer; self.contact = contact
    }
}

/// One block of a briefing, in reading order. Blocks flow top to bottom; a
/// block that does not fit moves to the next page (tables split between rows).
public indirect enum Block: Sendable, Hashable {
    /// 요약 box under the title: the conclusion first, one line of text each.
    case summary([String])
    /// 2–4 key figures in a row.
    case kpiTiles([KPITile])
    /// A chart already laid out (at `contentWidth` or half of it), placed at its size.
    case figure(Scene, caption: String?, alt: String)
    /// A figure with shorter versions of itself (tallest first), used when the
    /// full one does not fit in the space left on a page: a good layout shrinks
    /// a chart a little rather than leave half a page empty. All one width.
    case flexibleFigure(Scene, shorter: [Scene], caption: String?, alt: String)
    case table(TableBlock)
    /// 개조식 lines: □ headline, ○ point, - detail, · sub-detail.
    case bullets([Bullet])
    /// `* …` footnote explaining the line above it.
    case footnote(String)
    /// `※ …` note.
    case note(String)
    /// A source line, set as given (`자료: 광주 북구 경제정책과`), small and grey.
    case source(String)
    /// A section heading (`Ⅰ. 추진 개요`), level 1 or 2; kept with what follows.
    case heading(String, level: Int)
    /// Two columns side by side, each laid out at half the content width less the gutter.
    case columns([Block], [Block])
    /// Extra vertical space in points (dropped at the top of a page).
    case spacer(Double)
    /// The next block starts a new page.
    case pageBreak
}

/// A key figure: `총 계약` / `1,000만 달러` / `목표 대비 666.7%`.
public struct KPITile: Sendable, Hashable {
    public enum Trend: Sendable, Hashable { case up, down, neutral }
    public var label: String
    public var value: String
    public var comparison: String?
    /// Chooses the comparison's colour and its ▲/▼ mark (red up, blue down, as
    /// Korean reports do), so meaning survives greyscale printing.
    public var trend: Trend

    public init(label: String, value: String, comparison: String? = nil, trend: Trend = .neutral) {
        self.label = label; self.value = value; self.comparison = comparison; self.trend = trend
    }
}

/// One 개조식 line.
public struct Bullet: Sendable, Hashable {
    /// The hierarchy of 개조식: □ 제목 → ○ 요점 → - 세부 → · 세세부.
    public enum Level: Int, Sendable, Hashable, CaseIterable {
        case headline = 0, point, detail, subDetail

        /// The symbol set before the text.
        public var symbol: String {
            switch self {
            case .headline: "□"
            case .point: "○"
            case .detail: "-"
            case .subDetail: "·"
            }
        }
    }

    public var level: Level
    public var text: String

    public init(_ level: Level, _ text: String) { self.level = level; self.text = text }
    public init(level: Level, text: String) { self.level = level; self.text = text }
}
