import BriefingCore
import Foundation

/// Reads a template's inputs: resolves each path (relative to the template,
/// or as given on the command line with `--data NAME=FILE`), imports it,
/// applies the template's renames and checks its expected columns.
public struct InputLoader {
    /// Reads a file's bytes. `briefing run` passes one that records each input
    /// for the manifest; `render` reads the file directly.
    public typealias Reader = (String) throws -> [UInt8]

    public let template: Template
    public var overrides: [String: String]

    public init(template: Template, overrides: [String: String] = [:]) {
        self.template = template
        self.overrides = overrides
    }

    /// The path an input is read from.
    public func path(of input: InputSpec) -> String {
        if let o = overrides[input.name] { return o }
        if input.file.hasPrefix("/") { return input.file }
        return template.directory == "." ? input.file : LocalPath(template.directory).appending(input.file).text
    }

    /// `--data` names that match no input are errors (a typo would otherwise
    /// render last month's file without a word).
    public func checkOverrides() throws {
        for name in overrides.keys.sorted() where !template.inputs.contains(where: { $0.name == name }) {
            let inputs = template.inputs.map(\.name).joined(separator: ", ")
            throw TemplateError("--data \(name)=…: the template has no input '\(name)' (inputs: \(inputs))", at: nil)
        }
    }

    /// Imports every input; collects every problem before failing.
    public func load(read: Reader = LocalFile.read) throws -> [String: ImportResult] {
        try checkOverrides()
        var results: [String: ImportResult] = [:]
        var problems: [Diagnostic] = []
        for input in template.inputs {
            let p = path(of: input)
            do {
                let bytes: [UInt8]
                do { bytes = try read(p) } catch {
                    throw input.source.error("input '\(input.name)': cannot read \(p): \(error)")
                }
                var options = ImportOptions()
                if let e = input.encoding {
                    guard let enc = TextEncoding(name: e) else {
                        throw input.source.error("input '\(input.name)': unknown encoding '\(e)' (utf-8, cp949)")
                    }
                    options.encoding = enc
                }
                options.headerRows = input.headerRows
                options.headerRow = input.headerRow
                options.range = input.range
                options.errorCellsMissing = input.errorCellsMissing
                var result = try TableFile.read(bytes: bytes, name: p, sheet: input.sheet, options: options)
                try rename(&result, input)
                // A number column made text by a bad cell: report the cell, not the measures.
                // (A workbook's cells are typed by their own formats; the CSV re-scan does not apply.)
                if !TableFile.isWorkbook(bytes, name: p) {
                    let broken = BrokenCells.diagnostics(result, bytes: bytes, options: options,
                                                         numeric: BrokenCells.numericColumns(of: template, input: input.name))
                    problems.append(contentsOf: broken)
                }
                results[input.name] = result
            } catch let e as DiagnosticList {
                problems.append(contentsOf: e.diagnostics)
            } catch let e as TemplateError {
                problems.append(e.diagnostic)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return results
    }

    func rename(_ result: inout ImportResult, _ input: InputSpec) throws {
        var columns = result.table.columns
        for i in columns.indices {
            // `rename: {지역별: 지역}` may name a KOSIS column by its alias too.
            let alias = result.table.alias(of: result.table.columns[i])
            if let to = input.renames[columns[i].name] ?? alias.flatMap({ input.renames[$0] }) {
                columns[i].name = to
                columns[i].alias = nil
            }
        }
        var seen: Set<String> = []
        for c in columns where !seen.insert(c.name).inserted {
            throw input.source.error("input '\(input.name)': after renaming, two columns are called '\(c.name)' in \(path(of: input))")
        }
        var renamed = Table(source: result.table.source, columns: columns, rowLines: result.table.rowLines)
        (renamed.sheet, renamed.sheetColumn) = (result.table.sheet, result.table.sheetColumn)
        let missing = input.expect.filter { renamed.column(named: $0) == nil }
        if !missing.isEmpty {
            let absent = missing.map { "'\($0)'" }.joined(separator: ", ")
            let present = columns.map(\.name).joined(separator: ", ")
            throw input.source.error("input '\(input.name)': \(path(of: input)) has no column \(absent) (columns: \(present))")
        }
        result.table = renamed
    }
}

public enum LocalFile {
    /// Why a data file could not be read, in words a user acts on (not
    /// Foundation's `Error Domain=NSCocoaErrorDomain Code=260 …`).
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        case noSuchFile, isAFolder, notReadable
        public var description: String {
            switch self {
            case .noSuchFile: "no such file"
            case .isAFolder: "it is a folder, not a file"
            case .notReadable: "permission denied or unreadable"
            }
        }
    }

    public static func read(_ path: String) throws -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw ReadError.noSuchFile }
        if isFolder.boolValue { throw ReadError.isAFolder }
        guard let d = FileManager.default.contents(atPath: path) else { throw ReadError.notReadable }
        return [UInt8](d)
    }
}
