"""Cutting the page into parts: boilerplate out (with a reason), head parts taken, the body left.

The text is split into blocks (blank-line separated; hard-wrapped prose joined). Boilerplate
lines (navigation, error-page, share/subscribe, advertising, legal and credit lines) are removed
with a reason, then the headline, byline, dateline and photo caption (with its credit) are taken
from the head of the page, a wire dateline ("WASHINGTON (AFP) - ") from the lede, and what is left
is the body. Rules are general and their phrase lists are data (``lexicons/boilerplate.toml``,
``lexicons/article_parts.toml``); nothing here knows the seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analysis.article.link_cards import cut_link_cards
from analysis.article.model import RemovedLine
from analysis.article.notices import consent_notice
from analysis.article.read import Source
from analysis.article.sentences import split_sentences
from analysis.errors import EmptyArticleError
from analysis.lexicons import lexicon_cache, load_lexicon


@dataclass(frozen=True)
class Page:
    """The page cut into its parts: head parts, body paragraphs (in order) and removed lines."""

    headline: str | None
    byline: str | None
    dateline: str | None
    caption: str | None
    caption_credit: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[RemovedLine, ...]


def cut_page(source: Source, *, headline: str | None = None) -> Page:
    """Cut ``source`` into head parts, body paragraphs and removed lines.

    When ``headline`` is given no headline is looked for in the text, but a byline and dateline
    at its top ("By Priya Raman", "NEW DELHI — ") are taken as from a text file: a table's
    ``text`` column or a scraper's body field holds them as the page did, and left in the body
    the byline is a sentence and the dateline hides the lede's subject (trial 7, F12).
    Boilerplate lines and captions are removed either way. Head detection runs on plain text
    only; for HTML the parts trafilatura found fill what is missing. Raises
    :class:`~analysis.errors.EmptyArticleError` when no body is left.
    """
    parts = source.parts
    blocks = _blocks(source.text)
    if source.source_format == "html" and parts.get("headline") and blocks and _same_text(blocks[0][1], parts["headline"]):
        blocks = blocks[1:]
    body_blocks, head, removed = _classify(blocks, detect_head=source.source_format == "text", detect_headline=headline is None)
    if headline is not None:
        head["headline"] = headline.strip() or None
    for key, value in parts.items():
        if value and not head.get(key):
            head[key] = value
        elif value and key == "dateline" and value not in str(head[key]):
            head[key] = f"{value} · {head[key]}"  # the page's date, then the place the lede gave ("date · place", as in text)
    paragraphs_text = [p for p in body_blocks if p]
    notice = consent_notice(paragraphs_text)
    if notice is not None:
        raise EmptyArticleError(f"no article body found: {notice}; save the article's own text (as .txt) instead")
    if not paragraphs_text and headline is None and _several_sentences(head.get("headline")):
        # A pasted snippet of one line, "X died on Monday. Senators mourned him" (no full stop at its end,
        # so it looked like a headline): a headline is one sentence, so a line of several is the body (trial 19 C5).
        paragraphs_text, head["headline"] = [head["headline"]], None
    if not paragraphs_text:
        raise EmptyArticleError(
            "no article body found: every line was boilerplate, a headline or a caption; "
            "if article lines were cut, pass your own boilerplate list (--lexicons; in Python also headline=…)"
        )
    return Page(
        headline=head.get("headline"),
        byline=head.get("byline"),
        dateline=head.get("dateline"),
        caption=head.get("caption"),
        caption_credit=head.get("caption_credit"),
        paragraphs=tuple(paragraphs_text),
        removed=tuple(removed),
    )


def _same_text(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _blocks(text: str) -> list[tuple[int, str, bool]]:
    """Split text into (first line number, paragraph text, stands alone) blocks.

    Blocks are separated by blank lines. Inside a block, lines are separate paragraphs when they
    read like paragraphs (a line ends a sentence, or lines are long); hard-wrapped prose (short
    lines that stop mid-sentence) is joined with spaces. "Stands alone" is true for a single line
    with blank lines (or the text's ends) around it.
    """
    blocks: list[tuple[int, str, bool]] = []
    lines = text.split("\n")
    current: list[tuple[int, str]] = []

    def flush() -> None:
        if not current:
            return
        texts = [t for _, t in current]
        wrapped = len(texts) > 1 and all(len(t) <= 100 for t in texts) and not all(_ends_sentence(t) for t in texts[:-1])
        if wrapped:
            blocks.append((current[0][0], " ".join(texts), False))
        else:
            blocks.extend((number, line, len(current) == 1) for number, line in current)
        current.clear()

    for number, line in enumerate(lines, start=1):
        stripped = line if _spaced_once(line) else " ".join(line.split())
        if stripped:
            current.append((number, stripped))
        else:
            flush()
    flush()
    return blocks


def _spaced_once(line: str) -> bool:
    """Whether ``" ".join(line.split())`` is ``line`` itself: no white space but single spaces
    between words (a printable line holds no white space but " "), the common case, tested
    without cutting the line into words."""
    return line.isprintable() and "  " not in line and not line.startswith(" ") and not line.endswith(" ")


def _ends_sentence(line: str) -> bool:
    return line.rstrip("\"”’'»)] ").endswith((".", "!", "?", "…", ":")) or not line[-1:].isalnum()


@lexicon_cache
def _boilerplate_rules() -> tuple[int, tuple[tuple[str, frozenset[str], tuple[str, ...], re.Pattern[str] | None], ...]]:
    data = load_lexicon("boilerplate")
    max_words = int(data["meta"]["max_words"])
    rules = []
    for name, table in data.items():
        if name in ("meta", "inline", "consent_notice"):
            continue
        patterns = table.get("pattern", [])
        rules.append(
            (
                str(table["reason"]),
                frozenset(p.casefold() for p in table.get("exact", [])),
                tuple(p.casefold() for p in table.get("prefix", [])),
                re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None,
            )
        )
    return max_words, tuple(rules)


@lexicon_cache
def _inline_rules() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    rules = load_lexicon("boilerplate").get("inline", [])
    return tuple(
        (str(rule["reason"]), re.compile(rule["pattern"], re.IGNORECASE), str(rule.get("requires", "")).casefold())
        for rule in rules
    )


def cut_inline(line: str) -> tuple[str, list[tuple[str, str]]]:
    """``line`` without the furniture found inside it (``[[inline]]`` of boilerplate.toml), and the
    (text, reason) of each piece cut. A cut leaves one space, so "…coal plant)The Trump
    administration" reads "… The Trump administration" (the link line had been glued to the next)."""
    cuts: list[tuple[str, str]] = []
    folded: str | None = None
    for reason, pattern, requires in _inline_rules():
        if requires:  # a word the match must hold, tested before a search that tries every character
            # (str.lower is str.casefold on ASCII, and has a fast path for it)
            folded = (line.lower() if line.isascii() else line.casefold()) if folded is None else folded
            if requires not in folded:
                continue
        if pattern.search(line) is None:
            continue
        cuts.extend((m.group(0), reason) for m in pattern.finditer(line))
        # (spaces closed up after each cut: a sentence after a cut one starts the line or follows one space)
        line = " ".join(pattern.sub(" ", line).split())
    line, cards = cut_link_cards(line)  # a person's hover card run into the sentence (article/link_cards.py)
    cuts.extend(cards)
    return (" ".join(line.split()) if cuts else line), cuts


# Edge punctuation is stripped before matching; a line of rules ("___", "===") has no key left.
_EDGE_PUNCTUATION = " .,:;!?|·•–—-*#>»«\"“”'’()[]_=~"


def boilerplate_reason(line: str) -> str | None:
    """The reason ``line`` is page furniture, or None if it may be article text."""
    max_words, rules = _boilerplate_rules()
    if len(line.split(maxsplit=max_words)) > max_words:  # (more than max_words words: no need to split them all)
        return None
    folded = line.casefold()
    key = folded.strip(_EDGE_PUNCTUATION)
    if not key:
        return "no letters or digits"
    for reason, exact, prefixes, pattern in rules:
        # str.startswith takes the tuple of prefixes at once; the line is case-folded once.
        if key in exact or key.startswith(prefixes) or folded.startswith(prefixes):
            return reason
        if pattern is not None and pattern.fullmatch(key):
            return reason
    return None


@lexicon_cache
def _part_rules() -> dict[str, Any]:
    data = load_lexicon("article_parts")
    agencies = sorted(data["agencies"], key=len, reverse=True)
    agency_alternation = "|".join(re.escape(a) for a in agencies)
    return {
        "byline": tuple(data["byline_prefixes"]),
        "date_prefixes": tuple(data["date_prefixes"]),
        "caption_prefixes": tuple(data["caption_prefixes"]),
        "agency": re.compile(rf"(?:^|[\s,/(]){'(?:' + agency_alternation + ')'}(?:$|[\s,/)])", re.IGNORECASE),
        "credit_suffix": re.compile(
            r"\s*[(\[]?\s*(?:(?:" + "|".join(data["caption_credit_suffix_words"]) + r")\s*(?:credit)?\s*[:/]\s*)"
            r"([^()\[\]]{2,80}?)\s*[)\]]?\s*$",
            re.IGNORECASE,
        ),
        "agency_suffix": re.compile(rf"\s*[(\[]((?:[^()\[\]]{{0,60}}/\s*)?(?:{agency_alternation})(?:\s*/[^()\[\]]{{0,60}})?)[)\]]\s*$"),
        # "(Reuters) — " opening the lede with no place before it (a syndicated copy that dropped the
        # place): the agency must be a known one, so "(Updated) — " or "(Video) - " stays text.
        "agency_dateline": re.compile(rf"^(\((?:{agency_alternation})\))\s*[-–—]{{1,2}}\s+(?=\S)"),
        # "WASHINGTON (CNN) The mayor ...": a place in capitals and the outlet in brackets with no dash, the
        # lede's first word right after (round 17, trial 16 F12). With no dash to mark the end, the outlet
        # must be a known agency or a broadcaster's call letters in capitals ("CNN", "KTLA": three or four letters), so that
        # "NATO (North Atlantic Treaty Organization) Members ..." stays the lede.
        "credit_dateline": re.compile(
            rf"^([A-Z][A-Z'.\-]{{2,}}(?:\s+[A-Z][A-Z'.\-]+){{0,3}}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){{0,2}})?"
            rf"\s+\((?:{agency_alternation}|[A-Z]{{3,4}})\))\s+(?=[A-Z“\"‘'])"
        ),
    }


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_LINE = re.compile(
    rf"^(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    # Up to six more words. Each word is taken whole (possessive): ``(?:[\s,.]+\S+){0,6}`` could
    # split "a.b.c" at every dot and took minutes on a 200-character first line.
    rf"(?=[\s,.]|$)(?:\s*+\S++){{0,6}}+$"
)
# "WASHINGTON (AFP) - ", "BEIRUT, June 16 (Reuters) — ", "LONDON — ", "BUFFALO, N.Y. — ": a wire dateline before the lede.
_WIRE_DATELINE = re.compile(
    r"^((?:[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3})"  # the place, in capitals
    r"(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?"  # an optional state or country: ", N.Y.", ", United Arab Emirates"
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?"  # an optional date: ", June 16"
    r"(?:\s+\([A-Za-z][\w .&/-]{1,30}\))?)"  # an optional agency: "(AFP)"
    r"\s*[-–—]{1,2}\s+(?=\S)"
)

# "Washington, DC, United States: ", "Doha, Qatar: ": a channel's dateline, in title case with a colon
# (Al Jazeera). A place and at least one larger place after a comma; the lede follows in capitals.
_COLON_DATELINE = re.compile(
    r"^([A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}){1,2}):\s+(?=[A-Z“\"‘'])"
)


def _is_byline(line: str) -> bool:
    lower = line.casefold()
    words = line.split()
    for prefix in _part_rules()["byline"]:
        if lower.startswith(prefix) and len(words) <= 12:
            rest = line[len(prefix) :].lstrip()
            return bool(rest) and rest[0].isupper() and not _ends_with_period_sentence(rest)
    return False


def _ends_with_period_sentence(text: str) -> bool:
    return len(text.split()) > 6 and text.endswith(".")


def _is_dateline(line: str) -> bool:
    lower = line.casefold()
    if any(lower.startswith(p) for p in _part_rules()["date_prefixes"]) and len(line.split()) <= 12 and re.search(r"\d", line):
        return True
    return bool(_DATE_LINE.match(line))


def _caption(line: str) -> tuple[str, str | None] | None:
    """Return (caption text, credit) when ``line`` has a photo-caption shape."""
    rules = _part_rules()
    prefixes = rules["caption_prefixes"]
    # Only the line's start is folded (a body paragraph is the whole article when it has no breaks):
    # folding maps each character to one or more, so the fold of the first n characters is a prefix
    # of the line's fold at least n long, enough for any prefix of n characters or fewer.
    lower = line[: max(map(len, prefixes), default=0)].casefold()
    for prefix in prefixes:
        if lower.startswith(prefix):
            return line[len(prefix) :].strip(" )"), None
    if " | " in line:
        credit, _, text = line.partition(" | ")
        credit_words = credit.split()
        credit_shaped = 1 <= len(credit_words) <= 8 and len(text.split()) >= 3 and not credit.rstrip().endswith(".")
        names_credit = rules["agency"].search(credit) or all(w[:1].isupper() or not w[:1].isalpha() for w in credit_words)
        if credit_shaped and names_credit:
            return text.strip(), credit.strip()
        # The reverse order, "text | Getty Images": a short agency credit after the bar.
        caption_text, _, trailing = line.rpartition(" | ")
        if len(trailing.split()) <= 6 and rules["agency"].search(trailing) and len(caption_text.split()) >= 3:
            return caption_text.strip(), trailing.strip()
    # Both suffix patterns are anchored at the end but searched from every position, which cost
    # about 2 ms on a long paragraph; they are tried only when the end of the line could match.
    tail = line.rstrip()
    bracketed = tail.endswith((")", "]"))
    suffix = rules["credit_suffix"].search(line) if _credit_tail_possible(tail[:-1].rstrip() if bracketed else tail) else None
    if suffix and suffix.start() > 0 and len(line.split()) >= 4:
        return line[: suffix.start()].strip(), suffix.group(1).strip()
    agency = rules["agency_suffix"].search(line) if bracketed else None
    if agency and agency.start() > 0 and len(line.split()) >= 4:
        return line[: agency.start()].strip(), agency.group(1).strip()
    return None


def _credit_tail_possible(tail: str) -> bool:
    """Whether ``tail`` (the line without trailing space and closing bracket) can end a credit
    suffix: a ":" or "/" followed by at most 80 characters with no bracket (the pattern's credit)."""
    mark = max(tail.rfind(":"), tail.rfind("/"))
    return mark >= 0 and len(tail[mark + 1 :].lstrip()) <= 80


def _several_sentences(line: str | None) -> bool:
    return line is not None and len(split_sentences(line)) >= 2


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 30 and not line.rstrip("\"”’' ").endswith((".", ":", ";", ","))


# A headline with a full stop is at most this many words; a news lede sentence is longer (20-35).
_MAX_HEADLINE_WITH_STOP_WORDS = 12
# Headline style drops articles and forms of "to be" ("Mayor resigns after audit", not "The mayor
# has resigned" or "The plan was fine"); a short line using them reads as a sentence of the body.
# A closed grammatical class, so kept here rather than in a lexicon.
_NOT_IN_HEADLINE_STYLE = frozenset({"a", "an", "the", "is", "are", "was", "were", "be", "been", "being"})


def _is_headline_with_full_stop(line: str, alone: bool, following: list[tuple[int, str, bool]]) -> bool:
    """A short title-like line ending in a full stop ("Mayor resigns after audit.") above the body.

    It must stand alone (one line, blank lines around it), be one sentence of 2-12 words opening
    with a capital, digit or quotation mark, be written in headline style (no article, no form of
    "to be"), not start with a wire dateline ("LONDON — ", which opens a lede), and be followed by
    the body: the next block that is not page furniture is a byline, dateline or caption, or a
    paragraph longer than the line. A one-line first paragraph that is a long sentence, a sentence
    in prose style ("The council met on Monday."), or not set off by blank lines stays body.
    ``following`` is the next few blocks (the caller passes at most five, so the look-ahead is
    bounded).
    """
    words = line.split()
    if not alone or not 2 <= len(words) <= _MAX_HEADLINE_WITH_STOP_WORDS:
        return False
    if any(word.strip(_EDGE_PUNCTUATION).casefold() in _NOT_IN_HEADLINE_STYLE for word in words):
        return False
    if not line.endswith(".") or line.endswith("..") or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'"):
        return False
    if _WIRE_DATELINE.match(line) or len(split_sentences(line)) != 1:
        return False
    return _body_follows(words, following)


def _body_follows(words: list[str], following: list[tuple[int, str, bool]]) -> bool:
    """Whether the next block that is not page furniture is a byline, dateline or caption, or a
    paragraph longer than the line of ``words``."""
    for _, block, _ in following:
        if boilerplate_reason(block) is not None:
            continue
        if _is_byline(block) or _is_dateline(block) or _caption(block) is not None:
            return True
        return len(block.split()) > len(words)
    return False


# A title-case headline of up to this many words may hold full stops and sentences: "A Dire U.N.
# Report Warns Of Ruinous Global Warming. Republicans Say It's 'Fantasy.'" (HuffPost). Prose never
# capitalises every word, so the style itself says headline where length and punctuation cannot.
_MAX_TITLE_CASE_WORDS = 20
# Short function words a title-case style may leave in lower case ("of", "in", "and").
_TITLE_CASE_MINOR_LENGTH = 3


def _is_title_case_headline(line: str, alone: bool, following: list[tuple[int, str, bool]]) -> bool:
    """A line standing alone above the body, of 4-20 words, in which every word of four letters or
    more opens with a capital (at least three such words), followed by the body as for
    :func:`_is_headline_with_full_stop`. Wire datelines ("LONDON — ") open a lede, not a title."""
    words = line.split()
    if not alone or not 4 <= len(words) <= _MAX_TITLE_CASE_WORDS or _WIRE_DATELINE.match(line):
        return False
    cores = [word.strip(_EDGE_PUNCTUATION) for word in words]
    long_words = [core for core in cores if sum(ch.isalpha() for ch in core) > _TITLE_CASE_MINOR_LENGTH]
    if len(long_words) < 3 or not all(core[0].isupper() for core in long_words):
        return False
    return _body_follows(words, following)


def _classify(
    blocks: list[tuple[int, str, bool]], *, detect_head: bool, detect_headline: bool = True
) -> tuple[list[str], dict[str, str | None], list[RemovedLine]]:
    """Sort blocks into boilerplate, head parts (headline, byline, dateline, caption) and body;
    with ``detect_headline`` False (a headline given apart) the head's byline and dateline only."""
    removed: list[RemovedLine] = []
    head: dict[str, str | None] = {}
    body: list[str] = []
    numbers: list[int] = []
    for index, (number, line, alone) in enumerate(blocks):
        reason = boilerplate_reason(line)
        if reason is not None:
            removed.append(RemovedLine(number, line, reason))
            continue
        caption = _caption(line)
        if caption is not None:
            if head.get("caption") is None:
                head["caption"], head["caption_credit"] = caption
            else:
                removed.append(RemovedLine(number, line, "further photo caption"))
            continue
        # With the headline given apart, a single block (a sentence, a brief) is all body: a head
        # part needs text after it, so a one-line input is never cut away.
        in_head = detect_head and not body and (detect_headline or index < len(blocks) - 1)
        if in_head and head.get("byline") is None and _is_byline(line):
            head["byline"] = line
            continue
        if in_head and head.get("dateline") is None and _is_dateline(line):
            head["dateline"] = line
            continue
        if (
            in_head
            and detect_headline
            and head.get("headline") is None
            and (
                _looks_like_headline(line)
                or _is_headline_with_full_stop(line, alone, blocks[index + 1 : index + 6])
                or _is_title_case_headline(line, alone, blocks[index + 1 : index + 6])
            )
        ):
            head["headline"] = line
            continue
        if in_head and head.get("headline") is not None and _is_byline(line):
            head["byline"] = line
            continue
        line, cuts = cut_inline(line)
        removed.extend(RemovedLine(number, text, reason) for text, reason in cuts)
        if not line.strip(_EDGE_PUNCTUATION):
            continue
        body.append(line)
        numbers.append(number)
    links = _trailing_link_list(body)
    if links:
        removed.extend(RemovedLine(n, line, "related-content list") for n, line in zip(numbers[-links:], body[-links:], strict=True))
        del body[-links:]
    if body:
        match = _WIRE_DATELINE.match(body[0])
        if not (match and sum(ch.isupper() for ch in match.group(1)) >= 3):
            match = (_COLON_DATELINE.match(body[0]) or _part_rules()["agency_dateline"].match(body[0])
                     or _part_rules()["credit_dateline"].match(body[0]))
        if match:
            wire = match.group(1).strip()
            head["dateline"] = f"{head['dateline']} · {wire}" if head.get("dateline") else wire
            body[0] = body[0][match.end() :]
    return body, head, removed


_LIST_ITEM = re.compile(r"^[-•*–]\s+\S")


def _trailing_link_list(body: list[str]) -> int:
    """How many lines at the end of the body are a list of links to other stories: at least two
    list items ("- 15 Amazing Images of Stars"), each short and without the full stop of a
    sentence, with nothing after them (a credit line after them is removed as boilerplate first).
    A list inside the story, or one whose items are sentences, stays."""
    count = 0
    for line in reversed(body):
        if not (_LIST_ITEM.match(line) and len(line.split()) <= 16 and not line.rstrip("\"”’' ").endswith((".", "!", ";", ":"))):
            break
        count += 1
    return count if 2 <= count < len(body) else 0
