import CCairo

/// Turns a cairo status into a `RenderError` naming the stage it came from.
func checkCairo(_ status: cairo_status_t, _ stage: @autoclosure () -> String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    throw RenderError.cairo(stage: stage(), status: String(cString: cairo_status_to_string(status)))
}
