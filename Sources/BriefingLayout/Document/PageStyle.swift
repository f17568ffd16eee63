/// The look of a briefing page: paper, margins, fonts by role, spacing and
/// colours. The defaults follow the usual 구청장 보고 sheet — bold Gothic title
/// about 21 pt, Myeongjo body 15 pt, Gothic notes 13 pt, 160 % line spacing —
/// with Nanum fonts standing in for HY헤드라인M, 휴먼명조 and 돋움. Every value
/// is a plain stored property so a template can adjust it.
public struct PageStyle: Sendable, Hashable {
    public enum Orientation: Sendable, Hashable { case portrait, landscape }

    public var orientation: Orientation
    public var margins: PageMargins
    public var fonts: FontFamilies

    /// Title in the title box (NanumSquare Bold).
    public var titleFont: FontSpec
    /// Date, department and officer line under the title.
    public var metaFont: FontSpec
    /// □ headline lines and level-1 heading blocks (bold Gothic).
    public var headlineFont: FontSpec
    /// ○ and - lines (Myeongjo).
    public var bodyFont: FontSpec
    /// · lines.
    public var subDetailFont: FontSpec
    /// `*` footnotes, ※ notes and source lines (Gothic).
    public var noteFont: FontSpec
    /// Lines in the 요약 box.
    public var summaryFont: FontSpec
    public var tableFont: FontSpec
    public var unitNoteFont: FontSpec
    public var captionFont: FontSpec
    public var kpiLabelFont: FontSpec
    /// The big figure of a KPI tile; shrunk (for all tiles alike) when a value does not fit.
    public var kpiValueFont: FontSpec
    public var kpiComparisonFont: FontSpec
    public var pageNumberFont: FontSpec

    /// Line spacing as a multiple of the font size (Korean reports use 160 %).
    public var lineSpacing: Double
    /// Line spacing inside table cells and tiles, tighter than body text.
    public var compactLineSpacing: Double
    /// Extra space before a line of each 개조식 level.
    public var spaceBefore: BulletSpacing
    /// Space between blocks.
    public var blockGap: Double
    /// Gap between the two columns of a `.columns` row and between KPI tiles.
    public var gutter: Double
    public var palette: Palette
    /// The words the layout itself writes (the summary tab, 붙임), by language.
    public var labels: DocumentLabels = .korean

    public init(orientation: Orientation = .portrait, margins: PageMargins = .standard,
                fonts: FontFamilies = .nanum, lineSpacing: Double = 1.6) {
        self.orientation = orientation
        self.margins = margins
        self.fonts = fonts
        // Bold, not ExtraBold: fonts-nanum ships NanumSquare Regular and Bold only, and
        // an 800 request was drawn in the regular face.
        titleFont = FontSpec(family: fonts.display, weight: .bold, size: 21)
        metaFont = FontSpec(family: fonts.gothic, size: 12)
        headlineFont = FontSpec(family: fonts.gothic, weight: .bold, size: 16)
        bodyFont = FontSpec(family: fonts.myeongjo, size: 15)
        subDetailFont = FontSpec(family: fonts.myeongjo, size: 14)
        noteFont = FontSpec(family: fonts.gothic, size: 13)
        summaryFont = FontSpec(family: fonts.gothic, weight: .bold, size: 14)
        tableFont = FontSpec(family: fonts.gothic, size: 11.5)
        unitNoteFont = FontSpec(family: fonts.gothic, size: 10.5)
        captionFont = FontSpec(family: fonts.gothic, size: 11.5)
        kpiLabelFont = FontSpec(family: fonts.gothic, weight: .bold, size: 11.5)
        kpiValueFont = FontSpec(family: fonts.display, weight: .bold, size: 22)
        kpiComparisonFont = FontSpec(family: fonts.gothic, size: 11)
        pageNumberFont = FontSpec(family: fonts.gothic, size: 10.5)
        self.lineSpacing = lineSpacing
        compactLineSpacing = 1.35
        spaceBefore = BulletSpacing()
        blockGap = 12
        gutter = 10
        palette = .muted
    }

    public static let a4Portrait = PageStyle()
    public static let a4Landscape = PageStyle(orientation: .landscape)

