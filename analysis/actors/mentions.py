"""Finding actor mentions in a text: gazetteer matches, titles, capitalised runs, surnames, acronyms.

One tokenising pass over the text, then, token by token: the longest gazetteer form, a title or
honorific before a name, a run of capitalised words (a person, or an organisation by its words or
its neighbours; places are dropped), an acronym defined in brackets and reused later, and later
single-word mentions of a person's surname (see :mod:`analysis.actors` for the rules and limits).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from itertools import compress, count
from operator import itemgetter, not_

from analysis.actors.apposition import APPOSITION, apposition_head
from analysis.actors.gazetteer import (
    actor_word_sets,
    blocked_name_words,
    clean_name,
    holds_blocked,
    honorific_gender,
    is_name_word,
    load_gazetteer,
    load_titles,
    load_word_lists,
    match_gazetteer,
    person_gender,
    title_first_words,
)
from analysis.actors.lower_titles import title_ends_before
from analysis.actors.model import BY_POSITION, ActorMention
from analysis.actors.name_fragments import initials_before_name
from analysis.actors.quoted_names import nicknamed_people, quoted_titles
from analysis.actors.scan import _Scan
from analysis.actors.short_forms import refine_mentions
from analysis.article import Tokens, word_tokens

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Z0-9]{1,7})\)")
# An apposition saying what a name is: ", a charity", ", the older people's charity" (up to four
# lower-case words; the caller looks for an organisation noun among them).


def _is_initial(text: str, word: str, end: int) -> bool:
    return len(word) == 1 and word.isupper() and text[end : end + 1] == "."


def _match_title(words: Sequence[str], i: int, end_limit: int, titles: Mapping[tuple[str, ...], bool | None], longest: int) -> int:
    """Number of tokens of the longest title starting at token ``i`` (0 if none); the caller asks only
    where the word is a title's first word (most capitalised words start no title: no tuples built)."""
    best = 0
    title: list[str] = []
    for k in range(i, min(end_limit, i + longest)):
        title.append(words[k].lower())
        if tuple(title) in titles:
            best = k - i + 1
    return best


def find_mentions(
    body: str, sentences: tuple[tuple[int, int, int, int], ...], columns: Tokens | None = None, dateline_country: str | None = None
) -> list[ActorMention]:
    """Every actor mention in ``body``, in body order; ``sentences`` are (start, end, index, paragraph),
    ``columns`` the body's :class:`~analysis.article.Tokens` when known (else they are found here),
    ``dateline_country`` the country of the article's dateline ("NEW DELHI" -> India), if any."""
    gaz = load_gazetteer()
    honorifics, _, _ = load_titles()
    lists = load_word_lists()
    tokens = word_tokens(body) if columns is None else columns
    words, token_starts = tokens.words, tokens.starts
    sentence_starts = [s[0] for s in sentences]
    sentence_first_token: set[int] = set()
    for s_start, s_end, _, _ in sentences:
        # The first word of a sentence, even after an opening quotation mark or bracket.
        k = bisect.bisect_left(token_starts, s_start)
        if k < len(words) and token_starts[k] < min(s_end, s_start + 4):
            sentence_first_token.add(k)
    distinct = set(words)
    lower_words = set(filter(str.islower, distinct))
    # Only a capitalised word, a word that starts a gazetteer form or an honorific can start a
    # mention or a title; one comprehension picks them and the passes visit only these (most
    # tokens are lower-case words that start nothing; a third of find_actors' instructions went
    # on testing them one by one).
    # The tests run once per distinct word, as set operations in C where they can: a lower-case word (str.islower, so its
    # lower() is itself) is a starter only as a gazetteer first word or an honorific; the others (1 in 5) are tested in Python.
    starter_words = distinct & gaz.by_first.keys()  # (a mapping proxy's __contains__ through filter costs twice as much)
    starter_words.update(lower_words & honorifics)
    # (the first letters' test mapped in C; only the few others, digits or "iPhone", are asked in Python)
    others = list(distinct - lower_words)
    capitalised = list(map(str.isupper, map(itemgetter(0), others)))
    starter_words.update(compress(others, capitalised))
    starter_words.update(w for w in compress(others, map(not_, capitalised)) if w.lower() in honorifics)
    starters = list(compress(count(), map(starter_words.__contains__, words)))
    scan = _Scan(
        body, sentences, words, token_starts, tokens.ends, starters, gaz, lists, honorifics, sentence_starts, sentence_first_token,
        lower_words, consumed=[False] * len(words), title_before=[False] * len(words),
    )
    _gazetteer_and_titles(scan)
    if scan.gaz.shared_forms:
        _shared_forms(scan, dateline_country)
    nicknamed_people(scan)  # 'James "Bud" Harlan': one person, before the runs cut it at the marks
    _capitalised_runs(scan)
    _lone_names(scan)
    _acronyms(scan)
    _one_kind_per_name(scan)
    refine_mentions(scan)  # short forms, bodies of capitals, brands, headlines (actors/short_forms.py)
    quoted_titles(scan)  # '"An Inconvenient Truth."': a work's title, no person
    scan.mentions.sort(key=BY_POSITION)
    return scan.mentions


