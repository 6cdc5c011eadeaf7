"""One error hierarchy for every public entry point.

Every error the package raises on purpose is an :class:`AnalysisError`. Its message is one line
that says what was wrong and what to do; the CLI prints it as ``error: <message>`` and exits with
status 2. Anything else escaping the package is a bug.
"""

from __future__ import annotations


class AnalysisError(ValueError):
    """Base class: bad input or a request the package cannot honour."""


class InputNotFoundError(AnalysisError):
    """A path that does not exist, or a directory where a file was expected."""


class UnreadableInputError(AnalysisError):
    """Bytes that are not text (binary files, NUL bytes) or a URL (the package never fetches)."""


class EmptyArticleError(AnalysisError):
    """Nothing left once boilerplate, headline and caption are removed."""


class NotEnglishError(AnalysisError):
    """The text does not look like English; every measure here is English-only."""


class NoProseError(AnalysisError):
    """Text that is not prose: no words at all, data, code or markup (JSON, CSS, a feed), or a line
    of more than 10,000 words with no sentence end (see ``analysis.article.language``)."""


class LexiconError(AnalysisError):
    """A lexicon file that is missing, malformed or holds an invalid entry."""
