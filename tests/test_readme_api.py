"""The README's "Python API" block runs as written, and every value its comments show is the value
the code gives (trial 16 read the block as a new user would; a comment that had drifted from the
result, "heard = False" for a verdict, hid the field a user needs)."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"


def _api_block() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Python API", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None, "README has no python block under 'Python API'"
    return block.group(1).splitlines()


def _literal(comment: str) -> object | None:
    """The comment's value when it is a Python literal ('…', (17, 18), […]), else None."""
    try:
        return ast.literal_eval(comment.strip())
    except (ValueError, SyntaxError):
        return None


def test_the_api_block_runs_and_its_shown_values_are_true(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "my_articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    monkeypatch.chdir(ROOT)  # the block reads data/raw/… relative to the project, as a user in it would
    lines = _api_block()
    source = "\n".join(lines).replace('"my_articles/"', repr(str(folder)))
    namespace: dict[str, object] = {}
    exec(compile(source, "README.md (Python API)", "exec"), namespace)  # every line runs
    checked = 0
    for line in lines:
        code, _, comment = line.partition("#")
        expected = _literal(comment)
        if expected is None or "=" in code.replace("==", ""):
            continue
        assert eval(code, namespace) == expected, line
        checked += 1
    assert checked == 4  # headline, caption credit, (paragraphs, sentences), removed reasons
    result = namespace["result"]
    russia = result.sourcing.right_of_reply[0]  # the comment: Russia, accused in 4 places, verdict 'not_sought'
    assert (russia.party, len(russia.accused_in), russia.verdict) == ("Russia", 4, "not_sought")
    assert result.framing.primary_policy_frame == result.framing.policy_frame().iloc[0]["frame"] == "security_defense"
    corpus = namespace["corpus"]
    assert len(corpus.articles) == 1 and len(corpus.errors) == 0 and "actor" in corpus.actors.columns