    /// The paper size in points.
    public var size: Size { orientation == .portrait ? .a4Portrait : .a4Landscape }

    /// The area text and blocks may occupy (page numbers sit in the bottom margin).
    public var contentRect: Rect {
        Rect(x: margins.left, y: margins.top, width: size.width - margins.left - margins.right,
             height: size.height - margins.top - margins.bottom)
    }

    /// The font of a 개조식 level.
    public func font(for level: Bullet.Level) -> FontSpec {
        switch level {
        case .headline: headlineFont
        case .point, .detail: bodyFont
        case .subDetail: subDetailFont
        }
    }
}

/// Page margins in points.
public struct PageMargins: Sendable, Hashable {
    public var top: Double
    public var left: Double
    public var bottom: Double
    public var right: Double

    public init(top: Double, left: Double, bottom: Double, right: Double) {
        self.top = top; self.left = left; self.bottom = bottom; self.right = right
    }

    /// 20 mm left and right, 18 mm top, 20 mm bottom (room for `- 1 -`).
    public static let standard = PageMargins(top: mm(18), left: mm(20), bottom: mm(20), right: mm(20))
}

/// Extra space before each 개조식 level, in points: most before □, least before ·.
public struct BulletSpacing: Sendable, Hashable {
    public var headline: Double
    public var point: Double
    public var detail: Double
    public var subDetail: Double

    public init(headline: Double = 14, point: Double = 5, detail: Double = 2, subDetail: Double = 0) {
        self.headline = headline; self.point = point; self.detail = detail; self.subDetail = subDetail
    }

    public subscript(level: Bullet.Level) -> Double {
        switch level {
        case .headline: headline
        case .point: point
        case .detail: detail
        case .subDetail: subDetail
        }
    }
}

/// Muted navy and greys that print well in black and white; up and down use
/// the Korean convention (red up, blue down) and always come with ▲/▼ as well.
public struct Palette: Sendable, Hashable {
    public var text: Color
    public var accent: Color
    public var muted: Color
    public var rule: Color
    public var hairline: Color
    public var titleFill: Color
    public var headerFill: Color
    public var zebraFill: Color
    public var subtotalFill: Color
    public var totalFill: Color
    public var up: Color
    public var down: Color
    public var neutral: Color

    public init(text: Color, accent: Color, muted: Color, rule: Color, hairline: Color, titleFill: Color,
                headerFill: Color, zebraFill: Color, subtotalFill: Color, totalFill: Color,
                up: Color, down: Color, neutral: Color) {
        self.text = text; self.accent = accent; self.muted = muted; self.rule = rule; self.hairline = hairline
        self.titleFill = titleFill; self.headerFill = headerFill; self.zebraFill = zebraFill
        self.subtotalFill = subtotalFill; self.totalFill = totalFill; self.up = up; self.down = down; self.neutral = neutral
    }

    public static let muted = Palette(
        text: Color(hex: "#1a1a1a")!, accent: Color(hex: "#1f3a5f")!, muted: Color(hex: "#555b66")!,
        rule: Color(hex: "#1f3a5f")!, hairline: Color(hex: "#b8c0cc")!, titleFill: Color(hex: "#eef1f6")!,
        headerFill: Color(hex: "#dfe5ee")!, zebraFill: Color(hex: "#f5f7fa")!, subtotalFill: Color(hex: "#eceff4")!,
        totalFill: Color(hex: "#dde3ec")!, up: Color(hex: "#a83a32")!, down: Color(hex: "#2a5c9a")!,
        neutral: Color(hex: "#555b66")!)
}

/// Words the page layout writes on its own, not taken from the template.
public struct DocumentLabels: Sendable, Hashable {
    /// The tab left of the summary box: `요 약`.
    public var summary: String
    /// Before an attachment page: `붙임`, `붙임 2`.
    public var attachment: String
    /// Before the officer's name: `담당:`.
    public var officer: String

    public init(summary: String, attachment: String, officer: String) {
        self.summary = summary
        self.attachment = attachment
        self.officer = officer
    }

    public static let korean = DocumentLabels(summary: "요 약", attachment: "붙임", officer: "담당:")
    public static let english = DocumentLabels(summary: "Summary", attachment: "Attachment", officer: "Prepared by")
}
