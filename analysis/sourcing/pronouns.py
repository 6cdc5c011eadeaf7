"""Coreference of speaker pronouns: "he", "she", "they", "it" take the nearest earlier compatible
source or actor mention.

"he"/"she" take a person: a source, a person mention, or a named source whose title is used as a
definite description ("The mayor ... She said"); "it" takes an institution or a document (or an
organisation or country mention); "they" prefers plural or institutional sources. A known gender
must agree: from words such as "spokeswoman" or "Mr", an unambiguous given name, an honorific put
before the person's surname anywhere in the article ("Mr. Lund" makes "Lund" a man), or an earlier
pronoun. A person mention is a referent only as the subject of a clause (:func:`_salient`): not the
object of a preposition or of a verb of accusation or address, not the subject of a reported "that"
clause, not a name inside quotation marks or inside the words an earlier attribution reported, not
a name inside another speaker's description ("a woman from Kyauk Taw"). Only the last few thousand
characters and the last few dozen sources are read. A pronoun with no referent opens an anonymous
source of its own.

Number and gender agreement rules belong in :func:`_candidates`; the choice among candidates
(nearest wins) in :func:`resolve_pronoun`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from analysis.actors import ActorMention, find_actors_in_text, person_gender
from analysis.lexicons import lexicon_cache
from analysis.sourcing.attributes import actor_is_official, org_class
from analysis.sourcing.body_subjects import body_subjects
from analysis.sourcing.context import LOOKBACK_CHARS, LOOKBACK_SOURCES, Document
from analysis.sourcing.introductions import introduced_person
from analysis.sourcing.lexicon import word_tuple, words
from analysis.sourcing.pronoun_checks import is_asker, is_group
from analysis.sourcing.registry import Registry, SourceRecord, note
from analysis.sourcing.roles import describe_role, referent, role_words


def resolve_pronoun(doc: Document, reg: Registry, pronoun: str, position: int) -> SourceRecord:
    """The source a speaker ``pronoun`` at ``position`` refers to (see the module docstring)."""
    gender = "f" if pronoun == "she" else "m" if pronoun == "he" else None
    window = max(0, position - LOOKBACK_CHARS)
    recent = [s for s in reg.sources[-LOOKBACK_SOURCES:] if s.last >= window]
    candidates = _candidates(doc, reg, doc.lex.pronouns[pronoun], gender, window, position, recent)
    if not candidates and gender is not None:
        named = _headline_person(doc, reg, gender)
        if named is not None:
            return named
    if not candidates:
        return reg.new_source(
            speaker_type="anonymous", key=f"pronoun:{len(reg.sources)}", head=pronoun, plural=pronoun == "they",
            modifiers=frozenset(), affiliation=None, gender=gender, person=None, klass=None,
        )
    best = introduced_person(doc, reg, candidates, position) if gender is not None else None
    if best is None:
        _, best = max(candidates, key=lambda c: (_salient(doc, c[1]) and not _reported(doc, reg, c[1], gender), c[0]))
    if isinstance(best, SourceRecord):
        if best.gender is None and gender is not None:
            best.gender = gender
        return best
    if best.kind == "person":
        source, created = reg.person_source(best.actor, gender)
        if created:
            note(source, best.text, (best.start, best.end), best.start)
            source.title, source.title_official = reg.title_of(doc, best.actor)
        if source.gender is None:
            source.gender = gender
        return source
    actor = best.institution or best.actor
    source = next((s for s in recent if s.key == f"actor:{actor}"), None)
    if source is None and best.via == "description":  # "The city" after "The city of Phoenix" spoke: that body
        source = next((s for s in reversed(recent) if any(m.lower().startswith(actor.lower()) for m in s.mentions)), None)
    if source is None:
        source = reg.new_source(
            speaker_type="document" if best.kind == "document" else "institution", key=f"actor:{actor}", head=None,
            plural=False, modifiers=frozenset(),
            affiliation=best.actor, gender=None, person=None, klass=org_class(doc.lex, actor),
            institution_official=actor_is_official(doc.lex, actor),
        )
        source.name_hint = actor
        note(source, best.text, (best.start, best.end), best.start)
    return source


def they_has_referent(doc: Document, reg: Registry, position: int) -> bool:
    """Whether a "they" at ``position`` has a source to take (a group, an institution, an unnamed
    source of no stated gender), as :func:`resolve_pronoun` would find it."""
    window = max(0, position - LOOKBACK_CHARS)
    recent = [s for s in reg.sources[-LOOKBACK_SOURCES:] if s.last >= window]
    return bool(_candidates(doc, reg, doc.lex.pronouns["they"], None, window, position, recent))


def _reported(doc: Document, reg: Registry, referent: SourceRecord | ActorMention, gender: str | None) -> bool:
    """Whether a source was last heard inside the words another speaker reported, and that speaker
    agrees with the pronoun ("Carson ..., pointing out that the paper's Robert Costa had reported ...
    “Apparently not,” he said": Costa is what Carson spoke of, the "he" is Carson); such a source is
    taken only when no subject agrees. When the reporter does not agree ("Rep. Steve Israel said
    Clinton called ... She added") the source reported on is the one meant."""
    if not isinstance(referent, SourceRecord):
        return False
    reporter = reg.reporter_of(referent.last, referent.id)
    if reporter is None or reporter.speaker_type != "named_person" or reporter.person is None:
        return False
    known = reporter.gender or reg.gender_of(doc, reporter.person)
    return gender is None or known == gender


# Words before a name that make it an object, not the subject a later "he said" follows: prepositions, a
# reported "that" clause ("recalled that Obama ..."), and verbs of accusation, praise or address ("accused
# Cruz", "told Bush"). "asked" and "questioned" are left out: the person asked is the one who answers next.
_OBJECT_BEFORE = frozenset({"to", "with", "against", "about", "of", "for", "by", "from", "on", "at", "over", "and",
                            "than", "like", "as", "into", "toward", "towards", "behind", "under", "between", "that",
                            "whether", "accused", "blamed", "criticized", "criticised", "attacked", "thanked", "praised",
                            "told", "urged", "called", "named", "hitting", "defended", "endorsed"})
# Words that open a clause whose subject follows ("but Christie wasn't having it", "when Cruz spoke").
# ("after", "before", "since" are left out: before a name they are mostly prepositions, "went after Bush").
_CLAUSE_OPENERS = frozenset({"but", "yet", "so", "then", "when", "because", "although", "though", "if",
                             "once", "where", "now", "still", "instead", "also"})
_QUOTE_CLOSES = tuple(f"{p}{q} " for p in ",?!" for q in ("\u201d", '"', "''"))  # a closing quotation, then a space
_KEPT_BEFORE_NAME = _OBJECT_BEFORE | _CLAUSE_OPENERS  # capitalised, still no title ("To", "But")
# Clause openers that subordinate however long the words before them ("... was complete when Trump called").
_SUBORDINATORS = frozenset({"but", "when", "because", "although", "though", "if", "once", "where"})
# Past-tense words that are not verbs of the name before them ("Trump-backed", "a named" are rare; "need" is not -ed).
_NOT_A_VERB_AFTER = frozenset({"red", "bed", "shed", "led", "bred", "fed", "wed", "seed", "speed", "need", "feed"})
# Words after "Name, apposition," that are not its verb ("Tapper, Bash and Blitzer").
_NOT_A_VERB_AFTER_APPOSITION = frozenset({"and", "or", "nor", "the", "a", "an", "of", "in", "on", "at", "to", "for",
                                          "with", "by", "as", "who", "which", "whose", "whom", "that", "but"})
# Words right after a name that make it the subject of a verb ("Christie wasn't having it", "Cruz has said").
_AUXILIARIES = frozenset({"is", "was", "has", "had", "did", "does", "will", "would", "can", "could", "should", "may",
                          "might", "must", "isn't", "wasn't", "hasn't", "hadn't", "didn't", "doesn't", "won't",
                          "also", "then", "later", "now", "still", "never", "again", "spoke", "says", "said", "told",
                          "wrote", "went", "took", "gave", "made", "came", "won", "lost", "ran", "met", "saw", "thought"})


def is_subject(doc: Document, mention: ActorMention) -> bool:
    """Whether a person ``mention`` is the subject of its clause (:func:`_salient`)."""
    return _salient(doc, mention)


def _salient(doc: Document, referent: SourceRecord | ActorMention) -> bool:
    """Whether a referent is a subject a news writer would follow with "he said": a source that
    has spoken, or a person named as the subject of a clause — nothing but a title, a determiner,
    an opening clause, a closing quotation or a conjunction before the name, or a verb right after
    it (past an apposition: "Sandra Paradis, 78, arrived") — not the object of a preposition or a
    verb ("accused Cruz", "asked Rubio"), not a subject inside a reported "that" clause."""
    if isinstance(referent, SourceRecord):
        return True
    sentence = doc.sentence_at(referent.start)
    before = doc.body[sentence.start : referent.start]
    cut = max(before.rfind(", "), before.rfind("; "))
    quote_end = max(map(before.rfind, _QUOTE_CLOSES))
    if quote_end > cut:  # "“…,” Trump shot back": the inverted speaker after a closing quotation
        cut = before.find(" ", quote_end) - 1
    lead = before[cut + 2 :] if cut != -1 else before
    lead_words = words(lead)
    if _presented_after_colon(doc, before, sentence.end, referent.end):
        return True  # "Only one senator signaled an openness: Sen. Bob Corker (R-Tenn.)." (trial 14 F1)
    if _plain_words(lead)[-2:] == ["as", "for"] and doc.body.startswith(",", referent.end):
        return True  # "As for Trump, he said ...": the topic the next clause is about
    if cut == -1 and lead.split()[:1] == ["To"] and doc.body.startswith(",", referent.end):
        return True  # "To Professor Ana Ruiz, the stare meant sadness. “…,” she said": whose view the sentence gives
    if _reported_subject(doc, lead, referent.end):
        return False  # "Garten said Nunberg was bound ...": the person a that-less reported clause is about
    if _object_word(lead) and not (
        _plain_words(lead)[-1:] == ["as"] and _verb_follows(doc, referent.end) and _first_person_in(doc, sentence.start, referent)
    ) and not _opening_and(lead, cut):
        return False  # (not "..., as Mr. McDonough suggested": the clause's subject, with no person before it)
    if not lead_words and before[cut : cut + 1] == "," and _listed(doc, sentence.start + cut, referent.end):
        return False  # "mentioned the network's Jake Tapper, Dana Bash and Wolf Blitzer": a list, not a subject
    if not lead_words and cut != -1 and before[cut : cut + 1] == "," and doc.body.startswith(",", referent.end) and (
        _object_verb_before(before[:cut])
    ):
        return False  # "told one of the country's leading newspapers, Ilta-Sanomat, on Sunday": the listener (trial 20 F2)
    if not lead_words and cut != -1 and before[cut : cut + 1] == "," and _closing_apposition(doc, sentence.end, referent.end):
        return False  # "..., not naming the author of that line, Carl Lind, who died last year.": an apposition
    if len(lead_words) <= 4 and all(w[:1].isupper() for w in lead.split()):
        return True
    if lead_words and lead_words[-1] in _CLAUSE_OPENERS and (
        len(lead_words) <= 3 or (lead_words[-1] in _SUBORDINATORS and _first_person_in(doc, sentence.start, referent))
    ):
        return True  # "The rejection was complete when Trump called ...": a subordinate clause's subject, no person before it
    # "Tennis great Billie Jean King remembered ...": a short lead and a verb after the name.
    verb_in_lead = any(w.endswith(("ing", "ed")) for w in lead_words)  # "replacing Clinton would ..." is an object
    if cut == -1 and _LONG_DESCRIPTION_WORDS >= len(lead_words) > 3 and _described_name(doc, lead_words):
        # "California's outgoing Democratic governor Jerry Brown visited ...": a longer description
        # opening the sentence, ending in a title, before the name and its verb (trial 20 F2)
        return _verb_follows(doc, referent.end)
    return len(lead_words) <= 3 and not verb_in_lead and _verb_follows(doc, referent.end)


# Words of a description that may open a sentence before its subject's name ("California's outgoing
# Democratic governor Jerry Brown"); longer leads hold a clause of their own.
_LONG_DESCRIPTION_WORDS = 6


# The verbs of _OBJECT_BEFORE: a name in an apposition to their object is that object, no subject.
_OBJECT_VERBS = frozenset(w for w in _OBJECT_BEFORE if w.endswith("ed") or w in ("told", "hitting"))


def _object_verb_before(text: str) -> bool:
    """Whether the clause ending ``text`` (after its last comma) holds a verb of address or
    accusation, so that a name set off by commas after it is in apposition to its object."""
    clause = text[text.rfind(", ") + 2 :] if ", " in text else text
    return not _OBJECT_VERBS.isdisjoint(words(clause))


def _described_name(doc: Document, lead_words: list[str]) -> bool:
    """Whether the words opening a sentence before a name are a description of that person: a title
    last ("governor"), no preposition, conjunction or verb of address among them, and no participle
    opening them ("Replacing governor ..."): "outgoing", "former" are the description's own."""
    return ((lead_words[-1],) in doc.lex.titles and _OBJECT_BEFORE.isdisjoint(lead_words)
            and not lead_words[0].endswith(("ing", "ed")))


# A relative clause or nothing after a name that closes its sentence: ", who died last year.", ".".
_CLOSING_APPOSITION = re.compile(r"(?:,\s+(?:who|whose|whom|which)\b[^,;:]*)?[.!?]?\s*$")


# After a name that a colon presents: a party-state tag or a short apposition, then the sentence's end.
_PRESENTED_TAIL = re.compile(r"(?:\s*\([^()]{1,15}\)|,\s+[^,;:.]{1,60})?[.!]?\s*$")


def _presented_after_colon(doc: Document, before: str, sentence_end: int, end: int) -> bool:
    """Whether a name is what its sentence builds up to and presents after a colon ("Only one GOP
    senator signaled an openness: Sen. Bob Corker (R-Tenn.)."): nothing but titles between the
    colon and the name, and nothing but a party-state tag or a short apposition after it. The
    sentence is about that person, whom a "he said" in the next sentence continues, as it would
    the sentence's subject."""
    colon = before.rfind(": ")
    if colon == -1:
        return False
    lead = before[colon + 2 :].split()
    if len(lead) > 3 or not all(w[:1].isupper() for w in lead):
        return False
    return _PRESENTED_TAIL.match(doc.body, end, sentence_end) is not None


def _closing_apposition(doc: Document, sentence_end: int, end: int) -> bool:
    """Whether a name written after a comma ends its sentence, alone or with a relative clause
    ("... the author of that line, Carl Lind, who died last year."): it names what the words before
    the comma spoke of, an apposition and no subject; a subject goes on to its verb ("In 2008, Carl
    Lind, who was mayor, said ...")."""
    return _CLOSING_APPOSITION.match(doc.body, end, sentence_end) is not None


def _reported_subject(doc: Document, lead: str, end: int) -> bool:
    """Whether a name right after a reporting verb opens the clause that verb reports, with no "that"
    ("Garten said Nunberg was bound ..."): the person spoken about, not the speaker. An inverted
    speaker ("“…,” said Nunberg.", "said Nunberg, who ...") has no verb of its own after the name."""
    lowered = _plain_words(lead)
    return bool(lowered) and lowered[-1] in doc.lex.verbs and _verb_follows(doc, end) and not doc.body.startswith(",", end)


def _opening_and(lead: str, cut: int) -> bool:
    """Whether the "and" before a name opens the sentence ("And Obama, for all ..., seems to agree"):
    a conjunction joining this sentence to the last, not two names ("Cruz and Rubio")."""
    return cut == -1 and _plain_words(lead) == ["and"]


def _first_person_in(doc: Document, sentence_start: int, referent: ActorMention) -> bool:
    """Whether no other person is named in the sentence before ``referent`` (a subordinate clause's
    subject ranks below the main clause's: "Reid raised the example ..., just as President Lincoln did")."""
    return not any(m.kind == "person" and m.actor != referent.actor for m in doc.mentions_in(sentence_start, referent.start))


def _plain_words(lead: str) -> list[str]:
    """The lower-cased words of ``lead`` less the capitalised titles at its end ("said that Mr." -> said, that)."""
    return list(_plain_word_tuple(lead))


# A referent's lead is read two or three times by :func:`_salient`'s rules.
@lru_cache(maxsize=1024)
def _plain_word_tuple(lead: str) -> tuple[str, ...]:
    tokens = lead.split()
    while tokens and tokens[-1][:1].isupper() and tokens[-1].lower() not in _KEPT_BEFORE_NAME:
        tokens.pop()
    # The words of the last four tokens: one look-up of them joined by a space (no word runs
    # across a space, so the words are those of each token in turn).
    return word_tuple(" ".join(tokens[-4:]))


def _object_word(lead: str) -> bool:
    """Whether the word before a name makes it an object or the subject of a reported clause
    (:data:`_OBJECT_BEFORE`), read past the capitalised titles written before it ("said that Mr.
    Trump had ...", "accused Texas Sen. Ted Cruz")."""
    lowered = _plain_words(lead)
    return bool(lowered) and lowered[-1] in _OBJECT_BEFORE


def _listed(doc: Document, comma: int, end: int) -> bool:
    """Whether the name ending at ``end`` is an item of a list of names: a person's name ends right
    before the comma at ``comma`` and another item follows ("Tapper, Bash and Blitzer")."""
    if not doc.body.startswith((",", " and ", " or "), end):
        return False
    return any(m.kind == "person" and m.end == comma for m in doc.mentions_in(max(0, comma - 60), comma))


def _verb_follows(doc: Document, end: int) -> bool:
    """Whether the word after a name (past a short comma-bounded apposition) can be its verb: a
    lower-case word that is not a conjunction, a preposition or a possessive."""
    after = doc.body[end : end + 120]
    apposition = after.startswith(",")
    if apposition:
        close = after.find(",", 1)
        if close == -1 or close > 60:
            return False
        after = after[close + 1 :]
    if after[:1] in ("\u2019", "'"):
        return False  # "their neighbour Ben Green's dog barked": a possessor, not the subject of the verb
    following = [w.replace("\u2019", "'") for w in words(after[:30])]
    if not following or not after.lstrip()[:1].islower():
        return False
    if apposition and following[0] not in _NOT_A_VERB_AFTER_APPOSITION:
        return True  # "Benjamin Green, 83, knows ...": after an apposition, a verb
    return following[0] in _AUXILIARIES or (following[0].endswith("ed") and following[0] not in _NOT_A_VERB_AFTER)


def _last_definite(doc: Document, reg: Registry, head: str, start: int, end: int) -> int:
    """Offset of the last "the <head>" as whole words in ``start``..``end`` ("the president", not
    "the presidential race"), or -1. One inside quotation marks or a reported paraphrase is what a
    speaker spoke of, not a mention of the speaker (“… about the president's non-use of the word,” he
    said: the "he" is the spokesman quoted, not the president)."""
    needle = f"the {head}"
    found = doc.body_lower.rfind(needle, start, end)
    while found != -1:
        after = doc.body_lower[found + len(needle) : found + len(needle) + 1]
        before = doc.body_lower[found - 1 : found] if found else " "
        spoken_of = doc.in_quote(found) or reg.in_content(found)
        if not (after.isalnum() or before.isalnum() or spoken_of) and not _apposition_of_other(doc, found):
            return found
        found = doc.body_lower.rfind(needle, start, found)
    return -1


# A sentence that opens with a definite description of one person ("The Ohio governor did not back
# down.", "But the billionaire businessman insisted ..."): up to three modifiers, then a head noun.
_DESCRIBED_SUBJECT = re.compile(r"(?:(?:But|And|Still|Yet|Meanwhile),? )?[Tt]he ((?:[\w.'’-]+ ){0,3}?)([a-z-]+) (?=[a-z])")
_SUBJECT_SENTENCES = 4  # sentences read back for such a subject (bounds the cost)


@lexicon_cache
def _role_heads() -> frozenset[str]:
    """Every head noun a role may have (a speaker role, an abbreviation's expansion, a word with its
    variants and the variants): built once per lexicon, not per pronoun."""
    rw = role_words()
    return frozenset(rw.speaker_roles | set(rw.abbreviations.values()) | set(rw.also) | {w for v in rw.also.values() for w in v})


def _described_subjects(
    doc: Document, reg: Registry, gender: str | None, window: int, position: int
) -> list[tuple[int, ActorMention]]:
    """The persons that sentences just before the pronoun open with as a description ("Ohio Gov. Mark
    Delaney ... The Ohio governor did not back down. “…,” he said": Delaney), found through the roles
    the text gave them (:func:`~analysis.sourcing.roles.referent`), each as a mention at the
    description (a subject, so salient). A description no role in the text fits adds nothing."""
    heads = _role_heads()
    sentences = doc.article.sentences
    last = bisect.bisect_right(doc.sentence_starts, position) - 1
    out: list[tuple[int, ActorMention]] = []
    for sentence in sentences[max(0, last - _SUBJECT_SENTENCES) : last + 1]:
        if sentence.start < window or sentence.start >= position:
            continue
        match = _DESCRIBED_SUBJECT.match(sentence.text)
        if match is None or match.group(2) not in heads:
            continue
        start = sentence.start + match.start()
        phrase = doc.body[start : sentence.start + match.end(2)]
        core = tuple(w.lower() for w in words(phrase))
        core = core[core.index("the") :] if "the" in core else core
        described = describe_role(doc, core, match.group(2), None)
        if described is None:
            continue
        actor, _ = referent(doc, described, start, reg.roles, reg.latest_person(), gender, lambda a: reg.gender_of(doc, a))
        named = [m for m in doc.person_mentions.get(actor, ()) if m.start < start] if actor else []
        if named:
            out.append((start, replace(named[-1], text=phrase, start=start, end=start + len(phrase))))
    return out


# What may stand between two coordinated names in one speaker phrase: "and", then titles ("Sen.").
_COORDINATION = re.compile(r" and (?:[A-Z][\w.]* )*")


def _names_several(doc: Document, span: tuple[int, int]) -> bool:
    """Whether a speaker phrase opens with two persons' names joined by "and" ("Govs. Jeb Bush and
    Chris Christie, who say ...", "Sens. Ted Cruz and Marco Rubio have both urged ..."): the pair
    spoke, and a later "he" is neither of them alone. An "and" inside an apposition ("an adviser to
    Presidents Reagan and George W. Bush") joins no speakers."""
    if " and " not in doc.body[span[0] : span[1]]:
        return False
    persons = [m for m in doc.mentions_in(span[0], span[1]) if m.kind == "person"]
    if len(persons) < 2 or persons[0].actor == persons[1].actor or "," in doc.body[span[0] : persons[0].end]:
        return False
    return _COORDINATION.fullmatch(doc.body[persons[0].end : persons[1].start]) is not None


def _group(doc: Document, source: SourceRecord) -> bool:
    """Whether a source speaks as several: a plural one, or one last heard as two names joined by
    "and" ("Wilcox and Beruff argued ... State departments can do that, they said")."""
    return source.plural or (bool(source.spans) and _names_several(doc, source.spans[-1]))


def _apposition_of_other(doc: Document, offset: int) -> bool:
    """Whether the "the <title>" at ``offset`` is an apposition to the name right before it ("Brian
    Murphy, the chairman of the county GOP, said"): it describes that person, and says nothing of
    another chairman named earlier."""
    if doc.body[max(0, offset - 2) : offset] != ", ":
        return False
    return any(m.kind == "person" and m.end >= offset - 3 for m in doc.mentions_in(max(0, offset - 80), offset))


def _headline_person(doc: Document, reg: Registry, gender: str) -> SourceRecord | None:
    """The one person the headline names, as the source of a "he" or "she" the body gives no
    referent ("Mayor Lena Ortiz: 'We will rebuild'" over "“…,” she told reporters"): news names
    its speaker in the headline and may open the body with the pronoun. Not when the headline names
    several persons or the person's known gender is the other one."""
    headline = doc.article.headline
    if not headline:
        return None
    persons = {m.actor: m for m in find_actors_in_text(headline).mentions if m.kind == "person"}
    if len(persons) != 1:
        return None
    actor, mention = next(iter(persons.items()))
    if person_gender(actor) not in (None, gender):
        return None
    source, created = reg.person_source(actor, gender)
    if created:
        source.title, source.title_official = _headline_title(doc, headline[: mention.start])
    return source


def _headline_title(doc: Document, before: str) -> tuple[str | None, bool | None]:
    """The title written right before a headline's name ("Mayor" in "Mayor Lena Ortiz: …")."""
    tokens = before.split()
    for n in range(min(3, len(tokens)), 0, -1):
        key = tuple(w.lower().strip(",.;:") for w in tokens[-n:])
        if key in doc.lex.titles:
            return " ".join(tokens[-n:]), doc.lex.titles[key]
    return None, None


def _candidates(
    doc: Document, reg: Registry, wanted: str, gender: str | None, window: int, position: int, recent: list[SourceRecord]
) -> list[tuple[int, SourceRecord | ActorMention]]:
    """(offset of the latest mention, referent) for every referent that agrees with the pronoun."""
    candidates: list[tuple[int, SourceRecord | ActorMention]] = []
    for source in recent:
        if wanted == "person" and (
            source.speaker_type not in ("named_person", "anonymous") or source.plural or is_group(doc.lex, source) or is_asker(source)
        ):
            continue
        if wanted == "institution" and source.speaker_type not in ("institution", "document"):
            continue
        if wanted == "person" and source.spans and _names_several(doc, source.spans[-1]):
            continue  # last heard as one of "Govs. Jeb Bush and Chris Christie, who say ...": not a "he"
        if gender is not None and source.gender not in (None, gender):
            continue
        person_gender = reg.gender_of(doc, source.person) if source.gender is None and source.person else None
        if gender is not None and person_gender not in (None, gender):
            continue
        last = source.last
        if source.title is not None and source.speaker_type == "named_person":
            # "The mayor, who faces re-election ..." refers to the named mayor.
            title_head = words(source.title)[-1:]
            if title_head:
                last = max(last, _last_definite(doc, reg, title_head[0], window, position))
        candidates.append((last, source))
    inside_spans = [sp for src in recent for sp in src.spans[-4:]]
    reported_on: list[tuple[int, ActorMention]] = []  # people a paraphrase was about, of the pronoun's known gender
    if wanted == "person":
        for m in doc.mentions_in(window, position):
            if m.kind != "person":
                continue
            if any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) + 2 for a, b in inside_spans):
                continue  # a name inside another speaker's description ("a woman from Kyauk Taw")
            existing = reg.by_person.get(m.actor)
            known = existing.gender if existing is not None and existing.gender is not None else reg.gender_of(doc, m.actor)
            if doc.in_quote(m.start) or reg.in_content(m.start):
                if gender is not None and known == gender and not doc.in_quote(m.start):
                    reported_on.append((m.start, m))
                continue  # the person a quotation or paraphrase is about, not a speaker ("“Cruz is lying,” he said")
            if gender is not None and known not in (None, gender):
                continue
            candidates.append((m.start, m))
    if wanted == "person":
        candidates.extend(_described_subjects(doc, reg, gender, window, position))
        if not candidates and reported_on:
            # No subject agrees: "Sen. Ruth Abrams accused Gov. Mark Delaney of a cover-up. He said ..." is
            # the man the paraphrase was about, the only one the pronoun can mean.
            candidates.append(reported_on[-1])
    if wanted == "institution":
        for m in doc.mentions_in(window, position):
            if m.kind != "person" and not (doc.in_quote(m.start) or reg.in_content(m.start)):
                candidates.append((m.start, m))  # not a body or a place a quotation or paraphrase is about
        spoken = {span[0] for source in recent for span in source.spans}  # a body heard there is its source already
        candidates.extend(c for c in body_subjects(doc, window, position) if c[0] not in spoken)  # "Trump's campaign ... It's"
    if wanted == "any":
        # "they" takes a group, an institution, or an unnamed source of no stated gender (singular
        # "they"), never one named person or a document: with none of those it stays unresolved.
        candidates = [
            c for c in candidates
            if isinstance(c[1], SourceRecord)
            and (_group(doc, c[1]) or c[1].speaker_type == "institution" or (c[1].speaker_type == "anonymous" and c[1].gender is None))
        ]
        plural = [c for c in candidates if isinstance(c[1], SourceRecord) and (_group(doc, c[1]) or c[1].speaker_type == "institution")]
        candidates = plural or candidates
        # "Clinton's campaign is seeking to contrast her approach with what they call ...": a body the
        # pronoun's own sentence opens with.
        own = doc.sentence_at(position).start
        candidates.extend(c for c in body_subjects(doc, max(window, own), position) if c[1].kind == "organisation")
    return candidates
