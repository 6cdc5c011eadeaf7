"""The stored notebooks as a user gets them (nbval checks their outputs; tests/test_jupyterlab.py
opens them in JupyterLab): written as scripts/refresh_notebooks.py writes them, charts that survive
an untrusted open, outputs free of machine-specific text; and the corpus notebook on a corpus of
one group."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from analysis.report import render_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
MACHINE_SPECIFIC = re.compile(r"0x[0-9a-f]{6,}|/tmp/|/home/|/root/|\bWall time\b|\bCPU times\b")


def test_the_four_notebooks() -> None:
    assert [p.stem for p in NOTEBOOKS] == ["corpus", "explore", "report", "validation"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_as_refresh_writes_it(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    spec = KernelSpecManager().get_kernel_spec("python3")
    # What JupyterLab writes when it runs the notebook: running it changes only the outputs.
    assert dict(notebook.metadata["kernelspec"]) == {"display_name": spec.display_name, "language": "python", "name": "python3"}
    assert [c["id"] for c in notebook.cells] == [f"cell-{i}" for i in range(len(notebook.cells))]
    assert not any("execution" in c.metadata for c in notebook.cells)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), "run scripts/refresh_notebooks.py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_survive_an_untrusted_open_and_hold_nothing_machine_specific(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", output
            data = output.get("data", {})
            # JupyterLab drops SVG (and <svg> inside HTML) from an untrusted notebook: every chart has a PNG.
            assert "image/svg+xml" not in data or "image/png" in data
            assert "<svg" not in data.get("text/html", "")
            text = output.get("text", "") + "".join(v for k, v in data.items() if k.startswith("text/"))
            assert not MACHINE_SPECIFIC.search(text), MACHINE_SPECIFIC.search(text)
            assert str(ROOT) not in text


def test_report_notebook_shows_dataframes_the_html_report_leaves_out() -> None:
    notebook = nbformat.read(ROOT / "notebooks" / "report.ipynb", as_version=4)
    explore = [c for c in notebook.cells if "notebook-only" in c.metadata.get("tags", [])]
    sources = "".join(c.source for c in explore)
    for method in ("sources_frame()", "attributions_frame()", "sentences_frame()", "questions_frame()", "frames_frame()", "scores_frame()"):
        assert method in sources, method
    html = "".join(o["data"].get("text/html", "") for c in explore for o in c.outputs if "data" in o)
    assert 'id="T_sources"' in html and 'id="T_attributions"' in html


def test_corpus_notebook_on_one_group_says_so_once_and_skips_the_tests(tmp_path) -> None:
    """A folder of files has no group column: one group; the notebook runs, says so once, and
    shows no test table (no NaN rows) and no reading."""
    output = render_notebook(
        ROOT / "notebooks" / "corpus.ipynb",
        {"input_path": str(ROOT / "tests" / "fixtures" / "articles"), "workers": 1},
        tmp_path / "corpus.html",
        "one group",
    )
    html = output.read_text(encoding="utf-8")
    assert "analysed 9 articles; 0 could not be analysed" in html
    assert html.count("All articles are in one group") == 1
    assert 'id="T_by_article"' not in html and 'id="T_by_outlet"' not in html
    assert "Of the " not in html and "nothing to compare" not in html
    assert 'id="T_style"' in html and ">nan<" not in html.lower()
    # Only that message: no word on an outlet clustering that cannot exist (round 20's trial got both),
    # and the one-group message says how a folder gets its groups.
    assert "clustering" not in html and "for a folder, set metadata_path to its table" in html


def test_corpus_notebook_groups_a_folder_by_its_metadata_table(tmp_path) -> None:
    """A folder plus a metadata table (metadata_path, as analyze_corpus(metadata=) and --metadata)
    is compared by the table's outlet column: no "one group" message."""
    texts = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
    metadata = tmp_path / "meta.csv"
    rows = [f"{path.stem},{('Outlet A', 'Outlet B', 'Outlet C')[number % 3]}" for number, path in enumerate(texts)]
    metadata.write_text("id,outlet\n" + "\n".join(rows) + "\n", encoding="utf-8")
    output = render_notebook(
        ROOT / "notebooks" / "corpus.ipynb",
        {"input_path": str(ROOT / "tests" / "fixtures" / "articles"), "metadata_path": str(metadata), "workers": 1,
         "group_column": "outlet", "cluster_column": "outlet"},
        tmp_path / "corpus.html",
        "folder with metadata",
    )
    html = output.read_text(encoding="utf-8")
    assert f"analysed {len(texts)} articles; 0 could not be analysed" in html
    assert "All articles are in one group" not in html
    assert 'id="T_by_article"' in html and ">Outlet B</th>" in html


