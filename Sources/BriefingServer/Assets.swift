/// The pages, compiled into the binary (SwiftPM's embedInCode): nothing is read from disk or the network.
enum Assets {
    static let probe: [UInt8] = PackageResources.index_html
}
