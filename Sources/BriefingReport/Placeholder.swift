// BriefingReport: filled by its stage.
