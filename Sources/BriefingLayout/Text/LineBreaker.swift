/// Breaks text into lines that fit a width, the way Korean typesetting wants:
/// between words (어절, separated by spaces), as CSS `word-break: keep-all`
/// does, and inside a word only when that word alone is wider than the line.
/// A number such as `1,000만` is a word and is never split unless it must be.
///
/// ```swift
/// LineBreaker(measurer: m).lines("광융합 기업 수출 계약 1,000만 달러 달성", font: f, width: 120)
/// // ["광융합 기업 수출", "계약 1,000만 달러", "달성"]  (for a narrow width)
/// ```
///
/// Explicit newlines always break.
public struct LineBreaker<M: TextMeasurer> {
    public let measurer: M

    public init(measurer: M) { self.measurer = measurer }

    public func lines(_ text: String, font: FontSpec, width: Double) -> [String] {
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(contentsOf: breakParagraph(String(paragraph), font: font, width: width))
        }
        return result
    }

    private func breakParagraph(_ text: String, font: FontSpec, width: Double) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if words.isEmpty { return [""] }
        var lines: [String] = []
        var current = ""
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if measurer.measure(candidate, font: font).width <= width {
                current = candidate
                continue
            }
            if !current.isEmpty {
                lines.append(current)
                current = ""
            }
            if measurer.measure(word, font: font).width <= width {
                current = word
            } else {
                // The word alone is wider than the line: break it between characters.
                var piece = ""
                for ch in word {
                    let next = piece + String(ch)
                    if !piece.isEmpty && measurer.measure(next, font: font).width > width {
                        lines.append(piece)
                        piece = String(ch)
                    } else {
                        piece = next
                    }
                }
                current = piece
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
