// swift-tools-version:6.1
import PackageDescription

// The pipeline, one target a stage group (see ../shared/design.md):
//   BriefingCore   — Model, Import, Analytics, Format, Output. Swift, glibc iconv, and zlib's raw
//                    inflate (CZlib) for the ZIP parts of a workbook.
//   BriefingLayout — charts and documents into a Scene of plain values.
//   BriefingHWPX   — the document spec as an HWPX (OWPML) package: paragraphs, tables, pictures.
//   BriefingCairo  — the only target that touches C libraries: cairo, pango, fontconfig, libpng.
//   BriefingReport — templates (YAML) and unattended runs, tying the stages together.
//   BriefingBench  — timings behind the CLI's hidden bench-* commands and scripts/bench-*; no
//                    library target depends on it, so no benchmark code ships inside one.
//   BriefingServer — `briefing serve`: HTTP (Hummingbird 2), the pages (Assets/, compiled in), uploads,
//                    tokens; a front end like the CLI that calls the same pipeline.
//   briefing       — the command-line tool.
let package = Package(
    name: "briefing",
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The HTTP server of `briefing serve`: SwiftNIO underneath, maintained, and the one env lists that is
        // not a whole web stack (Vapor). No traits: swift-configuration and the extra Foundation glue are unused.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        // zlib: already linked for PNG; a workbook's parts are raw DEFLATE streams.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "BriefingCore", dependencies: ["CZlib"]),
        .target(name: "BriefingLayout", dependencies: ["BriefingCore"]),
        // The briefing as an editable 한글 (HWPX) document: a second consumer of the document spec.
        .target(name: "BriefingHWPX", dependencies: ["BriefingCore", "BriefingLayout"]),

        // System libraries, installed by scripts/install-system-packages.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        // zlib's default level for this process (3, not 6): cairo gives no way to set the one it deflates PDFs with.
        .target(name: "CZlibDefaultLevel", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "BriefingCairo", dependencies: ["BriefingCore", "BriefingLayout", "CCairo", "CPangoCairo", "CPNG",
                                                      "CZlibDefaultLevel"]),

        .target(name: "BriefingReport", dependencies: [
            "BriefingCore", "BriefingLayout", "BriefingCairo", "BriefingHWPX",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "BriefingBench", dependencies: ["BriefingLayout", "BriefingCairo", "CCairo"]),
        .target(name: "BriefingServer", dependencies: [
            "BriefingCore", "BriefingLayout", "BriefingCairo", "BriefingReport",
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
        ], resources: [.embedInCode("Assets")]),
        .executableTarget(name: "briefing", dependencies: [
            "BriefingCore", "BriefingLayout", "BriefingCairo", "BriefingReport", "BriefingBench", "BriefingServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Test helpers more than one suite uses (the kill-test harness).
        .target(name: "BriefingTestSupport", dependencies: ["BriefingCore"], path: "Tests/Support"),
        .testTarget(name: "BriefingCoreTests", dependencies: ["BriefingCore", "BriefingTestSupport"]),
        .testTarget(name: "BriefingLayoutTests", dependencies: ["BriefingCore", "BriefingLayout"]),
        // BriefingBench for its sample bar chart, which LookTests renders for a person to look at.
        .testTarget(name: "BriefingCairoTests", dependencies: [
            "BriefingCore", "BriefingLayout", "BriefingCairo", "BriefingBench", "CZlib", "CZlibDefaultLevel",
        ]),
        .testTarget(name: "BriefingReportTests", dependencies: [
            "BriefingCore", "BriefingLayout", "BriefingCairo", "BriefingReport", "BriefingTestSupport",
        ]),
        .testTarget(name: "BriefingServerTests", dependencies: [
            "BriefingCore", "BriefingServer", .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        // Runs the built `briefing` binary on fixture files: exit codes, stderr, files written.
        .testTarget(name: "EndToEndTests", dependencies: ["briefing", "BriefingLayout", "BriefingTestSupport"]),
    ]
)

// libFuzzer harnesses (Fuzz/), one executable a parser. They exist only when
// BRIEFING_FUZZ=1, which scripts/fuzz sets for its own scratch path
// (.build-fuzz): their entry point is `LLVMFuzzerTestOneInput` and `main`
// comes from libFuzzer (`-sanitize=fuzzer`), so without that flag they
// could not link, and a plain `swift build` or `swift test` must not build them.
if Context.environment["BRIEFING_FUZZ"] == "1" {
    let harnesses: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzCSV", ["BriefingCore"]),
        ("FuzzWorkbook", ["BriefingCore", "BriefingTestSupport"]),
        ("FuzzCell", ["BriefingCore"]),
        ("FuzzTemplate", ["BriefingReport"]),
        ("FuzzMeasure", ["BriefingReport"]),
        ("FuzzPlaceholder", ["BriefingReport"]),
        ("FuzzMultipart", ["BriefingCore"]),
    ]
    for h in harnesses {
        package.products.append(.executable(name: h.name, targets: [h.name]))
        package.targets.append(.executableTarget(name: h.name, dependencies: h.dependencies, path: "Fuzz/\(h.name)"))
    }
}
