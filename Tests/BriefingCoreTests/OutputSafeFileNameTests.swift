import BriefingCore
import Testing

@Suite("Safe file names for --each sheets")
struct OutputSafeFileNameTests {
    /// Names any file system takes are kept exactly: Hangul, Hanja, accents, `(주)`.
    @Test(arguments: ["가나광학", "北區 상사", "Société Générale", "(주)광주포토닉스", "Ærø Øst-Ñandú", "2024"])
    func keptAsWritten(value: String) {
        let name = SafeFileName(value)
        #expect(name.text == value)
        #expect(!name.isHashed)
    }

    /// A changed name carries the first 8 hex digits of the value's SHA-256.
    @Test(arguments: [
        ("북구/남구", "북구_남구-421b67a2"),
        ("A:B", "A_B-5a33e15d"),
        ("CON", "_CON-a3dbc4b6"),
        ("nul.txt", "_nul.txt-7f3cbdd5"),
        (".hidden. ", "hidden-71e2d437"),
    ])
    func changedNamesCarryTheHash(value: String, expected: String) {
        #expect(SafeFileName(value).text == expected)
    }

    @Test func everyForbiddenCharacterIsReplaced() {
        let text = SafeFileName("a/b\\c:d*e?f\"g<h>i|j\u{0}k\u{7}l\nm\u{7F}n\u{85}o").text
        #expect(text.hasPrefix("a_b_c_d_e_f_g_h_i_j_k_l_m_n_o-"))
        #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !"/\\:*?\"<>|".unicodeScalars.contains($0) })
    }

    @Test(arguments: ["COM1", "lpt9", "Aux", "PRN.pdf", "CON "])
    func windowsDeviceNamesAreNotKept(value: String) {
        #expect(SafeFileName(value).text.hasPrefix("_"))
    }

    @Test(arguments: ["COM0", "COM10", "CONSOLE", "LPT"])
    func namesThatOnlyLookLikeDevicesAreKept(value: String) {
        #expect(SafeFileName(value).text == value)
    }

    /// 100 Hangul syllables are 300 bytes: cut to 191 bytes on a syllable
    /// boundary (63 syllables, 189 bytes), then `-` and the hash: 198 bytes.
    @Test func longNamesAreCutOnACharacterBoundary() {
        let value = String(repeating: "광", count: 100)
        let name = SafeFileName(value)
        #expect(name.text.utf8.count == 198)
        #expect(name.text.hasPrefix(String(repeating: "광", count: 63) + "-"))
        #expect(name.isHashed)
    }

    @Test func aNameOfExactlyTheLimitIsKept() {
        let value = String(repeating: "a", count: SafeFileName.maximumBytes)
        #expect(SafeFileName(value).text == value)
        #expect(SafeFileName(value + "b").text.utf8.count == SafeFileName.maximumBytes)
    }

    /// A cut never splits a character made of several scalars (an accent written apart).
    @Test func cutsKeepCombiningMarksWithTheirLetter() {
        let value = String(repeating: "e\u{301}", count: 100)   // 3 bytes a character
        let text = SafeFileName(value).text
        #expect(text.hasPrefix(String(repeating: "e\u{301}", count: 63) + "-"))
    }

    @Test func valuesThatCleanToOneNameAreToldApart() {
        let names = SafeFileName.names(for: ["A/B", "A:B", "A_B"]).map(\.text)
        #expect(names == ["A_B-998d3ed8", "A_B-5a33e15d", "A_B"])
    }

    /// `ACME` and `Acme` would be one file on macOS and Windows: both get their hash.
    @Test func namesEqualButForCaseAreToldApart() {
        let names = SafeFileName.names(for: ["ACME", "Acme", "가나광학"]).map(\.text)
        #expect(names == ["ACME-a8308e8e", "Acme-37036cd8", "가나광학"])
    }

    /// A value written exactly like another's hashed name is told apart too.
    @Test func aValueLikeAHashedNameIsToldApart() {
        let names = SafeFileName.names(for: ["A/B", "A_B-998d3ed8"]).map(\.text)
        #expect(names[0] == "A_B-998d3ed8")
        #expect(names[1].hasPrefix("A_B-998d3ed8-"))
        #expect(Set(names).count == 2)
    }

    @Test func anEmptyNameIsTheHashAlone() {
        #expect(SafeFileName("...").text == "_" + String(SHA256.hex(Array("...".utf8)).prefix(8)))
        #expect(SafeFileName("").text.hasPrefix("_"))
    }
}
