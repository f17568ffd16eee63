import BriefingCore
import Foundation

/// Ready-to-install text that runs a template every month for the month that
/// just closed: a crontab entry and a systemd service + timer pair.
///
/// ```swift
/// let s = Schedule(binary: "/opt/briefing/bin/briefing", template: "/srv/b/templates/monthly.yaml",
///                  outputRoot: "/srv/b/output", workingDirectory: "/srv/b")
/// s.onCalendar   // "*-*-01 07:00:00 Asia/Seoul"
/// s.cronLine     // "0 7 1 * * cd /srv/b && /opt/briefing/bin/briefing run … --period last-month --quiet --log …"
/// ```
///
/// Every path is absolute: cron and systemd start jobs in another folder
/// with a minimal environment.
public struct Schedule: Sendable, Hashable {
    public var binary: String
    public var template: String
    public var outputRoot: String
    public var workingDirectory: String
    /// Defaults to `<outputRoot>/briefing.log`.
    public var logFile: String
    public var hour: Int
    public var minute: Int
    /// 1…28, so that the job runs in every month (cron skips months without a 31st).
    public var dayOfMonth: Int
    /// A systemd user unit (`~/.config/systemd/user`) rather than a system one.
    public var userUnit: Bool
    /// For a system unit: the account the job runs as.
    public var runAs: String?

    public init(binary: String, template: String, outputRoot: String, workingDirectory: String,
                logFile: String? = nil, hour: Int = 7, minute: Int = 0, dayOfMonth: Int = 1,
                userUnit: Bool = false, runAs: String? = nil) {
        self.binary = binary
        self.template = template
        self.outputRoot = outputRoot
        self.workingDirectory = workingDirectory
        self.logFile = logFile ?? LocalPath(outputRoot).appending("briefing.log").text
        self.hour = hour
        self.minute = minute
        self.dayOfMonth = dayOfMonth
        self.userUnit = userUnit
        self.runAs = runAs
    }

