@testable import BriefingCairo
import BriefingLayout
import Testing

@Suite struct PNGTests {
    let renderer = SceneRenderer(library: TestFonts.library)

    @Test(arguments: [(1.0, nil, 480, 270, 2835), (2.0, nil, 960, 540, 5669), (1.0, 300.0, 480, 270, 11811)])
    func sizeAndDPI(scale: Double, dpi: Double?, width: Int, height: Int, pixelsPerMeter: Int) throws {
        let bytes = try renderer.png(Fixtures.chart(), scale: scale, dpi: dpi)
        let chunks = pngChunks(bytes)
        #expect(chunks.first?.0 == "IHDR")
        #expect(chunks.last?.0 == "IEND")
        let ihdr = try #require(chunks.first?.1)
        #expect(Int(bigEndian32(ihdr, 0)) == width)
        #expect(Int(bigEndian32(ihdr, 4)) == height)
        #expect(ihdr[8] == 8) // bit depth
        #expect(ihdr[9] == 2) // RGB: the white background makes every pixel opaque
        let phys = try #require(chunks.first { $0.0 == "pHYs" }?.1)
        #expect(Int(bigEndian32(phys, 0)) == pixelsPerMeter)
        #expect(Int(bigEndian32(phys, 4)) == pixelsPerMeter)
        #expect(phys[8] == 1) // metres
        #expect(!chunks.contains { $0.0 == "tIME" || $0.0 == "tEXt" })
    }

