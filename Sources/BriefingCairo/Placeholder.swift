// BriefingCairo: filled by its stage.
