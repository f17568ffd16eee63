/// One cell of a table as the section writer builds it: its paragraphs
/// (XML), its width, its border and fill, and whether it belongs to the
/// header row 한글 repeats on each page the table runs onto.
struct TableCell {
    var paragraphs: String
    var width: HWPUnit
    var fill: BorderFill
    var header = false
    var vertical: Vertical = .center
    /// Inner margins (left/right, top/bottom).
    var padding = (horizontal: HWPUnit(510), vertical: HWPUnit(141))

    enum Vertical: String { case top = "TOP", center = "CENTER" }
}

/// How a table sits in the text.
struct TablePlacement {
    /// Inline, like a character (`treatAsChar`): a box that never splits.
    /// Otherwise the table flows and splits between rows across pages.
    var inline = false
    /// Space between cells (and round them): the gap between KPI tiles.
    var cellSpacing = HWPUnit(0)
    var repeatHeader = false
}

extension Array where Element == [TableCell] {
    /// Column widths stretched or shrunk so the row adds up to `width`; the
    /// last column takes the rounding.
    static func widths(weights: [Double], total: HWPUnit) -> [HWPUnit] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return [] }
        var out = weights.map { HWPUnit(Int((Double(total.value) * $0 / sum).rounded(.down))) }
        out[out.count - 1] = total - out.dropLast().reduce(HWPUnit(0), +)
        return out
    }
}
