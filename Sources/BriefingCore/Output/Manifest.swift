import Foundation

/// What one run read and wrote, saved next to the outputs as pretty JSON with
/// sorted keys, so two manifests of the same run differ only where the runs
/// did (`diff` shows it) and a later run can say which outputs changed.
///
/// ```json
/// {
///   "finished" : "2024-04-01T07:00:03+09:00",
///   "inputs" : [ { "path" : "data/missions.csv", "sha256" : "9f86…", "size" : 1234 } ],
///   "outputs" : [ { "change" : "unchanged", "contentSha256" : "…", "path" : "briefing.pdf", "sha256" : "…", "size" : 81234 } ],
///   "period" : "2024-03",
///   "started" : "2024-04-01T07:00:01+09:00",
///   "template" : "/srv/briefing/templates/monthly.yaml",
///   "toolVersion" : "0.1.0"
/// }
/// ```
public struct Manifest: Sendable, Hashable, Codable {
    public var template: String
    public var period: String
    public var toolVersion: String
    public var started: String
    public var finished: String
    public var inputs: [ManifestFile]
    public var outputs: [ManifestFile]
    /// `run --each` only: every sheet written, by value, with its files (each also in `outputs`).
    public var sheets: [ManifestSheet]?
    /// `run --each` only: the values whose sheet failed, with their problems.
    public var failures: [ManifestFailure]?

    public init(template: String, period: String, toolVersion: String, started: String, finished: String,
                inputs: [ManifestFile], outputs: [ManifestFile], sheets: [ManifestSheet]? = nil,
                failures: [ManifestFailure]? = nil) {
        self.template = template
        self.period = period
        self.toolVersion = toolVersion
        self.started = started
        self.finished = finished
        self.inputs = inputs
        self.outputs = outputs
        self.sheets = sheets
        self.failures = failures
    }

    /// Pretty JSON, keys sorted, slashes unescaped, ending in a newline.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    public static func decode(_ bytes: [UInt8]) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(bytes))
    }
}

/// One sheet of a `run --each`: `{"files": ["monthly-가나광학.pdf"], "value": "가나광학"}`.
public struct ManifestSheet: Sendable, Hashable, Codable {
    public var value: String
    /// Relative to the period folder, as in `outputs`.
    public var files: [String]

    public init(value: String, files: [String]) {
        self.value = value
        self.files = files
    }
}

/// A value of a `run --each` whose sheet was not made, with every problem as the command printed it.
public struct ManifestFailure: Sendable, Hashable, Codable {
    public var value: String
    public var problems: [String]

    public init(value: String, problems: [String]) {
        self.value = value
        self.problems = problems
    }
}

/// One file a run read or wrote.
public struct ManifestFile: Sendable, Hashable, Codable {
    /// Inputs: as the template names them. Outputs: relative to the period folder.
    public var path: String
    public var size: Int
    /// Of the exact bytes.
    public var sha256: String
    /// Of the bytes with volatile parts blanked (a PDF's `/CreationDate` and
    /// `/ModDate`); absent when the file has none, i.e. equal to `sha256`.
    public var contentSha256: String?
    /// Outputs only: compared with the previous manifest of the same period.
    public var change: OutputChange?

    public init(path: String, size: Int, sha256: String, contentSha256: String? = nil, change: OutputChange? = nil) {
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.contentSha256 = contentSha256
        self.change = change
    }

    /// Describes `bytes` found at `path`; PDFs also get a content hash.
    public static func describing(_ bytes: [UInt8], path: String) -> ManifestFile {
        let exact = SHA256.hex(bytes)
        var content: String?
        if path.lowercased().hasSuffix(".pdf") {
            let blanked = PDFTimestamps.blanked(bytes)
            if blanked != bytes { content = SHA256.hex(blanked) }
        }
        return ManifestFile(path: path, size: bytes.count, sha256: exact, contentSha256: content)
    }

    /// The hash that decides "unchanged": the content hash when there is one.
    public var comparableHash: String { contentSha256 ?? sha256 }
}

/// How an output compares with the one the previous run of the same period wrote.
public enum OutputChange: String, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The previous manifest has no such file (or there is no previous manifest).
    case new
    /// Byte for byte the same.
    case unchanged
    /// Differs only in blanked timestamps (a PDF's CreationDate/ModDate).
    case unchangedExceptTimestamps = "unchanged-except-timestamps"
    case changed

    public var description: String { rawValue }

    /// Compares a new output with its previous manifest entry.
    public static func comparing(_ new: ManifestFile, with old: ManifestFile?) -> OutputChange {
        guard let old else { return .new }
        if old.sha256 == new.sha256 { return .unchanged }
        if old.comparableHash == new.comparableHash { return .unchangedExceptTimestamps }
        return .changed
    }
}
