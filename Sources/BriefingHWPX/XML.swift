import BriefingCore
/// XML text built by hand: the parts of an HWPX package are small, their
/// element order is fixed by OWPML, and attribute order is kept as written
/// so the same document gives the same bytes.
///
/// ```swift
/// XML.element("hp:t", content: XML.escape("A & B"))   // <hp:t>A &amp; B</hp:t>
/// XML.element("hp:cellSpan", ["colSpan": "1"])        // <hp:cellSpan colSpan="1"/>
/// ```
enum XML {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>"#

    /// An element; without `content` it closes itself. `content` is XML
    /// already (escape text with `escape`).
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], content: String? = nil) -> String {
        element(name, attributes.map { ($0.key, $0.value) }, content: content)
    }

    static func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) -> String {
        var s = "<" + name
        for (k, v) in attributes { s += " \(k)=\"\(escape(v))\"" }
        guard let content else { return s + "/>" }
        return s + ">" + content + "</" + name + ">"
    }

    /// Text and attribute values for a part (`XMLEscape`, shared with the SVG writer).
    static func escape(_ text: String) -> String { XMLEscape.text(text) }
}
