import Foundation

/// Writes files so that a reader only ever sees the previous complete file or
/// the new complete one: the bytes go to a temporary file in the same folder,
/// are flushed to disk, and are renamed over the target (rename is atomic on
/// one file system). A crash mid-write leaves at most a `.*.tmp` file behind,
/// which `removeStaleTemporaries(in:)` clears on the next run.
///
/// Writing is two steps so that several files can be made ready before any of
/// them replaces its old version (see `OutputTransaction`):
///
/// ```swift
/// let staged = try AtomicFile.stage(bytes, for: "output/2024-03/briefing.pdf")
/// try staged.commit()   // or staged.discard()
/// ```
///
/// Temporary names are `.<name>.<pid>.<random>.tmp`: hidden, next to the
/// target (so the rename never crosses file systems), and carrying the writer's
/// process id so a cleanup never removes a file another live run is writing.
public enum AtomicFile {
    public static let temporarySuffix = ".tmp"

    /// A complete, flushed temporary file waiting to be renamed over `target`.
    public struct Staged: Sendable, Hashable {
        public let temporaryPath: String
        public let target: String

        /// Renames the temporary file over the target, then (unless told not
        /// to, because the caller syncs once after several renames) flushes the
        /// folder so the rename itself survives a power cut.
        public func commit(syncFolder: Bool = true) throws {
            guard rename(temporaryPath, target) == 0 else {
                let e = errno
                unlink(temporaryPath)
                throw AtomicFileError.cannotRename(temporaryPath, target, errno: e)
            }
            if syncFolder { AtomicFile.syncFolder(of: target) }
        }

        /// Removes the temporary file; the target stays as it was.
        public func discard() { unlink(temporaryPath) }
    }

    /// Writes `bytes` to a flushed temporary file next to `path`, creating the
    /// folder if needed. Nothing at `path` changes until `commit()`.
    public static func stage(_ bytes: some Collection<UInt8>, for path: String) throws -> Staged {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try makeFolder(folder.path)
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max))\(temporarySuffix)").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFileError.cannotCreate(temp, errno: errno) }
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(temp) }
        }
        let array = Array(bytes)
        var written = 0
        while written < array.count {
            let n = array.withUnsafeBytes { raw in
                Foundation.write(fd, raw.baseAddress! + written, array.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw AtomicFileError.cannotWrite(temp, errno: errno)
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw AtomicFileError.cannotWrite(temp, errno: errno) }
        ok = true
        return Staged(temporaryPath: temp, target: url.path)
    }

    /// Writes `bytes` to `path` atomically, creating the folder if needed.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        try stage(bytes, for: path).commit()
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Whether `name` is one of our temporary names (`.briefing.pdf.123.456.tmp`).
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(temporarySuffix)
    }

    /// The process id inside a temporary name, if it has one.
    static func writerPID(ofTemporaryName name: String) -> Int32? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 5 else { return nil }
        return Int32(parts[parts.count - 3])
    }

    /// Removes temporary files an interrupted run left in `folder` (and, with
    /// `recursive`, in its subfolders). A temporary whose writer is still
    /// running is left alone: another template may be writing into the same
    /// period folder right now.
    @discardableResult
    public static func removeStaleTemporaries(in folder: String, recursive: Bool = false) -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in items.sorted() {
            let p = (folder as NSString).appendingPathComponent(name)
            if isTemporaryName(name) {
                if let pid = writerPID(ofTemporaryName: name), pid > 0, kill(pid, 0) == 0 || errno == EPERM { continue }
                if unlink(p) == 0 { removed.append(p) }
            } else if recursive {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: p, isDirectory: &isFolder), isFolder.boolValue {
                    removed += removeStaleTemporaries(in: p, recursive: true)
                }
            }
        }
        return removed
    }

    /// `mkdir -p`, reporting the real errno when it fails.
    public static func makeFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw AtomicFileError.cannotCreate(path, errno: errno) }
    }

    /// Flushes a folder's entry list (best effort: some file systems refuse).
    public static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

public enum AtomicFileError: Error, CustomStringConvertible, Sendable, Equatable {
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
