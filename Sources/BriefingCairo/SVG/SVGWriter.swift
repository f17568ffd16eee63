import enum BriefingCore.XMLEscape
import BriefingLayout

/// Writes a Scene as SVG text directly — not through cairo's SVG surface,
/// which turns every glyph into an outline. Text stays `<text>` with its
/// font family (plus the library's fallback when the run holds a character
/// only the fallback draws, such as `−`), weight,
/// size and fill, so a designer can retype a label; its `x`/`y` is the
/// baseline's left end, exactly where the PNG draws it. Rectangles become
/// `<rect>` (with `rx` for rounded corners), paths `<path>` with cairo's
/// arcs turned into SVG arc commands, groups `<g transform>` with a
/// `clip-path` in the group's own coordinates.
///
/// Deterministic: the same Scene gives the same string (numbers via
/// `SVGNumber`, clip ids numbered in document order).
struct SVGWriter {
    let fallbacks: [String]
    /// Characters the fallbacks draw; a run holding one names the fallbacks
    /// after its family (`nil`: every run does).
    let fallbackCharacters: Set<Unicode.Scalar>?

    func write(_ scene: Scene) -> String {
        var out = SVGOutput()
        let w = SVGNumber.format(scene.size.width), h = SVGNumber.format(scene.size.height)
        out.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" "
                 + "viewBox=\"0 0 \(w) \(h)\" stroke-miterlimit=\"10\">")
        out.depth += 1
        if let bg = scene.background {
            out.line("<rect width=\"\(w)\" height=\"\(h)\"\(fill(bg))/>")
        }
        write(scene.items, &out)
        out.depth -= 1
        out.line("</svg>")
        return out.text
    }

    private func write(_ items: [SceneItem], _ out: inout SVGOutput) {
        for item in items {
            switch item {
            case .rect(let m): write(m, &out)
            case .path(let m): write(m, &out)
            case .text(let t): write(t, &out)
            case .group(let g): write(g, &out)
            }
        }
    }

    private func write(_ g: Group, _ out: inout SVGOutput) {
        var attributes = ""
        if g.offset.x != 0 || g.offset.y != 0 {
            attributes += " transform=\"translate(\(SVGNumber.format(g.offset.x)) \(SVGNumber.format(g.offset.y)))\""
        }
        if let clip = g.clip {
            out.clipCount += 1
            let id = "clip\(out.clipCount)"
            let r = normalized(clip)
            out.line("<clipPath id=\"\(id)\"><rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" "
                     + "width=\"\(n(r.width))\" height=\"\(n(r.height))\"/></clipPath>")
            // clipPathUnits default to userSpaceOnUse: the user space of the
            // <g> that refers to it, i.e. after its translate — as in cairo.
            attributes += " clip-path=\"url(#\(id))\""
        }
        switch g.tag {
        case .figure(let alt)?: attributes += " role=\"img\" aria-label=\"\(escape(alt))\""
        case .heading(let level)?: attributes += " role=\"heading\" aria-level=\"\(level)\""
        case .table?: attributes += " role=\"table\""
        case .list?: attributes += " role=\"list\""
        case .paragraph?, nil: break
        }
        out.line("<g\(attributes)>")
        out.depth += 1
        write(g.items, &out)
        out.depth -= 1
        out.line("</g>")
    }

    private func write(_ m: RectMark, _ out: inout SVGOutput) {
        let r = normalized(m.rect)
        var s = "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\""
        let radius = min(max(m.cornerRadius, 0), min(r.width, r.height) / 2)
        if radius > 0 { s += " rx=\"\(n(radius))\"" }
        s += paint(fill: m.fill, stroke: m.stroke) + role(m.role) + "/>"
        out.line(s)
    }

    private func write(_ m: PathMark, _ out: inout SVGOutput) {
        let d = SVGPathData.make(m.elements)
        guard !d.isEmpty else { return }
        out.line("<path d=\"\(d)\"" + paint(fill: m.fill, stroke: m.stroke) + role(m.role) + "/>")
    }

    private func write(_ t: TextRun, _ out: inout SVGOutput) {
        let usesFallback = fallbackCharacters.map { set in t.text.unicodeScalars.contains { set.contains($0) } } ?? true
        let families = ([t.font.family] + (usesFallback ? fallbacks.filter { $0 != t.font.family } : []))
            .map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: ", ")
        var s = "<text x=\"\(n(t.origin.x))\" y=\"\(n(t.origin.y))\" font-family=\"\(escape(families))\""
        if t.font.weight != .regular { s += " font-weight=\"\(t.font.weight.rawValue)\"" }
        s += " font-size=\"\(n(t.font.size))\"" + fill(t.color) + role(t.role)
        s += " xml:space=\"preserve\">" + escape(t.text) + "</text>"
        out.line(s)
    }

    private func paint(fill f: Color?, stroke: Stroke?) -> String {
        var s = f.map(fill) ?? " fill=\"none\""
        if let stroke {
            s += " stroke=\"\(stroke.color.hex)\""
            if stroke.color.alpha < 1 { s += " stroke-opacity=\"\(n(stroke.color.alpha))\"" }
            s += " stroke-width=\"\(n(stroke.width))\""
            if !stroke.dash.isEmpty { s += " stroke-dasharray=\"\(stroke.dash.map(n).joined(separator: " "))\"" }
        }
        return s
    }

    private func fill(_ c: Color) -> String {
        " fill=\"\(c.hex)\"" + (c.alpha < 1 ? " fill-opacity=\"\(n(c.alpha))\"" : "")
    }

    /// A role's one-line form (`bar 1월 실계약 325`, `tick-y`) as `data-role`, for people and scripts reading the SVG.
    private func role(_ r: SceneRole?) -> String { r.map { " data-role=\"\(escape($0.description))\"" } ?? "" }

    private func normalized(_ r: Rect) -> Rect {
        Rect(x: min(r.x, r.x + r.width), y: min(r.y, r.y + r.height), width: abs(r.width), height: abs(r.height))
    }

    private func n(_ v: Double) -> String { SVGNumber.format(v) }
}

/// XML text and attribute escaping (`XMLEscape`, shared with the HWPX writer):
/// a control character in a label is dropped, not written into an SVG no viewer opens.
func escape(_ s: String) -> String { XMLEscape.text(s) }

/// Indented lines.
struct SVGOutput {
    var text = ""
    var depth = 0
    var clipCount = 0
    mutating func line(_ s: String) {
        text += String(repeating: "  ", count: depth) + s + "\n"
    }
}
