import Foundation

/// Writes files so that a reader only ever sees the previous complete file or
/// the new complete one: the bytes go to a temporary file in the same folder,
/// are flushed to disk, and are renamed over the target (rename is atomic on
/// one file system). A crash mid-write leaves at most a `.*.tmp` file behind,
/// which `removeStaleTemporaries(in:)` clears on the next run.
public enum AtomicFile {
    public static let temporarySuffix = ".tmp"

    /// Writes `bytes` to `path` atomically, creating the folder if needed.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max))\(temporarySuffix)")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw AtomicFileError.cannotCreate(temp.path, errno: errno) }
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(temp.path) }
        }
        let array = Array(bytes)
        var written = 0
        while written < array.count {
            let n = array.withUnsafeBytes { raw in
                Foundation.write(fd, raw.baseAddress! + written, array.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw AtomicFileError.cannotWrite(temp.path, errno: errno)
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw AtomicFileError.cannotWrite(temp.path, errno: errno) }
        guard rename(temp.path, url.path) == 0 else { throw AtomicFileError.cannotRename(temp.path, url.path, errno: errno) }
        ok = true
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Removes temporary files an interrupted run left in `folder`.
    @discardableResult
    public static func removeStaleTemporaries(in folder: String) -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in items where name.hasPrefix(".") && name.hasSuffix(temporarySuffix) {
            let p = (folder as NSString).appendingPathComponent(name)
            if unlink(p) == 0 { removed.append(p) }
        }
        return removed
    }
}

public enum AtomicFileError: Error, CustomStringConvertible, Sendable {
    case cannotCreate(String, errno: Int32)
    case cannotWrite(String, errno: Int32)
    case cannotRename(String, String, errno: Int32)

    public var description: String {
        switch self {
        case .cannotCreate(let p, let e): return "cannot create \(p): \(String(cString: strerror(e)))"
        case .cannotWrite(let p, let e): return "cannot write \(p): \(String(cString: strerror(e)))"
        case .cannotRename(let a, let b, let e): return "cannot rename \(a) to \(b): \(String(cString: strerror(e)))"
        }
    }
}
