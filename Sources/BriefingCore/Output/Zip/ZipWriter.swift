/// A ZIP archive (PKWARE APPNOTE 6.3) built in memory, entry by entry, in
/// the order added: OOXML and HWPX (OWPML) packages are ZIPs whose first
/// entry, `mimetype`, must be stored uncompressed so a reader can sniff the
/// type at a fixed offset.
///
/// Deterministic: every entry carries the same DOS time (1980-01-01 00:00,
/// the earliest ZIP can say) and no extra fields, so the same parts give the
/// same bytes — a re-run does not change a file's sha256 in the manifest.
///
/// ```swift
/// var zip = ZipWriter()
/// try zip.add("mimetype", Array("application/hwp+zip".utf8), method: .stored)
/// try zip.add("Contents/section0.xml", xml)           // deflated
/// let bytes = zip.finish()                             // `unzip -t` reads it
/// ```
///
/// Not for: archives over 4 GiB or 65,535 entries (no ZIP64), encryption.
public struct ZipWriter: Sendable {
    public enum Method: UInt16, Sendable { case stored = 0, deflated = 8 }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case duplicate(String)
        case tooLarge(String)
        public var description: String {
            switch self {
            case .duplicate(let p): "ZIP entry '\(p)' added twice"
            case .tooLarge(let p): "ZIP entry '\(p)' is over 4 GiB (ZIP64 is not written)"
            }
        }
    }

    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var names: Set<String> = []
    private var count = 0

    public init() {}

    /// MS-DOS date of 1980-01-01 (year 0, month 1, day 1), time 00:00:00.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0

    public mutating func add(_ path: String, _ bytes: [UInt8], method: Method = .deflated) throws {
        guard names.insert(path).inserted else { throw Failure.duplicate(path) }
        guard bytes.count < Int(UInt32.max), body.count < Int(UInt32.max) else { throw Failure.tooLarge(path) }
        let data = method == .deflated ? try RawDeflate.compress(bytes) : bytes
        let name = Array(path.utf8)
        let crc = RawDeflate.crc32(bytes)
        let offset = UInt32(body.count)
        // Bit 11: the name is UTF-8.
        let flags: UInt16 = 1 << 11
        body.le32(0x0403_4b50)
        body.le16(20); body.le16(flags); body.le16(method.rawValue)
        body.le16(Self.dosTime); body.le16(Self.dosDate)
        body.le32(crc); body.le32(UInt32(data.count)); body.le32(UInt32(bytes.count))
        body.le16(UInt16(name.count)); body.le16(0)
        body += name
        body += data

        directory.le32(0x0201_4b50)
        directory.le16(0x0314)  // made by: Unix (3), spec 2.0
        directory.le16(20); directory.le16(flags); directory.le16(method.rawValue)
        directory.le16(Self.dosTime); directory.le16(Self.dosDate)
        directory.le32(crc); directory.le32(UInt32(data.count)); directory.le32(UInt32(bytes.count))
        directory.le16(UInt16(name.count)); directory.le16(0); directory.le16(0)
        directory.le16(0); directory.le16(0)
        directory.le32(0o100644 << 16)  // a regular file, rw-r--r--
        directory.le32(offset)
        directory += name
        count += 1
    }

    /// The archive: the entries, the central directory, its end record.
    public func finish() -> [UInt8] {
        var out = body
        out += directory
        out.le32(0x0605_4b50)
        out.le16(0); out.le16(0)
        out.le16(UInt16(count)); out.le16(UInt16(count))
        out.le32(UInt32(directory.count)); out.le32(UInt32(body.count))
        out.le16(0)
        return out
    }
}

extension [UInt8] {
    fileprivate mutating func le16(_ v: UInt16) { append(UInt8(v & 0xff)); append(UInt8(v >> 8)) }
    fileprivate mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xffff)); le16(UInt16(v >> 16)) }
}
