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

from analysis.corpus.store import LazyTables

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
    #: Files of an input folder that are no article files (not .txt/.text/.html/.htm: a ``.gz``, a
    #: ``.pdf``), by path below the folder: left out of the run, so the CLI names them.
    skipped: tuple[str, ...] = ()

    def _table(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    @property
    def articles(self) -> pd.DataFrame:
        """One row per analysed article (README "Corpus runs")."""
        return self._table("articles")

    @property
    def sentences(self) -> pd.DataFrame:
        return self._table("sentences")

    @property
    def attributions(self) -> pd.DataFrame:
        return self._table("attributions")

    @property
    def sources(self) -> pd.DataFrame:
        return self._table("sources")

    @property
    def frames(self) -> pd.DataFrame:
        return self._table("frames")

    @property
    def actors(self) -> pd.DataFrame:
        return self._table("actors")

    @property
    def right_of_reply(self) -> pd.DataFrame:
        """One row per accused party per article: verdict, cues and the sentences as evidence."""
        return self._table("right_of_reply")

    @property
    def errors(self) -> pd.DataFrame:
        return self._table("errors")

    def _rows(self, name: str) -> int:
        if isinstance(self.tables, LazyTables):
            return self.tables.rows(name)  # counted from the manifests, without reading the table
        return len(self.tables[name]) if name in self.tables else 0

    @property
    def analysed(self) -> int:
        return self._rows("articles")

    @property
    def failed(self) -> int:
        return self._rows("errors")
