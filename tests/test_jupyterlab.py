"""The notebooks in a real JupyterLab, as a new user meets them after ``make lab``.

One JupyterLab server (started as ``make lab`` starts it: rooted at the project, opened on
``notebooks/``, ``--allow-root`` when root) on 127.0.0.1 with a random free port, a token, and
temporary runtime, data, config, settings and workspace folders (so the notebooks open untrusted,
as from a fresh clone, and autosave is off: the committed files are never written). Headless
Chromium, driven by Playwright, opens each notebook twice:

* **before running it** (stored outputs, untrusted): every chart shows as an image (JupyterLab
  drops SVG outputs of an untrusted notebook; the PNG beside each SVG survives), no chart's text
  lies stray in an HTML output, no ``<IPython.core.display.…>`` placeholder shows;
* **after Run All** (outputs trusted): no error output, every chart shows; in the report the
  styles reach the annotated article (a highlight's background is not transparent, the legend's
  items stand apart, paragraph numbers and speaker labels are spaced from the text) and tables
  left-align text; DataFrames are styled (text left, numbers right); the corpus notebook's reading
  is computed and names groups by label; and the notebook in memory (what a save would write)
  equals the file apart from outputs (same cells, same kernelspec).

Screenshots go to ``reports/jupyterlab-<notebook>-{before,after}.png``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from test_report import CHROMIUM_ARGS, _chromium

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ("report", "explore", "corpus", "validation")
SERVER_START_S, OPEN_S, RUN_S = 90, 60, 240

# Settings a fresh user would not have, for a test that must not write or wait: no autosave (the
# committed notebooks stay as they are), every cell rendered (no windowing), no news or update check.
SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _lab_flags() -> list[str]:
    """The options of ``make lab`` (checked against the Makefile by ``test_make_lab_roots_at_the_project``)."""
    flags = ["--ServerApp.root_dir=.", "--LabApp.default_url=/lab/tree/notebooks"]
    return flags + (["--allow-root"] if os.getuid() == 0 else [])


def test_make_lab_roots_at_the_project() -> None:
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nlab:", 1)[1].split("\n\n", 1)[0]
    for flag in ("--ServerApp.root_dir=.", "--LabApp.default_url=/lab/tree/notebooks", "--allow-root"):
        assert flag in recipe, flag
    assert 'id -u)" = 0' in recipe  # --allow-root only as root


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server: (base URL, token, its environment); stopped when the module's tests are done."""
    if _chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: `make browser` installs Debian's chromium")
        pytest.skip("Chromium is not installed (`make browser` installs it)")
    home = tmp_path_factory.mktemp("jupyterlab")
    for name, value in SETTINGS.items():
        path = home / "settings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value), encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_DATA_DIR": str(home / "data"),  # a fresh notary: the notebooks open untrusted
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    port, token = _free_port(), secrets.token_hex(16)
    command = [
        sys.executable, "-m", "jupyter", "lab", *_lab_flags(), "--no-browser", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
        "--LabApp.expose_app_in_browser=True", "--ServerApp.shutdown_no_activity_timeout=600",
    ]  # fmt: skip
    log = (home / "server.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not start:\n{(home / 'server.log').read_text()[-3000:]}")
            time.sleep(0.5)
        yield base, token, env
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser(lab):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=_chromium(), headless=True, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            yield chromium
        finally:
            chromium.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# JavaScript run in the page. `widget` is the notebook panel in the main area.
