"""Stage 3b, statements: no-comment and unreachable records, and which reports are denials.

:func:`find_replies` also makes a one-word denial a report ("Carver Steel denied wrongdoing.",
too short for stage 3, which wants two words of paraphrase).

Reporters write the right of reply in fixed phrases (``lexicons/reply.toml``): "X declined to
comment", "X did not (immediately) respond to a request for comment", "X had no immediate
comment", "X did not return calls", "requests for comment to X went unanswered" (``no_comment``:
the party was asked and gave no answer), "X could not be reached for comment", "X did not answer
the phone" (``unreachable``: the party was not got hold of). :func:`find_replies` matches them
outside quotation marks, finds the party with the speaker stage (:func:`~analysis.sourcing.speakers.speaker_for`:
the speaker before the phrase, behind a relative pronoun, or the earlier speaker of a coordinated
verb; the sentence's subject for "..., declining to comment"; the words in the ``{party}`` slot
of a passive phrase) and returns one candidate per phrase, whose text is the phrase itself. They
go through coreference with the other candidates, so "the company" and "he" resolve as for a
reporting verb. A reporting verb coordinated after such a phrase ("did not answer questions ...
but said it was proud of its record") is the same speaker's statement when the candidate stage
found no speaker for it.

A phrase is skipped when it lies inside another candidate's quoted or paraphrased words ("Cole
said the ministry had declined to comment": Cole's report, not the reporter's), inside quotation
marks (someone's words), or when no speaker is found.

:func:`classify` marks a merged report as a ``denial`` when a denial verb of ``reply.toml``
(deny, reject, dismiss, dispute, refute) has an accusation as its object ("denied any
wrongdoing", "rejected the accusations", "disputed the union's claim") or, for deny / dispute /
refute, a "that" clause, a gerund ("denies targeting civilians") or a pronoun standing for the
accusation ("denied it"). A report with a quotation stays a ``statement``: the party speaks in
its own words.

Known limits: a no-comment phrase in the same sentence as another speaker's paraphrase is read
as part of that paraphrase ("The union said ...; the company did not respond" is missed; after a
quotation written before its verb it is not: "“...,” the union said; the company did not
respond" is found, round 12); a
phrase the lexicon does not list ("X's office did not get back to us") is not found.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from analysis.article import Sentence
from analysis.errors import LexiconError
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.content import paraphrase
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue, CueMarks, Cues
from analysis.sourcing.denial_targets import AccusedCache, alleged_against
from analysis.sourcing.frozen import evolve
from analysis.sourcing.lexicon import DAYS, WORD, words
from analysis.sourcing.neither_nor import neither_replies  # round 15 trial: two parties sought in one sentence
from analysis.sourcing.own_source import named_in_apposition  # round 10 trial: "X's pick, Sam Pratt, …, declining"
from analysis.sourcing.phrases import speaker_like
from analysis.sourcing.result import SILENT_KINDS
from analysis.sourcing.speakers import sentence_subject, speaker_for

_EDGE_BEFORE = r"(?<![\w’'-])"
_EDGE_AFTER = r"(?![\w’'-])"
_NOT = r"(?:\s+not|n[’']t)"
_SKIP_AFTER_VERB = frozenset({"on", "again", "also", "once", "repeatedly", "today", "yesterday", "earlier", "later",
                              "last", "this", "week", "night", "publicly", "strongly", *DAYS.lower().split("|")})
_STOP = re.compile(r"[,;:.!?“”\"«»()—–]")


@dataclass(frozen=True)
class Phrase:
    """One entry of ``reply.toml``: its ``name`` (the record's cue lemma), ``kind`` and compiled pattern."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    passive: bool
    keys: tuple[str, ...] = ()  # a match needs one of these strings in the sentence (a cheap gate)


@dataclass(frozen=True)
class ReplyLexicon:
    """``reply.toml`` read for matching."""

    phrases: tuple[Phrase, ...]
    denial_verbs: frozenset[str]
    denial_objects: frozenset[str]
    neutral_objects: frozenset[str]  # deny only an allegation against the speaker (denial_targets.py)
    clause_verbs: frozenset[str]
    pronoun_objects: frozenset[str]
    window: int
    representatives: tuple[tuple[str, ...], ...]
    government_offices: frozenset[str]
    governing_words: frozenset[str] = frozenset()
    seats: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (seat's gazetteer name, its holder's title words)


def pattern_keys(pattern: str) -> tuple[str, ...]:
    """The alternatives of the pattern's longest required word: one of them must occur for a match."""
    required = [
        token.split("|") for token in pattern.split()
        if not (token.startswith("[") and token.endswith("]")) and token not in ("{party}", "not", "...")
    ]
    return tuple(max(required, key=lambda alternatives: min(len(a) for a in alternatives))) if required else ()


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The regular expression of a ``reply.toml`` pattern (see the file's header for the syntax;
    ``...`` is up to six words, for ``accusation.toml`` charges)."""
    out: list[str] = []
    leading = True  # optional words before the first required one carry the space after them
    tokens = pattern.split()
    for n, token in enumerate(tokens):
        optional = token.startswith("[") and token.endswith("]")
        token = token.strip("[]")
        if token == "{party}":
            # At the end, the party runs to the clause's end; inside, as few words as needed.
            out.append(r"\s+(?P<party>[^,;:.!?“”\"()]{1,80})" if n == len(tokens) - 1 else r"\s+(?P<party>\S.{0,80}?)")
            leading = False
            continue
        if token == "...":  # up to six words of the same sentence (accusation.toml charges)
            out.append(r"(?:\s+[^\s.;:!?“”\"]+){0,6}")
            leading = False
            continue
        if token == "not":
            core, separator = _NOT, ""
        else:
            core, separator = "(?:" + "|".join(re.escape(t) for t in token.split("|")) + ")", r"\s+"
        if leading and optional:
            out.append(f"(?:{core}\\s+)?")
            continue
        piece = (separator if not leading else "") + core
        out.append(f"(?:{piece})?" if optional else piece)
        leading = False
    head = _edged_head(tokens)
    if head is not None:  # the same expression, with the word edge checked after the first word (see _edged_head)
        return re.compile(head[0] + "".join(out[head[1] :]) + _EDGE_AFTER)
    return re.compile(_EDGE_BEFORE + "".join(out) + _EDGE_AFTER)


def _literal(token: str) -> bool:
    """Whether a pattern token is a word or "|"-separated words (no optional mark, slot or "not")."""
    return token not in ("{party}", "...", "not") and not token.startswith("[") and "[" not in token


def _edged_word(word: str) -> str:
    """``word`` with the check that no word character is right before it, written after it: a
    fixed-width look-behind over the edge and the word (true at the text's start, as _EDGE_BEFORE)."""
    escaped = re.escape(word)
    return f"{escaped}(?<!{_EDGE_BEFORE[4:-1]}{escaped})"


def _edged_head(tokens: list[str]) -> tuple[str, int] | None:
    """The pattern's first words, each alternative starting with its letters and checking the word
    edge before it after them, and how many of :func:`compile_pattern`'s pieces that replaces; None
    for another shape (then _EDGE_BEFORE opens the pattern).

    A pattern opening with a look-behind has no first letters the regular expression engine can
    skip to, so it tries the whole pattern at every character of a sentence (most of this stage's
    cost). Opening with the words themselves lets it jump from one possible first letter to the
    next. The matches are the same: the look-behind tests the same character, and the alternatives
    come in the order the engine tried them ("[a|the] request|requests": "a …", "the …", then
    "request", "requests" alone)."""
    if tokens and _literal(tokens[0]):  # "did|does not respond"
        return "(?:" + "|".join(map(_edged_word, tokens[0].split("|"))) + ")", 1
    if len(tokens) > 1 and tokens[0].startswith("[") and tokens[0].endswith("]") and _literal(tokens[0][1:-1]) and _literal(tokens[1]):
        core = "(?:" + "|".join(map(re.escape, tokens[1].split("|"))) + ")"  # (the second piece as compile_pattern writes it)
        with_first = [_edged_word(w) + r"\s+" + core for w in tokens[0][1:-1].split("|")]
        return "(?:" + "|".join([*with_first, *map(_edged_word, tokens[1].split("|"))]) + ")", 2
    return None


@lexicon_cache
def reply_lexicon() -> ReplyLexicon:
    """``lexicons/reply.toml``, loaded once per set of lexicons in use."""
    data = load_lexicon("reply")
    try:
        phrases = []
        for item in data["phrases"]:
            if item["kind"] not in SILENT_KINDS and item["kind"] != "denial":  # (a plea of not guilty denies)
                raise LexiconError(f"reply.toml: unknown kind {item['kind']!r} for {item['name']!r}")
            phrases.append(Phrase(item["name"], item["kind"], compile_pattern(item["pattern"].lower()),
                                  "{party}" in item["pattern"], pattern_keys(item["pattern"].lower())))
        denial = data["denial"]
        return ReplyLexicon(
            phrases=tuple(phrases),
            denial_verbs=frozenset(denial["verbs"]),
            denial_objects=frozenset(denial["objects"]),
            neutral_objects=frozenset(denial.get("neutral_objects", ())),
            clause_verbs=frozenset(denial["clause_verbs"]),
            pronoun_objects=frozenset(denial["pronoun_objects"]),
            window=int(denial["window"]),
            representatives=tuple(sorted((tuple(words(r)) for r in data["representatives"]), key=lambda r: -len(r))),
            government_offices=frozenset(data.get("government_offices", ())),
            governing_words=frozenset(data.get("governing_words", ())),
            seats=tuple((seat, tuple(words(item["holder"]))) for seat, item in data.get("seats", {}).items()),
        )
    except (KeyError, TypeError, re.error) as error:
        raise LexiconError(f"reply.toml is malformed: {error!r}") from error


def find_replies(doc: Document, cues: Cues, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """One candidate per no-comment or unreachable phrase with a speaker, and one per one-word
    denial the candidate stage leaves out ("X denied wrongdoing"), in body order."""
    rlex = reply_lexicon()
    covered = _Covered(sorted(part for c in candidates for part in c.text_parts))
    taken = {id(c) for candidate in candidates for c in (candidate.cue, *candidate.extra_cues) if c is not None}
    out: list[Candidate] = []
    phrases = _phrase_sentences(doc)
    reported = {id(candidate.cue): candidate for candidate in candidates if candidate.cue is not None}
    for sentence in doc.article.sentences:
        for cue in cues.of(sentence):
            if cue.lemma in rlex.denial_verbs and id(cue) not in taken and not cue.gerund:
                denial = _short_denial(doc, cues, rlex, sentence, cue)
                if denial is not None:
                    out.append(denial)
        matches: list[tuple[int, int, Phrase, re.Match[str]]] = []
        for phrase in phrases.get(sentence.index, ()):  # the phrases with a key in the sentence
            for m in phrase.pattern.finditer(doc.body_lower, sentence.start, sentence.end):
                matches.append((m.start(), m.end(), phrase, m))
        if not matches:
            continue
        matches.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        marks = CueMarks()
        reach = -1
        for start, end, phrase, m in matches:
            if start < reach:
                continue  # overlaps a longer phrase already taken
            reach = end
            if doc.in_quote(start) or covered.holds(start):
                continue
            if any(c.end <= start and not c.gerund and not _quote_before(reported.get(id(c)), c) for c in cues.of(sentence)):
                continue  # "Cole said the ministry had declined to comment": inside Cole's report
            candidate = _reply_candidate(doc, cues, marks, sentence, phrase, m)
            if candidate is not None:
                out.append(candidate)
                said = _coordinated_report(doc, cues, taken, sentence, candidate)
                if said is not None:
                    out.append(said)
    out.extend(neither_replies(doc, cues, rlex.phrases, covered.holds))  # "Neither X nor Y have responded to …"
    return tuple(out)


# A full stop the sentence splitter kept ("LLC. Big Sky"), not after an initial ("U.S.") or a title ("Gov. Ann Lee").
_UNSPLIT_END = re.compile(r"(?<![.\w])(\w{2,})\.\s+(?=[A-Z][a-z])")
_NAME_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "st", "jr",
                                 "sr", "prof", "rev", "mt", "ft", "atty", "supt", "det", "insp", "adm", "maj", "cmdr", "pres"})


def _quote_before(candidate: Candidate | None, cue: Cue) -> bool:
    """Whether the report of ``cue`` is a quotation written before it ("“...,” the town's attorney
    said in a lawsuit against Acme."): the words after that verb are not its report, so a
    no-comment phrase after it is the reporter's (round 12 trial F3; a sentence the splitter did
    not cut after "LLC." held both)."""
    return candidate is not None and bool(candidate.text_parts) and all(b <= cue.start for _, b in candidate.text_parts)


@lexicon_cache
def _key_index() -> tuple[tuple[tuple[str, tuple[tuple[str, tuple[int, ...]], ...]], ...], tuple[int, ...]]:
    """The keys of ``reply_lexicon().phrases`` by their first four letters, each key with the
    positions of the phrases that hold it: ((stem, ((key, positions), ...)), ...); and the
    positions of the phrases without keys. The keys are word forms that share their stems
    ("declined", "declines", "declining"), so one scan of a body for a stem rules out all its forms."""
    phrases = reply_lexicon().phrases
    by_stem: dict[str, dict[str, list[int]]] = {}
    for position, phrase in enumerate(phrases):
        for key in phrase.keys:
            by_stem.setdefault(key[:4], {}).setdefault(key, []).append(position)
    stems = tuple((stem, tuple((key, tuple(positions)) for key, positions in keys.items())) for stem, keys in by_stem.items())
    return stems, tuple(position for position, phrase in enumerate(phrases) if not phrase.keys)


def _phrase_sentences(doc: Document) -> dict[int, list[Phrase]]:
    """Sentence index -> the phrases of ``reply.toml`` (in lexicon order) that may match in it:
    those with one of their keys wholly in the sentence, and any phrase without keys. Most
    sentences hold no key and most articles few: one ``str.find`` per stem of the keys over the
    body (:func:`_key_index`, built once), and a key present is looked for from its stem on; no
    pass over every phrase and key per article. A stem is looked for only when one of its keys is
    a word of the article (:func:`_written`: a set test each, not a scan of the body per stem)."""
    phrases = reply_lexicon().phrases
    stems, keyless = _key_index()
    written = set().union(*doc.sentence_lower)  # every word of the article, lower-cased (the Document's)
    where: dict[int, set[int]] = {}  # phrase position -> its sentences
    for stem, all_keys in stems:
        keys = [(key, positions) for key, positions in all_keys if _written(key, written)]
        first = doc.body_lower.find(stem) if keys else -1
        if first == -1:
            continue
        for key, positions in keys:
            sentences = _key_sentences(doc, key, first)
            if sentences:
                for position in positions:
                    where.setdefault(position, set()).update(sentences)
    for position in keyless:
        where[position] = {s.index for s in doc.article.sentences}
    out: dict[int, list[Phrase]] = {}
    for position in sorted(where):
        for index in where[position]:
            out.setdefault(index, []).append(phrases[position])
    return out


def _written(key: str, words: set[str]) -> bool:
    """Whether ``key`` is a word of the text, or the word before "n’t" ("wouldn’t"): a phrase's
    required word stands between word edges or spaces in its pattern (:func:`compile_pattern`), or
    right before the "n’t" of "not", so where a phrase matches its key is one of these words."""
    return key in words or key + "n’t" in words or key + "n't" in words


def _key_sentences(doc: Document, key: str, start: int = 0) -> set[int]:
    """The sentences whose span holds ``key`` (in the lower-cased body) wholly; ``key`` occurs
    nowhere before ``start``."""
    body, out = doc.body_lower, set()
    at = body.find(key, start)
    while at != -1:
        sentence = doc.sentence_at(at)
        if sentence.start <= at and at + len(key) <= sentence.end:
            out.add(sentence.index)
        at = body.find(key, at + 1)
    return out


# The words between a no-comment phrase's end and a reporting verb that share its subject: "did
# not answer questions about the river but said ...", "declined to discuss the case and added ...".
_THEN_BUT = re.compile(r"[^.;:!?“”\"]{0,80}?\b(?:but|and|yet)(?:\s+(?:also|then|later|again))?\s+$")


def _coordinated_report(
    doc: Document, cues: Cues, taken: set[int], sentence: Sentence, reply: Candidate
) -> Candidate | None:
    """"Carver Steel did not answer questions ... but said it was proud of its record": the
    reporting verb coordinated after a no-comment phrase has the phrase's speaker, a report of its
    own (a statement) when the candidate stage found none for that verb."""
    if reply.speaker is None or reply.cue is None or reply.speaker[0] > reply.cue.start:
        return None
    after = next((c for c in cues.of(sentence) if c.start >= reply.cue.end), None)
    if after is None or id(after) in taken or after.gerund or after.according:
        return None
    if _THEN_BUT.fullmatch(doc.body, reply.cue.end, after.start) is None:
        return None
    parts = paraphrase(doc, cues, after, reply.speaker, sentence)
    if not parts:
        return None
    return Candidate(sentence, sentence.paragraph, "indirect", tuple(parts), reply.speaker, after, "coordination",
                     position=reply.speaker[0])


class _Covered:
    """The other candidates' text parts, sorted: whether an offset lies inside one, by bisection
    (a scan of all parts for every phrase found made a long text quadratic)."""

    def __init__(self, parts: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in parts]
        self.reach = list(itertools.accumulate((b for _, b in parts), max))  # furthest end of the parts so far

    def holds(self, offset: int) -> bool:
        k = bisect.bisect_right(self.starts, offset)  # the parts starting at or before ``offset``
        return k > 0 and self.reach[k - 1] > offset


def _reply_candidate(
    doc: Document, cues: Cues, marks: CueMarks, sentence: Sentence, phrase: Phrase, m: re.Match[str]
) -> Candidate | None:
    body = doc.body
    start, end = m.start(), m.end()
    cue = Cue(start, start, end, body[start:end], phrase.name, "neutral")
    speaker: tuple[int, int] | None
    how = "speaker"
    if phrase.passive:
        a, b = m.span("party")
        while b > a and body[b - 1] in " ,":
            b -= 1
        speaker = (a, b) if b > a and speaker_like(doc, (a, b)) else None
    else:
        # The speakers of the sentence's earlier verbs, so that "X confirmed ... but declined
        # to comment" can take X (as the candidate stage does for a coordinated verb).
        for earlier in cues.of(sentence):
            if earlier.start < start and not earlier.gerund and earlier not in marks.speakers:
                speaker_for(doc, cues, marks, earlier, (sentence.start, sentence.end), sentence)
        if words(body[start:end])[0].endswith("ing"):
            # "..., declining to comment": the speaker of the verb before, else the subject.
            before = cues.verb_before(sentence, cue)
            speaker = marks.speakers.get(before) if before is not None else None
            how = "coordination"
            if speaker is None:
                speaker, how = named_in_apposition(doc, sentence, cue) or sentence_subject(doc, sentence, cue), "speaker"
        else:
            speaker, how = speaker_for(doc, cues, marks, cue, (sentence.start, sentence.end), sentence)
            if speaker is not None and speaker[1] > start:
                speaker = None  # only a speaker before the phrase: nothing is said after it
    if speaker is None:
        return None
    cut = [c for c in _UNSPLIT_END.finditer(body, speaker[0], speaker[1]) if c.group(1).lower() not in _NAME_ABBREVIATIONS]
    if cut:  # "... against Acme LLC. Acme officials did not return": the words after the missed full stop
        speaker = (cut[-1].end(), speaker[1])
    return Candidate(sentence, sentence.paragraph, "indirect", ((start, end),), speaker, cue, how,
                     position=min(speaker[0], start), kind=phrase.kind)


def _short_denial(doc: Document, cues: Cues, rlex: ReplyLexicon, sentence: Sentence, cue: Cue) -> Candidate | None:
    """"Carver Steel denied wrongdoing.": a denial whose object is one word, too short for a report."""
    marks = CueMarks()
    speaker, how = speaker_for(doc, cues, marks, cue, (sentence.start, sentence.end), sentence)
    if speaker is None or speaker[1] > cue.start:
        return None
    parts = paraphrase(doc, cues, cue, speaker, sentence)
    if sum(len(doc.body[a:b].split()) for a, b in parts) != 1 or not _denies(doc, rlex, cue, sentence):
        return None
    return Candidate(sentence, sentence.paragraph, "indirect", tuple(parts), speaker, cue, how,
                     position=min(speaker[0], cue.start), kind="denial")


def classify(doc: Document, merged: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``merged`` with ``kind="denial"`` on the reports that deny an accusation (module docstring)."""
    rlex = reply_lexicon()
    accused = AccusedCache(doc)
    out = []
    for candidate in merged:
        if candidate.kind == "statement" and not candidate.is_quote:
            cues = ([candidate.cue] if candidate.cue is not None else []) + list(candidate.extra_cues)
            denies = [_denies(doc, rlex, c, candidate.sentence) for c in cues if c.lemma in rlex.denial_verbs]
            if "charge" in denies or ("neutral" in denies and alleged_against(accused, candidate)):  # (trial 18 F18)
                candidate = evolve(candidate, kind="denial")
        out.append(candidate)
    return tuple(out)


def _denies(doc: Document, rlex: ReplyLexicon, cue: Cue, sentence: Sentence) -> str | None:
    """Whether the words after a denial verb are an accusation ("any wrongdoing", "that ..."):
    "charge"; "neutral" when the only such word is a neutral one ("the findings of a report",
    a denial only of an allegation against the speaker: :mod:`.denial_targets`); else None."""
    rest = doc.body[cue.end : sentence.end]
    stop = _STOP.search(rest)
    tokens = [w.lower() for w in WORD.findall(rest[: stop.start()] if stop else rest)]
    k = 0
    while k < len(tokens) and (tokens[k] in _SKIP_AFTER_VERB or tokens[k].endswith("ly")):
        k += 1
    tokens = tokens[k:]
    if not tokens:
        return None
    if cue.lemma in rlex.clause_verbs:
        first = tokens[0]
        if first == "that" or (first.endswith("ing") and len(first) > 4) or first in rlex.pronoun_objects:
            return "charge"
    window = [t[:-2] if t.endswith(("’s", "'s")) else t for t in tokens[: rlex.window]]
    hits = [t for t in window if t in rlex.denial_objects]
    return None if not hits else "neutral" if all(t in rlex.neutral_objects for t in hits) else "charge"
