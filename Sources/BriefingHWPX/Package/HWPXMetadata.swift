/// What `Contents/content.hpf` says about the briefing: 한글 shows it in
/// 문서 정보 and a document system indexes it. No clock: the date is the
/// briefing's own (`2024. 4. 7.(일)`), so a re-run writes the same bytes.
public struct HWPXMetadata: Sendable, Hashable {
    public var title: String
    public var date: String
    /// 부서, written as the document's creator.
    public var department: String
    /// BCP 47: `ko`, `en`.
    public var language: String

    public init(title: String, date: String, department: String, language: String) {
        self.title = title; self.date = date; self.department = department; self.language = language
    }
}
