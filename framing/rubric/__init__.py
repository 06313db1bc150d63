"""Rubrics: the model, loading with validation and composition, and the
once-per-process compilation of every rule's terms into one matcher."""
from .compile import CompiledRubric, compile_rubric
from .load import load_rubric, shipped_rubrics
from .model import Rubric, RubricError, Rule

__all__ = ["Rubric", "Rule", "RubricError", "CompiledRubric", "load_rubric", "compile_rubric", "shipped_rubrics"]
