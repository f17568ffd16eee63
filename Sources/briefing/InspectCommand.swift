import ArgumentParser
import BriefingCore
import Foundation

/// `briefing inspect FILE`: what the importer made of a CSV file — encoding,
/// delimiter, line ending, rows, and each column's name, unit, type, missing
/// count and range — or, with `--json`, all of that plus every typed row.
/// A workbook (known by its bytes, not its name) first lists its sheets, then
/// shows the first visible sheet, or the one `--sheet` names.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Shows how a CSV file or an .xlsx workbook is read: columns, units, types, missing cells.",
        discussion: """
        Problems are printed as FILE:LINE:COLUMN: found …, expected …, with the line \
        and a caret, and the exit status is 1.

        Examples:
          briefing inspect templates/usa-2024/data/missions.csv
          briefing inspect exports/2025.csv --encoding cp949 --json
          briefing inspect 실적.xlsx --sheet 2024년
        """
    )

    @Argument(help: "The CSV file or .xlsx workbook.")
    var file: String

    @OptionGroup var table: TableOptions

    @Option(help: "utf-8 or cp949 (euc-kr). Detected when not given.")
    var encoding: String?

    @Option(help: "comma, tab, semicolon, or the character itself. Detected when not given.")
    var delimiter: String?

    @Option(name: .customLong("header-rows"), help: "1, or 2 for a KOSIS period-over-item header. Detected when not given.")
    var headerRows: Int?

    @Flag(help: "Pad rows that are short of fields with missing cells instead of failing.")
    var ragged = false

    @Flag(help: "Print JSON with every row.")
    var json = false

    func validate() throws {
        if let encoding, TextEncoding(name: encoding) == nil {
            throw ValidationError("--encoding: found \"\(encoding)\", expected utf-8, cp949 or euc-kr")
        }
        if let delimiter, Self.delimiterByte(delimiter) == nil {
            throw ValidationError("--delimiter: found \"\(delimiter)\", expected comma, tab, semicolon or one ASCII character")
        }
        if let headerRows, headerRows != 1 && headerRows != 2 {
            throw ValidationError("--header-rows: found \(headerRows), expected 1 or 2")
        }
    }

    static func delimiterByte(_ text: String) -> UInt8? {
        switch text.lowercased() {
        case "comma", ",": return 0x2C
        case "tab", "\\t", "\t": return 0x09
        case "semicolon", ";": return 0x3B
        case "pipe", "|": return 0x7C
        default: return nil
        }
    }

    func run() throws {
        let options = ImportOptions(encoding: encoding.flatMap(TextEncoding.init(name:)),
                                    delimiter: delimiter.flatMap(Self.delimiterByte),
                                    headerRows: headerRows, allowRagged: ragged)
        let result: ImportResult
        var sheets: [SheetOverview] = []
        do throws(DiagnosticList) {
            let options = try table.apply(to: options, file: file)
            if Workbook.looksLikeWorkbook(path: file) {
                let book = try Workbook(path: file)
                result = try WorkbookImporter.read(book: book, sheet: book.sheet(table.sheet), options: options)
                sheets = try book.overview(known: result.sheetOverview)
            } else {
                result = try CSVImporter.read(path: file, options: options)
            }
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
        let out = FileHandle.standardOutput
        if json {
            InspectionReport.writeJSON(result) { out.write(Data($0.utf8)) }
        } else {
            if !sheets.isEmpty { out.write(Data((Workbook.overviewText(sheets) + "\n").utf8)) }
            out.write(Data(InspectionReport.text(result).utf8))
        }
    }
}
