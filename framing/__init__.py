"""framing: assess news articles for attribution, sourcing, loaded language
and sentiment with transparent rules from a YAML rubric you own.

Public API: :func:`load_rubric`, :func:`score_text`, :func:`score_corpus`,
:class:`Document`, :class:`Finding`.
"""
__version__ = "0.1.0"

from .api import results_frame, score_article, score_corpus, score_text  # noqa: E402
from .document import Document, build_document  # noqa: E402
from .findings import Finding  # noqa: E402
from .rubric import RubricError, load_rubric  # noqa: E402

__all__ = ["load_rubric", "score_text", "score_corpus", "score_article", "results_frame", "Document", "build_document", "Finding", "RubricError", "__version__"]
