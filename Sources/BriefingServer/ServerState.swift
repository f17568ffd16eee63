import BriefingCore
import Foundation

/// What every route shares: the options, the uploads, the render threads, the sessions.
final class ServerState: Sendable {
    let options: ServerOptions
    let uploads: UploadStore
    let threads: RenderThreads
    let sessions = Sessions()
    /// Wrong tokens of the last minute, shared by the bearer check, the cookie check and `/login`.
    let failures = FailedAttempts()
    let templates: TemplateCatalog

    init(options: ServerOptions) throws {
        self.options = options
        // Uploads share 1 GiB of disk, or ten of the largest allowed if that is more.
        uploads = try UploadStore(lifetime: options.uploadLifetime, capacity: max(1 << 30, 10 * options.maxUpload))
        threads = RenderThreads(count: options.jobs)
        templates = TemplateCatalog(root: options.templates)
    }

    /// The table of an upload read as `choice` says, from the cache when it was read so before.
    /// Runs on a render thread (importing is CPU work).
    func table(_ upload: UploadStore.Upload, bytes: [UInt8]? = nil, choice: TablePlacement) throws -> ImportResult {
        if let cached = uploads.table(upload.id, key: choice.key) { return cached }
        guard let bytes = bytes ?? uploads.load(upload.id)?.1 else { throw APIError.notFound("no upload \(upload.id)") }
        let options: ImportOptions
        do {
            options = try choice.apply(to: ImportOptions(), isWorkbook: TableFile.isWorkbook(bytes, name: upload.name))
        } catch {
            throw APIError(.unprocessableContent, error.description)
        }
        let result = try TableFile.read(bytes: bytes, name: upload.name, sheet: choice.sheet, options: options)
        uploads.keep(result, for: upload.id, key: choice.key)
        return result
    }
}
