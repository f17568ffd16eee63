import ArgumentParser

@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turns spreadsheet figures into press charts and briefing PDFs.",
        subcommands: [
            InspectCommand.self,
            RenderCommand.self,
            RunCommand.self,
            ChartCommand.self,
            CheckCommand.self,
            ExplainCommand.self,
            ScheduleCommand.self,
            BenchRenderCommand.self,
            BenchChartCommand.self,
        ]
    )
}
