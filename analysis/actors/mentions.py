"""Finding actor mentions in a text: gazetteer matches, titles, capitalised runs, surnames, acronyms.

One tokenising pass over the text, then, token by token: the longest gazetteer form, a title or
honorific before a name, a run of capitalised words (a person, or an organisation by its words or
its neighbours; places are dropped), an acronym defined in brackets and reused later, and later
single-word mentions of a person's surname (see :mod:`analysis.actors` for the rules and limits).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, count, repeat

from analysis.actors.gazetteer import (
    Gazetteer,
    Token,
    WordLists,
    honorific_gender,
    is_name_word,
    load_gazetteer,
    load_titles,
    load_word_lists,
    match_gazetteer,
    person_gender,
    title_first_words,
    token_columns,
)
from analysis.actors.model import ActorMention
from analysis.article import Tokens

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Z0-9]{1,7})\)")


def _is_initial(text: str, token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper() and text[token.end : token.end + 1] == "."


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _match_title(tokens: list[Token], i: int, end_limit: int) -> int:
    """Number of tokens of the longest title starting at token ``i`` (0 if none)."""
    if tokens[i].text.lower() not in title_first_words():
        return 0  # most capitalised words start no title: no tuples built for them
    _, titles, longest = load_titles()
    best = 0
    words: list[str] = []
    for k in range(i, min(end_limit, i + longest)):
        words.append(tokens[k].text.lower())
        if tuple(words) in titles:
            best = k - i + 1
    return best


@dataclass
class _Scan:
    """What the passes over one text share: the tokens, the word lists and the mentions so far.

    Mutable on purpose: the passes run in order and each reads what the earlier ones found
    (``consumed`` tokens, ``title_before`` marks, ``persons`` by last name, ``acronyms``).
    """

    body: str
    sentences: tuple[tuple[int, int, int, int], ...]
    tokens: list[Token]
    words: Sequence[str]  # the tokens' text
    starters: list[int]  # tokens that may start a mention or a title, in order (see find_mentions)
    gaz: Gazetteer
    lists: WordLists
    honorifics: frozenset[str]
    sentence_starts: list[int]
    token_starts: Sequence[int]
    sentence_first_token: set[int]
    lower_words: set[str]
    consumed: list[bool]
    title_before: list[bool]  # token i follows a title or honorific
    mentions: list[ActorMention] = field(default_factory=list)
    persons: dict[str, str] = field(default_factory=dict)  # last name -> canonical full name
    acronyms: dict[str, str] = field(default_factory=dict)  # "AIU" -> "Athletics Integrity Unit"

    def sentence_and_paragraph(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return 0, 0
        s = self.sentences[_sentence_index(self.sentence_starts, offset)]
        return s[2], s[3]

    def add(self, actor: str, kind: str, start: int, end: int, via: str, institution: str | None = None) -> None:
        sentence, paragraph = self.sentence_and_paragraph(start)
        self.mentions.append(ActorMention(actor, kind, self.body[start:end], start, end, sentence, paragraph, via, institution))


def find_mentions(
    body: str, sentences: tuple[tuple[int, int, int, int], ...], columns: Tokens | None = None
) -> list[ActorMention]:
    """Every actor mention in ``body``, in body order; ``sentences`` are (start, end, index, paragraph),
    ``columns`` the body's :class:`~analysis.article.Tokens` when known (else they are found here)."""
    gaz = load_gazetteer()
    honorifics, _, _ = load_titles()
    lists = load_word_lists()
    words, token_starts, token_ends = token_columns(body) if columns is None else (columns.words, columns.starts, columns.ends)
    tokens = list(map(tuple.__new__, repeat(Token), zip(token_starts, token_ends, words, strict=True)))
    sentence_starts = [s[0] for s in sentences]
    sentence_first_token: set[int] = set()
    for s_start, s_end, _, _ in sentences:
        # The first word of a sentence, even after an opening quotation mark or bracket.
        k = bisect.bisect_left(token_starts, s_start)
        if k < len(tokens) and tokens[k].start < min(s_end, s_start + 4):
            sentence_first_token.add(k)
    distinct = set(words)
    lower_words = set(filter(str.islower, distinct))
    # Only a capitalised word, a word that starts a gazetteer form or an honorific can start a
    # mention or a title; one comprehension picks them and the passes visit only these (most
    # tokens are lower-case words that start nothing; a third of find_actors' instructions went
    # on testing them one by one).
    # The tests run once per distinct word, as set operations in C where they can: a lower-case
    # word (str.islower, so its lower() is itself) is a starter only as a gazetteer first word or
    # an honorific; the other words (capitalised, numbers), about one in five, are tested in Python.
    by_first = gaz.by_first
    starter_words = set(filter(by_first.__contains__, distinct))
    starter_words.update(lower_words & honorifics)
    starter_words.update(w for w in distinct - lower_words if w[:1].isupper() or w.lower() in honorifics)
    starters = list(compress(count(), map(starter_words.__contains__, words)))
    scan = _Scan(
        body, sentences, tokens, words, starters, gaz, lists, honorifics, sentence_starts, token_starts, sentence_first_token,
        lower_words, consumed=[False] * len(tokens), title_before=[False] * len(tokens),
    )
    _gazetteer_and_titles(scan)
    _capitalised_runs(scan)
    _acronyms(scan)
    scan.mentions.sort(key=lambda m: (m.start, m.end))
    return scan.mentions


