"""Words a target-level rule has already read: kept out of the sentence's tone (issue #18, round 19).

The trained weights read the sentence's VADER compound and its words (``S:``) for every target in
it, so a word that a rule has already interpreted for the target is read a second time, the other
way round. Three cases, each from the coders' guideline (docs/annotation/target_tone_guideline.md):

* **victims** (rule 10: "Smith was injured in the crash" is neutral): "X was badly injured",
  "gunmen shot X" fire ``patient_harm``; the harm verb and the adverbs before it ("badly") are the
  misfortune itself, not a judgement of X, yet "injured -1.70; badly -2.10" made X negative (round-18
  trial F13: "Maria Lopez was badly injured when the bridge collapsed" -> negative -0.59);
* **cleared of a charge** (rule 1: "Smith was cleared of all charges" is positive): the of-phrase
  names what X was cleared of (:func:`analysis.sentiment.target_features._clear_charge` already
  kept its words out of the scope sums), yet "charges" still weighed in the compound and as a
  sentence word ("A jury acquitted Maria Lopez of all charges" -> negative -0.19, F13);
* **exculpation** (rule 7: "Smith was not charged" is usually positive, cleared of suspicion):
  "found no evidence that X had done anything wrong", "there is no sign that X knew": a negated
  evidence noun before "that X" clears X of what follows, so it fires ``patient_positive`` (as
  "cleared X" does) and the clause after X is what X was cleared of (F13: -> negative -0.92).

:func:`covered_words` returns the token indices a rule read (and may add the exculpation
feature); :func:`analysis.sentiment.target_features._features` zeroes their valences before the
scope features are summed, takes the matching ``S:`` names out and, when any is valent, scores the
text again with them blanked (one VADER call, only when one of the three rules fires: the cost is
gated on its trigger words).
"""

from __future__ import annotations

from analysis.sentiment.target_rules import _Rules
from analysis.sentiment.target_tokens import _Sentence

#: The feature that marks a target named as a venue (:func:`setting`); no weight of its own: it
#: calls for the neutral prior (:func:`analysis.sentiment.target_scope.evidence_priors`).
SETTING = "setting"

_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
#: Words after an occasion's noun that end its noun phrase (prepositions, clause words).
_PHRASE_ENDS = frozenset({"on", "in", "at", "of", "for", "with", "to", "where", "when", "which", "that", "and", "but",
                          "last", "this", "next", "earlier", "later"})

#: The rule features that say what the sentence does to the target itself: with none of them a
#: target named as a venue is a bystander (:func:`setting`).
TARGET_RULES = ("patient_", "agent_", "apposition_", "predicate_", "modifier_", "possessed_", "received_", "speaker")


def covered_words(s: _Sentence, r: _Rules, out: list[tuple[str, float, str]], feature: type) -> list[int]:
    """The indices of ``s`` whose words a rule already read for the target (see the module
    docstring), in order; appends the exculpation feature (``feature``: the Feature class) to ``out``."""
    names = [f[0] for f in out]
    covered: list[int] = []
    if "patient_harm" in names:
        covered += _harm_words(s, r)
    if "patient_positive" in names:
        covered += _cleared_of(s, r)
    if "that" in s.words[max(0, s.first - 3) : s.first]:
        k = _exculpated(s, r)
        if k >= 0:
            out.append(feature("patient_positive", 1.0, f"{' '.join(s.raw[k : s.first])} <target> (cleared)"))
            covered += [*range(k, s.first), *_rest_of_clause(s, r)]  # the rule's own words and what X is cleared of
    return covered


def _harm_words(s: _Sentence, r: _Rules) -> list[int]:
    """The harm verb done to the target and the words between it and the target ("was badly
    injured", "gunmen shot"): after the target up to four words, else the word before it."""
    for k in range(s.last + 1, min(len(s.words), s.last + 6)):
        if s.words[k] in r.harm:
            return list(range(s.last + 1, k + 1))
        if s.words[k] in r.breaks:
            break
    k = s.first - 1
    while k >= 0 and s.first - k <= 4 and s.words[k] not in r.breaks:
        if s.words[k] in r.harm:
            return list(range(k, s.first))
        k -= 1
    return []


def _cleared_of(s: _Sentence, r: _Rules) -> list[int]:
    """"cleared X of murder": the of-phrase after the target, up to a clause break."""
    k = s.last + 1
    if k >= len(s.words) or s.words[k] != "of":
        return []
    end = k
    while end < len(s.words) and s.words[end] not in r.breaks and s.words[end] not in (".", "!", "?"):
        end += 1
    return list(range(k, end))


