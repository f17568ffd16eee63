/// Compares a presented secret with the real one in time that depends only
/// on their lengths, never on where they first differ, so a client cannot
/// learn the token a byte at a time by timing 401s.
enum ConstantTime {
    static func equal(_ presented: some Collection<UInt8>, _ secret: [UInt8]) -> Bool {
        var difference = UInt8(presented.count == secret.count ? 0 : 1)
        var i = 0
        for byte in presented {
            // Compare against the secret cyclically so a wrong length costs the same work.
            difference |= byte ^ (secret.isEmpty ? 0 : secret[i % secret.count])
            i += 1
        }
        return difference == 0 && !secret.isEmpty
    }
}