_STATE = """() => {
  const widget = window.jupyterapp.shell.currentWidget;
  const cells = widget.content.widgets.filter(c => c.model.type === 'code');
  const outputs = cells.flatMap(c => c.model.outputs.toJSON());
  const root = widget.node;
  const images = [...root.querySelectorAll('.jp-RenderedImage img, .jp-RenderedSVG img')];
  const html = [...root.querySelectorAll('.jp-OutputArea-output.jp-RenderedHTMLCommon')].map(e => e.textContent);
  return {
    kernel: widget.sessionContext.session?.kernel?.status ?? 'none',
    counts: cells.map(c => c.model.executionCount),
    trusted: cells.every(c => c.model.trusted),
    errors: outputs.filter(o => o.output_type === 'error').map(o => o.ename + ': ' + o.evalue),
    outputs: root.querySelectorAll('.jp-OutputArea-output').length,
    png: root.querySelectorAll('.jp-RenderedImage img').length,
    svg: root.querySelectorAll('.jp-RenderedSVG img').length,
    images_shown: images.filter(i => i.complete && i.naturalWidth > 0).length,
    html_text: html.join('\\n'),
    text: [...root.querySelectorAll('.jp-OutputArea-output')].map(e => e.textContent).join('\\n'),
  };
}"""

_REPORT_STYLE = """() => {
  const style = (e) => getComputedStyle(e);
  const root = window.jupyterapp.shell.currentWidget.node;
  const article = root.querySelector('.nfa-report .article');
  const highlight = article.querySelector('.said.anonymous:not(.indirect)');
  const legend = [...root.querySelectorAll('.nfa-report .legend > span')].map(e => e.getBoundingClientRect());
  const gaps = legend.slice(1).map((r, i) => Math.abs(r.top - legend[i].top) < 2 ? r.left - legend[i].right : null).filter(g => g !== null);
  const paraNo = article.querySelector('.para-no');
  const speaker = article.querySelector('.speaker');
  const textCell = root.querySelector('.nfa-report .table-wrap td:not(.num)');
  const numCell = root.querySelector('.nfa-report .table-wrap td.num');
  return {
    highlight: style(highlight).backgroundColor,
    legend_gaps: gaps,
    para_no_margin: parseFloat(style(paraNo).marginRight),
    speaker_margin: parseFloat(style(speaker).marginLeft),
    speaker_align: style(speaker).verticalAlign,
    text_cell: style(textCell).textAlign,
    num_cell: style(numCell).textAlign,
    font: style(article).fontFamily,
  };
}"""

# In a styled DataFrame (id T_<name>), the alignment of a text column's and a number column's cells.
_FRAME_ALIGN = """([name, text, number]) => {
  const root = window.jupyterapp.shell.currentWidget.node;
  const table = root.querySelector(`#T_${name}, [data-jupyter-id="T_${name}"]`);
  if (!table) return null;
  const heads = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
  const cell = (column) => table.querySelector(`tbody tr td.col${heads.filter(h => h !== '').indexOf(column)}`);
  return [getComputedStyle(cell(text)).textAlign, getComputedStyle(cell(number)).textAlign];
}"""

# Wait for the kernel, clear the stored outputs (and execution counts), run every cell.
_RUN_ALL = """async () => {
  const app = window.jupyterapp;
  const widget = app.shell.currentWidget;
  await widget.sessionContext.ready;
  app.shell.activateById(widget.id);
  await app.commands.execute('notebook:clear-all-cell-outputs');
  await app.commands.execute('notebook:run-all-cells');
}"""

_IN_MEMORY = "() => window.jupyterapp.shell.currentWidget.context.model.toJSON()"


def _wait(page, predicate, timeout: float, what: str) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        state = page.evaluate(_STATE)
        if predicate(state):
            return state
        if time.monotonic() > deadline:
            brief = {k: v for k, v in state.items() if "text" not in k}
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}: {brief}")
        time.sleep(0.5)


def _stored(name: str) -> nbformat.NotebookNode:
    return nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)


def _charts(notebook: nbformat.NotebookNode) -> tuple[int, list[str]]:
    """The image outputs of the stored notebook, and the titles of our charts among them."""
    images = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    titles = [o["data"]["text/plain"].removeprefix("Chart: ") for o in images if o["data"].get("text/plain", "").startswith("Chart: ")]
    return len(images), titles