def _gazetteer_and_titles(scan: _Scan) -> None:
    """Pass 1: gazetteer names, titles."""
    body, tokens, consumed, title_before, honorifics = scan.body, scan.tokens, scan.consumed, scan.title_before, scan.honorifics
    words, org_words, by_first = scan.words, scan.lists.org_words, scan.gaz.by_first
    title_starts = title_first_words()
    n_tokens = len(tokens)
    after = 0  # the first token not taken by a form or title found before
    for i in scan.starters:  # the other tokens start nothing here (see find_mentions)
        if i < after:
            continue
        after = i + 1
        word = words[i]
        match = match_gazetteer(body, tokens, i, scan.gaz) if word in by_first else None
        if match is not None:
            n, entry = match
            end = tokens[i + n - 1].end
            if entry.form.endswith("."):
                end += 1
            scan.add(entry.actor, entry.kind, tokens[i].start, end, entry.via, entry.institution)
            for k in range(i, i + n):
                consumed[k] = True
            after = i + n
            continue
        lower = word.lower()
        if not word[:1].isupper() and lower not in honorifics:
            continue  # a lower-case word that starts a gazetteer form but not here
        n = _match_title(tokens, i, n_tokens) if lower in title_starts else 0
        if n:
            following = tokens[i + n].text if i + n < n_tokens else ""
            # A title stands before a name: "Mayor Lisa Ortiz", not "Mercy General Hospital".
            before_name = (is_name_word(following) or following.isupper()) and following not in org_words
            title_words = all(is_name_word(words[k]) or words[k] == "of" for k in range(i, i + n))
            if before_name and title_words:
                for k in range(i, i + n):
                    consumed[k] = True
                if i + n < n_tokens:
                    title_before[i + n] = True
                after = i + n
                continue
        if lower in honorifics and i + 1 < n_tokens:
            consumed[i] = True
            title_before[i + 1] = True


def _capitalised_runs(scan: _Scan) -> None:
    """Pass 2: capitalised runs -> persons and organisations."""
    body, tokens, words, consumed = scan.body, scan.tokens, scan.words, scan.consumed
    after = 0  # the first token after the last run tried
    # A name word and an initial start with a capital, so only the starters can start a run.
    for i in scan.starters:
        if i < after or consumed[i]:
            continue
        text = words[i]
        if not text[:1].isupper() or (not is_name_word(text) and not _is_initial(body, tokens[i])):
            continue
        run, after = _run_at(scan, i)
        if run:
            _record_run(scan, run)
            for k in run:
                consumed[k] = True