    /// One renderer (one font map) a thread, one shared FontLibrary: the
    /// bytes do not depend on which thread drew them.
    @Test func renderersOnSeveralThreadsAgree() async throws {
        let expected = try renderer.png(Fixtures.chart())
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<6 {
                group.addTask { try SceneRenderer(library: TestFonts.library).png(Fixtures.chart()) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 6)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func sameSceneGivesIdenticalBytes() throws {
        let a = try renderer.png(Fixtures.chart(), scale: 2)
        let b = try SceneRenderer(library: TestFonts.library).png(Fixtures.chart(), scale: 2)
        #expect(a == b)
    }

    /// Our encoder loses nothing: decoding with libpng (through cairo) gives
    /// back exactly the drawn pixels.
    @Test func opaqueImageRoundTripsExactly() throws {
        let scene = Fixtures.chart()
        let drawn = try renderer.pixels(scene)
        let decoded = try PNGDecoder.decode(renderer.png(scene))
        #expect(decoded.width == drawn.width && decoded.height == drawn.height)
        #expect(decoded.pixels == drawn.pixels)
    }

    /// Every encoder setting is lossless; the parallel parts join into one
    /// valid zlib stream (libpng checks the Adler-32 when it decodes).
    @Test(arguments: [PNGEncoder.fast, .fastSingleThread,
                      PNGEncoder(zlibLevel: 6, strategy: .default, filters: .all),
                      PNGEncoder(zlibLevel: 1, strategy: .rle, filters: .up),
                      PNGEncoder(zlibLevel: 1, strategy: .default, filters: .none, partRows: 1),
                      PNGEncoder(zlibLevel: 9, strategy: .default, filters: .none, partRows: 7),
                      PNGEncoder(zlibLevel: 1, strategy: .default, filters: .none, partRows: 10_000)])
    func everyEncoderIsLossless(encoder: PNGEncoder) throws {
        for background in [Color.white, nil] {
            let scene = Fixtures.chart(background: background)
            let r = SceneRenderer(library: TestFonts.library, pngEncoder: encoder)
            let drawn = try r.pixels(scene, scale: 2)
            let decoded = try PNGDecoder.decode(r.png(scene, scale: 2))
            if background != nil {
                #expect(decoded.pixels == drawn.pixels)
            } else {
                #expect(decoded.pixels.count == drawn.pixels.count)
                #expect(zip(decoded.pixels, drawn.pixels).allSatisfy { $0 >> 24 == $1 >> 24 })
            }
        }
    }

    @Test func parallelAndSingleThreadAgreeOnEverythingButTheCompressedBytes() throws {
        let a = pngChunks(try SceneRenderer(library: TestFonts.library, pngEncoder: .fast).png(Fixtures.chart()))
        let b = pngChunks(try SceneRenderer(library: TestFonts.library, pngEncoder: .fastSingleThread).png(Fixtures.chart()))
        #expect(a.filter { $0.0 != "IDAT" }.map(\.1) == b.filter { $0.0 != "IDAT" }.map(\.1))
        #expect(a.map(\.0).filter { $0 != "IDAT" } == ["IHDR", "pHYs", "IEND"])
    }

    /// Without a background the PNG has an alpha channel; un-premultiplying
    /// and premultiplying again may move a channel by at most one step.
    @Test func transparentImageRoundTripsWithinRounding() throws {
        let scene = Fixtures.chart(background: nil)
        let drawn = try renderer.pixels(scene)
        let bytes = try renderer.png(scene)
        #expect(pngChunks(bytes).first?.1[9] == 6) // RGBA
        let decoded = try PNGDecoder.decode(bytes)
        var worst: UInt32 = 0
        for (a, b) in zip(drawn.pixels, decoded.pixels) {
            #expect(a >> 24 == b >> 24)
            for shift: UInt32 in [0, 8, 16] {
                let x = (a >> shift) & 0xff, y = (b >> shift) & 0xff
                worst = max(worst, x > y ? x - y : y - x)
            }
        }
        #expect(worst <= 1)
        #expect(drawn.pixels.contains { $0 >> 24 == 0 } && drawn.pixels.contains { $0 >> 24 == 255 })
    }

    static let premultiplied: [(UInt32, [UInt8])] = [
        (0xff_ff_ff_ff, [255, 255, 255, 255]), (0x80_40_20_00, [128, 64, 0, 128]),
        (0x00_00_00_00, [0, 0, 0, 0]), (0x01_01_00_01, [255, 0, 255, 1]),
    ]

    @Test(arguments: premultiplied)
    func unpremultiply(pixel: UInt32, rgba: [UInt8]) {
        var out = [UInt8](repeating: 7, count: 4)
        [pixel].withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { PNGEncoder.convertRow(src.baseAddress!, $0.baseAddress!, 1) }
        }
        #expect(out == rgba)
    }

    @Test func drawsTheMarks() throws {
        let image = try renderer.pixels(Fixtures.chart())
        func at(_ x: Int, _ y: Int) -> UInt32 { image.pixels[y * image.width + x] & 0xffffff }
        #expect(at(90, 200) == 0x1d4e89)   // inside bar 1
        #expect(at(10, 10) == 0xffffff)    // background
        #expect(at(290, 200) == 0xffffff)  // inside the stroked-only bar 3
        #expect(at(260, 200) == 0x1d4e89)  // on its stroke
        #expect(at(400, 150) == 0xffffff)  // inside the white-filled marker
        #expect(at(160, 100) == 0xffffff)  // rounded corner of bar 2 is cut off
        #expect(at(165, 105) == 0x1d4e89)  // just inside it
    }

    @Test func groupClipCutsText() throws {
        let run = Fixtures.run("가나다라마바사", Fixtures.title, x: 0, y: 30, role: .title)
        let clipped = Scene(size: Size(200, 40), items: [.group(Group(offset: Point(10, 0), clip: Rect(x: 0, y: 0, width: 30, height: 40), items: [.text(run)]))])
        let image = try renderer.pixels(clipped)
        for y in 0..<image.height {
            for x in 41..<image.width {
                #expect(image.pixels[y * image.width + x] == 0xffff_ffff)
            }
        }
    }

    @Test(arguments: [0.0, -1, .nan, .infinity])
    func badScaleIsAnError(scale: Double) throws {
        let error = try #require(throws: RenderError.self) { try renderer.png(Fixtures.chart(), scale: scale) }
        guard case .invalidScale(let value) = error else { Issue.record("got \(error)"); return }
        #expect(value == scale || (value.isNaN && scale.isNaN))
    }
}