def _one_kind_per_name(scan: _Scan) -> None:
    """A name the text shows to be an organisation at one mention is one at all of them
    ("Residents blamed Northgate Power ... Northgate Power spokesman Ed Lim"): its mentions typed a
    person only for want of an organisation word become organisations, unless the name opens with
    a given name or stands after a title or honorific ("Donald Trump" of "the Donald Trump
    campaign" stays a person). The showing must be the run's own: an organisation word in it, or
    a noun, title or subject's "which" after it; a word before it ("rooting for Peyton Manning")
    types only that mention."""
    organisations = scan.strong_organisations
    if not organisations:
        return
    for k, m in enumerate(scan.mentions):
        if m.kind != "person" or m.actor not in organisations or scan.gender(m.actor) is not None:
            continue
        token = bisect.bisect_left(scan.starts, m.start)
        if token < len(scan.words) and scan.title_before[token]:
            continue
        scan.mentions[k] = ActorMention(m.actor, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution)


def _shared_forms(scan: _Scan, dateline_country: str | None) -> None:
    """A bare form another country uses for a body of its own ("Congress") names that body, an
    organisation with no country, when followed by a party word ("the Congress party",
    "Congress-led"), or when the article's dateline is in a country with such a body and the text
    never names the entry's country otherwise ("NEW DELHI — Congress leader Rahul Gandhi"). A story
    with no dateline, or one that names the US ("the U.S. Congress"), keeps the US Congress: a country
    merely named in the text ("Congress passed sanctions on India") says nothing of whose Congress it is."""
    shared = scan.gaz.shared_forms
    named = {m.actor for m in scan.mentions if m.kind == "country" and m.text not in shared}
    for k, m in enumerate(scan.mentions):
        if m.via != "institution" or m.text not in shared:
            continue
        countries, party_words = shared[m.text]
        token = bisect.bisect_left(scan.starts, m.end)
        party = (token < len(scan.words) and scan.words[token] in party_words
                 and scan.body[m.end : scan.starts[token]] in (" ", "-"))
        elsewhere = dateline_country in countries and m.actor not in named
        if party or elsewhere:
            scan.mentions[k] = ActorMention(m.text, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, "capitalised")


