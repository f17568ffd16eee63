import ArgumentParser
import BriefingCore
import BriefingReport
import Foundation

/// Options every template command shares.
struct TemplateOptions: ParsableArguments {
    @Argument(help: "The report template (YAML), e.g. templates/usa-2024/briefing.yaml.")
    var template: String

    @Option(name: .customLong("data"), help: ArgumentHelp("Read an input from another file: NAME=FILE (repeatable).", valueName: "name=file"))
    var data: [String] = []

    func overrides() throws -> [String: String] {
        var out: [String: String] = [:]
        for d in data {
            guard let eq = d.firstIndex(of: "="), eq != d.startIndex, d.index(after: eq) != d.endIndex else {
                throw ValidationError("--data takes NAME=FILE, found '\(d)'")
            }
            out[String(d[..<eq])] = String(d[d.index(after: eq)...])
        }
        return out
    }
}

/// Prints problems the way compilers do and exits with status 1 (data or
/// template error), never a stack trace.
enum Failure {
    static func report(_ error: any Error) -> ExitCode {
        switch error {
        case let e as DiagnosticList:
            FileHandle.standardError.write(Data((e.description + "\n").utf8))
            let n = e.diagnostics.count + e.omitted
            FileHandle.standardError.write(Data("briefing: \(n) problem\(n == 1 ? "" : "s"); nothing was written\n".utf8))
        case let e as TemplateError:
            FileHandle.standardError.write(Data((e.description + "\n").utf8))
        case let e as ExitCode:
            return e
        default:
            FileHandle.standardError.write(Data("briefing: \(error)\n".utf8))
        }
        return ExitCode(1)
    }
}

extension ReportLocale: ExpressibleByArgument {}
