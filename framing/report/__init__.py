"""Writers: results in, files out. Nothing is computed here."""
from .writer import ReportWriter

__all__ = ["ReportWriter"]