def _gazetteer_and_titles(scan: _Scan) -> None:
    """Pass 1: gazetteer names, titles."""
    body, consumed, title_before, honorifics = scan.body, scan.consumed, scan.title_before, scan.honorifics
    words, starts, ends, org_words, by_first = scan.words, scan.starts, scan.ends, scan.lists.org_words, scan.gaz.by_first
    title_starts = title_first_words()
    _, titles, longest = load_titles()
    place_prefixes, blocked_words = scan.lists.place_prefixes, blocked_name_words(scan.gaz)
    n_tokens = len(words)
    after = 0  # the first token not taken by a form or title found before
    for i in scan.starters:  # the other tokens start nothing here (see find_mentions)
        if i < after:
            continue
        after = i + 1
        word = words[i]
        match = match_gazetteer(body, words, starts, ends, i, scan.gaz) if word in by_first else None
        if match is not None:
            n, entry = match
            # The four checks below all need a name word, place prefix or blocked name's word right
            # before the form; most forms follow "the", "in" or a verb and skip them all.
            prev = words[i - 1] if i > 0 else ""
            edge = bool(prev) and (is_name_word(prev) or prev in place_prefixes or prev in blocked_words)
            named_within = _organisation_around(scan, i, n) if edge else None
            if named_within is not None:
                # "Northfield NHS Trust", "the Royal London Hospital": a body whose name holds a
                # gazetteer form is another organisation, not the state or the body in the form.
                first, last = named_within
                scan.add(clean_name(body[starts[first] : ends[last]]), "organisation", starts[first], ends[last], "capitalised")
                for k in range(first, last + 1):
                    consumed[k] = True
                after = last + 1
                continue
            if edge and tuple(words[i - 1 : i + n]) in scan.gaz.blocked:
                after = i + n  # "New Mexico" (gazetteer not_actor) is a US state, not Mexico
                continue
            if edge and entry.kind == "country" and entry.via in ("name", "alias", "demonym") and _region_of_country(scan, i, n):
                after = i + n  # "Inner Mongolia", "Northern Syria", "New England": a region, not the state
                continue
            if edge and entry.via == "capital" and _capital_in_longer_name(scan, i, n):
                after = i + n  # "Atletico Madrid", "George Washington", "East Jerusalem": not the state
                continue
            end = ends[i + n - 1]
            if entry.form.endswith("."):
                end += 1
            scan.add(entry.actor, entry.kind, starts[i], end, entry.via, entry.institution)
            for k in range(i, i + n):
                consumed[k] = True
            after = i + n
            continue
        lower = word.lower()
        if not word[:1].isupper() and lower not in honorifics:
            continue  # a lower-case word that starts a gazetteer form but not here
        n = _match_title(words, i, n_tokens, titles, longest) if lower in title_starts else 0
        if n:
            following = words[i + n] if i + n < n_tokens else ""
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


def _region_of_country(scan: _Scan, i: int, n: int) -> bool:
    """Whether a country's name at tokens ``i`` to ``i + n - 1`` follows a place prefix joined by a
    space ("Inner Mongolia", "Northern Syria", "New England", "South Wales"): the pair names a region
    or another place, not the state (names that are states themselves, "South Sudan", "North Korea",
    "Northern Ireland", are gazetteer forms found first). The pair's tokens are no actor."""
    k = i - 1
    if k < 0 or scan.consumed[k] or scan.body[scan.ends[k] : scan.starts[i]] != " " or scan.words[k] not in scan.lists.place_prefixes:
        return False
    for t in range(k, i + n):
        scan.consumed[t] = True
    return True


def _capital_in_longer_name(scan: _Scan, i: int, n: int) -> bool:
    """Whether the capital's name at tokens ``i`` to ``i + n - 1`` ends a longer name: a name word
    right before it, joined by a space, that is not a sentence-initial common word. The pair is
    recorded here: a place with a place prefix ("East Jerusalem": no actor), a person after a
    given name ("George Washington": left to the capitalised runs), else the body named for the
    city ("Atletico Madrid", "Carnegie Moscow"), an organisation (``actor_words.toml``)."""
    words, starts, ends, lists = scan.words, scan.starts, scan.ends, scan.lists
    k = i - 1
    if k < 0 or scan.consumed[k] or scan.body[ends[k] : starts[i]] != " ":
        return False
    word = words[k]
    if not is_name_word(word) or word in lists.not_names or word in lists.org_words:
        return False
    if k in scan.sentence_first_token and word.lower() in scan.lower_words:
        return False
    if scan.gender(word) is not None:
        return True  # the capitalised runs make "George Washington" a person
    last = i + n - 1
    if word not in lists.place_prefixes:
        name = clean_name(scan.body[starts[k] : ends[last]])
        scan.add(name, "organisation", starts[k], ends[last], "capitalised")
    for t in range(k, last + 1):
        scan.consumed[t] = True
    return True


