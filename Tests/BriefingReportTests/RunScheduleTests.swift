import BriefingReport
import Foundation
import Testing

@Suite("Schedule text")
struct RunScheduleTests {
    static let plain = Schedule(binary: "/opt/briefing/bin/briefing", template: "/srv/b/templates/monthly.yaml",
                                outputRoot: "/srv/b/output", workingDirectory: "/srv/b", runAs: "econ")

    @Test func cronLine() {
        #expect(Self.plain.cronLine == "0 7 1 * * cd /srv/b && /opt/briefing/bin/briefing run /srv/b/templates/monthly.yaml --period last-month --out /srv/b/output --quiet --log /srv/b/output/briefing.log")
        #expect(Self.plain.cronText.contains("\nCRON_TZ=Asia/Seoul\n0 7 1 * * "))
        // Every line but the two settings is a comment, so the block pastes into crontab as is.
        let lines = Self.plain.cronText.split(separator: "\n")
        #expect(lines.filter { !$0.hasPrefix("#") } == ["CRON_TZ=Asia/Seoul", Substring(Self.plain.cronLine)])
    }

    @Test func systemdUnits() {
        #expect(Self.plain.unitName == "briefing-monthly")
        #expect(Self.plain.serviceText == """
            # /etc/systemd/system/briefing-monthly.service
            [Unit]
            Description=briefing monthly report monthly.yaml for the previous month

            [Service]
            Type=oneshot
            WorkingDirectory=/srv/b
            ExecStart=/opt/briefing/bin/briefing run /srv/b/templates/monthly.yaml --period last-month --out /srv/b/output --quiet --log /srv/b/output/briefing.log
            User=econ
            Nice=10

            """)
        #expect(Self.plain.timerText.contains("\n[Timer]\nOnCalendar=*-*-01 07:00:00 Asia/Seoul\nPersistent=true\n"))
        #expect(Self.plain.timerText.contains("\n[Install]\nWantedBy=timers.target\n"))
        #expect(Self.plain.systemdInstructions.contains("#   sudo systemctl enable --now briefing-monthly.timer\n"))
    }

    @Test func userUnitHasNoUserLineAndLingers() {
        var s = Self.plain
        s.userUnit = true
        #expect(!s.serviceText.contains("User="))
        #expect(s.serviceText.hasPrefix("# ~/.config/systemd/user/briefing-monthly.service\n"))
        #expect(s.systemdInstructions.contains("systemctl --user enable --now briefing-monthly.timer"))
        #expect(s.systemdInstructions.contains("loginctl enable-linger"))
    }

    /// Spaces, quotes and `%` in paths: quoted for the shell, `%` escaped for
    /// cron (`\%`) and for systemd (`%%`).
    @Test func awkwardPaths() {
        let s = Schedule(binary: "/opt/b/briefing", template: "/home/kim/보고서 100%/it's.yaml",
                         outputRoot: "/home/kim/out", workingDirectory: "/home/kim", hour: 6, minute: 30, dayOfMonth: 2)
        #expect(s.cronLine == #"30 6 2 * * cd /home/kim && /opt/b/briefing run '/home/kim/보고서 100\%/it'\''s.yaml' --period last-month --out /home/kim/out --quiet --log /home/kim/out/briefing.log"#)
        #expect(s.serviceText.contains(#"ExecStart=/opt/b/briefing run "/home/kim/보고서 100%%/it's.yaml" --period"#))
        #expect(s.onCalendar == "*-*-02 06:30:00 Asia/Seoul")
        #expect(s.unitName == "briefing-it_s")
    }

    @Test(arguments: [("07:00", 7, 0), ("7:05", 7, 5), ("23:59", 23, 59), ("00:00", 0, 0)])
    func parsesTimes(text: String, hour: Int, minute: Int) throws {
        let t = try Schedule.parseTime(text)
        #expect(t.hour == hour && t.minute == minute)
    }

    @Test(arguments: [
        ("24:00", "--at 24:00: hours are 0–23 and minutes 0–59"),
        ("7", "--at 7: expected a 24-hour time like 07:00"),
        ("7:5", "--at 7:5: expected a 24-hour time like 07:00"),
        ("07:00pm", "--at 07:00pm: expected a 24-hour time like 07:00"),
    ])
    func rejectsBadTimes(text: String, message: String) {
        #expect {
            _ = try Schedule.parseTime(text)
        } throws: { error in
            (error as? RunError)?.description == message && (error as? RunError)?.exitCode == .usage
        }
    }

    @Test(arguments: [0, 29, 31])
    func rejectsDaysNotInEveryMonth(day: Int) {
        #expect {
            _ = try Schedule.checkDay(day)
        } throws: { error in
            if case .invalidSchedule(let what, _)? = error as? RunError { return what == "--day \(day)" }
            return false
        }
    }

    /// Asks systemd itself whether it reads our calendar spec; skipped where
    /// systemd-analyze is not installed.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")),
          arguments: [(1, 7, 0), (28, 23, 59), (2, 6, 30)])
    func systemdAcceptsTheCalendarSpec(day: Int, hour: Int, minute: Int) throws {
        let s = Schedule(binary: "/b", template: "/t.yaml", outputRoot: "/o", workingDirectory: "/",
                         hour: hour, minute: minute, dayOfMonth: day)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-analyze")
        p.arguments = ["calendar", s.onCalendar]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(text.contains("Normalized form: \(s.onCalendar)"))
    }

    /// `systemd-analyze verify` reads both units as systemd would load them.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")))
    func systemdVerifiesTheUnits() throws {
        let folder = NSTemporaryDirectory() + "briefing-units-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let s = Schedule(binary: "/bin/true", template: "/srv/b/monthly.yaml", outputRoot: "/srv/b/output", workingDirectory: "/")
        try Data(s.serviceText.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(s.unitName).service"))
        try Data(s.timerText.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(s.unitName).timer"))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-analyze")
        p.arguments = ["verify", "\(folder)/\(s.unitName).service", "\(folder)/\(s.unitName).timer"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(text == "", "systemd warns: \(text)")
    }
}
