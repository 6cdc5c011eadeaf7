"""The report's "Methods and limits" section: what each measure does, its published source, what it
cannot see, and the validation figures it quotes.

The figures are the stored headline table ``validation_summary.json`` (next to this module),
computed by ``scripts/refresh_validation_summary.py``; ``tests/test_validation.py`` keeps it equal
to freshly computed figures, so rendering a report never runs the validation.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING

from analysis.report.templating import Section, render_section

if TYPE_CHECKING:
    from analysis.pipeline import ArticleAnalysis

# Methods: what each measure does, its published source, and what it cannot see.
# Which rows of the validation table (validation_summary.json, next to this module) each method quotes.
VALIDATION_MEASURES = {
    "Cutting the page": ("HTML extraction",),
    "Sourcing": ("Sourcing",),
    "Sentiment": ("Sentiment", "Target tone"),
    "Framing": ("Generic frames", "Frame questions", "Policy frames"),
    "Readability": ("Readability",),
}

METHODS: tuple[tuple[str, str, str], ...] = (
    (
        "Cutting the page",
        "Boilerplate lines (navigation, error-page, share, subscribe, advertising, legal and credit lines) are removed by "
        "whole-line phrase lists; headline, byline, dateline and photo caption are recognised by their shapes "
        "(`Credit | text`, `(Photo: …)`, `By …`). HTML pages go through trafilatura's main-content extraction "
        "(Barbaresi 2021) with favor_precision.",
        "A caption or pull quote with no recognisable shape stays in the body; a first line that ends in a full stop "
        "is a headline only when it is short (12 words or fewer), in headline style (no article, no form of 'to be') "
        "and set off above the body, so a full-sentence title is read as body text; only English is supported.",
    ),
    (
        "Sentences",
        "A rule-based splitter for news: abbreviations and titles from a word list, decimals, initials, quotation marks, "
        "numbered lists, ellipses.",
        "47 of the 48 English 'Golden Rules' cases are split exactly (the one miss: 'P.M.' ending one sentence before "
        "'Mr.' while 'a.m. Mr.' runs on in the same text, which punctuation cannot tell apart).",
    ),
    (
        "Sourcing",
        "Rules over the text, no trained model: attributions are found from reporting verbs (a versioned lexicon with "
        "each verb's stance: neutral, assertive, doubt, admission, accusation, warning, denial), 'according to', colon "
        "lead-ins, quotation marks and the quote continuation conventions of news writing; mentions are resolved to "
        "sources (pronouns, surnames, 'the official'). A source is anonymous when the article withholds the name (with the "
        "reason phrase newsroom rules ask for: AP and Reuters standards on anonymous sources); "
        "an unnamed person identified by an office one person holds ('Mexico's president', 'the company's chief "
        "executive') is an office-holder, not anonymous; official when it speaks "
        "for government, military, police or public office (Sigal 1973). The right-of-reply check lists every party the "
        "article accuses or blames and whether it is quoted or paraphrased anywhere.",
        "No parser: unusual sentence shapes, long subjects and speakers known only by a pronoun far from their name can "
        "be missed or misattributed; officialness of an organisation comes from the gazetteer or its name. Measured on "
        "PolNeAR (real US political news with coder-annotated attributions; not redistributable, so scored where it is "
        "kept, not shipped) and on real news of other kinds and our own articles, coded blind without the tool.",
    ),
    (
        "Sentiment",
        "VADER (Hutto & Gilbert 2014), sentence by sentence, with typography normalised (VADER misses negation written "
        "with a curly apostrophe), the lexicon words and rules behind every score read from VADER itself, and tone "
        "aggregated as the mean of sentence compounds (VADER's single compound saturates on long texts). Quoted text is "
        "scored apart from the narrator's. Tone toward each actor is target-dependent (the task of NewsMTSC, Hamborg & "
        "Donnay 2021): rules for what the sentence does to the mention (patient of an attack, agent of a success, "
        "evaluative apposition, stance verb toward it) and a small logistic model trained on NewsMTSC train, shipped "
        "as data, every feature's contribution kept as evidence; pronoun speakers resolved by sourcing count as "
        "mentions.",
        "VADER was built for social media: on NYT editorial snippets its agreement with human ratings is only r ≈ 0.49 "
        "(the paper's figure). It lacks much war and conflict vocabulary and reads diplomatic rebukes ('seek "
        "assurances') as positive; it measures the tone of words, not stance or bias. Target tone has no parser (roles "
        "come from word order) and was trained on US political news: on other news it still colours many neutral "
        "mentions (see its validation rows).",
    ),
    (
        "Framing",
        "Semetko & Valkenburg (2000): five generic frames, each measured by their yes/no questions (20 in all), each "
        "answered by a detector over cue lexicons, the sourcing results (accusations, sides) and the actors; a frame's "
        "score is the mean of its answers. Issue frames: the 15 frames of the Policy Frames Codebook (Boydstun, Card, "
        "Gross, Resnik & Smith 2014), scored by cue density.",
        "Cues are words, not meanings; negation is handled in a short window. Thresholds were tuned on the odd ids of "
        "one topic (climate change, narrative-frames corpus). No policy-frame data set can be redistributed, so policy "
        "frames are checked on real news sentences we had coded blind from the codebook (one coder).",
    ),
    (
        "Readability",
        "Flesch Reading Ease (Flesch 1948), Flesch–Kincaid Grade (Kincaid et al. 1975), Gunning Fog (Gunning 1952), "
        "SMOG (McLaughlin 1969), Coleman–Liau (1975), ARI (Senter & Smith 1967), New Dale–Chall (Chall & Dale 1995, raw "
        "score), Linsear Write; syllables from CMUdict. News norm: Wasike 2018.",
        "The formulas see only word and sentence length, never meaning or layout; names of places and agencies count as "
        "hard words; SMOG and Linsear Write were defined on 30-sentence / 100-word samples, so short articles give rough values.",
    ),
)



def validation_rows() -> list[dict[str, str]]:
    """The stored validation table (computed by ``scripts/refresh_validation_summary.py``; a test
    keeps it equal to freshly computed figures)."""
    return json.loads(resources.files(__package__).joinpath("validation_summary.json").read_text(encoding="utf-8"))


def methods_section(result: ArticleAnalysis) -> Section:
    """Each method: what it does (cited), its limits, and its validation figures."""
    rows = validation_rows()
    methods = [
        {
            "name": name,
            "method": method,
            "limits": limits,
            "figures": [
                (r["data"], r["figure"], r["ours"], r["baseline"], r["humans"])
                for r in rows
                if r["measure"] in VALIDATION_MEASURES.get(name, ())
            ],
        }
        for name, method, limits in METHODS
    ]
    return render_section("methods.html.j2", methods=methods)
