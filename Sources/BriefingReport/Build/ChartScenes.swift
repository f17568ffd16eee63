import BriefingLayout

/// A chart and a size: what one chart layout is for.
struct ChartKey: Hashable, Sendable {
    var chart: String
    var size: Size
}

/// The charts of one report laid out so far, each once a size: a press
/// export the size of a document figure, or a figure size asked for twice
/// (a half-width chart's shorter versions are all 150 pt tall), reuses the
/// scene and keeps one set of warnings.
struct ChartScenes<M: TextMeasurer> {
    let measurer: M
    let builder: ChartBuilder
    private var laidOut: [ChartKey: ChartLayoutResult] = [:]

    init(measurer: M, builder: ChartBuilder) {
        self.measurer = measurer
        self.builder = builder
    }

    /// `c` laid out at `size`, from memory when it was laid out at that size before.
    mutating func scene(_ c: ChartDefinition, size: Size) throws -> Scene {
        let key = ChartKey(chart: c.id, size: size)
        if let done = laidOut[key] { return done.scene }
        let (spec, numbers) = try builder.spec(c, size: size)
        let result = try ChartLayout(measurer: measurer, formatter: numbers.valueFormatter,
                                     secondaryFormatter: numbers.secondaryFormatter).layoutReport(spec)
        laidOut[key] = result
        return result.scene
    }

    /// What the layout of `key` left out (nothing for a chart never laid out).
    func warnings(_ key: ChartKey) -> [ChartWarning] { laidOut[key]?.warnings ?? [] }

    /// How many layouts were made: one a chart and size.
    var count: Int { laidOut.count }
}
