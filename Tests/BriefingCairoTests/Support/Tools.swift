import Foundation
import Testing

/// Runs a checker (`qpdf`, `pdffonts`, …) on a file and returns its output.
struct ToolResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

func runTool(_ tool: String, _ arguments: [String]) throws -> ToolResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ToolResult(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
}

/// A fresh folder for one test's files.
func temporaryFolder(_ name: String = #function) throws -> String {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let path = NSTemporaryDirectory() + "briefing-cairo-tests-\(safe)-\(getpid())"
    try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The chunks of a PNG: (type, data), after checking the signature.
func pngChunks(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> [(String, [UInt8])] {
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature", sourceLocation: sourceLocation)
    var chunks: [(String, [UInt8])] = []
    var i = 8
    while i + 12 <= bytes.count {
        let length = Int(bigEndian32(bytes, i))
        let type = String(decoding: bytes[(i + 4)..<(i + 8)], as: UTF8.self)
        guard i + 12 + length <= bytes.count else { break }
        chunks.append((type, Array(bytes[(i + 8)..<(i + 8 + length)])))
        i += 12 + length
    }
    return chunks
}

func bigEndian32(_ b: [UInt8], _ i: Int) -> UInt32 {
    UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
}
