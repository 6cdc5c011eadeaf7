"""The result of a corpus run: tidy tables joinable on ``article_id``.

The tables of :func:`~analysis.corpus.analyze_corpus` are read from the run's Parquet parts the
first time each is asked for (``result.articles``, ``result.tables["sentences"]``), so a run of
any size holds little in memory until then; ``analysed`` and ``failed`` are counted without
reading any table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class CorpusResult:
    """Tidy tables of a corpus run, joinable on ``article_id`` (a dict of DataFrames, or a
    mapping that reads them when asked)."""

    tables: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    #: Articles whose rows were taken from an earlier run into the same output folder (the chunks it
    #: stored whole, for the same article ids, user lexicons and package version), not computed again.
    reused: int = 0

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = object.__getattribute__(self, "tables")
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def _rows(self, name: str) -> int:
        tables = self.tables
        counted = getattr(tables, "rows", None)
        return counted(name) if counted is not None else len(tables.get(name, ()))

    @property
    def analysed(self) -> int:
        return self._rows("articles")

    @property
    def failed(self) -> int:
        return self._rows("errors")
