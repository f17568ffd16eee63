import ArgumentParser

@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turns spreadsheet figures into press charts and briefing PDFs.",
        subcommands: [BenchRenderCommand.self]
    )
}
