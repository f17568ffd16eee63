/// A chart spec that cannot be drawn honestly.
public enum ChartError: Error, Sendable, Hashable, CustomStringConvertible {
    case noCategories
    case noSeries(ChartKind)
    /// A series has more or fewer values than there are categories.
    case seriesLengthMismatch(series: String, expected: Int, actual: Int)
    /// Every value is missing: there is nothing to draw.
    case allValuesMissing
    case unknownHighlight(String)
    case unknownAnnotationCategory(String)
    case annotationUnsupported(ChartKind)
    /// A donut shows shares of a whole; a negative part has no share.
    case negativeShare(category: String, value: String)
    case waterfallStepCount(expected: Int, actual: Int)
    /// A waterfall step without a value: the running total after it would be a guess.
    case waterfallMissingStep(category: String)
    /// A waterfall total whose stated value differs from the sum of its steps.
    case waterfallTotalMismatch(category: String, stated: String, computed: String)
    /// A bullet chart needs a second series: the target.
    case bulletNeedsTarget
    case canvasTooSmall(width: Double, height: Double)

    public var description: String {
        switch self {
        case .noCategories: return "chart has no categories"
        case .noSeries(let k): return "\(k) chart has no series to draw"
        case let .seriesLengthMismatch(s, e, a):
            return "series '\(s)' has \(a) values but there are \(e) categories"
        case .allValuesMissing: return "every value is missing: nothing to draw"
        case .unknownHighlight(let h): return "highlight '\(h)' is neither a category nor a series"
        case .unknownAnnotationCategory(let c): return "annotation points at unknown category '\(c)'"
        case .annotationUnsupported(let k): return "\(k) charts do not take annotations"
        case let .negativeShare(c, v): return "donut slice '\(c)' is negative (\(v)): shares must be zero or more"
        case let .waterfallStepCount(e, a): return "waterfall has \(a) steps for \(e) categories"
        case .waterfallMissingStep(let c): return "waterfall step '\(c)' is missing: the total after it is unknown"
        case let .waterfallTotalMismatch(c, s, x):
            return "waterfall total '\(c)' is stated as \(s) but its steps add up to \(x)"
        case .bulletNeedsTarget: return "bullet chart needs two series: actual, then target"
        case let .canvasTooSmall(w, h): return "canvas \(w)×\(h) is too small for a chart"
        }
    }
}
