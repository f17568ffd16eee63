/// A1 references: `C12` is column 3, row 12; `AA1` is column 27.
enum CellReference {
    /// Excel's largest sheet: column XFD (16,384), row 1,048,576.
    static let maxColumn = 16_384, maxRow = 1_048_576

    /// `C12` → (row 12, column 3); nil for anything else, and for a reference
    /// past Excel's largest sheet (which also keeps the arithmetic from overflowing).
    static func parse(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, i = text.utf8.startIndex
        let u = text.utf8
        while i < u.endIndex, let b = Optional(u[i]), b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A {
            column = column * 26 + Int((b | 0x20) - 0x61 + 1)
            guard column <= maxColumn else { return nil }
            i = u.index(after: i)
        }
        while i < u.endIndex, let b = Optional(u[i]), b >= 0x30 && b <= 0x39 {
            row = row * 10 + Int(b - 0x30)
            guard row <= maxRow else { return nil }
            i = u.index(after: i)
        }
        guard i == u.endIndex, column > 0 else { return nil }
        return (row, column)
    }

    /// The column of a reference written in bytes (`C12` → 3), as `parse` reads it.
    static func column(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        var column = 0, i = r.lowerBound
        while i < r.upperBound, b[i] >= 0x41 && b[i] <= 0x5A || b[i] >= 0x61 && b[i] <= 0x7A {
            column = column * 26 + Int((b[i] | 0x20) - 0x61 + 1)
            guard column <= maxColumn else { return nil }
            i += 1
        }
        var row = 0
        while i < r.upperBound, b[i] >= 0x30 && b[i] <= 0x39 {
            row = row * 10 + Int(b[i] - 0x30)
            guard row <= maxRow else { return nil }
            i += 1
        }
        return i == r.upperBound && column > 0 ? column : nil
    }

    /// 3 → `C`, 27 → `AA` (bijective base 26).
    static func columnName(_ column: Int) -> String {
        var n = column, out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.append(Character(Unicode.Scalar(UInt8(0x41 + r))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    /// `2024년!C12`; a sheet name with spaces or punctuation is quoted as Excel quotes it: `'My data'!C12`.
    static func qualified(sheet: String, row: Int, column: Int) -> String {
        let plain = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        let name = plain ? sheet : "'" + sheet.flatMap { $0 == "'" ? "''" : String($0) } + "'"
        return "\(name)!\(columnName(column))\(row)"
    }
}
