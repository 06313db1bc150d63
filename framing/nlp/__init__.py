"""Language processing used to build a Document: segmentation, attribution,
sentiment (the only VADER user), readability (the only syllable counter) and
language identification."""
