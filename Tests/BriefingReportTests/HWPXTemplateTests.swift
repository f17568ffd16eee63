@testable import BriefingReport
import Testing

/// `document: formats:` says what the briefing is written as when the
/// command does not say; an unknown format fails at its place.
@Suite struct HWPXTemplateTests {
    static func template(_ formats: String) -> String {
        """
        locale: ko
        document:
          title: 보고
          \(formats)
          blocks:
            - text: "□ 개요"
        """
    }

    @Test func withoutFormatsTheBriefingIsPDFAndPNG() throws {
        let t = try TemplateReader.parse(Self.template(""), path: "t.yaml")
        #expect(t.document?.formats == [.pdf, .png])
        #expect(RenderRequest.defaultFormats(for: t) == ["pdf", "png", "svg"])
    }

    @Test func hwpxIsAskedForInTheTemplate() throws {
        let t = try TemplateReader.parse(Self.template("formats: [pdf, hwpx]"), path: "t.yaml")
        #expect(t.document?.formats == [.pdf, .hwpx])
        #expect(RenderRequest.defaultFormats(for: t) == ["pdf", "png", "svg", "hwpx"])
    }

    @Test func anUnknownFormatIsNamedWhereItIs() throws {
        #expect {
            try TemplateReader.parse(Self.template("formats: [pdf, docx]"), path: "t.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("t.yaml:4:") && text.contains("docx")
        }
    }
}
