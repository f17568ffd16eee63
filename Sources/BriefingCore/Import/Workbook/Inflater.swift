import CZlib

/// A part's raw DEFLATE stream inflated a piece at a time, so a sheet's XML
/// is scanned while it is inflated and never held whole. Owns the zlib
/// stream and a copy of the compressed bytes (zlib keeps a pointer into them
/// between calls), both freed in `deinit`.
final class Inflater {
    private var stream = z_stream()
    private let input: UnsafeMutableBufferPointer<UInt8>
    /// Where zlib writes each chunk before it is appended to the scanner's window.
    private let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)
    private let part: String
    /// The bound on the inflated size (`ZipArchive.maxPartSize`, `maxRatio`).
    private let limit: Int
    private(set) var produced = 0
    private(set) var finished = false

    init(compressed: ArraySlice<UInt8>, limit: Int, part: String) throws(WorkbookError) {
        self.part = part
        self.limit = limit
        input = .allocate(capacity: max(1, compressed.count))
        _ = input.initialize(from: compressed)
        guard briefing_inflate_init_raw(&stream) == Z_OK else {
            input.deallocate()
            scratch.deallocate()
            throw .corrupt(part: part, detail: "zlib would not start")
        }
        stream.next_in = input.baseAddress
        stream.avail_in = UInt32(compressed.count)
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
        scratch.deallocate()
    }

    /// Appends up to a chunk more inflated bytes to `out`; false once the stream has ended.
    func more(into out: inout [UInt8]) throws(WorkbookError) -> Bool {
        if finished { return false }
        stream.next_out = scratch.baseAddress
        stream.avail_out = UInt32(scratch.count)
        let status = CZlib.inflate(&stream, Z_NO_FLUSH)
        let got = scratch.count - Int(stream.avail_out)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<got]))
        produced += got
        if produced > limit { throw .tooLarge(part: part, limit: limit) }
        switch status {
        case Z_STREAM_END: finished = true
        case Z_OK: break
        case Z_BUF_ERROR where stream.avail_in == 0: throw .truncated(part: part)
        case Z_BUF_ERROR: break
        default: throw .corrupt(part: part, detail: stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")
        }
        return got > 0 || !finished
    }
}
