import CZlib
import CZlibDefaultLevel
import Testing

/// zlib's default level in this process is 3 (Sources/CZlibDefaultLevel): a
/// stream opened with `Z_DEFAULT_COMPRESSION`, as cairo opens each PDF
/// stream, deflates exactly as level 3 does, not as zlib's own default 6.
@Suite struct ZlibDefaultLevelTests {
    /// 200 KB of text with repeats at many distances, where levels 3 and 6 choose different matches.
    static let input: [UInt8] = (0..<20_000).flatMap { i in Array("\(i * 7919 % 1000)가나,\(i % 97);".utf8) }

    static func deflated(_ level: Int32, viaDefault: Bool) -> [UInt8] {
        var s = z_stream()
        let size = Int32(MemoryLayout<z_stream>.size)
        let ok = viaDefault ? deflateInit_(&s, Z_DEFAULT_COMPRESSION, ZLIB_VERSION, size)
                            : deflateInit2_(&s, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, size)
        precondition(ok == Z_OK)
        defer { deflateEnd(&s) }
        var src = input
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&s, UInt(src.count))))
        let n = src.withUnsafeMutableBufferPointer { i in
            out.withUnsafeMutableBufferPointer { o in
                s.next_in = i.baseAddress; s.avail_in = UInt32(i.count)
                s.next_out = o.baseAddress; s.avail_out = UInt32(o.count)
                precondition(deflate(&s, Z_FINISH) == Z_STREAM_END)
                return o.count - Int(s.avail_out)
            }
        }
        return Array(out[..<n])
    }

    @Test func defaultMeansLevelThree() {
        #expect(briefing_zlib_default_level() == 3)
        let viaDefault = Self.deflated(0, viaDefault: true)
        #expect(viaDefault == Self.deflated(3, viaDefault: false))
        #expect(viaDefault != Self.deflated(6, viaDefault: false))
    }
}
