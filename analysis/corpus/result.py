"""The result of a corpus run: tidy tables joinable on ``article_id``."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class CorpusResult:
    """Tidy tables of a corpus run, joinable on ``article_id``."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = object.__getattribute__(self, "tables")
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    @property
    def analysed(self) -> int:
        return len(self.tables.get("articles", ()))

    @property
    def failed(self) -> int:
        return len(self.tables.get("errors", ()))