def _organisation_around(scan: _Scan, i: int, n: int) -> tuple[int, int] | None:
    """The first and last tokens of an organisation's name that holds the gazetteer form at tokens
    ``i`` to ``i + n - 1`` inside it: a name word right before the form and an organisation word
    right after it ("Northfield NHS Trust", "Leeds Teaching Hospitals NHS Foundation Trust"), each
    joined by a space; else None. A form at the edge of a name ("NHS England", "the Syrian
    Observatory", "Acting FBI Director") keeps its own mention."""
    words, starts, ends, body = scan.words, scan.starts, scan.ends, scan.body
    lists = scan.lists
    last = i + n
    if i == 0:
        return None
    org_after = last < len(words) and words[last] in lists.org_words and body[ends[last - 1] : starts[last]] == " "

    def name_before(k: int) -> bool:
        return (k >= 0 and not scan.consumed[k] and is_name_word(words[k]) and words[k] not in lists.not_names
                and body[ends[k] : starts[k + 1]] == " ")

    if not name_before(i - 1):
        return None
    first = i - 1
    while name_before(first - 1):
        first -= 1
    if not org_after:
        # The form ends the name: "Age UK, a charity", "Cancer Research UK, the charity", "the
        # charity Age UK": only an organisation noun in an apposition after it, or right before
        # it, says so ("UK officials", "the UK government" have no name word before the form).
        # A sentence's first word is kept ("Age UK, a charity, said" in a story about pension age).
        match = APPOSITION.match(body, ends[last - 1])
        described = match is not None and any(w in lists.org_nouns for w in word_tokens(match.group(1)).words)
        noun_before = first >= 1 and words[first - 1] in lists.org_nouns and body[ends[first - 1] : starts[first]] == " "
        return (first, last - 1) if described or noun_before else None
    while first < i and first in scan.sentence_first_token and words[first].lower() in scan.lower_words:
        first += 1  # a sentence-initial common word ("Local NHS Trust ...")
    while last + 1 < len(words) and body[ends[last] : starts[last + 1]] == " " and words[last + 1] in lists.org_words:
        last += 1  # "NHS Foundation Trust" (not a title after the name: "... Trust Chief Executive Ann Lee")
    def name_next(k: int) -> bool:
        return (k < len(words) and (is_name_word(words[k]) or words[k] in lists.org_words) and words[k] not in lists.not_names
                and body[ends[k - 1] : starts[k]] == " ")

    # "Muslim American Society of Boston", "Netherlands Institute of International Relations",
    # "National Korean American Service and Education Consortium": a connector and name words.
    while last + 2 < len(words) and words[last + 1] in lists.org_connectors and name_next(last + 2) and (
        body[ends[last] : starts[last + 1]] == " "
    ):
        last += 2
        while name_next(last + 1):
            last += 1
    return first, last


def _capitalised_runs(scan: _Scan) -> None:
    """Pass 2: capitalised runs -> persons and organisations."""
    body, words, ends, consumed = scan.body, scan.words, scan.ends, scan.consumed
    after = 0  # the first token after the last run tried
    # A name word and an initial start with a capital, so only the starters can start a run.
    for i in scan.starters:
        if i < after or consumed[i]:
            continue
        text = words[i]
        if not text[:1].isupper() or (not is_name_word(text) and not _is_initial(body, text, ends[i])):
            continue
        run, after = _run_at(scan, i)
        # (only a lower-case joining word after the run can make it a longer name: most runs have none)
        joined = bool(run) and run[-1] + 2 < len(words) and words[run[-1] + 1] in scan.lists.name_connectors
        named = _organisation_by_apposition(scan, run) if joined else None
        if named is not None:  # "Kids in Danger, a nonprofit group"
            run, after = named, named[-1] + 1
            scan.add(clean_name(body[scan.starts[run[0]] : ends[run[-1]]]), "organisation", scan.starts[run[0]], ends[run[-1]],
                     "capitalised")
        elif run:
            _record_run(scan, run)
            for k in run:
                consumed[k] = True


