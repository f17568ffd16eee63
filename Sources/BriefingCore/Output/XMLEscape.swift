/// Text for XML, written by the SVG and the HWPX writers alike: `&`, `<`, `>`
/// and `"` as entities (attributes are always double-quoted, so `'` stays as
/// it is — SVG font-family lists use it); characters XML 1.0 cannot hold (C0
/// controls but tab, newline and return; U+FFFE, U+FFFF) are dropped rather
/// than written into a file no reader would open.
///
/// ```swift
/// XMLEscape.text("A & B <주>")   // "A &amp; B &lt;주&gt;"
/// XMLEscape.text("1행\u{1}")     // "1행"
/// ```
public enum XMLEscape {
    public static func text(_ text: String) -> String {
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
