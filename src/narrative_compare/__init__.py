"""narrative-compare: who says what in the news, and how camps frame events.

The library has one module per stage; the names below are re-exported for
convenience only:

- :func:`load_article` (:mod:`narrative_compare.loading`)
- :func:`load_actors` (:mod:`narrative_compare.actors`)
- :func:`extract_statements` (:mod:`narrative_compare.statements`)
"""

from narrative_compare.actors import ActorTable, load_actors
from narrative_compare.loading import Article, load_article
from narrative_compare.statements import extract_statements

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ActorTable",
    "__version__",
    "extract_statements",
    "load_actors",
    "load_article",
]
