"""The rubrics shipped with framing (installed as ``framing.rubrics``)."""
