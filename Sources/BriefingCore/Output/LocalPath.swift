/// A path on this machine's file system, taken apart and joined by POSIX's
/// own rules (`dirname`, `basename`) on its bytes, never by Foundation.
///
/// Why our own: Foundation's `NSString.deletingLastPathComponent` traps
/// (SIGILL, exit 132) when the last component is one character — `"o"`,
/// `"x/y"`, `"."`, `"한"` — which crashed `briefing render … --out o`. These
/// few string rules are all the tool needs, and they cannot trap.
///
/// ```swift
/// LocalPath("o").parent                  // "."
/// LocalPath("x/y/").parent               // "x"
/// LocalPath("/srv").parent               // "/"
/// LocalPath("out").appending("a.pdf")    // "out/a.pdf"
/// LocalPath("월간 동향.yaml").stem       // "월간 동향"
/// LocalPath("a/./b/../c").lexicallyNormalized  // "a/c"
/// ```
///
/// Only `/` separates components, so a name may hold any other character
/// (spaces, Hangul, a combining mark right after a slash). Nothing here looks
/// at the disk: a symlink is a name like any other, followed by the system
/// calls that use the path.
public struct LocalPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The path as the user or the program wrote it.
    public let text: String

    public init(_ text: String) { self.text = text }
    public init(stringLiteral value: String) { self.text = value }

    public var description: String { text }

    private static let slash = UInt8(ascii: "/")

    public var isAbsolute: Bool { text.utf8.first == Self.slash }

    /// The folder that holds this path, as POSIX `dirname`: `"o"` → `"."`,
    /// `"x/y"` → `"x"`, `"/x"` → `"/"`, `"/"` → `"/"`, `""` → `"."`.
    public var parent: LocalPath {
        let trimmed = Self.trimmingTrailingSlashes(Array(text.utf8))
        if trimmed == [Self.slash] { return "/" }
        guard let cut = trimmed.lastIndex(of: Self.slash) else { return "." }
        let head = Self.trimmingTrailingSlashes(Array(trimmed[..<cut]))
        return head.isEmpty ? "/" : LocalPath(Self.text(head))
    }

    /// The last component, as POSIX `basename`: `"a/b.pdf"` → `"b.pdf"`,
    /// `"x/"` → `"x"`, `"/"` → `"/"`, `""` → `""`.
    public var name: String {
        let trimmed = Self.trimmingTrailingSlashes(Array(text.utf8))
        if trimmed == [Self.slash] { return "/" }
        guard let cut = trimmed.lastIndex(of: Self.slash) else { return Self.text(trimmed) }
        return Self.text(Array(trimmed[(cut + 1)...]))
    }

    /// The name without its last extension: `"monthly.yaml"` → `"monthly"`,
    /// `"a.tar.gz"` → `"a.tar"`. A leading dot starts a hidden name, not an
    /// extension (`".env"` stays `".env"`), and so does nothing after a final dot (`"a."`).
    public var stem: String {
        let bytes = Array(name.utf8)
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0, dot < bytes.count - 1 else { return name }
        return Self.text(Array(bytes[..<dot]))
    }

    /// The names between slashes, empty ones and none for the root left out:
    /// `"/a//b/"` → `["a", "b"]`.
    public var components: [String] {
        text.utf8.split(separator: Self.slash).map { Self.text(Array($0)) }
    }

    /// `relative` inside this path: `"out"` + `"2024-03/a.pdf"` → `"out/2024-03/a.pdf"`,
    /// `"/"` + `"a"` → `"/a"`, `""` + `"a"` → `"a"`. Slashes at the join are
    /// collapsed to one; an empty `relative` leaves the path as it is.
    public func appending(_ relative: String) -> LocalPath {
        let tail = Array(relative.utf8.drop { $0 == Self.slash })
        if tail.isEmpty { return self }
        if text.isEmpty { return LocalPath(Self.text(tail)) }
        let head = Self.trimmingTrailingSlashes(Array(text.utf8))
        return LocalPath(Self.text(head == [Self.slash] ? head + tail : head + [Self.slash] + tail))
    }

    /// This path if it is absolute, else `folder` joined with it.
    public func absolute(in folder: LocalPath) -> LocalPath {
        isAbsolute ? self : folder.appending(text)
    }

    /// `.` components removed and each `..` cancelled against the name before
    /// it, by text alone (a `..` after a symlink is not resolved on disk):
    /// `"/a/./b/../c/"` → `"/a/c"`, `"../x"` → `"../x"`, `"/.."` → `"/"`, `"a/.."` → `"."`.
    public var lexicallyNormalized: LocalPath {
        var kept: [String] = []
        for part in components where part != "." {
            if part == "..", let last = kept.last, last != ".." {
                kept.removeLast()
            } else if part == "..", isAbsolute {
                continue  // above the root is the root
            } else {
                kept.append(part)
            }
        }
        let joined = kept.joined(separator: "/")
        if isAbsolute { return LocalPath("/" + joined) }
        return LocalPath(joined.isEmpty ? "." : joined)
    }

    private static func trimmingTrailingSlashes(_ bytes: [UInt8]) -> [UInt8] {
        var end = bytes.count
        while end > 1, bytes[end - 1] == slash { end -= 1 }
        return Array(bytes[..<end])
    }

    /// Cutting valid UTF-8 at an ASCII slash or dot leaves valid UTF-8, so this decodes exactly.
    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
