"""A plural source whose members the next sentences name: no name was withheld (trial 20 F9).

"Lawmakers from both parties criticized the commissioner. Senator Carla Ruiz said ...
Representative Paul Dorsey said ...": news opens with the group, then names who in it spoke. The
head "lawmakers" is a plural of holders of positions in a body, which :mod:`.anonymity` takes for
names withheld ("officials said", AP's anonymous sources); but here the reporter gives the names
at once, so the group is an ``unnamed_group`` (a category speaking as one), not ``withheld``.

The rule: a ``withheld`` plural source with no reason for anonymity and no access phrase, whose
first report is followed within :data:`NEXT_SENTENCES` sentences by a report of a named person
whose title is a member of that plural (the title itself, "Senator" for "senators", or a title the
roles lexicon says is also one, "Senator" and "Representative" for "lawmakers": ``also`` of
``titles.toml``). "Officials said ... Mayor Ann Lee said" keeps "officials" withheld: a mayor is no
"official" by that list, and the officials may be others.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.sourcing.anonymity import GROUP, WITHHELD
from analysis.sourcing.result import Attribution, Source
from analysis.sourcing.roles import role_words

NEXT_SENTENCES = 2  # the group's lead-in sentence and the named members' reports right after it


def members_named(attributions: tuple[Attribution, ...], sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """``sources`` with each plural ``withheld`` source whose members are named right after it made an
    ``unnamed_group`` (module docstring); ``sources[i].source_id == i``."""
    out = list(sources)
    for source in sources:
        if source.anonymity != WITHHELD or source.anonymity_reason is not None or not source.title:
            continue
        head = source.title.split()[-1].lower()
        if not head.endswith("s") or head.endswith("ss"):
            continue
        first = min((a.sentence for a in attributions if a.source_id == source.source_id), default=None)
        if first is None:
            continue
        later = {a.source_id for a in attributions if first < a.sentence <= first + NEXT_SENTENCES}
        if any(_member(sources[i], head[:-1]) for i in later):
            out[source.source_id] = replace(source, anonymity=GROUP)
    return tuple(out)


def _member(source: Source, member: str) -> bool:
    """Whether a named person's title makes them a ``member`` ("lawmaker"): "Senator" (also a lawmaker)."""
    if source.speaker_type != "named_person" or not source.title:
        return False
    title = source.title.split()[-1].lower()
    return title == member or member in role_words().also.get(title, ())
