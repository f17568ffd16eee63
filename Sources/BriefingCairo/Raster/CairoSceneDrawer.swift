import BriefingLayout
import CCairo
import CPangoCairo

/// Replays Scene items onto a cairo context — the one drawing routine behind
/// PNG and PDF. It decides nothing: positions, fonts and colours come from
/// the Scene. Groups become save/translate/clip/restore; a group's `clip` is
/// in the group's own coordinates (after its offset). With `tagged`, groups
/// carrying a `StructureTag` are wrapped in cairo structure tags (PDF only).
struct CairoSceneDrawer {
    let engine: PangoTextEngine
    let tagged: Bool

    func draw(_ scene: Scene, on cr: OpaquePointer) {
        if let bg = scene.background {
            setSource(bg, cr)
            cairo_rectangle(cr, 0, 0, scene.size.width, scene.size.height)
            cairo_fill(cr)
        }
        draw(scene.items, on: cr)
    }

    func draw(_ items: [SceneItem], on cr: OpaquePointer) {
        for item in items {
            switch item {
            case .rect(let mark): draw(mark, cr)
            case .path(let mark): draw(mark, cr)
            case .text(let run):
                setSource(run.color, cr)
                engine.draw(run.text, font: run.font, x: run.origin.x, y: run.origin.y, on: cr)
            case .group(let group): draw(group, cr)
            }
        }
    }

    private func draw(_ group: Group, _ cr: OpaquePointer) {
        let tag = tagged ? group.tag.map(Self.tagName) : nil
        if let tag { cairo_tag_begin(cr, tag, "") }
        cairo_save(cr)
        cairo_translate(cr, group.offset.x, group.offset.y)
        if let clip = group.clip {
            cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
            cairo_clip(cr)
        }
        draw(group.items, on: cr)
        cairo_restore(cr)
        if let tag { cairo_tag_end(cr, tag) }
    }

    /// cairo's structure tag names (PDF 1.7 standard structure types).
    static func tagName(_ tag: StructureTag) -> String {
        switch tag {
        case .heading(let level): return "H\(min(max(level, 1), 6))"
        case .paragraph: return "P"
        case .figure: return "Figure"
        case .table: return "Table"
        case .list: return "L"
        }
    }

    private func draw(_ mark: RectMark, _ cr: OpaquePointer) {
        let r = mark.rect
        let radius = min(max(mark.cornerRadius, 0), min(abs(r.width), abs(r.height)) / 2)
        if radius > 0 {
            cairo_new_sub_path(cr)
            cairo_arc(cr, r.maxX - radius, r.minY + radius, radius, -.pi / 2, 0)
            cairo_arc(cr, r.maxX - radius, r.maxY - radius, radius, 0, .pi / 2)
            cairo_arc(cr, r.minX + radius, r.maxY - radius, radius, .pi / 2, .pi)
            cairo_arc(cr, r.minX + radius, r.minY + radius, radius, .pi, 3 * .pi / 2)
            cairo_close_path(cr)
        } else {
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
        }
        paint(fill: mark.fill, stroke: mark.stroke, cr)
    }

    private func draw(_ mark: PathMark, _ cr: OpaquePointer) {
        cairo_new_path(cr)
        for element in mark.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
            case let .arc(center, radius, start, end): cairo_arc(cr, center.x, center.y, radius, start, end)
            case let .arcNegative(center, radius, start, end): cairo_arc_negative(cr, center.x, center.y, radius, start, end)
            case .close: cairo_close_path(cr)
            }
        }
        paint(fill: mark.fill, stroke: mark.stroke, cr)
    }

    private func paint(fill: Color?, stroke: Stroke?, _ cr: OpaquePointer) {
        if let fill {
            setSource(fill, cr)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            setSource(stroke.color, cr)
            cairo_set_line_width(cr, stroke.width)
            if stroke.dash.isEmpty {
                cairo_set_dash(cr, nil, 0, 0)
            } else {
                stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
            }
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private func setSource(_ c: Color, _ cr: OpaquePointer) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }
}
