import Synchronization

/// A table's rows by text, one index a column, built the first time a filter
/// asks (`where 기업명 = @each`): a batch of 1,000 sheets then finds each
/// company's rows by a lookup instead of reading every cell of every row
/// for every measure. Keys are texts as `RowFilter` compares them (outer
/// spaces trimmed); rows ascend, so filtering through the index keeps table order.
final class TextIndex: Sendable {
    private let byColumn = Mutex<[String: [String: [Int]]]>([:])

    /// The rows of `column` whose text is `text` (trimmed as filters trim it).
    func rows(_ text: String, in column: Column) -> [Int] {
        let key = String(text.trimmedForMatching)
        if let index = byColumn.withLock({ $0[column.name] }) { return index[key] ?? [] }
        var index: [String: [Int]] = [:]
        for row in 0..<column.count {
            if case .text(let t) = column[row] { index[String(t.trimmedForMatching), default: []].append(row) }
        }
        byColumn.withLock { $0[column.name] = index }
        return index[key] ?? []
    }
}
