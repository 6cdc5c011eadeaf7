"""README's JSON schema table against the JSON the tool prints (finding 15 of the round-9 new-user
trial: a user who wrote ``d["sentiment"]["body"]["median"]`` from the README got a KeyError).

Each row ``| `key` | content |`` lists the object's fields; a field followed by ``{...}`` or
``[{...}]`` lists the fields of that object or of the list's items. Text in parentheses is a
comment. Items that are not plain field names (free prose such as "shares by type") are not
checked. Checked both ways on the seed: every field named exists, and every top-level field of
each row's object is named.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis import analyze, load_article

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
_FIELD = re.compile(r"[a-z_][a-z0-9_]*")


def _strip_comments(text: str) -> str:
    while True:
        stripped = re.sub(r"\([^()]*\)", "", text)
        if stripped == text:
            return stripped
        text = stripped


def _split_top(text: str) -> list[str]:
    """Comma-separated items at bracket depth 0."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += 1 if char in "{[" else -1 if char in "}]" else 0
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return [i for i in items if i]


def _fields(text: str) -> dict[str, str | None]:
    """field name -> the nested spec inside its braces (None when none), for plain field names."""
    out: dict[str, str | None] = {}
    for item in _split_top(_strip_comments(text).replace("`", "")):
        match = re.match(r"([a-z_][a-z0-9_]*)\s*(\[\s*)?(\{(.*)\}|\.\.\.)?\s*\]?$", item.strip(), re.S)
        if match is None or not _FIELD.fullmatch(match.group(1)):
            continue
        out[match.group(1)] = match.group(4)
    return out


def _rows() -> dict[str, str]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("## JSON schema", 1)[1].split("\n## ", 1)[0]
    return {m.group(1): m.group(2) for m in re.finditer(r"^\| `([a-z_]+)` \| (.*) \|$", section, re.M)}


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(analyze(load_article(SEED)).to_json())


def _check(spec: str, value: object, path: str, both_ways: bool) -> list[str]:
    problems = []
    if isinstance(value, list):
        if not value:
            return problems
        value = value[0]
    if not isinstance(value, dict):
        return [f"{path} is documented with fields but is {type(value).__name__}"]
    fields = _fields(spec)
    for name, nested in fields.items():
        if name not in value:
            problems.append(f"{path}.{name} is in README but not in the JSON")
        elif nested is not None and _fields(nested):
            problems += _check(nested, value[name], f"{path}.{name}", both_ways=False)
    if both_ways:
        problems += [f"{path}.{key} is in the JSON but not in README" for key in value if key not in fields]
    return problems


def test_every_row_names_a_top_level_key(document: dict) -> None:
    assert set(_rows()) == set(document)


@pytest.mark.parametrize("key", ["provenance", "article", "actors", "sourcing", "sentiment", "framing", "readability"])
def test_readme_fields_match_the_json(document: dict, key: str) -> None:
    assert _check(_rows()[key], document[key], key, both_ways=True) == []


def test_the_parser_sees_nested_fields() -> None:
    # a check that could not fail would prove nothing: the parser must read nesting and comments
    fields = _fields("`method`, `body` {compound (mean of x, y), median_compound}, `sentences` [{index, text}], free prose here")
    assert fields == {"method": None, "body": "compound , median_compound", "sentences": "index, text"}
