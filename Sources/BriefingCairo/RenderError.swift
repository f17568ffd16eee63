import BriefingLayout

/// Everything that can go wrong between a finished Scene and the bytes of a
/// file. Each case says what failed and where: the text and its role for a
/// glyph, the family and how to install it for a font, the path for a format.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No installed font answers to `family` (exact name, as fontconfig lists it).
    case missingFontFamily(family: String, text: String?, role: SceneRole?, installed: [String])
    /// A character the run's font cannot show (and the configured fallback may
    /// not or cannot); `fallbacks` lists the fallbacks that were tried for it.
    case missingGlyph(scalar: Unicode.Scalar, text: String, role: SceneRole?, font: FontDescriptionKey, fallbacks: [String])
    /// The file extension names no format we write.
    case unknownOutputFormat(path: String)
    /// A scale or DPI that is not a positive finite number.
    case invalidScale(Double)
    /// A page or image too large (or empty) to allocate.
    case invalidSurfaceSize(width: Double, height: Double, scale: Double)
    /// A cairo call reported an error status.
    case cairo(stage: String, status: String)
    /// libpng reported an error while encoding.
    case png(String)
    /// DocumentMetadata.language is not a BCP 47 tag like `ko-KR`.
    case invalidLanguage(String)
    /// A Document without pages: there is no PDF to write.
    case emptyDocument(title: String?)
    /// DocumentMetadata.creationDate is not ISO 8601 (`2024-04-07T09:00:00+09:00`).
    case invalidCreationDate(String)
    /// A problem on one page of a multi-page document (0-based index),
    /// described as `page 2: …`.
    indirect case onPage(Int, RenderError)
    /// An outline entry points at a page the document does not have.
    case outlinePageOutOfRange(title: String, page: Int, pageCount: Int)

    public var description: String {
        switch self {
        case let .missingFontFamily(family, text, role, installed):
            var s = "font family \"\(family)\" is not installed"
            if let text { s += " (needed for \(Self.where(text, role)))" }
            s += "; install it (scripts/install-system-packages installs fonts-nanum, "
                + "which gives NanumGothic, NanumMyeongjo, NanumSquare, NanumBarunGothic)"
            if !installed.isEmpty { s += "; installed families: " + installed.joined(separator: ", ") }
            return s
        case let .missingGlyph(scalar, text, role, font, fallbacks):
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            let fb = fallbacks.isEmpty ? "" : " nor in fallback " + fallbacks.joined(separator: ", ")
            return "character \(code) '\(scalar)' in \(Self.where(text, role)) is not in font \(font)\(fb); "
                + "it would print as an empty box or in another typeface — change the text or choose a font that has it"
        case let .unknownOutputFormat(path):
            return "\(path): unknown output format; use a file name ending in .png, @2x.png, .pdf or .svg"
        case let .invalidScale(v):
            return "scale or DPI \(v) is not a positive number"
        case let .invalidSurfaceSize(w, h, scale):
            return "cannot make a \(w) × \(h) pt surface at scale \(scale): size must be positive and at most 32767 pixels a side"
        case let .cairo(stage, status):
            return "cairo failed while \(stage): \(status)"
        case let .png(message):
            return "PNG encoding failed: \(message)"
        case let .invalidLanguage(value):
            return "document language \"\(value)\" is not a BCP 47 tag like ko-KR"
        case let .emptyDocument(title):
            return "document \(title.map { "\"\($0)\" " } ?? "")has no pages; a PDF needs at least one"
        case let .invalidCreationDate(value):
            return "creation date \"\(value)\" is not ISO 8601 like 2024-04-07T09:00:00+09:00"
        case let .onPage(index, error):
            return "page \(index + 1): \(error.description)"
        case let .outlinePageOutOfRange(title, page, count):
            return "outline entry \"\(title)\" points at page \(page + 1), but the document has \(count) page\(count == 1 ? "" : "s")"
        }
    }

    private static func `where`(_ text: String, _ role: SceneRole?) -> String {
        "text \"\(text)\"" + (role.map { " (role \($0))" } ?? "")
    }
}

/// A font as fontconfig is asked for it: family and weight (size does not
/// change coverage). Printed `NanumGothic bold`.
public struct FontDescriptionKey: Sendable, Hashable, CustomStringConvertible {
    public var family: String
    public var weight: Int

    public init(family: String, weight: Int) { self.family = family; self.weight = weight }

    public var description: String {
        let name: String
        switch weight {
        case ..<350: name = "light"
        case ..<550: name = "regular"
        case ..<750: name = "bold"
        case ..<850: name = "extra bold"
        default: name = "black"
        }
        return "\(family) \(name)"
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
