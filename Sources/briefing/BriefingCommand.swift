import ArgumentParser

@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turns spreadsheet figures into press charts and briefing PDFs.",
        discussion: """
        Examples:
          briefing inspect templates/usa-2024/data/missions.csv
          briefing check templates/usa-2024/briefing.yaml
          briefing render templates/usa-2024/briefing.yaml --out output
          briefing serve                      (the pages, at http://127.0.0.1:8080/)
        """,
        subcommands: [
            InspectCommand.self,
            RenderCommand.self,
            RunCommand.self,
            ChartCommand.self,
            CheckCommand.self,
            ExplainCommand.self,
            ScheduleCommand.self,
            ServeCommand.self,
            BenchRenderCommand.self,
            BenchBriefingCommand.self,
            BenchChartCommand.self,
        ]
    )
}