def test_no_notebook_names_a_path_relative_to_the_notebooks_folder() -> None:
    """A ``../`` path works only when the kernel runs in notebooks/ (papermill from the project root runs it
    in the working directory): the notebooks name files from the project root and look them up with
    ``analysis.paths.locate`` (the working directory first, then the project root)."""
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        code = "".join(c.source for c in notebook.cells if c.cell_type == "code")
        assert '"../' not in code and "'../" not in code, path.stem
        if path.stem != "validation":  # the one notebook that takes no file
            assert "from analysis.paths import locate" in code and "def locate(" not in code, path.stem


def test_explore_runs_with_its_documented_command_from_the_project_root(tmp_path) -> None:
    """The command the notebook and the README give, run from the project root, on an article whose
    last line is a no-comment ("The Army Corps of Engineers ... declined to comment on the breach.")."""
    command = "papermill notebooks/explore.ipynb out.ipynb -p article_path"
    notebook = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    assert command in notebook.cells[0].source
    assert command in (ROOT / "README.md").read_text(encoding="utf-8")
    output = tmp_path / "out.ipynb"
    article = "tests/fixtures/articles/wire_he_she_said.txt"
    # a corpus with one good article and one file that is no text (the round-9 trial's folder held a PNG)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text((ROOT / article).read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    subprocess.run(
        [sys.executable, "-m", "papermill", "notebooks/explore.ipynb", str(output), "-p", "article_path", article,
         "-p", "corpus_path", str(corpus), "--log-level", "ERROR"],
        cwd=ROOT, check=True, capture_output=True,
    )
    executed = nbformat.read(output, as_version=4)
    text = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "Flood-hit farmers demand faster aid\n124 words, 9 sentences, 5 paragraphs" in text
    html = "".join(o.get("data", {}).get("text/html", "") for c in executed.cells for o in c.get("outputs", []))
    attributions = html[html.index('id="T_attributions"'):]
    attributions = attributions[: attributions.index("</table>")]
    assert ">Army Corps of Engineers</td>" in attributions and ">no_comment</td>" in attributions
    assert "No accused or blamed party found (accusation cues such as accused X of" in text
    # the corpus section says a file failed and shows why, instead of showing only the articles that worked
    assert "1 article(s) analysed; 1 input(s) failed" in text
    errors = html[html.index('id="T_corpus_errors"'):]
    assert "broken.html" in errors[: errors.index("</table>")]


def test_explore_shows_what_the_report_shows() -> None:
    """The report's actor table (target tone first, the clause compound after), its right of reply and
    the statement kinds of sources and attributions, as DataFrames."""
    notebook = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    code = "".join(c.source for c in notebook.cells if c.cell_type == "code")
    for method in ("actors_frame()", "actor_mentions_frame()", "right_of_reply_frame()", "sources_frame()", "attributions_frame()"):
        assert method in code, method
    html = "".join(o.get("data", {}).get("text/html", "") for c in notebook.cells for o in c.get("outputs", []))
    actors = html[html.index('id="T_actors"'):]
    headers = re.findall(r'class="col_heading level0 col\d+" >(\w+)</th>', actors[: actors.index("</thead>")])
    assert headers[:8] == ["actor", "kind", "mentions", "pronoun_mentions", "target_tone", "negative_mentions", "positive_mentions",
                           "strongest_evidence"]
    assert "compound" in headers[8:]
    # The seed accuses Russia in its headline and three paragraphs and never quotes it or says it was asked.
    replies = html[html.index('id="T_right_of_reply"'):]
    assert ">Russia</td>" in replies and ">not_sought</td>" in replies
    assert ">statement_kinds</th>" in html and ">statement_kind</th>" in html


def test_corpus_notebook_grouped_by_outlet_runs_and_claims_no_outlet_level_test(tmp_path) -> None:
    """Grouping by the outlet itself (the default cluster column): round 11's new user got a pandas
    TypeError (the column twice in one selection) after the whole run. Now the notebook runs, says
    why no clustering applies, shows no outlet-means table, and its reading names no outlet means."""
    import csv

    texts = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
    table_path = tmp_path / "by_outlet.csv"
    with table_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "outlet", "text"])
        for number, path in enumerate(texts):
            writer.writerow([path.stem, ("Outlet A", "Outlet B", "Outlet C")[number % 3], path.read_text(encoding="utf-8")])
    output = render_notebook(
        ROOT / "notebooks" / "corpus.ipynb",
        {"input_path": str(table_path), "workers": 1, "group_column": "outlet", "cluster_column": "outlet"},
        tmp_path / "corpus.html",
        "grouped by outlet",
    )
    html = output.read_text(encoding="utf-8")
    assert f"analysed {len(texts)} articles; 0 could not be analysed" in html
    said = ("No &#x27;outlet&#x27; clustering: it is the group column itself", "No 'outlet' clustering: it is the group column itself")
    assert any(text in html for text in said)
    assert 'id="T_by_article"' in html and 'id="T_by_outlet"' not in html
    assert "Of the " in html and "on outlet means" not in html.split("Of the ", 1)[1]