    /// Parses `--at 07:00` (24-hour `H:MM` or `HH:MM`).
    public static func parseTime(_ text: String) throws(RunError) -> (hour: Int, minute: Int) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII)
        else { throw .invalidSchedule("--at \(text)", reason: "expected a 24-hour time like 07:00") }
        guard (0...23).contains(h), (0...59).contains(m) else {
            throw .invalidSchedule("--at \(text)", reason: "hours are 0–23 and minutes 0–59")
        }
        return (h, m)
    }

    /// Checks `--day`: 1…28.
    public static func checkDay(_ day: Int) throws(RunError) -> Int {
        guard (1...28).contains(day) else {
            throw .invalidSchedule("--day \(day)", reason: "use 1–28 so the report runs in every month, February included")
        }
        return day
    }

    /// The systemd unit name stem: `briefing-monthly`.
    public var unitName: String {
        let base = TemplateName.of(template)
        let safe = base.unicodeScalars.map { s -> String in
            (s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_")) ? String(s) : "_"
        }.joined()
        return "briefing-\(safe.isEmpty ? "report" : safe)"
    }

    /// The command both schedulers run.
    public var arguments: [String] {
        [binary, "run", template, "--period", "last-month", "--out", outputRoot, "--quiet", "--log", logFile]
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `*-*-01 07:00:00 Asia/Seoul`: systemd.time(7) calendar event.
    public var onCalendar: String { "*-*-\(Self.two(dayOfMonth)) \(Self.two(hour)):\(Self.two(minute)):00 \(SeoulTime.zoneIdentifier)" }

    /// The crontab line itself: `0 7 1 * * cd … && …`. `%` is special in
    /// crontab (it starts stdin), so it is escaped.
    public var cronLine: String {
        let command = "cd \(Self.shellQuoted(workingDirectory)) && " + arguments.map(Self.shellQuoted).joined(separator: " ")
        return "\(minute) \(hour) \(dayOfMonth) * * " + command.replacingOccurrences(of: "%", with: "\\%")
    }

    /// The crontab block with its instructions as comments.
    public var cronText: String {
        """
        # briefing: \(LocalPath(template).name), every month on day \(dayOfMonth) at \(Self.two(hour)):\(Self.two(minute)) Seoul time,
        # for the month that just closed. Install: run `crontab -e` and paste the lines below.
        # CRON_TZ makes cronie (Fedora, RHEL, Arch) read the time in Seoul. Debian and Ubuntu cron
        # ignore CRON_TZ and use the system time zone: check `timedatectl` shows Asia/Seoul there,
        # or prefer the systemd timer below. Errors only (--quiet); cron mails them to you.
        # A machine that is off at that time misses the run: the systemd timer catches up, cron does not.
        CRON_TZ=\(SeoulTime.zoneIdentifier)
        \(cronLine)

        """
    }

    /// Where the unit files go.
    public var unitFolder: String { userUnit ? "~/.config/systemd/user" : "/etc/systemd/system" }

    /// The `.service` file.
    public var serviceText: String {
        var lines = [
            "# \(unitFolder)/\(unitName).service",
            "[Unit]",
            "Description=briefing monthly report \(LocalPath(template).name) for the previous month",
            "",
            "[Service]",
            "Type=oneshot",
            "WorkingDirectory=\(Self.unitEscaped(workingDirectory))",
            "ExecStart=" + arguments.map(Self.unitQuoted).joined(separator: " "),
        ]
        if !userUnit, let runAs { lines.append("User=\(runAs)") }
        lines += ["Nice=10", ""]
        return lines.joined(separator: "\n")
    }

    /// The `.timer` file. `Persistent=true`: a machine that was off when the
    /// timer was due runs the job once when it boots.
    public var timerText: String {
        """
        # \(unitFolder)/\(unitName).timer
        [Unit]
        Description=Run \(unitName) monthly on day \(dayOfMonth) at \(Self.two(hour)):\(Self.two(minute)) Seoul time

        [Timer]
        OnCalendar=\(onCalendar)
        Persistent=true

        [Install]
        WantedBy=timers.target

        """
    }

    /// Installation steps as comments.
    public var systemdInstructions: String {
        let ctl = userUnit ? "systemctl --user" : "sudo systemctl"
        var lines = [
            "# Install: save the two files below into \(unitFolder)/ (as \(unitName).service and \(unitName).timer), then:",
            userUnit ? "#   mkdir -p ~/.config/systemd/user" : "#   (as root)",
            "#   \(ctl) daemon-reload",
            "#   \(ctl) enable --now \(unitName).timer",
            "#   \(ctl) list-timers \(unitName).timer      # shows the next run",
            "#   \(ctl) start \(unitName).service          # runs it once now, to try",
            "#   journalctl \(userUnit ? "--user " : "")-u \(unitName).service   # its errors; steps are in \(logFile)",
        ]
        if userUnit {
            lines.append("#   loginctl enable-linger \"$USER\"              # so it runs while you are logged out")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything `briefing schedule` prints.
    public var fullText: String {
        """
        ### cron ###
        \(cronText)
        ### systemd ###
        \(systemdInstructions)
        \(serviceText)
        \(timerText)
        """
    }

    /// POSIX shell single quotes, only when needed.
    static func shellQuoted(_ s: String) -> String {
        let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:=,@")
        if !s.isEmpty, s.unicodeScalars.allSatisfy({ safe.contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// systemd unit files expand `%` specifiers; `%%` is a literal `%`.
    static func unitEscaped(_ s: String) -> String { s.replacingOccurrences(of: "%", with: "%%") }

    /// An ExecStart word: double quotes when it has spaces or quotes (systemd.syntax(7)).
    static func unitQuoted(_ s: String) -> String {
        let e = unitEscaped(s)
        guard e.isEmpty || e.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" || $0 == "\t" || $0 == ";" }) else {
            return e
        }
        return "\"" + e.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
