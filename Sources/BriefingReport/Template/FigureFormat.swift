import BriefingCore

/// A placeholder's format, parsed with the placeholder (`{x | percent:1}` →
/// `.percent(.digits(1))`): an unknown format or a bad argument is an error
/// where the template writes it, and `fits` is the one rule `check` and
/// rendering share for which figures a format can show.
///
/// | format | fits | ko | en |
/// |---|---|---|---|
/// | `amount[:d]` | amount, change (its current value) | `1,000만 달러` | `$10.0M` |
/// | `short[:d]` | amount, change | `1,000만` | `10.0M` |
/// | `percent[:d]` | ratio, change, percent amount | `666.7%` | |
/// | `change[:d]` | change, ratio | `+7.1%` | |
/// | `triangle[:d]` | change, ratio | `△5.2%` | `−5.2%` |
/// | `diff[:d]` | change, amount | `+66만 달러` | `+$0.66M` |
/// | `base[:d]` | change | the earlier value | |
/// | `points[:d]` | points, percent amounts | `+3.2%p` | `+3.2 pp` |
/// | `count[:myriad\|plain]` | count, amount | `1만 4,500명` | `14,500` |
/// | `number[:d]` | amount, count | `14,500` | |
public enum FigureFormat: Sendable, Hashable {
    case amount(Precision)
    case short(Precision)
    case percent(Precision)
    case change(Precision)
    case triangle(Precision)
    case diff(Precision)
    case base(Precision)
    case points(Precision)
    case count(myriad: Bool)
    case number(Precision)

    public static let names = ["amount", "short", "percent", "change", "triangle", "diff", "base", "points", "count", "number"]

    /// Parses `name` and its optional `:argument`; the error says what is allowed.
    public static func parse(name: String, argument: String?) -> Result<FigureFormat, FigureFormatError> {
        if name == "count" {
            switch argument {
            case nil, "plain": return .success(.count(myriad: false))
            case "myriad": return .success(.count(myriad: true))
            case let a?: return .failure(FigureFormatError("'count:\(a)': the argument is myriad or plain"))
            }
        }
        var precision = Precision.auto
        if let argument {
            guard let d = Int(argument), (0...6).contains(d) else {
                return .failure(FigureFormatError("'\(name):\(argument)': the argument is a number of digits from 0 to 6"))
            }
            precision = .digits(d)
        }
        switch name {
        case "amount": return .success(.amount(precision))
        case "short": return .success(.short(precision))
        case "percent": return .success(.percent(precision))
        case "change": return .success(.change(precision))
        case "triangle": return .success(.triangle(precision))
        case "diff": return .success(.diff(precision))
        case "base": return .success(.base(precision))
        case "points": return .success(.points(precision))
        case "number": return .success(.number(precision))
        default: return .failure(FigureFormatError("unknown format '\(name)' (known: \(names.joined(separator: ", ")))"))
        }
    }

    /// The word a template writes: `percent`.
    public var name: String {
        switch self {
        case .amount: return "amount"
        case .short: return "short"
        case .percent: return "percent"
        case .change: return "change"
        case .triangle: return "triangle"
        case .diff: return "diff"
        case .base: return "base"
        case .points: return "points"
        case .count: return "count"
        case .number: return "number"
        }
    }

    /// Whether this format can show a figure of `kind`: the one rule of `check` and rendering.
    public func fits(_ kind: FigureKind) -> Bool {
        switch (self, kind) {
        case (.amount, .amount), (.amount, .change), (.short, .amount), (.short, .change),
             (.percent, .ratio), (.percent, .change), (.percent, .amount(.percent)),
             (.change, .change), (.change, .ratio), (.triangle, .change), (.triangle, .ratio),
             (.diff, .change), (.diff, .amount), (.base, .change),
             (.points, .points), (.points, .amount(.percent)), (.points, .amount(.percentPoint)),
             (.count, .count), (.count, .amount), (.number, .amount), (.number, .count):
            return true
        default:
            return false
        }
    }
}

/// Why a placeholder's format could not be read.
public struct FigureFormatError: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
