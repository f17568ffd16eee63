import Foundation

/// All the files one run writes into its period folder, replaced together or
/// not at all.
///
/// A run adds its outputs in memory while it works; nothing on disk changes.
/// `commit` then writes every file to a flushed temporary next to its target
/// (phase 1). If any of those writes fails, every temporary is removed and
/// each earlier file is left exactly as it was. Only when all are ready are
/// they renamed over their targets (phase 2), and the manifest is written
/// last, so a manifest always describes complete files.
///
/// ```swift
/// var transaction = OutputTransaction(folder: "output/2024-03")
/// try transaction.add("briefing.pdf", pdfBytes)
/// try transaction.add("charts/exports.png", pngBytes)
/// let written = try transaction.commit()   // [ManifestFile] in the order added
/// ```
///
/// Renames are not atomic as a group: a machine that dies during phase 2
/// (microseconds for a handful of files) leaves some files new and some old,
/// each of them complete, and the old manifest in place.
public struct OutputTransaction: Sendable {
    /// The period folder, e.g. `output/2024-03`.
    public let folder: String
    public private(set) var outputs: [(name: String, bytes: [UInt8])] = []

    public init(folder: String) {
        self.folder = folder
    }

    /// Adds an output. `name` is relative to the folder (`briefing.pdf`,
    /// `charts/exports.png`): no absolute paths, no `..`, no hidden names
    /// (those are reserved for temporaries), each name once.
    public mutating func add(_ name: String, _ bytes: [UInt8]) throws(OutputTransactionError) {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.isEmpty, !name.hasPrefix("/"),
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") })
        else { throw .invalidName(name) }
        guard !outputs.contains(where: { $0.name == name }) else { throw .duplicateName(name) }
        outputs.append((name, bytes))
    }

    public mutating func add(_ name: String, text: String) throws(OutputTransactionError) {
        try add(name, Array(text.utf8))
    }

    public var names: [String] { outputs.map(\.name) }

    public func path(of name: String) -> String { LocalPath(folder).appending(name).text }

    /// Writes every output (two phases, see the type's comment) and returns
    /// their descriptions, in the order added. Throws `AtomicFileError` after
    /// removing every temporary it made.
    @discardableResult
    public func commit() throws -> [ManifestFile] {
        try commitFiles()
        return outputs.map { ManifestFile.describing($0.bytes, path: $0.name) }
    }

    /// `commit()` without the manifest's hashes: each file's name and size,
    /// for a render that prints what it wrote (two SHA-256 passes over every
    /// PDF were a tenth of a batch sheet's time).
    ///
    /// `syncFolders: false` leaves the folders' flush to the caller (a batch
    /// of sheets flushes its folder once, at the end): each file's bytes are
    /// still flushed before it is renamed, so a crash can lose a rename,
    /// never leave a half-written file in place of a good one.
    @discardableResult
    public func commitFiles(syncFolders: Bool = true) throws -> [(path: String, size: Int)] {
        try AtomicFile.makeFolder(folder)
        var staged: [AtomicFile.Staged] = []
        do {
            for output in outputs {
                staged.append(try AtomicFile.stage(output.bytes, for: path(of: output.name)))
            }
        } catch {
            for s in staged { s.discard() }
            throw error
        }
        // Phase 2: renames only, back to back, so the window in which some
        // files are new and some old is as short as it can be; then each
        // folder is flushed once.
        for (n, s) in staged.enumerated() {
            do {
                try s.commit(syncFolder: false)
            } catch {
                for rest in staged[(n + 1)...] { rest.discard() }
                throw error
            }
        }
        if syncFolders { Self.syncFolders(of: staged.map(\.target)) }
        return outputs.map { ($0.name, $0.bytes.count) }
    }

    /// Flushes each folder holding one of `paths`, once.
    public static func syncFolders(of paths: [String]) {
        var byFolder: [String: String] = [:]
        for p in paths { byFolder[LocalPath(p).parent.text] = p }
        for target in byFolder.values.sorted() { AtomicFile.syncFolder(of: target) }
    }

    /// Removes temporaries that a killed run left anywhere under `folder`.
    @discardableResult
    public static func removeStaleTemporaries(under folder: String) -> [String] {
        AtomicFile.removeStaleTemporaries(in: folder, recursive: true)
    }
}

public enum OutputTransactionError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidName(String)
    case duplicateName(String)

    public var description: String {
        switch self {
        case .invalidName(let n):
            return "output name \"\(n)\" must be a relative path inside the period folder, without '..' or hidden parts"
        case .duplicateName(let n): return "output \"\(n)\" is added twice in one run"
        }
    }
}