def _exculpated(s: _Sentence, r: _Rules) -> int:
    """The index of the negation in "no [clear] evidence that [the] X", or -1: "that" at most two
    words before the target (determiners and titles between), an evidence noun right before it and
    a negation up to three words before the noun."""
    k = s.first - 1
    while k >= 0 and s.first - k <= 3 and s.words[k] != "that":
        k -= 1
    if k < 1 or s.words[k] != "that" or s.words[k - 1] not in r.evidence_nouns:
        return -1
    j = k - 2
    while j >= 0 and k - j <= 4:
        if s.words[j] in r.negation:
            return j
        if s.words[j] not in r.evidence_skip:
            return -1
        j -= 1
    return -1


def _rest_of_clause(s: _Sentence, r: _Rules) -> list[int]:
    """The words after the target up to the next clause break or the end."""
    end = s.last + 1
    while end < len(s.words) and s.words[end] not in r.breaks and s.words[end] not in (".", "!", "?"):
        end += 1
    return list(range(s.last + 1, end))


def text_indices(s: _Sentence, covered: list[int]) -> list[int]:
    """The text tokens (:class:`~analysis.sentiment.target_tokens.TextTokens`) behind the covered
    sentence tokens (the target's own token stands for ``s.cut``, never covered)."""
    a, b = s.cut
    shift = b - a - 1  # the target's tokens are one token in the sentence (-1: an inserted target)
    return [k if k < s.first else k + shift for k in covered if k != s.first]


def blanked_text(s: _Sentence, text: str, covered: list[int]) -> str:
    """``text`` with the covered tokens blanked (spaces keep every other offset), for VADER."""
    chars, t = list(text), s.text
    for j in text_indices(s, covered):
        chars[t.starts[j] : t.ends[j]] = " " * (t.ends[j] - t.starts[j])
    return "".join(chars)


def covered_valent(s: _Sentence, covered: list[int]) -> bool:
    """Whether a covered word has a lexicon valence (before any rule zeroed it): only then can
    blanking the covered words change the text's compound."""
    valence = s.text.valence
    return any(valence[j] for j in text_indices(s, covered))


def covered_names(s: _Sentence, covered: list[int]) -> set[str]:
    """The ``S:`` names given only by covered tokens (a word also written elsewhere keeps its name)."""
    t = s.text
    counts: dict[str, int] = {}
    for j in text_indices(s, covered):
        if t.named[j]:
            counts[t.named[j]] = counts.get(t.named[j], 0) + 1
    return {n for n, c in counts.items() if c >= t.counts.get(n, 0)}


def setting(s: _Sentence, r: _Rules, out: list[tuple[str, float, str]]) -> str:
    """The words that name the target as a venue or occasion ("at [the] X", "during the X town
    hall", "a meeting of X", "the X summit"), or "" (also when a target-level rule fired, or when X
    owns what follows: "during X's show" is X's own show). Determiners and capitalised words
    before the target are passed over ("at the Louisiana Oil ...")."""
    n, after = len(s.words), s.last + 1
    if (after < n and s.words[after] == "'s") or s.raw[s.first].lower() in _POSSESSIVES:  # "at his inauguration"
        return ""
    k = s.first - 1
    while k > 0 and (s.words[k] in ("the", "a", "an") or (s.raw[k][:1].isupper() and s.words[k - 1] not in (",", ";"))):
        k -= 1
    found = ""
    if k >= 0 and s.words[k] in r.venue_prepositions and (s.words[k] != "at" or s.words[k + 1] in ("the", "a", "an")):
        # "at" names a place only before an article ("at the Grammys"): "took a swipe at Trump",
        # "lashed out at Amash" aim at a person (NewsMTSC train: 7 such mentions, 6 negative)
        found = f"{s.raw[k]} <target>"
    elif k > 0 and s.words[k] == "of" and s.words[k - 1] in r.settings:
        found = f"{s.raw[k - 1]} of <target>"
    else:
        j = after
        while j < n and j - after < 2 and s.raw[j][:1].isupper():  # "the CNN Town Hall", "the X summit"
            j += 1
        if j < n and s.words[j] == "town" and j + 1 < n and s.words[j + 1] == "hall":
            j += 1
        # the occasion ends its noun phrase ("the X summit on ...", "the X gala."): in "the Russian
        # meeting controversy" the noun is "controversy", and it may be X's
        ends = j + 1 == n or (j + 1 < n and (not s.words[j + 1][:1].isalpha() or s.words[j + 1] in _PHRASE_ENDS))
        if j < n and j - after <= 3 and s.words[j] in r.settings and ends:
            found = f"<target> {' '.join(s.raw[after : j + 1])}"
    if found and any(f[0].startswith(TARGET_RULES) for f in out):
        return ""
    return found
