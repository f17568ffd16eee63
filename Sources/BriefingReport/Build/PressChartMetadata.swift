import BriefingCore
import BriefingLayout

extension DocumentMetadata {
    /// What a one-chart PDF (a press chart from `briefing chart -o x.pdf` or
    /// a template's `press:` exports) says about itself, as the briefing PDFs
    /// do: Title is the chart's title (what a reader's tab and a search show),
    /// Subject what it belongs to, Lang the locale of its words.
    ///
    /// ```swift
    /// .pressChart(title: "무역촉진단 실계약", subject: "2024 미국 광융합무역촉진단 성과 보고", locale: .ko)
    /// // Title 무역촉진단 실계약, Subject 2024 미국 …, Lang ko-KR, Creator briefing
    /// ```
    ///
    /// An empty title is left out rather than written as an empty string; a
    /// missing subject falls back to the title.
    public static func pressChart(title: String, subject: String?, locale: ReportLocale,
                                  creationDate: String? = nil) -> DocumentMetadata {
        let title = title.isEmpty ? nil : title
        let subject = subject.flatMap { $0.isEmpty ? nil : $0 } ?? title
        return DocumentMetadata(title: title, subject: subject, creator: "briefing", creationDate: creationDate,
                                language: locale.languageTag)
    }
}