def _run_at(scan: _Scan, i: int) -> tuple[list[int], int]:
    """The run of name-like tokens from token ``i`` (trimmed), and the token where it stopped."""
    body, words, starts, ends, consumed = scan.body, scan.words, scan.starts, scan.ends, scan.consumed
    lists = scan.lists
    not_names, org_words, particles, org_connectors = lists.not_names, lists.org_words, lists.particles, lists.org_connectors
    n_tokens = len(words)
    j = i
    run: list[int] = []
    while j < n_tokens and not consumed[j]:
        text = words[j]
        if run:
            sep = body[ends[j - 1] : starts[j]]
            prev = words[j - 1]
            allowed = sep in (" ", "-") or (sep == ". " and _is_initial(body, prev, ends[j - 1])) or (
                sep == "." and _is_initial(body, prev, ends[j - 1]) and initials_before_name(body, words, starts, ends, j)
            ) or (  # (initials written together inside a name: "George H.W. Bush", "J.K. Rowling"; round 17, trial 17 F5)
                sep in ("’", "'") and (prev in ("O", "D") or text == "s")
            ) or (prev == "s" and sep == " ")
            if not allowed:
                break
        if is_name_word(text) or _is_initial(body, text, ends[j]) or (
            text in ("O", "D") and body[ends[j] : ends[j] + 1] in ("’", "'")
        ):
            if text in not_names and not (run and text in org_words) and not (
                run and text in lists.area_words and any(w in org_words for w in words[j + 1 : j + 4])
            ):
                break  # (but "Clark County Health Department": an area word inside a body's name)
            run.append(j)
            j += 1
            continue
        if (
            run and text == "s" and body[ends[j - 1] : starts[j]] in ("’", "'")
            and any(w in org_words for w in words[j + 1 : j + 4])
            and j + 1 < n_tokens and is_name_word(words[j + 1]) and body[ends[j] : starts[j + 1]] == " "
        ):
            run.append(j)  # "St Mary's Hospital": a possessive inside an organisation's name
            j += 1
            continue
        # (an organisation word in the run, tokens i to j - 1, is asked only of a connector: a set test in C)
        joins = text in particles or (text in org_connectors and not org_words.isdisjoint(words[i:j]))
        if (run and joins and j + 1 < n_tokens and not consumed[j + 1] and is_name_word(words[j + 1])
                and body[ends[j] : starts[j + 1]] in (" ", "-")):
            run.append(j)
            j += 1
            continue
        break
    # Drop a sentence-initial common word ("Since", "Officials") from the front of the run.
    while run and run[0] in scan.sentence_first_token and (
        words[run[0]].lower() in scan.lower_words or words[run[0]] in not_names
    ):
        run.pop(0)
    while run and (words[run[-1]] in particles or words[run[-1]] in org_connectors):
        run.pop()
    if run and words[run[-1]] in lists.area_words:
        run.pop()  # "Butte County" before a title ("Butte County Fire Chief Ann Lee"): a place, as without the area word
    return run, j