def _open(context, base: str, token: str, name: str, stored_outputs: int):
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
    # ?reset: a fresh workspace, with only this notebook open.
    page.goto(f"{base}/lab/tree/notebooks/{name}.ipynb?reset&token={token}", timeout=OPEN_S * 1000)
    page.wait_for_function("() => window.jupyterapp?.shell?.currentWidget?.content?.widgets?.length > 0", timeout=OPEN_S * 1000)
    state = _wait(page, lambda s: s["outputs"] >= stored_outputs and s["images_shown"] >= s["png"] + s["svg"], OPEN_S, "stored outputs")
    return page, state


@pytest.mark.browser
def test_notebooks_in_jupyterlab_before_and_after_run_all(lab, browser) -> None:
    base, token, _ = lab
    digests = {name: _digest(ROOT / "notebooks" / f"{name}.ipynb") for name in NOTEBOOKS}
    shots = ROOT / "reports"
    shots.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    timings: dict[str, float] = {}
    try:
        # make lab's root: the project, so data/ and tests/fixtures/ can be browsed; the default URL shows notebooks/.
        page = context.new_page()
        page.goto(f"{base}/?token={token}", timeout=OPEN_S * 1000)
        page.wait_for_selector(".jp-DirListing-item", timeout=OPEN_S * 1000)
        assert "/lab/tree/notebooks" in page.url
        listing = page.locator(".jp-DirListing-itemName").all_inner_texts()
        assert {f"{name}.ipynb" for name in NOTEBOOKS} <= set(listing), listing
        with urllib.request.urlopen(f"{base}/api/contents/?token={token}", timeout=10) as response:
            top = {item["name"] for item in json.load(response)["content"]}
        assert {"data", "notebooks", "tests", "examples"} <= top, top
        page.close()

        for name in NOTEBOOKS:
            stored = _stored(name)
            images, titles = _charts(stored)
            outputs = sum(len(c.outputs) for c in stored.cells if c.cell_type == "code")
            started = time.monotonic()
            page, before = _open(context, base, token, name, outputs)
            _scroll_to(page, ".jp-RenderedImage", "")  # the first chart, shown from its PNG
            page.screenshot(path=str(shots / f"jupyterlab-{name}-before.png"))
            # Untrusted, as from a fresh clone: every chart is an image on screen, nothing stray.
            assert not before["trusted"]
            assert before["png"] == images and before["images_shown"] == images, (name, before["png"], images)
            assert "IPython.core.display" not in before["text"] and "<Figure size" not in before["text"]
            for title in titles:
                assert title not in before["html_text"], f"{name}: chart text '{title}' shows as stray text"
            timings[f"{name} open"] = time.monotonic() - started

            started = time.monotonic()
            page.evaluate(_RUN_ALL)
            after = _wait(
                page,
                lambda s, outputs=outputs: s["kernel"] == "idle" and all(n is not None for n in s["counts"]) and s["outputs"] >= outputs,
                RUN_S,
                f"Run All of {name}",
            )
            timings[f"{name} run all"] = time.monotonic() - started
            after = _wait(page, lambda s: s["images_shown"] >= s["png"] + s["svg"], OPEN_S, "images")
            assert after["errors"] == [], (name, after["errors"])
            assert after["png"] + after["svg"] == images and after["images_shown"] == images, (name, after)
            assert "IPython.core.display" not in after["text"]
            _check_after(page, name, after)
            page.screenshot(path=str(shots / f"jupyterlab-{name}-after.png"))
            _check_unchanged_apart_from_outputs(page.evaluate(_IN_MEMORY), stored, name)
            page.evaluate("() => window.jupyterapp.commands.execute('kernelmenu:shutdown')")
            page.close()
    finally:
        context.close()
        print("timings (s): " + ", ".join(f"{k} {v:.1f}" for k, v in timings.items()))
    # Nothing was written to the committed notebooks.
    assert {name: _digest(ROOT / "notebooks" / f"{name}.ipynb") for name in NOTEBOOKS} == digests


