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
        let target = LocalPath(path)
        let folder = target.parent
        try makeFolder(folder.text)
        let temp = folder.appending(".\(target.name).\(getpid()).\(UInt32.random(in: 0...UInt32.max))\(temporarySuffix)").text
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
        return Staged(temporaryPath: temp, target: path)
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
            let p = LocalPath(folder).appending(name).text
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

    /// `mkdir -p`, reporting the real errno when it fails. Works for any
    /// path: relative or absolute, one letter (`o`), `.`, through a symlink
    /// to a folder (`stat` follows it). A file standing where a folder
    /// should be is `notAFolder`, naming that file.
    public static func makeFolder(_ path: String) throws {
        if try isExistingFolder(path) { return }
        let parent = LocalPath(path).parent
        if parent.text != path { try makeFolder(parent.text) }
        guard mkdir(path, 0o755) != 0 else { return }
        let e = errno
        // Another process may have made it between our stat and mkdir.
        if e == EEXIST, try isExistingFolder(path) { return }
        throw AtomicFileError.cannotCreate(path, errno: e)
    }

    /// Whether `path` is a folder (or a symlink to one); false when nothing
    /// is there; `notAFolder` when something else is.
    private static func isExistingFolder(_ path: String) throws -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        if info.st_mode & S_IFMT == S_IFDIR { return true }
        throw AtomicFileError.notAFolder(path)
    }

    /// Flushes a folder's entry list (best effort: some file systems refuse).
    public static func syncFolder(of path: String) {
        let fd = open(LocalPath(path).parent.text, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

public enum AtomicFileError: Error, CustomStringConvertible, Sendable, Hashable {
    case cannotCreate(String, errno: Int32)
    case cannotWrite(String, errno: Int32)
    case cannotRename(String, String, errno: Int32)
    /// A file (not a folder) stands where an output folder must be: `out` in `--out out/2024-03`.
    case notAFolder(String)

    /// The system's reason, for callers that report it in their own words.
    public var errorNumber: Int32 {
        switch self {
        case .cannotCreate(_, let e), .cannotWrite(_, let e), .cannotRename(_, _, let e): return e
        case .notAFolder: return ENOTDIR
        }
    }

    public var description: String {
        switch self {
        case .cannotCreate(let p, let e): return "cannot create \(p): \(String(cString: strerror(e)))"
        case .cannotWrite(let p, let e): return "cannot write \(p): \(String(cString: strerror(e)))"
        case .cannotRename(let a, let b, let e): return "cannot rename \(a) to \(b): \(String(cString: strerror(e)))"
        case .notAFolder(let p): return "cannot create a folder at \(p): a file is in the way"
        }
    }
}
