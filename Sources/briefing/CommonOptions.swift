import ArgumentParser
import BriefingCore
import BriefingReport
import Foundation

/// Options every template command shares.
struct TemplateOptions: ParsableArguments {
    @Argument(help: "The report template (YAML), e.g. templates/usa-2024/briefing.yaml.")
    var template: String

    @Option(name: .customLong("data"),
            help: ArgumentHelp("Read an input from another file: NAME=FILE (repeatable).", valueName: "name=file"))
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

/// Prints problems the way compilers do and exits with the status `run`
/// uses (RunExitCode): 4 when an output could not be written, 1 (data or
/// template error) for the rest; never a stack trace.
enum Failure {
    static func report(_ error: any Error) -> ExitCode {
        switch error {
        case let e as AtomicFileError:
            FileHandle.standardError.write(Data("briefing: \(e)\n".utf8))
            return ExitCode(RunExitCode.outputIO.rawValue)
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

/// `--period` for commands other than `run`, so a monthly template (one
/// whose measures say `@period`, `@ytd` …) can be checked and explained:
/// `briefing explain monthly.yaml contracts --period 2024-03`.
struct PeriodOptions: ParsableArguments {
    @Option(help: "The report month for @period, @ytd …: 2024-03, 2024년 3월, last-month (monthly templates).")
    var period: String?

    @Option(help: "Fix today's date (YYYY-MM-DD, Asia/Seoul) for --period last-month.")
    var today: String?

    /// The months the measures compare, or nil when no --period was given.
    func context() throws -> PeriodContext? {
        guard let period else { return nil }
        do {
            return PeriodContext(try ReportPeriod.resolve(period: period, today: today, epochSeconds: Int64(time(nil))))
        } catch {
            throw ValidationError(error.description)
        }
    }
}
