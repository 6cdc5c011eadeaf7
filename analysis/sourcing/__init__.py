"""Who speaks in a news article, how they are named, and the ratios a media researcher reports.

:func:`analyze_sourcing` finds every **attribution** (a place where the article reports what
someone said), groups attributions into **sources**, and reports the shares that sourcing studies
use, plus a **right-of-reply** check: is a party the article accuses itself quoted or paraphrased?

Methods
-------
* **Attribution types** follow the reported-speech literature used in quotation extraction
  (Pareti 2016, PARC 3.0 attribution corpus; Pouliquen et al. 2007; Krestel et al. 2008):
  ``direct`` = a whole quoted sentence ("“...,” the official said"); ``partial`` = a quoted
  fragment inside the reporter's sentence ("raises “serious concern”"); ``indirect`` = reported
  speech without quote marks ("X said (that) ...", "according to X", "X told Y to ...",
  "X accused Y of ...", ", he said,", "..., saying ..."). A cue is a reporting verb from
  ``lexicons/speech_verbs.toml`` or "according to"; a colon lead-in ("And from Chairwoman X:
  “...”") is an attribution with no verb (``cue is None``), and a lead-in paragraph ending in a
  colon ("Mick Whelan told the BBC:") gives its speaker and verb to the quote paragraph after it.
  Several cues of one speaker in one sentence are one attribution (a quote wins over a paraphrase
  around it as its text), except that a paraphrase beside a quotation, not around it, or beside
  another verb's paraphrase is a report of its own ("“We will appeal,” she said, adding that ...";
  "X said it was “concerned” and urged ..."; "X denied the charge and said ..."), as news coders
  count one report per verb; a quote split by "she said" within a paragraph is one attribution. Negated
  reports ("did not say") and passives ("was told") are not attributions; a report embedded in
  another's paraphrase ("Cole said the city had promised ...") belongs to the outer speaker.
* **Speakers** are found on either side of the cue: before it ("the official said"), after it
  (inverted: "said the senior defense official, who requested anonymity"), behind a relative
  pronoun ("a US official, who said ...") or an appositive ("Hugh Hill, a doctor, said"). A quote
  with no cue in its sentence continues the last speaker of its paragraph or the paragraph before
  (the news convention for running quotes), or takes the speaker of a colon lead-in, or of a
  cue-only sentence that follows it ("So said Jane Doe.", "That was how another man described
  it.", "That line, from parent Derek Owens, ..."); a quotation that fills its paragraph and is
  signed with a dash and a name ("“…” ― Veronica Cruz") is that person's. A participle with no verb before it takes the
  sentence's subject ("Prime Minister X defended the reform, saying ..."). Pronoun speakers
  ("he", "she", "they", "it") take the nearest earlier compatible source or person (a named
  source also counts as mentioned where "the <its title>" appears: "The mayor ... She said");
  surname-only mentions are resolved by :mod:`analysis.actors`.
* **Sources.** Mentions are grouped as in coreference by head noun: a definite description
  ("the official", "the defense official") refers back to the latest source with the same head
  noun (or a named source with that title, "the mayor") whose affiliation and modifiers do not
  conflict; an indefinite one ("a second official", "another resident") opens a new source, except
  that a lead's "A state judge ..." is the "Judge Marion Pryce" named in the next paragraph when
  no reason for anonymity was given, and a unique office by its title ("Austria's interior
  minister") is the "Interior Minister X" named within two paragraphs. "The company" or "the
  union" with no earlier source of that kind is the organisation of that kind last named
  ("Carver Steel will close ..., the company said"); a short form of a body named in full is
  that source ("The Chronicle" after "The San Francisco Chronicle", "the news agency" after "the
  Xinhua News Agency"; not governments, police or armies). A possessed noun is no cue when the
  sentence judges what it names ("the ministry's claim “is patently false”": the rebuttal is the
  rebutter's), and a one-word quotation between a determiner and its noun ("the “interim”
  government") is a scare quote.
  ``speaker_type`` is ``named_person``, ``anonymous`` (an unnamed person; the reason given is kept,
  from ``lexicons/anonymity.toml``, after the AP and Reuters rules that a story must say why a
  source is not named), ``office_holder`` (an unnamed person identified by an office one person
  holds, "Mexico's president", "the company's chief executive": definite, no reason for anonymity
  given; a reader can tell who it is, so it is not anonymous), ``institution`` (a state, ministry, company, union, group), ``document``
  (a report, a statement) or ``unresolved`` (a speaker pronoun no referent was found for: never a
  named or anonymous source called "He"). ``official`` follows Sigal (1973, *Reporters and Officials*):
  government, military, police, courts, public office and state bodies are official channels;
  citizens, experts, companies, unions and NGOs are not (``lexicons/titles.toml``,
  ``lexicons/speakers.toml``); a role that depends on its body ("spokesman", "president") takes
  the office of the body named with it, and a capitalised title before a name ("President X",
  "Chairwoman Y") counts as an office; "former" removes it. The affiliation (side) is the first
  country or organisation named in a source's mentions ("US official" -> United States; a
  government institution counts for its country), not a place after "in" ("a camp in
  Bangladesh") nor a newspaper that "saw" a document; "the hospital's director" takes the
  hospital last named.
* **Stance** of the reporting verb (Bergler 1992; Thompson & Ye 1991): neutral, assertive, doubt,
  admission, accusation, warning, denial. When several cues merge into one attribution ("Kerry
  told ..., warning that ..."), the most marked stance wins (order in ``speech_verbs.toml``).
* **Right of reply** (BBC Editorial Guidelines on fairness; IPSO Editors' Code 1(iv)): parties
  said to be accused or blamed in the headline or body ("X accused of", "Y accused X of",
  "blamed X", "X's action raises serious concern"), and whether each is itself heard. The party
  is followed as news names it again (:mod:`.accused`): a description accused before the name
  ("accused the treasurer of ..." then "Treasurer Gary Lindqvist"), the headline's role noun,
  the name with or without its title, an organisation's short name ("Ridgeline"), "the company"
  for the accused company, its representatives ("a lawyer for Ridgeline"), and a pronoun that
  denies or declines to comment ("He denied the allegations") for the accused it agrees with;
  for an accused government, a party the text calls ruling or governing, or one that denies the
  charge just made; for an office-holder, the seat of the office (Downing Street, the White House,
  the Kremlin, the Élysée: ``reply.toml``) when the dateline or the title ties it to that office.
  A charge a source makes in its own words, quoted or after a verb of assertion ("X lied", "X
  covered it up", "X knew ... and kept selling": ``accusation.toml`` ``charges``), accuses X.
* **Statement kinds and the right-of-reply verdict.** An attribution is a ``statement``, a
  ``denial`` (a denial verb with an accusation as object: "denied any wrongdoing", "rejected the
  accusations"), a ``no_comment`` ("declined to comment", "had no immediate comment", "did not
  respond to a request for comment", "did not return calls", "requests for comment to X went
  unanswered") or ``unreachable`` ("could not be reached for comment", "did not answer the
  phone"); the phrases are in ``lexicons/reply.toml``. No-comment and unreachable records name the
  party and keep the phrase as evidence, with no words: they count in no ratio, side or word
  count, and a party only sought is a source with zero words. Each accused party gets a
  ``verdict``: ``heard`` (a statement that answers, an admission or confession included, from it,
  its members or its representatives), ``denied`` (only denials), ``sought_but_silent`` (only
  no-comment or unreachable records), ``not_sought``.

Known limits on news text
-------------------------
* Rules, not a parser: a speaker phrase is the comma-delimited chunk next to the cue, so a very
  long subject or a speaker in a previous clause with a different verb may be cut wrongly.
  Embedded reports ("X said Y warned ...") yield two attributions. Two or more people named as
  one speaker ("said Ann Cole and Bob Hart") make one attribution whose source is the first
  person named; each person is a source and heard, and the report's words are split evenly
  among them (:mod:`.joint`; ``SourcingResult.joint_speakers``). People joined with their own
  appositions ("Ann Cole, the mayor, and Bob Hart, ...") are not read as joint.
* Pronouns are resolved to the nearest compatible speaker; gender is known only from words such
  as "spokeswoman", "Mr" or an earlier pronoun, never from first names.
* Scare quotes are told from partial quotes by length (three words or fewer) and by the absence
  of a reporting cue in the sentence; a short partial quote with its cue in another sentence is
  taken for a scare quote.
* Only speech is counted: "declined to comment" and "did not respond" are attributions of kind
  ``no_comment`` with no words, left out of every ratio; verbs of thought ("believes") are not
  cues. A no-comment phrase inside another's quotation or paraphrase is not the reporter's and is
  skipped (so "The union said ...; the company did not respond" is missed).
* Word counts of a partial quote count the quoted words only, not the reporter's paraphrase
  around them.
* An organisation's office is known only from the gazetteer, its name words ("National",
  "Ministry") or its head noun; "Cal Fire" or a UN team's head are not known to be official.
* A bare surname with no earlier full name and no title ("said Smith") is not taken for a
  speaker; a single capitalised company name without an organisation word may be taken for a
  person by :mod:`analysis.actors`.

Measured on 21 hand-written fixture articles (tests/fixtures/sourcing, 12 of them written and
annotated before the analyser was first run on them): see ``tests/fixtures/sourcing/README.md``.

The cost is linear in the text: one pass over sentences and quote spans, look-back windows of a
few thousand characters for coreference, and at most 2,000 characters read around a cue.

Stages
------
:func:`analyze_sourcing` runs, in order, over frozen records (:mod:`.context` holds the article's
look-ups, :mod:`.lexicon` the word lists):

1. :mod:`.cues` - reporting verbs and "according to" in every sentence;
2. :mod:`.speakers` (with :mod:`.phrases`, and :mod:`.appositions` for a long apposition, a
   "City, State" locative or a contact relative clause read as the speaker) - the speaker phrase of a cue;
3. :mod:`.content` - the quoted or paraphrased words; :mod:`.candidates` puts cue, speaker and
   content together, one candidate per quotation and per report (:mod:`.own_source`: a quotation whose
   own sentence names its source, a crowd's chants, a signature's closing mark);
   :mod:`.statements` adds one candidate per no-comment or unreachable phrase (and per one-word
   denial, "X denied wrongdoing"), its speaker found by :mod:`.speakers`; :mod:`.passive_agents` gives a
   quotation held by a passive verb of naming to its agent ("was described as “…” by Ann Cole");
4. :mod:`.coreference` (with :mod:`.descriptions`, :mod:`.pronouns`, :mod:`.attributes` and the
   :mod:`.registry` of sources) - every candidate gets a source; :mod:`.joint` gives every person
   of a joint speaker ("said Ann Cole and Bob Hart") a source of their own;
5. :mod:`.merge` - one attribution per source, sentence and kind; :func:`.statements.classify`
   marks the reports that are denials;
6. :mod:`.sources` - the public :class:`Attribution` and :class:`Source` records (:func:`.joint.credit_joint`
   credits the other persons of a joint speaker);
7. :mod:`.ratios` - the shares and the sides (:mod:`.press`: a news outlet cited for its reporting
   is a source but no side);
8. :mod:`.reply` (with :mod:`.accused`, and :mod:`.state_voices`: a court speaks for no party, an
   administration for its dateline's state) - the right-of-reply check and its verdict; the accused
   parties are found before stage 6, so that a pronoun denying for one gets its source.

The public types are in :mod:`.result`.
"""