def _record_run(scan: _Scan, run: list[int]) -> None:
    """Record a capitalised run as an organisation, a person or a surname; places are not actors."""
    body, lists, gaz, persons = scan.body, scan.lists, scan.gaz, scan.persons
    org_words, particles, org_connectors = lists.org_words, lists.particles, lists.org_connectors
    n_tokens = len(scan.words)
    words = tuple(scan.words[run[0] : run[-1] + 1])  # a run is consecutive tokens
    start, end = scan.starts[run[0]], scan.ends[run[-1]]
    has_org_word = own_org = not org_words.isdisjoint(words)  # (a set test in C, not a generator)
    name_count = _name_count(words, particles, org_connectors)
    # The words beside the run ("" at the text's edges) and the text between them and the run.
    before = scan.words[run[0] - 1] if run[0] > 0 else None
    after = scan.words[run[-1] + 1] if run[-1] + 1 < n_tokens else None
    before_sep = body[scan.ends[run[0] - 1] : start] if before is not None else ""
    after_sep = body[end : scan.starts[run[-1] + 1]] if after is not None else ""
    # (a noun that is also a person's trade, before a given name, is that: "software developer Anna Kim")
    trade_of_person = before in lists.person_trades and scan.gender(words[0]) is not None
    noun_after = after is not None and after in lists.org_nouns and after_sep == " "
    if noun_after and name_count == 1 and _name_follows(scan, run[-1] + 2):
        return  # "Property developer Mark Ellis", "Tech firm Apple": a modifier of the noun that names the next words
    if (before is not None and before in lists.org_nouns and before_sep == " " and not trade_of_person) or noun_after:
        has_org_word = True  # "the group Ride North", "the United Metalworkers union"
    # What shows an organisation whatever the name's other mentions say (not "rooting for Peyton
    # Manning", "with Susanne Rust"): its own words, a noun or title after it, a subject's "which".
    strong = own_org or noun_after or _has_brand_word(words, lists.person_prefixes)
    has_org_word = has_org_word or strong
    is_place = before is not None and before_sep == " " and (
        (before in lists.place_before and not title_ends_before(scan, run[0]))  # "in Bristol", not "secretary of state Rex Tillerson"
        or (before == "of" and run[0] >= 2 and scan.words[run[0] - 2] in lists.place_before)
    )  # "the village of Kyauk Taw"
    adjacent_org = has_org_word and not own_org
    if before is not None and before in lists.org_before and before_sep == " " and name_count >= 2 and not (
        before in actor_word_sets().get("person_companions", ()) and scan.gender(words[0]) is not None
    ):  # (but "toured the site with Donald Trump": a given name after "with" or "for" is a person's)
        has_org_word = True  # "an analyst at Morgan Stanley" (one word after "at" is as often a place)
    if (after == "which" and after_sep == ", " and name_count >= 2 and scan.gender(words[0]) is None
            and run[0] in scan.sentence_first_token):
        # "Casa Verde, which operates three farms, said": "which" is never said of a person. Only
        # for the sentence's subject: after an object it may stand for the clause ("allegations
        # that he assaulted Ivana Trump, which he has denied").
        has_org_word = strong = True
    if after is not None and after_sep == " " and (after,) in scan.titles:
        has_org_word = strong = True  # "Opposition Socialist leader Pedro Nuno Santos", "Labour leader Keir Starmer"
    if words[-1] in ("Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros") and body[end : end + 1] == ".":
        end += 1
        after_sep = body[end : scan.starts[run[-1] + 1]] if after is not None else ""
    if has_org_word and name_count >= 2 and _person_by_apposition(scan, words, end):
        has_org_word = strong = False  # "Linda Park, a retired teacher": a given name and a surname
    # (a blocked place or court that ends in a body's word is that body: "San Francisco Chronicle", "Supreme Court")
    blocked = holds_blocked(gaz, words) and words[-1] not in org_words
    place_noun_after = after is not None and after in lists.place_after and after_sep == " "
    if (is_place and not has_org_word) or blocked or place_noun_after:
        pass
    elif has_org_word and (name_count >= 2 or (adjacent_org and name_count == 1)):
        # "Hartford Teachers Union"; one word only with an organisation noun beside it
        # ("the Aslef union", "an analyst at Acme").
        canonical = clean_name(body[start:end])
        scan.add(canonical, "organisation", start, end, "capitalised")
        if strong and name_count >= 2:  # ("the Trump campaign": a one-word name there is a modifier)
            scan.strong_organisations.add(canonical)
        acronym = _ACRONYM_AFTER.match(body, end)
        if acronym is not None:  # "the Athletics Integrity Unit (AIU)"
            scan.acronyms[acronym.group(1)] = canonical
            scan.add(canonical, "organisation", acronym.start(1), acronym.end(1), "alias")
            k = bisect.bisect_left(scan.starts, acronym.start(1))
            if k < n_tokens:
                scan.consumed[k] = True
    elif name_count >= 2 and not has_org_word:
        canonical = clean_name(body[start:end])
        scan.add(canonical, "person", start, end, "capitalised")
        last = words[-1]
        persons.setdefault(last, canonical)
        if scan.title_before[run[0]] or scan.gender(canonical) is not None:
            scan.vouched.add(canonical)
    elif name_count == 1 and scan.title_before[run[0]] and not has_org_word:
        _record_titled_name(scan, words[-1], before, start, end)
    elif name_count == 1 and words[0] in persons and not has_org_word and not (
        after is not None and after_sep == " " and after[:1].isupper()
    ):
        scan.add(persons[words[0]], "person", start, end, "surname")
    elif name_count == 1 and not has_org_word and not (after is not None and after_sep == " " and after[:1].isupper()):
        scan.pending.append((start, end, words[0], before if before_sep == " " else None, after if after_sep == " " else None))


