/// The language figures are written in. Passed in by the caller (the CLI or a
/// template), never read from the machine.
public enum ReportLocale: String, Sendable, Hashable, CaseIterable {
    case ko, en

    /// The BCP 47 tag a PDF's `/Lang` carries, so a screen reader reads
    /// Korean text in a Korean voice: `ko-KR`, `en`.
    public var languageTag: String {
        switch self {
        case .ko: return "ko-KR"
        case .en: return "en"
        }
    }

    /// How a figure that cannot be computed is shown: `-` in Korean tables,
    /// `n/a` in English. Never `0`, `∞` or `NaN`.
    public var notComputable: String {
        switch self {
        case .ko: return "-"
        case .en: return "n/a"
        }
    }

    /// The footnote under a table whose rounded parts do not add to the
    /// rounded total.
    public var roundingFootnote: String {
        switch self {
        case .ko: return "※ 반올림으로 합계가 일치하지 않을 수 있음"
        case .en: return "※ Figures may not add up to totals because of rounding."
        }
    }
}

/// How many digits a figure shows.
public enum Precision: Sendable, Hashable {
    /// The house rule for the kind of figure (see `FigureFormatter`).
    case auto
    /// Exactly `n` fraction digits in the displayed scale (`.digits(1)` →
    /// `32.5억`, `$9.3M`, `666.7%`).
    case digits(Int)
}

/// How a negative change is written.
public enum ChangeStyle: Sendable, Hashable {
    /// `+7.1%`, `−5.2%` (U+2212 MINUS SIGN, not a hyphen).
    case signed
    /// Korean table style: `△5.2%` for a decrease, `+7.1%` for an increase.
    /// English text always uses `signed`.
    case triangle
}

/// How Korean amounts of 억 and above are written.
public enum KoreanAmountStyle: Sendable, Hashable {
    /// One myriad unit with a decimal: `32.5억 원`, `1.2조 원`.
    case decimal
    /// Every myriad spelled out, to the 만: `32억 5,000만 원`, `1조 2,340억 원`.
    case split
}

/// Which scale a Korean amount is shown in.
public enum ScaleChoice: Sendable, Hashable {
    /// The column's myriad (만, 억, 조) unless the figure reaches the next one:
    /// a `(만달러)` column shows `1,000만 달러`, `0.5만 달러`.
    case followUnit
    /// The largest myriad the figure reaches, whatever the column's unit.
    case auto
    /// Always this power of ten (4 = 만, 8 = 억, 12 = 조, 0 = none).
    case fixed(Int)
}

/// Choices a template or the CLI makes once for a whole report.
public struct FormatOptions: Sendable, Hashable {
    public var koreanAmountStyle: KoreanAmountStyle
    public var changeStyle: ChangeStyle
    public var scale: ScaleChoice
    /// Counts in myriads (`1만 4,500명`) rather than plain (`14,500명`).
    public var countMyriad: Bool
    /// Fraction digits of percentages, changes and points under `.auto`.
    public var percentDigits: Int

    public init(koreanAmountStyle: KoreanAmountStyle = .decimal, changeStyle: ChangeStyle = .signed,
                scale: ScaleChoice = .followUnit, countMyriad: Bool = false, percentDigits: Int = 1) {
        self.koreanAmountStyle = koreanAmountStyle
        self.changeStyle = changeStyle
        self.scale = scale
        self.countMyriad = countMyriad
        self.percentDigits = percentDigits
    }
}
