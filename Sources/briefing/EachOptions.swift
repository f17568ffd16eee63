import ArgumentParser
import Foundation

/// `--each COLUMN` and `--jobs N`, shared by `render` and `run`.
struct EachOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Render one sheet per distinct value of this column (COLUMN of the first input, or INPUT.COLUMN); "
                               + "@each is the value. Overrides the template's each:.", valueName: "column"))
    var each: String?

    @Option(help: "Sheets rendered at once with --each (default: one a core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of 1 or more, found \(jobs)") }
    }

    /// The threads to render on: `--jobs`, or every core the process may use.
    var threads: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}
