/// How `briefing run` ends, for cron mail, systemd and scripts.
///
/// Each code, what it means, and what to do:
/// - `0` `done`: every output and the manifest were written.
///   Nothing to do.
/// - `1` `dataOrTemplate`: an input file or the template has a problem
///   (stderr/log: file:line:column). Fix the CSV or the template, run again.
/// - `2` `usage`: the command line is wrong (unknown option, bad `--period`).
///   Fix the command line.
/// - `3` `locked`: another run of the same template and period is still
///   going (its pid is logged). Wait, or check that process.
/// - `4` `outputIO`: an output, the manifest, the lock or the log could not
///   be written. Check disk space and permissions of the output folder.
/// - `5` `internalError`: a bug in briefing. Report it with the log.
///
/// On every failure the files of the previous successful run are left exactly
/// as they were, and no partial file is written.
public enum RunExitCode: Int32, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case done = 0
    case dataOrTemplate = 1
    case usage = 2
    case locked = 3
    case outputIO = 4
    case internalError = 5

    public var description: String {
        switch self {
        case .done: return "done"
        case .dataOrTemplate: return "data or template error"
        case .usage: return "usage error"
        case .locked: return "another run holds the lock"
        case .outputIO: return "output could not be written"
        case .internalError: return "internal error"
        }
    }
}