from __future__ import annotations

from dataclasses import replace

from analysis.actors import ActorsResult, find_actors
from analysis.article import Article
from analysis.sourcing.accused import bind_pronouns
from analysis.sourcing.candidates import find_candidates
from analysis.sourcing.context import Document
from analysis.sourcing.coreference import resolve_speakers
from analysis.sourcing.cues import find_cues
from analysis.sourcing.joint import credit_joint, find_joint, joint_sides, with_joint_voices
from analysis.sourcing.lexicon import lexicon
from analysis.sourcing.merge import merge
from analysis.sourcing.passive_agents import passive_agents
from analysis.sourcing.press import party_attributions, party_sources, press_sources
from analysis.sourcing.ratios import ratios, sides
from analysis.sourcing.reply import accused_parties, right_of_reply
from analysis.sourcing.result import (
    QUOTE_TYPES,
    SPEAKER_TYPES,
    STANCES,
    STATEMENT_KINDS,
    VERDICTS,
    Accusation,
    Attribution,
    Ratios,
    RightOfReply,
    Source,
    SourcingResult,
)
from analysis.sourcing.sources import build_records
from analysis.sourcing.statements import classify, find_replies


def analyze_sourcing(article: Article, actors: ActorsResult | None = None) -> SourcingResult:
    """Find attributions, sources, ratios and the right-of-reply check (see the module docstring).

    ``actors`` is the article's :func:`analysis.actors.find_actors` result; it is computed when
    not given. Raises only :class:`~analysis.errors.AnalysisError` subclasses (a broken lexicon).
    """
    lex = lexicon()
    if actors is None:
        actors = find_actors(article)
    doc = Document.of(article, actors, lex)
    cues = find_cues(doc)
    candidates = passive_agents(doc, find_candidates(doc, cues))  # "was described as “…” by X"
    replies = find_replies(doc, cues, candidates)
    if replies:  # body order, as find_candidates orders its own
        candidates = tuple(sorted([*candidates, *replies], key=lambda c: (c.position, c.sentence.index)))
    resolved = resolve_speakers(doc, candidates)
    joint = find_joint(doc, resolved.candidates, resolved.sources)  # "said Ann Cole and Bob Hart": both heard
    merged = classify(doc, merge(resolved.candidates))
    accused = accused_parties(doc)
    merged, resolved_sources = bind_pronouns(doc, merged, joint.sources, [p for p, _ in accused])
    attributions, sources = build_records(doc, merged, resolved_sources)
    attributions, sources, shared = credit_joint(doc, merged, attributions, sources, resolved_sources, joint)
    reply = right_of_reply(doc, with_joint_voices(attributions, shared), sources, accused)
    press = press_sources(doc, attributions, sources, reply)  # "Bloomberg reported": a source, no side (press.py)
    if press:  # shown on the source, so a reader sees why it is in no side (and framing's CO3 skips it too)
        sources = tuple(replace(s, press=True) if s.source_id in press else s for s in sources)
    return SourcingResult(
        attributions=attributions,
        sources=sources,
        ratios=ratios(attributions, sources, article.word_count),
        right_of_reply=reply,
        sides=joint_sides(party_attributions(attributions, press), sources, shared) if shared
        else sides(party_sources(sources, press)),
        body_words=article.word_count,
        unattributed_quotes=resolved.unattributed,
        joint_speakers=shared,
    )


__all__ = [
    "QUOTE_TYPES",
    "SPEAKER_TYPES",
    "STANCES",
    "STATEMENT_KINDS",
    "VERDICTS",
    "Accusation",
    "Attribution",
    "Ratios",
    "RightOfReply",
    "Source",
    "SourcingResult",
    "analyze_sourcing",
]
