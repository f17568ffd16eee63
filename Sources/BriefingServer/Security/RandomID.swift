/// 128 bits from the system's CSPRNG (`SystemRandomNumberGenerator`:
/// getrandom(2) on Linux), as 32 lowercase hex digits: an upload's id and a
/// session's cookie, never guessable.
enum RandomID {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let words: [UInt64] = [generator.next(), generator.next()]
        return words.map { w in
            let hex = String(w, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Whether `text` has the shape of an id (so it can name a file without escaping).
    static func isWellFormed(_ text: some StringProtocol) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
