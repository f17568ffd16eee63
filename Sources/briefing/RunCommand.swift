import ArgumentParser
import BriefingCairo
import BriefingCore
import BriefingReport
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Render a monthly report for one period, safely and unattended.",
        discussion: """
        Writes into a folder per period (output/2024-03/): every file is rendered
        in memory, staged under a temporary name and renamed only when all
        succeeded, then a manifest (inputs and outputs with sha256) is written.
        A failed run leaves last month's and this month's previous files as
        they were. Two runs of one template and period never interleave.

        Exit status: 0 done, 1 data or template error, 2 usage error,
        3 another run holds the lock, 4 an output could not be written,
        5 internal error.

        Examples:
          briefing run templates/monthly-exports/monthly.yaml --period 2024-03
          briefing run templates/monthly-exports/monthly.yaml --period last-month --quiet --log output/briefing.log
          briefing run templates/monthly-exports/monthly.yaml --period last-month --today 2024-04-01
          briefing run companies.yaml --period 2024-03 --each 기업명

        With --each (or each: in the template) it writes one sheet per value of
        the column into the period folder; the manifest lists every sheet and
        every value that failed (exit status 1 if one did, the others written).
        """
    )

    @OptionGroup var options: TemplateOptions

    @Option(help: "The month: 2024-03, 2024.03, 2024년 3월, last-month or this-month.")
    var period: String = "last-month"

    @Option(help: "Fix today's date (YYYY-MM-DD, Asia/Seoul) for tests and re-runs.")
    var today: String?

    @Option(help: "Folder that holds one folder per period.")
    var out: String = "output"

    @Option(help: "Locale: ko or en (default: the template's).")
    var locale: ReportLocale?

    @Option(help: "Append the run's log to this file (errors also go to stderr).")
    var log: String?

    @Flag(help: "Log errors only (for cron).")
    var quiet = false

    @OptionGroup var eachOptions: EachOptions

    func run() throws {
        // SOURCE_DATE_EPOCH (reproducible-builds.org) fixes the wall clock the
        // run writes into the PDF, the manifest and the lock, so two runs give
        // byte-identical files; the kill tests compare files byte for byte.
        let fixedEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) }
        let clock = RunClock.system(fixedEpochSeconds: fixedEpoch)
        let month: Month
        let runLog: RunLog
        do {
            month = try ReportPeriod.resolve(period: period, today: today, epochSeconds: clock.epochSeconds())
            runLog = try log.map { try RunLog.appending(to: $0, quiet: quiet, clock: clock) }
                ?? RunLog.standardError(quiet: quiet, clock: clock)
        } catch {
            FileHandle.standardError.write(Data("briefing run: \(error)\n".utf8))
            throw ExitCode(RunError.classify(error).exitCode.rawValue)
        }
        let overrides = try options.overrides()
        let runOptions = RunOptions(templatePath: options.template, period: month, outputRoot: out,
                                    toolVersion: BriefingVersion.current, processID: getpid(), clock: clock)
        do {
            var monthly = MonthlyRun(runOptions)
            (monthly.overrides, monthly.locale, monthly.each, monthly.jobs) = (overrides, locale, eachOptions.each, eachOptions.threads)
            let result = try monthly.execute(log: runLog, fonts: FontLibrary.makeStandard())
            if let failures = result.manifest.failures, !failures.isEmpty {
                let total = failures.count + (result.manifest.sheets?.count ?? 0)
                FileHandle.standardError.write(Data(("briefing run: \(failures.count) of \(total) sheets failed: "
                                                     + failures.map(\.value).joined(separator: ", ") + "\n").utf8))
                throw ExitCode(RunExitCode.dataOrTemplate.rawValue)
            }
            if !quiet {
                let verdict = result.reproducedPreviousRun ? "same outputs as the previous run" : "\(result.manifest.outputs.count) outputs"
                print("\(runOptions.periodFolder): \(verdict)")
            }
        } catch let e as ExitCode {
            throw e
        } catch {
            // ReportRun.execute has logged the cause already.
            throw ExitCode(RunError.classify(error).exitCode.rawValue)
        }
    }
}

enum BriefingVersion {
    static let current = "0.1.0"
}
