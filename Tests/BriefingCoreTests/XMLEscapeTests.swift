import Testing
@testable import BriefingCore

/// One XML escaper for the SVG and the HWPX: entities, and no character XML 1.0 cannot hold.
@Suite struct XMLEscapeTests {
    @Test func entitiesAndControls() {
        #expect(XMLEscape.text("A & B <주> \"x\" 'y'") == "A &amp; B &lt;주&gt; &quot;x&quot; 'y'")
        #expect(XMLEscape.text("1행\u{1}\t2행\u{FFFF}\n") == "1행\t2행\n")
    }
}
