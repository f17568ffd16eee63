import Foundation
import ServiceLifecycle

/// Deletes uploads left unused for their lifetime, once a minute (or sooner
/// for a short lifetime), until the server shuts down.
struct UploadSweeper: Service {
    let uploads: UploadStore

    func run() async throws {
        let every = min(Duration.seconds(60), uploads.lifetime / 2)
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: every)
            uploads.sweep()
        }
    }
}
