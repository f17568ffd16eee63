/// One unbreakable piece of the flow: a bullet with all its lines, a table
/// row, a figure with its caption. Blocks are measured into units first
/// (ReportLab's `wrap`); the paginator then only decides where each unit goes
/// (`split` happens between units), so a page break never cuts a line.
///
/// `items` are relative to the unit's top-left corner at the content's left edge.
struct FlowUnit: Sendable {
    var label: String
    var height: Double
    /// Space above the unit, dropped at the top of a page.
    var spaceBefore: Double
    var items: [SceneItem]
    var tag: StructureTag?
    /// Headings, the table unit note and header: never the last unit on a page.
    var keepWithNext: Bool = false
    /// Units that share an id and land on the same page become one tagged group
    /// (a table's header and rows form one `.table`).
    var groupID: Int? = nil
    /// Placed at the top of a new page before this unit when a page break falls
    /// inside its group: the table header repeated.
    var continuation: [FlowUnit] = []
    /// Drawn (relative to the unit's top) only when the unit is the last of its
    /// group on a page: a table's closing rule.
    var trailer: [SceneItem] = []
    /// Outline entries this unit carries, at `dy` below its top.
    var outline: [PendingOutline] = []
    var startsNewPage: Bool = false
    /// A spacer: nothing to show, so it is dropped at the top of a page.
    var isSpace: Bool = false
    /// Where the unit came from, for errors: `blocks[3]`, `header`.
    var block: String = ""
    /// Shorter units, tallest first, that may stand in for this one when it
    /// does not fit the space left on the page (a figure's compact versions).
    var fallback: [FlowUnit] = []
    /// The figure versions this unit shows (a figure's one; a two-column row's
    /// figures, which are never swapped for shorter ones), reported once placed.
    var figures: [FigureVersion] = []
}

struct PendingOutline: Sendable {
    var title: String
    var level: Int
    var dy: Double
}

/// Collects placed units into scene items, merging consecutive units of one
/// group into a single tagged `Group`.
struct PageBuilder {
    private(set) var items: [SceneItem] = []
    private var openID: Int?
    private var openTag: StructureTag?
    private var openItems: [SceneItem] = []
    private var openTrailer: SceneItem?

    var isEmpty: Bool { items.isEmpty && openID == nil }
    var lastGroupID: Int? { openID }

    mutating func place(_ unit: FlowUnit, x: Double, y: Double) {
        if unit.isSpace { return }
        let placed = SceneItem.group(Group(offset: Point(x, y), items: unit.items))
        if let id = unit.groupID {
            if openID != id {
                close()
                openID = id
                openTag = unit.tag
            }
            openItems.append(placed)
            openTrailer = unit.trailer.isEmpty ? nil : .group(Group(offset: Point(x, y), items: unit.trailer))
        } else {
            close()
            items.append(.group(Group(offset: Point(x, y), tag: unit.tag, items: unit.items)))
        }
    }

    mutating func close() {
        guard openID != nil else { return }
        var groupItems = openItems
        if let t = openTrailer { groupItems.append(t) }
        items.append(.group(Group(tag: openTag, items: groupItems)))
        openID = nil; openTag = nil; openItems = []; openTrailer = nil
    }

    mutating func finish() -> [SceneItem] {
        close()
        return items
    }
}

/// Stacks units top to bottom without page breaks (inside a column).
func stack(_ units: [FlowUnit], x: Double) -> (items: [SceneItem], height: Double, outline: [PendingOutline]) {
    var builder = PageBuilder()
    var y = 0.0
    var outline: [PendingOutline] = []
    for (i, u) in units.enumerated() {
        if i > 0 { y += u.spaceBefore }
        builder.place(u, x: x, y: y)
        outline += u.outline.map { PendingOutline(title: $0.title, level: $0.level, dy: y + $0.dy) }
        y += u.height
    }
    return (builder.finish(), y, outline)
}
