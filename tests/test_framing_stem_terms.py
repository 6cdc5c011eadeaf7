"""A one-word prefix term ("econom*") matches a whole ASCII token starting with its stem, as the
scan assumes when it takes such a token without the term's regex (cue_terms._Term.stem)."""

from __future__ import annotations

from analysis.framing.cue_terms import _compile_term
from analysis.framing.cues import Unit, cue_lexicons, scan


def _stem_terms() -> list:
    index = cue_lexicons().index
    return [t for terms in index.prefix.values() for t in terms if t.stem is not None]


def test_stem_terms_exist_and_are_one_word() -> None:
    terms = _stem_terms()
    assert terms
    for term in terms:
        assert term.term.lower() == term.stem + "*"
        assert term.pattern.pattern.endswith(r"\w*")


def test_stem_pattern_matches_the_whole_token() -> None:
    for term in _stem_terms():
        stem = term.stem
        for token in (stem, stem + "s", stem + "ing_2", stem.upper() + "ED", stem.title() + "x9"):
            text = f"a {token}, b"
            match = term.pattern.match(text, 2)
            assert match is not None and match.span() == (2, 2 + len(token)), (term.term, token)


def test_no_stem_for_case_sensitive_hyphenated_or_phrase_terms() -> None:
    assert _compile_term("=Econom*", "cue:x", False)[2].stem is None
    assert _compile_term("co-operat*", "cue:x", False)[2].stem is None
    assert _compile_term("climate chang*", "cue:x", False)[2].stem is None
    assert _compile_term("café*", "cue:x", False)[2].stem is None
    assert _compile_term("Econom*", "cue:x", False)[2].stem == "econom"


def test_scan_takes_stem_tokens_as_the_pattern_does() -> None:
    lex = cue_lexicons()
    text = "Economists said the economy and ECONOMIC policy, not economics' rules, mattered."
    hits = scan(Unit("body", 0, text, 0), lex, lambda part, at: "narrator")
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
