import BriefingLayout

/// Borders and fills (테두리/배경, `hh:borderFill`) of the briefing's boxes and
/// table cells, in the PDF's palette. The raw value is the id in
/// `header.xml` (ids start at 1; 1 is "none", which the page border uses).
enum BorderFill: Int, CaseIterable, Sendable {
    case none = 1, titleBox, summaryTab, summaryBody, tile, cell, headerCell, zebraCell, subtotalCell, totalCell, attachmentBox

    var id: String { String(rawValue) }

    /// A side of a cell: no line, or a solid one of an OWPML width.
    struct Side {
        var width: String?
        var color: Color

        static func line(_ width: String, _ color: Color) -> Side { Side(width: width, color: color) }
        static let none = Side(width: nil, color: .black)
    }

    /// Left, right, top and bottom.
    func sides(_ p: Palette) -> (Side, Side, Side, Side) {
        let hair = Side.line("0.12 mm", p.hairline)
        switch self {
        case .none, .summaryTab: return (.none, .none, .none, .none)
        case .titleBox: return (.none, .none, .line("0.7 mm", p.rule), .line("0.25 mm", p.rule))
        case .summaryBody: return (.none, .line("0.25 mm", p.rule), .line("0.25 mm", p.rule), .line("0.25 mm", p.rule))
        case .tile: return (hair, hair, .line("0.4 mm", p.rule), hair)
        case .cell, .zebraCell, .subtotalCell: return (hair, hair, hair, hair)
        case .headerCell: return (hair, hair, .line("0.4 mm", p.rule), .line("0.2 mm", p.rule))
        case .totalCell: return (hair, hair, .line("0.2 mm", p.rule), .line("0.4 mm", p.rule))
        case .attachmentBox: let a = Side.line("0.25 mm", p.accent); return (a, a, a, a)
        }
    }

    func fill(_ p: Palette) -> Color? {
        switch self {
        case .titleBox: p.titleFill
        case .summaryTab: p.accent
        case .tile: p.titleFill
        case .headerCell: p.headerFill
        case .zebraCell: p.zebraFill
        case .subtotalCell: p.subtotalFill
        case .totalCell: p.totalFill
        default: nil
        }
    }
}
