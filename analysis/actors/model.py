"""The frozen results of actor finding: :class:`ActorMention` and :class:`ActorsResult`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from analysis._json import to_jsonable
from analysis.actors.gazetteer import actor_country

if TYPE_CHECKING:
    import pandas as pd

KINDS = ("country", "organisation", "person", "group")
VIAS = ("name", "alias", "demonym", "capital", "institution", "surname", "capitalised")
# The sort key of mentions in body order, (start, end), read in C (a lambda per mention per sort cost
# a Python call each: the passes sort the mentions seven times per text).
BY_POSITION = attrgetter("start", "end")


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor in :attr:`Article.body`.

    ``actor`` is the canonical name ("Russia", "United States", "John Kerry"); ``kind`` one of
    ``country``, ``organisation``, ``person``, ``group``; ``text`` the words as written;
    ``start``/``end`` offsets into the body; ``sentence`` is :attr:`Sentence.index` and
    ``paragraph`` :attr:`Paragraph.index`; ``via`` how it was found (see the module docstring).
    ``institution`` names the government body for ``via == "institution"`` ("Pentagon").
    """

    actor: str
    kind: str
    text: str
    start: int
    end: int
    sentence: int
    paragraph: int
    via: str
    institution: str | None = None

    def __init__(
        self, actor: str, kind: str, text: str, start: int, end: int, sentence: int, paragraph: int, via: str,
        institution: str | None = None,
    ) -> None:
        # The generated __init__ of a frozen dataclass sets each field through object.__setattr__
        # (about 15,000 instructions for these nine); one update of the instance dictionary sets the
        # same fields for under half that, and an article has dozens of mentions. The dataclass
        # keeps this __init__ (it adds one only where the class has none); same signature, same object.
        self.__dict__.update(
            actor=actor, kind=kind, text=text, start=start, end=end, sentence=sentence, paragraph=paragraph, via=via,
            institution=institution,
        )


@dataclass(frozen=True)
class ActorsResult:
    """Every actor mention of an article, in body order."""

    mentions: tuple[ActorMention, ...]

    def actors(self) -> tuple[str, ...]:
        """Canonical actor names, in order of first mention."""
        seen: dict[str, None] = {}
        for mention in self.mentions:
            seen.setdefault(mention.actor, None)
        return tuple(seen)

    def kind_of(self, actor: str) -> str | None:
        """The kind of ``actor`` as found in this article, or ``None`` if it is not mentioned."""
        for mention in self.mentions:
            if mention.actor == actor:
                return mention.kind
        return None

    def in_span(self, start: int, end: int) -> tuple[ActorMention, ...]:
        """Mentions lying wholly inside body offsets ``[start, end)``."""
        return tuple(m for m in self.mentions if m.start >= start and m.end <= end)

    def in_sentence(self, sentence: int) -> tuple[ActorMention, ...]:
        """Mentions in the sentence with :attr:`Sentence.index` ``sentence``."""
        return tuple(m for m in self.mentions if m.sentence == sentence)

    def mentions_frame(self) -> pd.DataFrame:
        """One row per mention.

        Columns: ``actor`` (canonical name), ``kind`` (country / organisation / person / group),
        ``text`` (as written), ``start``, ``end`` (body offsets), ``sentence`` (Sentence.index),
        ``paragraph`` (Paragraph.index, 0-based), ``via`` (how it was found), ``institution``
        (the government body for institution mentions, else None), ``country`` (the country the
        actor belongs to, if known: :func:`actor_country`).
        """
        import pandas as pd
        columns = ["actor", "kind", "text", "start", "end", "sentence", "paragraph", "via", "institution", "country"]
        rows = [{**dataclasses.asdict(m), "country": actor_country(m.actor)} for m in self.mentions]
        return pd.DataFrame(rows, columns=columns)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the actors in order of first mention and every mention."""
        return to_jsonable(
            {
                "actors": [
                    {"actor": a, "kind": self.kind_of(a), "country": actor_country(a)} for a in self.actors()
                ],
                "mentions": [dataclasses.asdict(m) for m in self.mentions],
            }
        )
