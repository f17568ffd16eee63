import BriefingCore
import Testing

/// An upload's body as Chrome, Firefox and curl send it, and as a broken or hostile client might.
@Suite("Multipart form bodies")
struct MultipartFormTests {
    static func body(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aBrowsersUploadSplitsIntoItsFieldsAndFile() throws {
        let csv = "지역,실계약(만달러)\r\n미국,325\r\n"
        let b = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
        let form = try MultipartForm(body: Self.body("""
            --\(b)\r\nContent-Disposition: form-data; name="sheet"\r\n\r\n2024년\r\n\
            --\(b)\r\nContent-Disposition: form-data; name="file"; filename="실적 2024.csv"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n\
            --\(b)--\r\n
            """), contentType: "multipart/form-data; boundary=\(b)")
        #expect(form.parts.count == 2)
        #expect(form.first(named: "sheet")?.text == "2024년")
        let file = try #require(form.first(named: "file"))
        #expect(file.filename == "실적 2024.csv" && file.contentType == "text/csv")
        #expect(Array(file.body) == Array(csv.utf8), "the file's own CRLFs are kept; only the delimiter's is taken off")
    }

    @Test func aQuotedBoundaryAndAPreambleAndAFakepathAreRead() throws {
        let form = try MultipartForm(body: Self.body("""
            preamble\r\n--a; b\r\nContent-Disposition: form-data; name=file; filename="C:\\\\fakepath\\\\x.csv"\r\n\r\n1\r\n--a; b--
            """), contentType: #"Multipart/Form-Data; charset=utf-8; boundary="a; b""#)
        #expect(form.first(named: "file")?.filename == "x.csv")
        #expect(form.first(named: "file")?.text == "1")
    }

    @Test func anEmptyFileIsAPartWithNoBytes() throws {
        let form = try MultipartForm(body: Self.body("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n--B--\r\n"),
                                     contentType: "multipart/form-data; boundary=B")
        #expect(form.first(named: "file")?.body.isEmpty == true)
    }

    @Test(arguments: [
        ("text/plain", "x", "expected Content-Type multipart/form-data"),
        ("multipart/form-data", "x", "with a boundary"),
        ("multipart/form-data; boundary=" + String(repeating: "b", count: 71), "x", "1 to 70"),
        ("multipart/form-data; boundary=B", "", "never starts a line"),
        ("multipart/form-data; boundary=B", "x--B\r\n", "never starts a line"),
        ("multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nno end", "before the closing boundary"),
        ("multipart/form-data; boundary=B", "--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--", "without Content-Disposition"),
        ("multipart/form-data; boundary=B", "--B\r\nContent-Disposition: attachment; name=\"f\"\r\n\r\nx\r\n--B--", "without Content-Disposition"),
        ("multipart/form-data; boundary=B", "--B\r\nbroken header\r\n\r\nx\r\n--B--", "without a colon"),
        ("multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data; name=\"f\"\r\n", "blank line within 8 KiB"),
        ("multipart/form-data; boundary=B", "--Bxx", "a line break after the boundary"),
    ])
    func aMalformedBodyIsAnErrorThatSaysWhat(contentType: String, body: String, message: String) {
        #expect {
            _ = try MultipartForm(body: Self.body(body), contentType: contentType)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func headersPastEightKiBAreRefused() {
        let long = "--B\r\nContent-Disposition: form-data; name=\"f\"\r\nX: " + String(repeating: "a", count: 9000) + "\r\n\r\nx\r\n--B--"
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(body: Self.body(long), contentType: "multipart/form-data; boundary=B") }
    }

    @Test func moreThanSixtyFourPartsAreRefused() {
        let part = "--B\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n"
        let body = String(repeating: part, count: 65) + "--B--"
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(body: Self.body(body), contentType: "multipart/form-data; boundary=B") }
    }
}
