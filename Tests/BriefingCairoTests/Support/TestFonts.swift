import BriefingCairo

/// The font library every test in this target measures and draws with, made
/// once for the test process as the CLI makes one for each command: the
/// library is passed in, never found through a global, so a test that wants
/// other fonts (no fallback, say) builds its own `FontLibrary` and passes that.
enum TestFonts {
    static let library = FontLibrary.makeStandard()
}