def _run_at(scan: _Scan, i: int) -> tuple[list[int], int]:
    """The run of name-like tokens from token ``i`` (trimmed), and the token where it stopped."""
    body, tokens, consumed = scan.body, scan.tokens, scan.consumed
    lists = scan.lists
    not_names, org_words, particles, org_connectors = lists.not_names, lists.org_words, lists.particles, lists.org_connectors
    n_tokens = len(tokens)
    j = i
    run: list[int] = []
    while j < n_tokens and not consumed[j]:
        tok = tokens[j]
        if run:
            sep = body[tokens[j - 1].end : tok.start]
            prev = tokens[j - 1]
            allowed = sep in (" ", "-") or (sep == ". " and _is_initial(body, prev)) or (
                sep in ("’", "'") and (prev.text in ("O", "D") or tok.text == "s")
            ) or (prev.text == "s" and sep == " ")
            if not allowed:
                break
        if is_name_word(tok.text) or _is_initial(body, tok) or (
            tok.text in ("O", "D") and body[tok.end : tok.end + 1] in ("’", "'")
        ):
            if tok.text in not_names and not (run and tok.text in org_words):
                break
            run.append(j)
            j += 1
            continue
        is_org_run = any(tokens[k].text in org_words for k in run)
        if (
            run and tok.text == "s" and body[tokens[j - 1].end : tok.start] in ("’", "'")
            and any(t.text in org_words for t in tokens[j + 1 : j + 4])
            and j + 1 < n_tokens and is_name_word(tokens[j + 1].text) and body[tok.end : tokens[j + 1].start] == " "
        ):
            run.append(j)  # "St Mary's Hospital": a possessive inside an organisation's name
            j += 1
            continue
        joins = tok.text in particles or (is_org_run and tok.text in org_connectors)
        if run and joins and j + 1 < n_tokens:
            nxt = tokens[j + 1]
            if not consumed[j + 1] and is_name_word(nxt.text) and body[tok.end : nxt.start] in (" ", "-"):
                run.append(j)
                j += 1
                continue
        break
    # Drop a sentence-initial common word ("Since", "Officials") from the front of the run.
    while run and run[0] in scan.sentence_first_token and (
        tokens[run[0]].text.lower() in scan.lower_words or tokens[run[0]].text in not_names
    ):
        run.pop(0)
    while run and (tokens[run[-1]].text in particles or tokens[run[-1]].text in org_connectors):
        run.pop()
    return run, j