@pytest.mark.browser
def test_trusted_by_make_lab_the_stored_report_is_styled_on_first_open(lab, browser) -> None:
    """``make lab`` trusts the notebooks (``jupyter trust``), so their stored outputs keep their
    styles on first open, before any cell runs."""
    base, token, env = lab
    subprocess.run([sys.executable, "-m", "jupyter", "trust", str(ROOT / "notebooks" / "report.ipynb")], env=env, check=True,
                   capture_output=True, timeout=60)  # fmt: skip
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        stored = _stored("report")
        page, state = _open(context, base, token, "report", sum(len(c.outputs) for c in stored.cells if c.cell_type == "code"))
        assert state["trusted"] and state["svg"] == _charts(stored)[0] and state["png"] == 0  # SVG when trusted
        style = page.evaluate(_REPORT_STYLE)
        assert style["highlight"] not in ("rgba(0, 0, 0, 0)", "transparent") and style["text_cell"] == "left", style
        _scroll_to(page, "h2", "Annotated article")
        page.screenshot(path=str(ROOT / "reports" / "jupyterlab-report-trusted.png"))
    finally:
        context.close()


def _check_after(page, name: str, state: dict) -> None:
    if name == "report":
        style = page.evaluate(_REPORT_STYLE)
        assert style["highlight"] not in ("rgba(0, 0, 0, 0)", "transparent"), style
        assert style["legend_gaps"] and min(style["legend_gaps"]) >= 6, style  # legend items apart
        assert style["para_no_margin"] >= 4 and style["speaker_margin"] >= 1 and style["speaker_align"] == "super", style
        assert style["text_cell"] == "left" and style["num_cell"] == "right", style
        assert "Georgia" in style["font"] or "DejaVu Serif" in style["font"], style
        _scroll_to(page, "h2", "Annotated article")
        assert page.evaluate(_FRAME_ALIGN, ["attributions", "text", "word_count"]) == ["left", "right"]
    elif name == "explore":
        assert page.evaluate(_FRAME_ALIGN, ["sentences", "text", "compound"]) == ["left", "right"]
        assert page.evaluate(_FRAME_ALIGN, ["corpus_articles", "headline", "words"]) == ["left", "right"]
        _scroll_to(page, "h2", "Sentiment")
    elif name == "corpus":
        assert "_bias" not in state["text"] and "questionable_source" not in state["text"]  # labels, not codes
        assert re.search(r"Of the \d+ measures compared, \d+ differ on outlet means", state["text"])  # the reading is computed
        _scroll_to(page, "h2", "Do the groups differ?")


def _scroll_to(page, tag: str, text: str) -> None:
    """Scroll the notebook to its first ``tag`` (a selector) whose text starts with ``text`` (for the screenshots)."""
    page.evaluate(
        """([tag, text]) => [...window.jupyterapp.shell.currentWidget.node.querySelectorAll(tag)]
             .find(e => e.textContent.startsWith(text))?.scrollIntoView({block: 'start'})""",
        [tag, text],
    )
    time.sleep(0.5)


def _check_unchanged_apart_from_outputs(memory: dict, stored: nbformat.NotebookNode, name: str) -> None:
    """What a save would write: the same cells (type, source, metadata) and the same kernelspec."""
    assert memory["metadata"]["kernelspec"] == dict(stored.metadata["kernelspec"]), name
    assert len(memory["cells"]) == len(stored.cells), name
    for ours, theirs in zip(memory["cells"], stored.cells, strict=True):
        source = ours["source"] if isinstance(ours["source"], str) else "".join(ours["source"])
        assert (ours["cell_type"], source) == (theirs.cell_type, theirs.source), name
        metadata = {k: v for k, v in ours.get("metadata", {}).items() if k not in ("trusted", "execution")}
        assert metadata == dict(theirs.metadata), (name, metadata, theirs.metadata)
