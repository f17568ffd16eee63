import BriefingCore

/// The pieces of JSON text the scene writer is made of, each written one way
/// only so the same scene always gives the same bytes.
enum JSONText {
    /// A string with `"`, `\` and control characters escaped; everything else,
    /// Hangul included, as UTF-8.
    static func string(_ s: String) -> String { JSONEscape.quoted(s) }

    /// A number rounded to 0.01, without trailing zeros: `12`, `12.5`, `-0.25`.
    /// A value JSON cannot hold (NaN, ∞) or too large to be a coordinate is `null`.
    ///
    /// number(595.2756)  // "595.28"
    /// number(-0.001)    // "0"
    static func number(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e15 else { return "null" }
        let hundredths = Int64((v * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = hundredths.magnitude / 100, fraction = hundredths.magnitude % 100
        switch fraction {
        case 0: return sign + "\(whole)"
        case _ where fraction % 10 == 0: return sign + "\(whole).\(fraction / 10)"
        default: return sign + "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        }
    }

    static func numbers(_ vs: [Double]) -> String {
        "[" + vs.map(number).joined(separator: ", ") + "]"
    }

    /// `{"a": 1, "b": 2}` in the order given; a `nil` value leaves its key out.
    static func object(_ fields: [(String, String?)]) -> String {
        "{" + fields.compactMap { key, value in value.map { string(key) + ": " + $0 } }.joined(separator: ", ") + "}"
    }
}
