/// Distributes units over pages, top to bottom.
///
/// Rules, in the order they are checked for each unit:
/// 1. `startsNewPage` (an attachment) opens a fresh page unless the page is empty.
/// 2. Keep with next: a heading (and a table's unit note and header) goes to
///    the next page with the units it is kept with when they would not all fit
///    here, and they would fit on an empty page.
/// 3. A unit that does not fit goes to the next page; when that break falls
///    inside a group, the group's `continuation` (the table header) comes first.
/// 4. A unit taller than an empty page is an error — nothing is ever clipped.
struct Paginator {
    let content: Rect

    private(set) var pages: [[SceneItem]] = []
    private(set) var outline: [OutlineEntry] = []
    /// The figure versions placed, in the order they were placed.
    private(set) var figures: [FigureVersion] = []
    private var builder = PageBuilder()
    private var y: Double

    init(content: Rect) {
        self.content = content
        y = content.minY
    }

    mutating func run(_ units: [FlowUnit]) throws -> (pages: [[SceneItem]], outline: [OutlineEntry], figures: [FigureVersion]) {
        var i = 0
        while i < units.count {
            var unit = units[i]
            if unit.startsNewPage && !builder.isEmpty { newPage() }
            if unit.isSpace && builder.isEmpty { i += 1; continue }

            if !builder.isEmpty {
                let available = content.maxY - y
                if unit.spaceBefore + unit.height > available + 0.001,
                   let shorter = unit.fallback.first(where: { $0.spaceBefore + $0.height <= available + 0.001 }) {
                    unit = shorter
                }
                var chain = unit.height
                var j = i
                while units[j].keepWithNext, j + 1 < units.count, !units[j + 1].startsNewPage {
                    j += 1
                    chain += units[j].spaceBefore + units[j].height
                }
                let chainFitsEmptyPage = chain <= content.height
                if unit.spaceBefore + chain > available + 0.001 && chainFitsEmptyPage && j > i {
                    try breakPage(before: unit)
                } else if unit.spaceBefore + unit.height > available + 0.001 {
                    try breakPage(before: unit)
                }
            }
            if unit.height > content.maxY - y + 0.001 {
                throw DocumentLayoutError.blockTooTall(block: unit.block, what: unit.label, height: unit.height,
                                                       available: content.maxY - y)
            }
            place(unit)
            i += 1
        }
        newPage()
        return (pages, outline, figures)
    }

    private mutating func breakPage(before unit: FlowUnit) throws {
        let continuing = unit.groupID != nil && unit.groupID == builder.lastGroupID
        newPage()
        if continuing {
            for c in unit.continuation { place(c) }
        }
    }

    private mutating func place(_ unit: FlowUnit) {
        if !builder.isEmpty { y += unit.spaceBefore }
        builder.place(unit, x: content.minX, y: y)
        figures += unit.figures
        for o in unit.outline {
            outline.append(OutlineEntry(title: o.title, level: o.level, page: pages.count, y: y + o.dy))
        }
        y += unit.height
    }

    private mutating func newPage() {
        pages.append(builder.finish())
        builder = PageBuilder()
        y = content.minY
    }
}
