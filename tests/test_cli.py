"""The command line: summary, JSON, and one-line errors with exit status 2."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"


def test_summary(capsys):
    assert main(["analyze", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Russia accused of bombing US-backed militants in Syria\n")
    assert "17 paragraphs, 18 sentences, 422 words" in out
    assert "Flesch–Kincaid Grade" in out and "13.5" in out
    # frames in the order the dominant frame is chosen in (strength), each with its S&V score:
    # responsibility's score 0.60 and economic's 0.33 beside their strengths (hand-read in the JSON)
    assert (
        "Frames by strength (S&V score in brackets): conflict 0.61 (0.75), attribution of responsibility 0.30 (0.60), "
        "human interest 0.15 (0.20), economic consequences 0.12 (0.33), morality 0.00 (0.00); "
        "primary policy frame: security_defense"
    ) in out


def test_json_is_versioned_complete_and_byte_identical(capsys):
    main(["analyze", str(SEED), "--json"])
    first = capsys.readouterr().out
    main(["analyze", str(SEED), "--json"])
    second = capsys.readouterr().out
    assert first == second
    document = json.loads(first)
    assert document["schema_version"] == "1.6"
    assert document["provenance"]["input_sha256"] == "fda5887d4fa74f025c394536072c9b8d40a86ab66dc87d5e139da616abcc0546"
    assert document["article"]["headline"] == "Russia accused of bombing US-backed militants in Syria"
    assert document["readability"]["scores"]["flesch_kincaid_grade"]["value"] == pytest.approx(13.518262, abs=1e-6)
    # No machine paths in the output: only the file's name.
    assert str(ROOT) not in first and document["provenance"]["input_name"] == SEED.name


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("binary.bin", bytes(range(256)) * 20, "binary"),
        ("nul.txt", b"Some text\x00with a NUL byte", "NUL"),
        ("numbers.txt", b"1 2 3\n\n4 5 6", "no words"),
        (
            "french.txt",
            (
                "Le gouvernement a annoncé jeudi une nouvelle réforme des retraites qui sera présentée au "
                "Parlement dans les prochaines semaines, selon le ministre du Travail, qui a défendu un texte "
                "juste et nécessaire pour l'avenir du pays."
            ).encode(),
            "English",
        ),
    ],
)
def test_bad_files_give_one_line_and_status_2(tmp_path, capsys, name, data, message):
    path = _write(tmp_path, name, data)
    assert main(["analyze", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_missing_path_directory_and_url(tmp_path, capsys):
    for target, message in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "is a directory")):
        assert main(["analyze", str(target)]) == 2
        assert message in capsys.readouterr().err
    assert main(["analyze", "https://example.com/story.html"]) == 2
    assert "never fetches" in capsys.readouterr().err


def test_non_utf8_and_utf16_files_are_read(tmp_path, capsys):
    text = "Council closes the library\n\n“It is a sad day,” said council member Ana Ruiz, who voted against it on Monday."
    latin = _write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    assert main(["analyze", str(latin)]) == 0
    assert "decoded as windows-1252" in capsys.readouterr().out
    utf16 = _write(tmp_path, "utf16.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert main(["analyze", str(utf16)]) == 0
    assert "(text, utf-16)" in capsys.readouterr().out


def test_module_entry_point_never_prints_a_traceback(tmp_path):
    path = _write(tmp_path, "empty.txt", b"")
    result = subprocess.run([sys.executable, "-m", "analysis", "analyze", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.startswith("error: ")


def test_analyze_a_wire_story_names_the_he_and_she_speakers(capsys) -> None:
    # Issue 15: a new user running `analyze` on a wire story with pronoun speakers sees who spoke.
    path = Path(__file__).parent / "fixtures" / "articles" / "wire_he_she_said.txt"
    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert "S2 Kim Reynolds: named_person, official; 2 attributions" in out
    assert "S3 Tom Vilsack: named_person, official; 2 attributions" in out
    assert "S4 Tom Jones: named_person, non-official; 1 attribution" in out
    assert "S5 Mrs. Jones: named_person, non-official; 2 attributions" in out
    # A party only sought for comment is listed, but as silent, not as a voice with 0 attributions.
    assert "S6 Army Corps of Engineers: institution, official, Army Corps of Engineers; sought, did not comment" in out
    assert "(not counted as a voice)" in out
    assert "5 distinct sources in all (and 1 sought for comment who did not speak)." in out


def test_the_summary_lists_at_most_25_sources_and_a_finding_at_most_8_names() -> None:
    firsts = ["Ann", "Bob", "Carla", "Dan", "Eva", "Frank", "Gina", "Hal", "Iris", "Jon"]
    lasts = ["Cole", "Hart", "Webb"]
    lines = [f"“The plan will work,” said {f} {last}, a farmer." for last in lasts for f in firsts]
    from analysis.cli import summary
    from analysis.pipeline import analyze
    from analysis.report.findings import _list

    result = analyze("Farmers back the plan\n\n" + "\n\n".join(lines) + "\n")
    assert len(result.sourcing.sources) == 30
    out = summary(result)
    assert "  … and 5 more (every source: --json or the report)" in out
    import re

    assert len(re.findall(r"\n  S\d+ ", out)) == 25 and "S25 Eva Webb" in out
    assert _list([f"S{n}" for n in range(1, 13)]) == "S1, S2, S3, S4, S5, S6, S7 and 5 more"
    assert _list(["S1", "S2", "S3"]) == "S1, S2 and S3"
