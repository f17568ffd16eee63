import Foundation
import ServiceLifecycle

/// Deletes uploads left unused for their lifetime, once a minute (or sooner
/// for a short lifetime), until the server shuts down: a graceful shutdown
/// (SIGTERM) cancels its sleep at once instead of waiting out the minute.
struct UploadSweeper: Service {
    let uploads: UploadStore

    func run() async throws {
        let every = min(Duration.seconds(60), uploads.lifetime / 2)
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: every)
                uploads.sweep()
            }
        }
    }
}
