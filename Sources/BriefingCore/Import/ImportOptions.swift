/// How the bytes of a CSV file are turned into text.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8, with or without a byte-order mark ("CSV UTF-8" in Excel).
    case utf8 = "utf-8"
    /// Code page 949 (통합형 한글, Unified Hangul Code): the superset of EUC-KR
    /// that Excel on Korean Windows writes. EUC-KR files are CP949 files.
    case cp949
    /// UTF-16 with a byte-order mark: what Excel saves as "Unicode Text"
    /// (유니코드 텍스트), usually tab-separated. Detected by its BOM.
    case utf16 = "utf-16"

    /// The spellings the command line accepts: `utf-8`, `utf8`, `cp949`,
    /// `euc-kr`, `uhc`, `utf-16` (case-insensitive).
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "unicode": self = .utf16
        case "cp949", "euc-kr", "euckr", "uhc", "ms949", "windows-949": self = .cp949
        default: return nil
        }
    }
}

/// Choices a person can make when the importer should not detect them.
/// Every `nil` means "detect".
public struct ImportOptions: Sendable, Hashable {
    public var encoding: TextEncoding?
    /// `,`, `\t` or `;` as a byte.
    public var delimiter: UInt8?
    /// 1 or 2 (KOSIS downloads put the period above the item).
    public var headerRows: Int?
    /// The header's line in a CSV file, its row in a sheet (`--header-row 3`):
    /// what is above it is not read, but for a `(단위: …)` note.
    public var headerRow: Int?
    /// A workbook's table as a rectangle of its sheet (`range: A3:H40`).
    public var range: CellRange?
    /// A workbook's error cells (`#N/A`, `#DIV/0!`) read as missing cells
    /// instead of stopping the read. Never as a number; a formula with no
    /// cached value stays an error.
    public var errorCellsMissing = false
    /// Pad rows that are short of fields with missing cells instead of failing.
    public var allowRagged: Bool
    /// How many problems to report before giving up.
    public var maxProblems: Int

    public init(encoding: TextEncoding? = nil, delimiter: UInt8? = nil, headerRows: Int? = nil, headerRow: Int? = nil,
                range: CellRange? = nil, allowRagged: Bool = false, maxProblems: Int = 20) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.headerRows = headerRows
        self.headerRow = headerRow
        self.range = range
        self.allowRagged = allowRagged
        self.maxProblems = maxProblems
    }
}

/// The line breaks a file used.
public enum LineEnding: String, Sendable, Hashable {
    case crlf, lf, cr, mixed, none
}
