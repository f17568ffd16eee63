import CZlib

/// zlib's DEFLATE without a header or trailer (negative window bits), as a
/// ZIP entry stores it, and zlib's CRC-32, which the entry's header carries.
///
/// ```swift
/// let packed = try RawDeflate.compress(Array("가나다".utf8))   // inflates back to 가나다
/// RawDeflate.crc32(Array("123456789".utf8))                   // 0xCBF43926
/// ```
public enum RawDeflate {
    public struct Failure: Error, CustomStringConvertible {
        public var status: Int32
        public var description: String { "zlib deflate failed (status \(status))" }
    }

    /// Level 9: the parts are small XML; the extra time is microseconds and
    /// the bytes are what a person emails.
    public static func compress(_ bytes: [UInt8], level: Int32 = 9) throws -> [UInt8] {
        var stream = z_stream()
        guard briefing_deflate_init_raw(&stream, level) == Z_OK else { throw Failure(status: Z_STREAM_ERROR) }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 16)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { inp in
            out.withUnsafeMutableBufferPointer { outp in
                stream.next_in = inp.baseAddress
                stream.avail_in = UInt32(inp.count)
                stream.next_out = outp.baseAddress
                stream.avail_out = UInt32(outp.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Failure(status: status) }
        return Array(out.prefix(Int(stream.total_out)))
    }

    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { p in
            UInt32(CZlib.crc32(0, p.baseAddress, UInt32(p.count)))
        }
    }
}
