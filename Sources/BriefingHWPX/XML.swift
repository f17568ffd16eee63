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

    /// `&`, `<`, `>` and `"` as entities; characters XML 1.0 cannot hold
    /// (C0 controls but tab, newline and return) are dropped rather than
    /// written into a part no reader would open.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
