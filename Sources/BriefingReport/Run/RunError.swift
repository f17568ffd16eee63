import BriefingCore
import Foundation

/// Why an unattended run stopped; each case knows its exit code.
public enum RunError: Error, Sendable, CustomStringConvertible {
    /// `--period` could not be read.
    case invalidPeriod(String, reason: String)
    /// `--today` could not be read.
    case invalidToday(String, reason: String)
    /// A schedule option (`--at`, `--day`) is out of range.
    case invalidSchedule(String, reason: String)
    /// Another run holds the lock for this template and period.
    case locked(lockPath: String, holder: LockHolder?)
    /// An input file could not be read.
    case cannotReadInput(String, errno: Int32)
    /// The inputs or the template are wrong (what the importer or template reported).
    case data(String)
    /// Writing an output, the manifest, the lock or the log failed.
    case output(String)
    /// Anything else: a bug.
    case internalError(String)

    public var exitCode: RunExitCode {
        switch self {
        case .invalidPeriod, .invalidToday, .invalidSchedule: return .usage
        case .locked: return .locked
        case .cannotReadInput, .data: return .dataOrTemplate
        case .output: return .outputIO
        case .internalError: return .internalError
        }
    }

    public var description: String {
        switch self {
        case .invalidPeriod(let t, let r): return "--period \"\(t)\": \(r)"
        case .invalidToday(let t, let r): return "--today \"\(t)\": \(r)"
        case .invalidSchedule(let t, let r): return "\(t): \(r)"
        case .locked(let p, let h):
            let who = h.map { "pid \($0.pid)" + ($0.startedAt.isEmpty ? "" : " since \($0.startedAt)") } ?? "another process"
            return "another run is still going: \(who) holds \(p)"
        case .cannotReadInput(let p, let e): return "cannot read \(p): \(String(cString: strerror(e)))"
        case .data(let m), .output(let m), .internalError(let m): return m
        }
    }

    /// Sorts an error thrown while a run worked into the case that decides
    /// its exit code: our own errors stay, diagnostics are data errors, file
    /// writes are output errors, and anything unknown is a template or data
    /// problem reported by the renderer (exit 1), described as it described itself.
    public static func classify(_ error: any Error) -> RunError {
        switch error {
        case let e as RunError: return e
        case let e as Diagnostic: return .data(e.description)
        case let e as DiagnosticList: return .data(e.description)
        case let e as AtomicFileError: return .output(e.description)
        case let e as OutputLockError:
            if case .held(let p, let h) = e { return .locked(lockPath: p, holder: h) }
            return .output(e.description)
        case let e as OutputTransactionError: return .internalError(e.description)
        default: return .data(String(describing: error))
        }
    }
}