def _record_run(scan: _Scan, run: list[int]) -> None:
    """Record a capitalised run as an organisation, a person or a surname; places are not actors."""
    body, tokens, lists, gaz, persons = scan.body, scan.tokens, scan.lists, scan.gaz, scan.persons
    org_words, particles, org_connectors = lists.org_words, lists.particles, lists.org_connectors
    n_tokens = len(tokens)
    words = tuple(tokens[k].text for k in run)
    start, end = tokens[run[0]].start, tokens[run[-1]].end
    has_org_word = any(w in org_words for w in words)
    name_count = sum(1 for w in words if w not in particles and w not in org_connectors and w != "s")
    before_tok = tokens[run[0] - 1] if run[0] > 0 else None
    after_tok = tokens[run[-1] + 1] if run[-1] + 1 < n_tokens else None
    if (before_tok is not None and before_tok.text in lists.org_nouns and body[before_tok.end : start] == " ") or (
        after_tok is not None and after_tok.text in lists.org_nouns and body[end : after_tok.start] == " "
    ):
        has_org_word = True  # "the group Ride North", "the United Metalworkers union"
    before_sep = body[before_tok.end : start] if before_tok is not None else ""
    is_place = before_tok is not None and before_sep == " " and (
        before_tok.text in lists.place_before  # "in Bristol"
        or (before_tok.text == "of" and run[0] >= 2 and tokens[run[0] - 2].text in lists.place_before)
    )  # "the village of Kyauk Taw"
    adjacent_org = has_org_word and not any(w in org_words for w in words)
    if before_tok is not None and before_tok.text in lists.org_before and before_sep == " " and name_count >= 2:
        has_org_word = True  # "an analyst at Morgan Stanley" (one word after "at" is as often a place)
    if after_tok is not None and body[end : after_tok.start] == " " and (after_tok.text,) in load_titles()[1]:
        has_org_word = True  # "Opposition Socialist leader Pedro Nuno Santos", "Labour leader Keir Starmer"
    if words[-1] in ("Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros") and body[end : end + 1] == ".":
        end += 1
    blocked = any(words[a : a + n] in gaz.blocked for n in gaz.blocked_lengths for a in range(len(words) - n + 1))
    place_noun_after = after_tok is not None and after_tok.text in lists.place_after and body[end : after_tok.start] == " "
    if (is_place and not has_org_word) or blocked or place_noun_after:
        pass
    elif has_org_word and (name_count >= 2 or (adjacent_org and name_count == 1)):
        # "Hartford Teachers Union"; one word only with an organisation noun beside it
        # ("the Aslef union", "an analyst at Acme").
        canonical = _clean_name(body[start:end])
        scan.add(canonical, "organisation", start, end, "capitalised")
        acronym = _ACRONYM_AFTER.match(body, end)
        if acronym is not None:  # "the Athletics Integrity Unit (AIU)"
            scan.acronyms[acronym.group(1)] = canonical
            scan.add(canonical, "organisation", acronym.start(1), acronym.end(1), "alias")
            k = bisect.bisect_left(scan.token_starts, acronym.start(1))
            if k < n_tokens:
                scan.consumed[k] = True
    elif name_count >= 2 and not has_org_word:
        canonical = _clean_name(body[start:end])
        scan.add(canonical, "person", start, end, "capitalised")
        last = words[-1]
        persons.setdefault(last, canonical)
    elif name_count == 1 and scan.title_before[run[0]] and not has_org_word:
        name = words[-1]
        canonical = persons.get(name, name)
        said = honorific_gender(before_tok.text) if before_tok is not None else None
        if said is not None and canonical != name and person_gender(canonical) not in (None, said):
            canonical = f"{before_tok.text.rstrip('.')}. {name}"  # "Mrs. Jones" is not "Tom Jones", named before
            scan.add(canonical, "person", start, end, "capitalised")
            return
        scan.add(canonical, "person", start, end, "surname" if name in persons else "capitalised")
        persons.setdefault(name, canonical)
    elif name_count == 1 and words[0] in persons and not has_org_word and not (
        after_tok is not None and body[end : after_tok.start] == " " and after_tok.text[:1].isupper()
    ):
        scan.add(persons[words[0]], "person", start, end, "surname")


def _acronyms(scan: _Scan) -> None:
    """Pass 3: acronyms defined in brackets, and "the" + an acronym ("The AIU said", "the CGTP")."""
    tokens = scan.tokens
    for k in scan.starters:  # an acronym starts with a capital, so it is a starter
        tok = tokens[k]
        # An acronym starts with a capital A-Z (tested before the pattern, which most words fail).
        if scan.consumed[k] or not "A" <= tok.text[0] <= "Z" or not _ACRONYM.fullmatch(tok.text):
            continue
        if tok.text in scan.acronyms:
            scan.add(scan.acronyms[tok.text], "organisation", tok.start, tok.end, "alias")
        elif k > 0 and tokens[k - 1].text in ("the", "The") and scan.body[tokens[k - 1].end : tok.start] == " ":
            scan.add(tok.text, "organisation", tok.start, tok.end, "capitalised")


def _clean_name(text: str) -> str:
    return " ".join(text.split())

