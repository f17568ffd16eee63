/// What a file is written as, read from its name:
///
/// ```
/// chart.png      → .png(scale: 1)
/// chart@2x.png   → .png(scale: 2)     (retina: twice the pixels, 144 dpi)
/// briefing.pdf   → .pdf
/// chart.svg      → .svg
/// chart.jpg      → RenderError.unknownOutputFormat
/// ```
public enum OutputFormat: Sendable, Hashable {
    case png(scale: Double)
    case pdf
    case svg

    public init(path: String) throws {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else {
            throw RenderError.unknownOutputFormat(path: path)
        }
        let stem = lower[..<dot]
        switch lower[lower.index(after: dot)...] {
        case "png":
            // `name@2x.png`, `name@3x.png`: the scale is the integer before `x`.
            if let at = stem.lastIndex(of: "@"), stem.hasSuffix("x"),
               let n = Int(stem[stem.index(after: at)..<stem.index(before: stem.endIndex)]), n >= 1, n <= 8 {
                self = .png(scale: Double(n))
            } else {
                self = .png(scale: 1)
            }
        case "pdf": self = .pdf
        case "svg": self = .svg
        default: throw RenderError.unknownOutputFormat(path: path)
        }
    }

    /// The usual extension, with the scale suffix for retina PNGs.
    public var fileSuffix: String {
        switch self {
        case .png(let s): return s == 1 ? ".png" : "@\(Int(s))x.png"
        case .pdf: return ".pdf"
        case .svg: return ".svg"
        }
    }
}
