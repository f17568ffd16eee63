/// A multi-page document: pages as Scenes, plus what a PDF carries besides
/// its pages (metadata, outline).
public struct Document: Sendable, Hashable {
    public var pages: [Scene]
    public var metadata: DocumentMetadata
    public var outline: [OutlineEntry]

    public init(pages: [Scene], metadata: DocumentMetadata = DocumentMetadata(), outline: [OutlineEntry] = []) {
        self.pages = pages; self.metadata = metadata; self.outline = outline
    }
}

public struct DocumentMetadata: Sendable, Hashable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    /// ISO 8601 with offset, e.g. `2024-04-07T09:00:00+09:00`; passed in by the
    /// CLI (library code never reads the clock).
    public var creationDate: String?
    /// BCP 47 language, e.g. `ko-KR`.
    public var language: String?

    public init(title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
                creator: String? = nil, creationDate: String? = nil, language: String? = nil) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.creationDate = creationDate; self.language = language
    }
}

/// A bookmark: a heading on a page, at a height (points from the page top).
public struct OutlineEntry: Sendable, Hashable {
    public var title: String
    public var level: Int
    /// 0-based page index.
    public var page: Int
    public var y: Double

    public init(title: String, level: Int, page: Int, y: Double) {
        self.title = title; self.level = level; self.page = page; self.y = y
    }
}
