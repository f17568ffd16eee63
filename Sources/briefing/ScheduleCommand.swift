import ArgumentParser
import BriefingCore
import BriefingReport
import Foundation

/// `briefing schedule TEMPLATE`: prints a crontab entry and a systemd
/// service + timer that run the template on the first of every month for the
/// month that just closed. Prints only; installs nothing.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Prints cron and systemd lines that run a template every month (Seoul time).",
        discussion: """
            The job runs `briefing run TEMPLATE --period last-month --quiet --log FILE` with absolute \
            paths. Copy the lines you want; the comments say where they go.

            Examples:
              briefing schedule templates/monthly.yaml
              briefing schedule templates/monthly.yaml --at 06:30 --day 2 --out /srv/briefings --user
            """
    )

    @Argument(help: "The template file to run.")
    var template: String

    @Option(help: "Time of day, Seoul time (24-hour HH:MM).")
    var at: String = "07:00"

    @Option(help: "Day of the month, 1–28.")
    var day: Int = 1

    @Option(help: "Output folder the run writes into.")
    var out: String = "output"

    @Option(help: "Log file the run appends to (default: <out>/briefing.log).")
    var log: String?

    @Flag(help: "Print a systemd user unit (~/.config/systemd/user) instead of a system one.")
    var user = false

    func run() throws {
        let time: (hour: Int, minute: Int)
        let dayOfMonth: Int
        do {
            time = try Schedule.parseTime(at)
            dayOfMonth = try Schedule.checkDay(day)
        } catch {
            // Exit 2 (RunExitCode.usage), not ArgumentParser's 64, like every usage error of `run`.
            FileHandle.standardError.write(Data("briefing schedule: \(error.description)\n".utf8))
            throw ExitCode(error.exitCode.rawValue)
        }
        let cwd = LocalPath(FileManager.default.currentDirectoryPath)
        func absolute(_ p: String) -> String { LocalPath(p).absolute(in: cwd).lexicallyNormalized.text }
        guard FileManager.default.fileExists(atPath: absolute(template)) else {
            FileHandle.standardError.write(Data("briefing schedule: no template at \(absolute(template))\n".utf8))
            throw ExitCode(RunExitCode.usage.rawValue)
        }
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? absolute(CommandLine.arguments[0])
        let account = getpwuid(geteuid()).flatMap { String(validatingCString: $0.pointee.pw_name) }
        let schedule = Schedule(
            binary: binary, template: absolute(template), outputRoot: absolute(out), workingDirectory: cwd.text,
            logFile: log.map(absolute), hour: time.hour, minute: time.minute, dayOfMonth: dayOfMonth,
            userUnit: user, runAs: account)
        print(schedule.fullText, terminator: "")
    }
}
