"""Stage 3, after the candidates: the agent of a passive verb of naming or judging speaks the
quotation the verb holds.

News writes a source's words into a passive clause about what they describe: "The ruling was
described as “a victory for working families” by Ann Cole, the union’s president"; "This
feature has been called “strategic ambiguity” by Joshua Hendrick, a professor at ..."; "the
investigation — often labeled as a “witch hunt” by Democrats —"; and, agent first, "The plan
was criticised by the union as “reckless”". The quoted words are the agent's (PolNeAR's coders
give them to it). A passive is no report for the cue stage ("was told": ``passive_auxiliaries``),
so these quotations had the clause's subject ("The ruling") as their speaker, or none at all
(a short one was taken for a scare quote).

The rule: a verb of ``passive_agent`` (``speech_verbs.toml``: verbs of naming and judging,
never of acts, "was arrested by police") stands right before the quotation, with at most "as"
and an article between ("described as “…”", "called the “…”"), and "by" and a speaker-like
phrase follow the closing mark; or the verb, "by", the agent and "as" stand right before it
("criticised by the union as “…”"). The agent phrase runs to the first comma, dash,
parenthesis or clause word, and must read as a speaker (:func:`.phrases.speaker_like`: "by
Monday", "by far" do not). The quotation's candidate then takes the agent as its speaker and the
passive verb as its cue (unless "according to X" already sources the sentence that holds it); a
quotation no candidate kept is added as a partial quote.
Not read: "“…” was how X described it" (not found in PolNeAR's 924 articles).
"""

from __future__ import annotations

import re

from analysis.article import QuoteSpan
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.content import trim_quote_end
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue
from analysis.sourcing.frozen import evolve
from analysis.sourcing.phrases import speaker_like

# The agent phrase ends at a comma, a dash, a bracket or a word that opens a clause.
_AGENT_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\s+(?:who|which|that|and|but|as|after|when|while|because|in|on|at|for)\b|[.!?](?:\s|$)")
_AUXILIARY = re.compile(r"\b(?:(?:has|have|had)\s+been|was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY = re.compile(r"[,’'\"”]?\s+by\s+(?=[A-Za-z])")


@lexicon_cache
def _verbs() -> dict[str, tuple[str, str]]:
    """The passive verbs by form: (lemma, stance)."""
    return {v["form"]: (v["lemma"], v["stance"]) for v in load_lexicon("speech_verbs")["passive_agent"]}


def _verb_pattern() -> re.Pattern[str]:
    forms = "|".join(sorted(_verbs(), key=len, reverse=True))
    return re.compile(rf"\b(?P<verb>{forms})\s+(?:as\s+)?(?:(?:an?|the)\s+)?$", re.IGNORECASE)


def _agent_first_pattern() -> re.Pattern[str]:
    forms = "|".join(sorted(_verbs(), key=len, reverse=True))
    return re.compile(rf"\b(?P<verb>{forms})\s+by\s+(?P<agent>[^,;:“”\"()]{{2,80}}?)\s+as\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)


@lexicon_cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _verb_pattern(), _agent_first_pattern()


@lexicon_cache
def _gate_forms() -> tuple[str, ...] | None:
    """The verb forms lower-cased, for :func:`_may_match`; None when a form is not one ASCII word
    (then the words at the window's end say nothing and the patterns are always tried)."""
    forms = tuple(form.lower() for form in _verbs())
    return forms if all(form.isascii() and len(form.split()) == 1 for form in forms) else None


def _may_match(window: str) -> tuple[bool, bool]:
    """Whether the verb-first and the agent-first pattern can match ``window`` (a test on its
    last three words; only a True is followed by the pattern's search, which tries every start
    in the window and cost some 5 % of sourcing). Both patterns end in whitespace at the
    window's end after at most "as" and an article, so the verb ends one of the last three words
    and an agent-first "as" is one of the last two. A non-ASCII word may match a pattern's ASCII
    under IGNORECASE ("ſ" for "s"), so it lets both be tried."""
    forms = _gate_forms()
    tail = window.rsplit(None, 3)[-3:]
    if forms is None or not all(word.isascii() for word in tail):
        return True, True
    lowered = [word.lower() for word in tail]
    return any(word.endswith(forms) for word in lowered), "as" in lowered[-2:]


def passive_agents(doc: Document, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` with each quotation held by a passive verb of naming given to its agent
    (see the module docstring); unchanged (the same tuple) when no quotation is."""
    found: dict[int, tuple[QuoteSpan, tuple[int, int], Cue]] = {}
    for quote in doc.quotes:
        agent = _agent_of(doc, quote)
        if agent is not None:
            found[quote.mark_start] = (quote, *agent)
    if not found:
        return candidates
    out: list[Candidate] = []
    for candidate in candidates:
        hit = found.pop(candidate.position, None) if candidate.is_quote else None
        if hit is None or (candidate.cue is not None and candidate.cue.according):
            # "labeled “top secret” by the State Department, according to multiple intelligence
            # sources": the reporter's source vouches for the whole sentence, the quotation with it.
            out.append(candidate)
            continue
        _, speaker, cue = hit
        out.append(evolve(candidate, speaker=speaker, cue=cue, resolved_by="speaker", extra_cues=()))
    for quote, speaker, cue in found.values():  # a quotation no candidate kept (a short one read as a scare quote)
        sentence = doc.sentence_at(quote.mark_start)
        part = (quote.start, trim_quote_end(doc.body, quote, partial=True))
        out.append(Candidate(sentence, quote.first_paragraph, "partial", (part,), speaker, cue, is_quote=True, position=quote.mark_start))
    return tuple(sorted(out, key=lambda c: (c.position, c.sentence.index)))


def _agent_of(doc: Document, quote: QuoteSpan) -> tuple[tuple[int, int], Cue] | None:
    """The agent's span and the passive verb's cue for ``quote``, or None."""
    body = doc.body
    sentence = doc.sentence_at(quote.mark_start)
    if quote.first_paragraph != quote.last_paragraph or not quote.text.strip():
        return None
    before_verb, agent_first = _patterns()
    window = body[max(sentence.start, quote.mark_start - 120) : quote.mark_start]
    offset = quote.mark_start - len(window)
    verb_first, as_agent = _may_match(window)
    m = before_verb.search(window) if verb_first else None
    if m is not None:
        by = _BY.match(body, quote.mark_end)
        if by is None:
            return None
        agent = _agent_span(doc, by.end(), sentence.end)
    else:
        m = agent_first.search(window) if as_agent else None
        if m is None:
            return None
        agent = (offset + m.start("agent"), offset + m.end("agent"))
    if agent is None or agent[1] <= agent[0] or not speaker_like(doc, agent):
        return None
    lemma, stance = _verbs()[m.group("verb").lower()]
    verb, end = offset + m.start("verb"), offset + m.end("verb")
    aux = _AUXILIARY.search(body, max(sentence.start, verb - 30), verb)
    start = aux.start() if aux is not None else verb  # the cue as written with its auxiliaries: "has been called"
    return agent, Cue(start, verb, end, body[start:end], lemma, stance)


def _agent_span(doc: Document, start: int, limit: int) -> tuple[int, int] | None:
    """The agent phrase after "by": to the first comma, dash, bracket or clause word."""
    end = _AGENT_END.search(doc.body, start, limit)
    stop = end.start() if end is not None else limit
    text = doc.body[start:stop].rstrip()
    return (start, start + len(text)) if text else None
