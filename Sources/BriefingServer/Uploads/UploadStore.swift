import BriefingCore
import Foundation

/// Uploaded files, kept in a private folder (mode 0700, made by mkdtemp)
/// under ids of 128 random bits, each file named by its id alone: nothing a
/// client sends becomes part of a path. An upload unused for `lifetime` is
/// deleted by `sweep`, and the whole folder at shutdown.
///
/// The last table read from each upload is kept with the options it was read
/// with, so a chart preview re-lays out a chart without importing again; only
/// the `cachedTables` most recently used are kept, so twenty people with big
/// workbooks cannot hold twenty big tables in memory at once.
final class UploadStore: @unchecked Sendable {
    struct Upload: Sendable {
        var id: String
        /// The name the browser gave, shown in errors (`실적.csv:3:5`) and in the copied command.
        var name: String
        var size: Int
        var lastUsed: Date
    }

    let folder: String
    let lifetime: Duration
    private let lock = NSLock()
    private var uploads: [String: Upload] = [:]
    private var tables: [String: (key: String, result: ImportResult, used: UInt64)] = [:]
    private var uses: UInt64 = 0
    let cachedTables: Int

    /// The bytes all uploads may take on disk together; past it, the least recently used go first.
    let capacity: Int
    private var storedBytes = 0

    init(lifetime: Duration, cachedTables: Int = 8, capacity: Int = 1 << 30) throws {
        self.cachedTables = max(1, cachedTables)
        self.capacity = capacity
        let temporary = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        var template = Array((temporary + "briefing-uploads-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ServerOptions.Refusal(description: "cannot make a folder for uploads in \(NSTemporaryDirectory()): "
                                        + String(cString: strerror(errno)))
        }
        folder = String(cString: made)
        self.lifetime = lifetime
    }

    func save(_ bytes: [UInt8], name: String) throws -> Upload {
        let upload = Upload(id: RandomID.make(), name: name.isEmpty ? "upload" : name, size: bytes.count, lastUsed: Date())
        try Data(bytes).write(to: URL(fileURLWithPath: path(upload.id)), options: .withoutOverwriting)
        let evicted = lock.withLock { () -> [String] in
            uploads[upload.id] = upload
            storedBytes += upload.size
            var gone: [String] = []
            while storedBytes > capacity,
                  let oldest = uploads.values.filter({ $0.id != upload.id }).min(by: { $0.lastUsed < $1.lastUsed }) {
                forget(oldest.id)
                gone.append(oldest.id)
            }
            return gone
        }
        for id in evicted { unlink(path(id)) }
        return upload
    }

    /// The upload (its name and size, its use noted), or nil for an id that is not (or no longer) here;
    /// its bytes are not read: a preview whose table is cached needs none.
    func find(_ id: String) -> Upload? {
        guard RandomID.isWellFormed(id) else { return nil }
        return lock.withLock {
            uploads[id]?.lastUsed = Date()
            return uploads[id]
        }
    }

    /// The upload and its bytes, or nil for an id that is not (or no longer) here.
    func load(_ id: String) -> (Upload, [UInt8])? {
        guard RandomID.isWellFormed(id), var upload = lock.withLock({ uploads[id] }),
              let data = FileManager.default.contents(atPath: path(id)) else { return nil }
        upload.lastUsed = Date()
        lock.withLock { uploads[id] = upload }
        return (upload, [UInt8](data))
    }

    /// The table last read from `id` with options `key`, if any.
    func table(_ id: String, key: String) -> ImportResult? {
        lock.withLock {
            guard let t = tables[id], t.key == key else { return nil }
            uploads[id]?.lastUsed = Date()
            uses += 1
            tables[id]?.used = uses
            return t.result
        }
    }

    func keep(_ result: ImportResult, for id: String, key: String) {
        lock.withLock {
            guard uploads[id] != nil else { return }
            uses += 1
            tables[id] = (key, result, uses)
            while tables.count > cachedTables, let oldest = tables.min(by: { $0.value.used < $1.value.used })?.key {
                tables[oldest] = nil
            }
        }
    }

    /// Deletes the uploads unused for longer than `lifetime`; returns how many.
    @discardableResult
    func sweep(now: Date = Date()) -> Int {
        let seconds = Double(lifetime.components.seconds) + Double(lifetime.components.attoseconds) / 1e18
        let old = lock.withLock { () -> [String] in
            let ids = uploads.values.filter { now.timeIntervalSince($0.lastUsed) > seconds }.map(\.id)
            for id in ids { forget(id) }
            return ids
        }
        for id in old { unlink(path(id)) }
        return old.count
    }

    /// Deletes every upload and the folder (at shutdown).
    func removeAll() {
        lock.withLock { uploads.removeAll(); tables.removeAll(); storedBytes = 0 }
        try? FileManager.default.removeItem(atPath: folder)
    }

    var count: Int { lock.withLock { uploads.count } }
    var cachedTableCount: Int { lock.withLock { tables.count } }

    private func path(_ id: String) -> String { folder + "/" + id }

    /// Drops an upload from the books (the caller holds the lock and unlinks the file).
    private func forget(_ id: String) {
        if let u = uploads.removeValue(forKey: id) { storedBytes -= u.size }
        tables[id] = nil
    }
}
