/// A laid-out document and which version of each figure ended up on a page.
///
/// A `.flexibleFigure` offers the paginator its full scene and shorter ones;
/// only the caller knows what each scene stands for (a chart, its warnings),
/// so layout says which one it placed rather than the caller guessing.
///
/// ```swift
/// let result = try DocumentLayout(measurer: ApproximateTextMeasurer()).layoutReport(spec, metadata: meta)
/// result.figures   // [FigureVersion(figure: 0, version: 0), FigureVersion(figure: 1, version: 2)]
/// // the first figure block at full height, the second as its second shorter version
/// ```
public struct DocumentLayoutResult: Sendable, Hashable {
    public var document: Document
    /// One entry a figure block of the spec, in reading order.
    public var figures: [FigureVersion]
}

/// The version of one figure block that was placed.
public struct FigureVersion: Sendable, Hashable {
    /// The figure block's number, counting `.figure` and `.flexibleFigure`
    /// blocks from 0 in reading order: the body's blocks, then each
    /// attachment's; in a `.columns` row the left column's before the right's.
    public var figure: Int
    /// 0 for the full scene; n for the n-th of the block's `shorter` scenes.
    public var version: Int

    public init(figure: Int, version: Int) {
        self.figure = figure
        self.version = version
    }
}
