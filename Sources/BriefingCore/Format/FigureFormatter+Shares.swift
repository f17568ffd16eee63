/// Shares as printed in a table: each part's text, the total's text, and the
/// rounding footnote when (and only when) the shown parts do not add up.
public struct ShareTexts: Sendable, Hashable {
    public var parts: [String]
    public var total: String
    /// `※ 반올림으로 합계가 일치하지 않을 수 있음`, or `nil`.
    public var footnote: String?
}

extension FigureFormatter {
    /// `[1/3, 1/3, 1/3]` → `33.3%` ×3, total `100.0%`, with the footnote;
    /// with `.largestRemainder` → `33.4%, 33.3%, 33.3%`, no footnote.
    public func shares(_ ratios: [Ratio], precision: Precision = .auto,
                       method: ShareRounding.Method = .independent) -> ShareTexts {
        let scale = digits(precision)
        let r = ShareRounding.percents(ratios, scale: scale, method: method)
        func text(_ v: ExactDecimal) -> String {
            (v.isNegative ? DecimalText.minus : "") + DecimalText.grouped(v, scale: scale) + "%"
        }
        return ShareTexts(parts: r.parts.map(text), total: text(r.total), footnote: r.footnote(locale))
    }
}