_CAPITAL_INSIDE = re.compile(r"[A-Z]([a-z]{3,})[A-Z][a-z]")


def _name_count(words: tuple[str, ...], particles: frozenset[str], org_connectors: frozenset[str]) -> int:
    """The words of a run that are names: not particles, connectors or a possessive's "s"."""
    if particles.isdisjoint(words) and org_connectors.isdisjoint(words) and "s" not in words:
        return len(words)  # (most runs: set tests in C, no generator)
    return sum(1 for w in words if w not in particles and w not in org_connectors and w != "s")


def _has_brand_word(words: tuple[str, ...], person_prefixes: frozenset[str]) -> bool:
    # (the pattern first, over all words in C: few words have a capital inside)
    return any(map(_CAPITAL_INSIDE.match, words)) and any(_brand_word(w, person_prefixes) for w in words)


def _brand_word(word: str, person_prefixes: frozenset[str]) -> bool:
    """A word with a capital inside after three or more lower-case letters ("BrightPath",
    "PayPal"), not a surname's prefix ("MacArthur", "VandeHei") nor a given name (a double name,
    "RoseAnn", or a person's handle, "@HillaryClinton"): a brand's name."""
    m = _CAPITAL_INSIDE.match(word)
    return m is not None and word[: m.end(1)] not in person_prefixes and person_gender(word[: m.end(1)]) is None


def _record_titled_name(scan: _Scan, name: str, before: str | None, start: int, end: int) -> None:
    """One name word after a title or honorific ("Mayor Ortiz", "Mrs. Jones"): a person, the one
    named in full with that surname unless the honorific's gender rules that person out."""
    persons = scan.persons
    canonical = persons.get(name, name)
    said = honorific_gender(before) if before is not None else None
    if said is not None and before is not None and canonical != name and scan.gender(canonical) not in (None, said):
        # "Mrs. Jones" is not "Tom Jones", named before, but the one person named in full with her gender ("his wife,
        # Ann Jones": trial 21 F5)
        same = {m.actor for m in scan.mentions if m.kind == "person" and m.actor.endswith(" " + name) and scan.gender(m.actor) == said}
        scan.add(same.pop() if len(same) == 1 else f"{before.rstrip('.')}. {name}", "person", start, end, "capitalised")
        return
    scan.add(canonical, "person", start, end, "surname" if name in persons else "capitalised")
    persons.setdefault(name, canonical)
    scan.vouched.add(canonical)


