/// A value from a table (a company, a district) made into a file name that
/// every common file system takes: what `render --each` calls each sheet by.
///
/// ```swift
/// SafeFileName("(주)광주포토닉스").text   // "(주)광주포토닉스"       kept as it is
/// SafeFileName("북구/남구").text          // "북구_남구-421b67a2"     changed, so the value's hash is added
/// SafeFileName("CON").text               // "_CON-a3dbc4b6"          a Windows device name
/// ```
///
/// The rules, each from a file system that would refuse or silently change
/// the name otherwise:
/// - `/ \ : * ? " < > |` and control characters become `_` (Windows, and `/`
///   everywhere);
/// - no leading or trailing dots or spaces (Windows drops trailing ones; a
///   leading dot hides the file on Unix);
/// - not a Windows device name (`CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`,
///   `LPT1`–`LPT9`, with any extension): a `_` goes in front;
/// - at most `maximumBytes` (200) bytes of UTF-8 (ext4 and APFS take 255 bytes
///   a name, which leaves room for the template's name and `-p1.png`), cut
///   on a character boundary, never inside a Hangul syllable.
///
/// A name that had to change gets `-` and the first 8 hex digits of the
/// value's SHA-256, so two values that clean to one name (`A/B`, `A:B`) keep
/// two files; `names(for:)` also tells apart values whose names are equal
/// as they are, or equal ignoring case (macOS and Windows file systems).
/// Unicode normalization (NFC/NFD) is left as the data wrote it.
public struct SafeFileName: Sendable, Hashable, CustomStringConvertible {
    public static let maximumBytes = 200
    /// `-` and 8 hex digits.
    static let hashSuffixBytes = 9

    public let value: String
    /// The name, without an extension.
    public let text: String
    /// Whether `text` carries the value's hash (because it was changed or cut, or told apart from another).
    public let isHashed: Bool

    public var description: String { text }

    public init(_ value: String) {
        self.value = value
        let cleaned = Self.cleaned(value)
        if !cleaned.isEmpty, cleaned == value, value.utf8.count <= Self.maximumBytes {
            (text, isHashed) = (value, false)
        } else {
            (text, isHashed) = (Self.hashed(cleaned, value: value), true)
        }
    }

    private init(value: String, text: String) {
        self.value = value
        self.text = text
        self.isHashed = true
    }

    /// `value`'s name with its hash, whether or not it needed one.
    public func withHash() -> SafeFileName {
        isHashed ? self : SafeFileName(value: value, text: Self.hashed(Self.cleaned(value), value: value))
    }

    /// Names for distinct `values`, in their order, no two alike (ignoring case):
    /// values whose names would meet all get their hash.
    ///
    /// ```swift
    /// SafeFileName.names(for: ["ACME", "Acme"]).map(\.text)   // ["ACME-…", "Acme-…"]
    /// ```
    public static func names(for values: [String]) -> [SafeFileName] {
        var names = values.map(SafeFileName.init)
        // Hashing one name can make it meet a value written exactly like it
        // (`A_B-1a2b3c4d`); each round hashes more names, so this ends.
        while true {
            var byKey: [String: [Int]] = [:]
            for (i, n) in names.enumerated() { byKey[n.text.lowercased(), default: []].append(i) }
            let unhashed = byKey.values.filter { $0.count > 1 }.flatMap { $0 }.filter { !names[$0].isHashed }
            if unhashed.isEmpty { return names }
            for i in unhashed { names[i] = names[i].withHash() }
        }
    }

    /// The value with every forbidden character replaced and its ends trimmed.
    static func cleaned(_ value: String) -> String {
        var s = String(value.unicodeScalars.map { forbidden($0) ? "_" : Character($0) })
        while let f = s.first, f == "." || f == " " { s.removeFirst() }
        while let l = s.last, l == "." || l == " " { s.removeLast() }
        if isWindowsDeviceName(s) { s = "_" + s }
        return s
    }

    static func forbidden(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x20 || (0x7F...0x9F).contains(s.value) { return true }
        if s.properties.generalCategory == .control || s == "\u{2028}" || s == "\u{2029}" { return true }
        return "/\\:*?\"<>|".unicodeScalars.contains(s)
    }

    /// `CON`, `con.txt`, `LPT1`: names Windows keeps for devices, whatever follows a dot.
    static func isWindowsDeviceName(_ s: String) -> Bool {
        let stem = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? s
        let upper = stem.uppercased().trimmingTrailingSpaces()
        if ["CON", "PRN", "AUX", "NUL"].contains(upper) { return true }
        guard upper.count == 4, upper.hasPrefix("COM") || upper.hasPrefix("LPT"), let d = upper.last else { return false }
        return ("1"..."9").contains(String(d))
    }

    /// `cleaned`, cut to leave room for the hash, then `-` and the hash of `value`.
    static func hashed(_ cleaned: String, value: String) -> String {
        let hash = String(SHA256.hex(Array(value.utf8)).prefix(8))
        var kept = ""
        var bytes = 0
        for c in cleaned {
            let n = c.utf8.count
            if bytes + n > maximumBytes - hashSuffixBytes { break }
            kept.append(c)
            bytes += n
        }
        while let l = kept.last, l == "." || l == " " { kept.removeLast() }
        return kept.isEmpty ? "_" + hash : kept + "-" + hash
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
