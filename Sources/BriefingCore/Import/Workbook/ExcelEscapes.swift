/// Excel's escapes for characters XML cannot hold: `_x000D_` is a carriage
/// return, `_x0009_` a tab, and `_x005F_` an underscore (so that a literal
/// `_x0041_` survives as `_x005F_x0041_`). ECMA-376 Part 1, §22.9.2.19 (ST_Xstring).
///
/// ```
/// unescape("1행_x000D_\n2행")    // "1행\r\n2행"
/// unescape("A_x005F_x0041_")    // "A_x0041_"
/// ```
enum ExcelEscapes {
    static func unescape(_ v: [UInt8], into out: inout [UInt8]) {
        guard v.contains(0x5F) else { out += v; return }
        var i = 0
        while i < v.count {
            if v[i] == 0x5F, i + 6 < v.count, v[i + 1] == 0x78, v[i + 6] == 0x5F,
               let code = hex(v[(i + 2)..<(i + 6)]), let scalar = Unicode.Scalar(code) {
                out += String(Character(scalar)).utf8
                i += 7
            } else {
                out.append(v[i])
                i += 1
            }
        }
    }

    static func unescape(_ s: String) -> String {
        var out: [UInt8] = []
        unescape(Array(s.utf8), into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var n: UInt32 = 0
        for d in digits {
            switch d {
            case 0x30...0x39: n = n << 4 | UInt32(d - 0x30)
            case 0x41...0x46: n = n << 4 | UInt32(d - 0x41 + 10)
            case 0x61...0x66: n = n << 4 | UInt32(d - 0x61 + 10)
            default: return nil
            }
        }
        return n
    }
}
