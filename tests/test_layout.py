"""The shape of the package (README "How the code is laid out"), checked so it cannot drift.

Rooms small enough to hold in the head: modules under ~600 lines, classes under ~250, functions
under ~80 (measured as the AST's line span, docstrings included). One package per concern; data
flows one way, so a measure never imports the presentation layers and the data-set readers import
no validator.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"
MODULE_LINES, CLASS_LINES, FUNCTION_LINES = 600, 250, 80

MEASURES = ("article", "actors", "sourcing", "sentiment", "framing", "readability")
PRESENTATION = ("pipeline", "report", "corpus", "validation", "cli")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every ``analysis...`` module this file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("analysis"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("analysis"))
    return found


def test_one_package_per_concern() -> None:
    for package in ("article", "actors", "sourcing", "sentiment", "framing", "readability", "report", "corpus", "validation", "lexicons"):
        assert (PACKAGE / package / "__init__.py").is_file(), f"analysis/{package}/ should be a package"
    flat = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem not in {"__init__", "__main__"})
    # Beside the packages: plumbing (_frozen, _json, _lazy, errors), the entry points (cli, pipeline), and
    # paths (how a typed path is found, shared by the notebooks).
    assert flat == ["_frozen", "_json", "_lazy", "cli", "errors", "paths", "pipeline"], flat


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_rooms_are_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= MODULE_LINES, f"{path.name}: {source.count(chr(10))} lines"
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        span = (node.end_lineno or node.lineno) - node.lineno
        if isinstance(node, ast.ClassDef):
            assert span <= CLASS_LINES, f"class {node.name}: {span} lines"
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            assert span <= FUNCTION_LINES, f"{node.name}(): {span} lines"


def test_measures_never_import_the_presentation_layers() -> None:
    for path in _modules():
        name = _name(path)
        if name.count(".") == 0 or name.split(".")[1] not in MEASURES:
            continue
        for imported in _imports(path):
            top = imported.split(".")[1] if imported.count(".") else ""
            assert top not in PRESENTATION, f"{name} imports {imported}"


def test_dataset_readers_import_no_validator() -> None:
    imported = _imports(PACKAGE / "validation" / "datasets.py")
    validators = {i for i in imported if i.startswith("analysis.validation") and i != "analysis.validation.datasets"}
    assert not validators, validators


def test_no_name_probing_or_optional_imports_between_our_modules() -> None:
    probing = re.compile(r"\b_attr\(|getattr\(\w+, \"\w+\", None\) or getattr")
    for path in _modules():
        source = path.read_text(encoding="utf-8")
        assert not probing.search(source), f"{path.name} probes attribute names"
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Try) and any(
                isinstance(handler.type, ast.Name) and handler.type.id == "ImportError" for handler in node.handlers
            ):
                own = [n for n in ast.walk(node) if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("analysis")]
                assert not own, f"{path.name}: an import of our own module is treated as optional"


def test_measures_take_their_inputs_as_real_types() -> None:
    """The seams between measures are typed: no ``Any`` for a sourcing or actors result."""
    seam = re.compile(r"\b(?:sourcing|actors)\s*:\s*(?:Any|object)\b")
    for path in _modules():
        assert not seam.search(path.read_text(encoding="utf-8")), f"{path.name} takes a measure's result as Any"


def test_html_comes_from_autoescaped_templates() -> None:
    templates = sorted((PACKAGE / "report" / "templates").glob("*.html.j2"))
    assert templates, "the report's HTML should come from Jinja2 templates"
    from analysis.report.templating import ENVIRONMENT, render

    assert ENVIRONMENT.autoescape("report.html.j2") if callable(ENVIRONMENT.autoescape) else ENVIRONMENT.autoescape
    # An article's text is escaped wherever a template prints it.
    hostile = "<script>alert(1)</script>"
    html = render("header.html.j2", headline=hostile, meta=[hostile], caption=hostile, credit=hostile)
    assert "<script>" not in html and html.count("&lt;script&gt;") == 4
    for path in _modules():
        if "report" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"f\"<(?:p|div|table|tr|td|span|h\d)\b", source), f"{path.name} builds HTML in Python"
