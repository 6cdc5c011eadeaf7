"""Command line: a thin layer over the package's functions.

    python -m analysis analyze PATH [--json]        one article: summary, or the full JSON
    python -m analysis report PATH [-o OUT.html]    the HTML report of one article (default reports/<name>.html)
    python -m analysis corpus SOURCE -o OUTDIR      many articles into tidy tables (Parquet/CSV)
    python -m analysis validate [-o reports]        validation figures: JSON, HTML and a table

Errors in the input print one line, ``error: …``, and exit with status 2; ``--debug`` shows the
traceback of an unexpected failure instead of the one-line message.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import AnalysisError

if TYPE_CHECKING:
    from analysis.pipeline import ArticleAnalysis
    from analysis.sourcing import Attribution, Source, SourcingResult

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C
#: The plain-text summary lists this many sources; the JSON and the report list all.
MAX_SUMMARY_SOURCES = 25
# Attributions the text summary lists, and the characters of what was said it shows of each: enough
# to check who said what on a wire story (trial 18, F19: the summary named sources but no quote);
# the rest, and every attribution in full, are in --json and the report.
MAX_SUMMARY_ATTRIBUTIONS, SAID_SHOWN = 40, 80


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="How a news article tells its story: framing, sentiment, readability and sourcing.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyse one article (text or HTML file)")
    analyze.add_argument("path", help="article file: page text (.txt) or HTML page (.html)")
    analyze.add_argument("--json", action="store_true", help="print every result as JSON (versioned schema)")
    analyze.add_argument("--lexicons", metavar="TOML", help="your own word lists over the package's (README: 'Your own word lists')")
    analyze.set_defaults(handler=_run_analyze)

    report = commands.add_parser("report", help="render the HTML report of one article")
    report.add_argument("path", help="article file: page text (.txt) or HTML page (.html)")
    report.add_argument(
        "-o",
        "--output",
        default=None,
        help="where to write the HTML file (default: reports/<article file name without extension>.html, in the current folder)",
    )
    report.add_argument("--lexicons", metavar="TOML", help="your own word lists over the package's")
    report.set_defaults(handler=_run_report)

    corpus = commands.add_parser("corpus", help="analyse many articles into tidy tables")
    corpus.add_argument("source", help="a folder of .txt/.html files, a glob, or a CSV/JSONL/Parquet table")
    corpus.add_argument("-o", "--output", required=True, help="folder for the tables (Parquet; CSV with --csv)")
    corpus.add_argument("--workers", type=_positive_int, default=None, help="processes to use (default: all cores)")
    corpus.add_argument("--engine", choices=["processes", "dask"], default="processes")
    corpus.add_argument("--scheduler", default=None, help="dask.distributed scheduler address (with --engine dask)")
    corpus.add_argument("--csv", action="store_true", help="also write CSV files")
    corpus.add_argument("--lexicons", metavar="TOML", help="your own word lists, the same for every worker")
    corpus.add_argument("--metadata", metavar="TABLE",
                        help="CSV/JSONL/Parquet with an 'id' column (a file's path in the folder, with or without its "
                             "extension) and columns such as outlet, joined to a folder's articles")
    corpus.add_argument("--chunk-size", type=_positive_int, default=200, help="articles per resumable chunk (default 200)")
    corpus.add_argument("--quiet", action="store_true", help="no progress bar")
    corpus.add_argument("--strict", action="store_true", help="exit with status 2 if any article failed")
    corpus.set_defaults(handler=_run_corpus)

    validate = commands.add_parser("validate", help="agreement of every measure with human judgement, on public data")
    validate.add_argument("-o", "--output", default="reports", help="folder for validation.json and validation.html (default: reports)")
    validate.set_defaults(handler=_run_validate)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _output_file(path: Path) -> Path:
    """``path`` if a file can be written there, checked before the analysis runs; else a one-line error."""
    if path.is_dir():
        raise AnalysisError(f"{path} is a folder: give the HTML file's name, e.g. {path / 'article.html'}")
    if path.suffix.lower() not in (".html", ".htm"):  # an HTML page in "x.txt" or "x.json" opens as markup (trial 15 F21)
        raise AnalysisError(f"{path} does not end in .html (or .htm): the report is an HTML page, e.g. {path.with_suffix('.html')}")
    for parent in path.parents:
        if parent.exists() and not parent.is_dir():
            raise AnalysisError(f"cannot write {path}: {parent} is a file, not a folder")
    return path


def _output_folder(path: Path) -> Path:
    """``path`` if it is a folder or can become one, checked before the work starts; else a one-line error."""
    for candidate in (path, *path.parents):
        if candidate.exists() and not candidate.is_dir():
            raise AnalysisError(f"cannot write tables or files into {path}: {candidate} is a file, not a folder")
    return path


def _run_analyze(args: argparse.Namespace) -> int:
    with _collector_paused():
        from analysis.article import path_argument
        from analysis.pipeline import analyze

        result = analyze(path_argument(args.path), lexicons=args.lexicons)
        sys.stdout.write(result.to_json() if args.json else summary(result))
    return EXIT_OK


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The garbage collector off while one article is analysed. Most of what a first analysis
    allocates is state kept for the process (lexicons, CMUdict's ~265,000 lists): each collection
    walks all of it and finds nothing, about a third of the command's CPU time (1.9 s -> 1.3 s for a
    400-word article). The garbage left is one article's, a few MB (peak memory the same on a
    16,000-word text), freed when the command ends. Results do not depend on it (same JSON)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run_report(args: argparse.Namespace) -> int:
    from analysis.article import path_argument
    from analysis.report import render_report

    article = path_argument(args.path)
    output = _output_file(Path(args.output) if args.output else default_report_path(article))
    output = render_report(article, output, lexicons=args.lexicons, progress=True)
    print(f"wrote {output}")
    return EXIT_OK


def default_report_path(article: Path) -> Path:
    """Where ``report`` writes without ``-o``: ``reports/<article stem>.html`` under the working
    directory, the folder ``make report`` and ``validate`` write to (git ignores its HTML)."""
    return Path("reports") / f"{article.stem or 'article'}.html"


def _run_validate(args: argparse.Namespace) -> int:
    from analysis.validation import run_validation, summary_text

    output = _output_folder(Path(args.output))
    figures = run_validation(output)
    print(summary_text(figures))
    print(f"wrote {output / 'validation.json'} and {output / 'validation.html'}")
    return EXIT_OK


def _run_corpus(args: argparse.Namespace) -> int:
    from analysis.corpus import analyze_corpus

    if args.scheduler and args.engine != "dask":
        raise AnalysisError("--scheduler needs --engine dask")
    _output_folder(Path(args.output))
    formats = ("parquet", "csv") if args.csv else ("parquet",)
    try:
        with _terminate_as_interrupt():
            result = analyze_corpus(
                args.source,
                workers=args.workers,
                engine=args.engine,
                scheduler=args.scheduler,
                output_dir=args.output,
                formats=formats,
                chunk_size=args.chunk_size,
                progress=False if args.quiet else None,
                lexicons=args.lexicons,
                metadata=args.metadata,
            )
    except KeyboardInterrupt:
        print(f"interrupted: the chunks already finished are kept in {Path(args.output) / 'parts'}; "
              "the same command resumes the run", file=sys.stderr)
        return EXIT_INTERRUPTED
    total = result.analysed + result.failed
    print(f"analysed {result.analysed} of {total} articles; {result.failed} failed; tables in {args.output}")
    if result.skipped:
        print(_skipped_note(result.skipped), file=sys.stderr)
    if result.reused:
        # Counted over the inputs (a failed input's error row is reused too), hence "of the N inputs".
        print(f"  {result.reused} of the {total} inputs taken from an earlier run into this folder (same articles, lexicons and "
              f"package version), not computed again; delete {Path(args.output) / 'parts'} to recompute them")
    if result.failed:
        for row in result.errors.head(5).itertuples():
            print(f"  {row.article_id}: {row.error_type}: {row.message}")
        if result.failed > 5:
            print(f"  … and {result.failed - 5} more (see errors.parquet)")
    if result.analysed == 0:
        print("error: no article could be analysed", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_BAD_INPUT if args.strict and result.failed else EXIT_OK


def _skipped_note(skipped: Sequence[str]) -> str:
    """One line naming the files of a folder the run left out (a .gz, a .pdf): silence would read as
    "every file was analysed" (trial 20: "analysed 10 of 10 articles" with a .gz left out)."""
    from analysis.corpus.inputs import TEXT_SUFFIXES, file_names_line

    names = file_names_line(skipped)
    files = "file that is" if len(skipped) == 1 else "files that are"
    return f"skipped {len(skipped)} {files} not {'/'.join(TEXT_SUFFIXES)} ({names}); decompress or convert such files to analyse them"


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (``kill PID``, a job scheduler's time limit) stops a corpus run as Ctrl-C does: the
    run's clean-up ends the worker processes, which would otherwise outlive the parent."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (main() called from a thread): leave the signal alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def summary(result: ArticleAnalysis) -> str:
    """A short plain-text summary of an :class:`~analysis.pipeline.ArticleAnalysis`."""
    from analysis.readability import NEWS_NORM_SOURCE
    from analysis.report.labels import counted

    article = result.article
    lines = [article.headline or "(no headline found)", ""]
    lines.append(f"source: {article.source_name or '(text)'} ({article.source_format}, {article.encoding}), sha256 {article.sha256}")
    if article.byline:
        lines.append(f"byline: {article.byline}")
    if article.dateline:
        lines.append(f"dateline: {article.dateline}")
    if article.caption:
        credit = f" (credit: {article.caption_credit})" if article.caption_credit else ""
        lines.append(f"caption: {article.caption}{credit}")
    lines.append(
        f"body: {counted(len(article.paragraphs), 'paragraph')}, {counted(len(article.sentences), 'sentence')}, "
        f"{counted(article.word_count, 'word')}, {counted(len(article.quotes), 'quoted passage')}"
    )
    if article.removed:
        reasons = Counter(r.reason for r in article.removed)
        lines.append("removed: " + ", ".join(f"{n} × {reason}" for reason, n in sorted(reasons.items())))
    for warning in article.warnings:
        lines.append(f"warning: {warning}")
    from analysis.report.findings import key_findings

    lines.append("")
    lines.append("Key findings:")
    lines.extend(f"  - {finding}" for finding in key_findings(result))
    sourcing = result.sourcing
    if sourcing.sources:
        lines.append("")
        lines.append("Sources:")
        for source in sourcing.sources[:MAX_SUMMARY_SOURCES]:
            official = "official" if source.official else "non-official"
            reason = f" ({source.anonymity_reason})" if source.anonymity_reason else ""
            side = f", {source.affiliation}" if source.affiliation else ""
            side += " (a news outlet cited for its reporting: no side)" if source.press else ""
            lines.append(
                f"  S{source.source_id + 1} {source.name}: {source.speaker_type}{reason}, {official}{side}; "
                + _source_voice(source)
            )
        if len(sourcing.sources) > MAX_SUMMARY_SOURCES:
            lines.append(f"  … and {len(sourcing.sources) - MAX_SUMMARY_SOURCES} more (every source: --json or the report)")
        lines.append("")
        lines.append("Attributions (¶, source, speaker as written (= the source it was resolved to), verb: what was said):")
        lines.extend(_attribution_line(sourcing, a) for a in sourcing.attributions[:MAX_SUMMARY_ATTRIBUTIONS])
        if len(sourcing.attributions) > MAX_SUMMARY_ATTRIBUTIONS:
            lines.append(f"  … and {len(sourcing.attributions) - MAX_SUMMARY_ATTRIBUTIONS} more (every attribution: --json or the report)")
    lines.append("")
    lines.append(
        # ranked by strength (the order the dominant frame is chosen in), so each frame shows both
        # figures: a reader comparing S&V scores alone would wonder why 0.80 ranks below 0.75
        "Frames by strength (S&V score in brackets): "
        + ", ".join(f"{f.label.lower()} {f.strength:.2f} ({f.score:.2f})" for f in result.framing.frames)
        + f"; primary policy frame: {result.framing.primary_policy_frame}"
    )
    readability = result.readability
    lines.append("")
    lines.append(f"Readability (news norm: {NEWS_NORM_SOURCE}):")
    if not readability.scorable:
        lines.append(f"  {readability.note}")
    for score in readability.scores:
        lines.append(f"  {score.name:<30} {score.value:6.1f}  {score.band}; {score.versus_news}")
    lines.append("")
    lines.append("Every figure with its evidence: --json, or the HTML report (python -m analysis report PATH).")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except AnalysisError as error:
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the promise is one line, never a traceback; --debug for the rest
        if args.debug:
            raise
        print(f"internal error ({type(error).__name__}): {_one_line(error)} — please report it, with --debug output", file=sys.stderr)
        return EXIT_INTERNAL


# What a record that is not speech says about its source (statement kinds: analysis.sourcing.result).
_SILENT_KINDS = {"no_comment": "sought, did not comment", "unreachable": "could not be reached"}


def _source_voice(source: Source) -> str:
    """How much a source speaks, or, for a party only sought for comment, that it stayed silent
    (such a source has no attribution of speech and is left out of every ratio)."""
    if source.attribution_count == 0:
        silent = [_SILENT_KINDS[k] for k in source.statement_kinds if k in _SILENT_KINDS]
        return "; ".join(silent or ["no speech"]) + " (not counted as a voice)"
    from analysis.report.labels import counted  # loaded with the key findings already

    return f"{counted(source.attribution_count, 'attribution')}, {counted(source.word_count, 'word')}"


def _attribution_line(sourcing: SourcingResult, attribution: Attribution) -> str:
    """``  ¶12 S1 the defense official (= a US official in Washington) said: “Russia’s latest …”``"""
    from analysis.report.labels import speaker_shown

    said = " ".join(attribution.text.split())
    if len(said) > SAID_SHOWN:
        said = said[: SAID_SHOWN - 1].rstrip() + "…"
    source = sourcing.sources[attribution.source_id]
    speaker = speaker_shown(attribution.speaker, source.name) if attribution.speaker else f"({source.name})"
    return f"  ¶{attribution.paragraph + 1} S{source.source_id + 1} {speaker} {attribution.cue or attribution.quote_type}: “{said}”"


def _one_line(error: BaseException) -> str:
    """The message on one line, whatever it holds (a file name with a newline, a multi-line bug)."""
    return " ".join(str(error).split())


if __name__ == "__main__":
    raise SystemExit(main())