def _lone_names(scan: _Scan) -> None:
    """Pass 2b: the one-word runs left untyped. A person's surname when the text names the person
    in full or with a title anywhere, before or after ("Rubio said ... Sen. Marco Rubio"); a
    person's given name alone when it is a known given name right beside a speech verb ("Bob
    said", "said Donald": vox pops and first-name quotes; "Virginia" or "Grace" elsewhere stays
    no actor). A full name named later vouches for an earlier surname only when it opens with a
    known given name or follows a title ("Several Twitter executives" names nobody)."""
    persons, speech = scan.persons, scan.lists.speech_words
    for start, end, word, before, after in scan.pending:
        if word in persons and persons[word] in scan.vouched:
            scan.add(persons[word], "person", start, end, "surname")
        elif scan.gender(word) is not None and (after in speech or before in speech):
            scan.add(word, "person", start, end, "capitalised")
        else:
            continue
        k = bisect.bisect_left(scan.starts, start)
        scan.consumed[k] = True


def _organisation_by_apposition(scan: _Scan, run: list[int]) -> list[int] | None:
    """The tokens of a name joined by lower-case words ("Kids in Danger", "Mothers for Justice")
    that an apposition after it calls an organisation (", a nonprofit group"); else None. Without
    the apposition the first run stands alone ("Smith in Boston" is a person and a place)."""
    words, starts, ends, body, lists = scan.words, scan.starts, scan.ends, scan.body, scan.lists
    if not lists.org_words.isdisjoint(words[run[0] : run[-1] + 1]):
        return None
    k = run[-1] + 1
    tokens = list(run)
    while k + 1 < len(words) and words[k] in lists.name_connectors and body[ends[k - 1] : starts[k]] == " " and _name_follows(scan, k + 1):
        tokens += [k, k + 1]
        k += 2
        while _name_follows(scan, k) and not scan.consumed[k]:
            tokens.append(k)
            k += 1
    if len(tokens) == len(run) or any(scan.consumed[t] for t in tokens):
        return None
    match = APPOSITION.match(body, ends[tokens[-1]])
    if match is None or scan.gender(words[run[0]]) is not None or apposition_head(match.group(1)) not in lists.org_nouns:
        return None
    return tokens


def _name_follows(scan: _Scan, k: int) -> bool:
    """Whether token ``k`` is a name word one space after the token before it."""
    return (k < len(scan.words) and is_name_word(scan.words[k]) and scan.words[k] not in scan.lists.not_names
            and scan.body[scan.ends[k - 1] : scan.starts[k]] == " ")


def _person_by_apposition(scan: _Scan, words: tuple[str, ...], end: int) -> bool:
    """A given name and one organisation word of its own ("Linda Park", "Charlotte Church") with an
    apposition that calls it a person (", a retired teacher from Chatham"): a person's surname."""
    if len(words) != 2 or scan.gender(words[0]) is None or words[0] in scan.lists.org_words:
        return False
    match = APPOSITION.match(scan.body, end)
    return match is not None and any(w in scan.lists.person_nouns for w in match.group(1).split())


def _acronyms(scan: _Scan) -> None:
    """Pass 3: acronyms defined in brackets, and "the" + an acronym ("The AIU said", "the CGTP")."""
    words, starts, ends = scan.words, scan.starts, scan.ends
    for k in scan.in_capitals():  # an acronym starts with a capital, so it is a starter, and has no lower-case letter
        text = words[k]
        # An acronym starts with a capital A-Z (tested before the pattern).
        if scan.consumed[k] or not "A" <= text[0] <= "Z" or not _ACRONYM.fullmatch(text):
            continue
        if text in scan.acronyms:
            scan.add(scan.acronyms[text], "organisation", starts[k], ends[k], "alias")
        elif k > 0 and words[k - 1] in ("the", "The") and scan.body[ends[k - 1] : starts[k]] == " " and (
            (text.lower(),) not in load_titles()[1]
        ):
            # ("the MP for Wansbeck", "the CEO": an office written as an acronym is no organisation)
            scan.add(text, "organisation", starts[k], ends[k], "capitalised")
