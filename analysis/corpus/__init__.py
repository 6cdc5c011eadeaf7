"""Many articles → tidy tables, in parallel, resumable, on local processes or on Dask.

    result = analyze_corpus("articles/")                 # a folder of .txt/.html files
    result = analyze_corpus("articles.csv")              # or CSV / JSONL / Parquet, or a DataFrame
    result.articles, result.sentences, result.errors     # pandas DataFrames joinable on article_id

Inputs
    A folder (every ``.txt``, ``.text``, ``.html``, ``.htm`` file below it, in sorted order), a
    glob pattern, a table file (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``) or a DataFrame. A
    table has a ``text`` (or ``html``) column, an optional ``id`` column (else the sha256 of the
    text is the id), an optional ``headline`` column (then no headline is looked for in the text;
    a byline and dateline at its top are taken as from a text file) and any other columns, which
    pass through to ``articles`` as metadata. A file's id is its path relative to
    the folder (never an absolute path, so results do not depend on the machine).

Outputs (one row per item of the level; every table has ``article_id`` first)
    ``articles``  one row per analysed article: metadata, headline, counts, every measure's
                  article-level figures (see :meth:`ArticleAnalysis.corpus_rows`);
    ``sentences`` one row per sentence; ``errors`` one row per article that could not be analysed
    (``article_id``, ``error_type``, ``message``); plus one table per further level the measures
    produce (e.g. ``attributions``, ``sources``, ``frames``, ``actors``: one row per actor per
    article with its target tone, to compare an actor's treatment across outlets, and
    ``right_of_reply``: one row per accused party with its verdict and evidence).

Guarantees
    * One bad article never stops the run: it becomes a row of ``errors``.
    * Same rows in the same order for 1 or N workers, and for the local and the Dask engine.
    * With ``output_dir``, results are written chunk by chunk under ``output_dir/parts``; a run that
      was interrupted resumes with the chunks not yet written, and gives the same tables as one run.

Stages
    :mod:`~analysis.corpus.inputs` (items from a folder, glob or table), :mod:`~analysis.corpus.run`
    (one article, chunks, processes or Dask), :mod:`~analysis.corpus.store` (chunk files, tables,
    Parquet/CSV), :mod:`~analysis.corpus.result` (:class:`CorpusResult`),
    :mod:`~analysis.corpus.compare` (group comparisons for the corpus notebook) and
    :mod:`~analysis.corpus.replies` (right-of-reply verdicts per group).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis._lazy import lazy_names

if TYPE_CHECKING:
    from analysis.corpus.compare import (
        FRAME_MEASURES,
        STYLE_MEASURES,
        actor_tone_by,
        actor_tone_columns,
        actor_tone_per_article,
        ambiguous_surnames,
        articles_for_comparison,
        clustering_column,
        compare_groups,
        corpus_person_names,
        describe_comparison,
        group_sizes,
        most_named_actors,
        summarise_by,
        summary_table,
    )
    from analysis.corpus.inputs import TABLE_SUFFIXES, TEXT_SUFFIXES, CorpusItem, read_corpus
    from analysis.corpus.replies import right_of_reply_by
    from analysis.corpus.result import CorpusResult
    from analysis.corpus.run import DEFAULT_CHUNK_SIZE, analyze_corpus, analyze_item
    from analysis.corpus.store import TABLES

# Loaded on first use (PEP 562): the runner needs no pandas until a table is asked for.
_WHERE = {
    "FRAME_MEASURES": "analysis.corpus.compare",
    "STYLE_MEASURES": "analysis.corpus.compare",
    "actor_tone_by": "analysis.corpus.compare",
    "actor_tone_columns": "analysis.corpus.compare",
    "most_named_actors": "analysis.corpus.compare",
    "actor_tone_per_article": "analysis.corpus.compare",
    "ambiguous_surnames": "analysis.corpus.compare",
    "articles_for_comparison": "analysis.corpus.compare",
    "clustering_column": "analysis.corpus.compare",
    "compare_groups": "analysis.corpus.compare",
    "corpus_person_names": "analysis.corpus.compare",
    "describe_comparison": "analysis.corpus.compare",
    "group_sizes": "analysis.corpus.compare",
    "summarise_by": "analysis.corpus.compare",
    "summary_table": "analysis.corpus.compare",
    "TABLE_SUFFIXES": "analysis.corpus.inputs",
    "TEXT_SUFFIXES": "analysis.corpus.inputs",
    "CorpusItem": "analysis.corpus.inputs",
    "read_corpus": "analysis.corpus.inputs",
    "right_of_reply_by": "analysis.corpus.replies",
    "CorpusResult": "analysis.corpus.result",
    "DEFAULT_CHUNK_SIZE": "analysis.corpus.run",
    "analyze_corpus": "analysis.corpus.run",
    "analyze_item": "analysis.corpus.run",
    "TABLES": "analysis.corpus.store",
}

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "FRAME_MEASURES",
    "STYLE_MEASURES",
    "TABLES",
    "TABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "CorpusItem",
    "CorpusResult",
    "actor_tone_by",
    "actor_tone_columns",
    "actor_tone_per_article",
    "ambiguous_surnames",
    "analyze_corpus",
    "analyze_item",
    "articles_for_comparison",
    "clustering_column",
    "compare_groups",
    "corpus_person_names",
    "describe_comparison",
    "group_sizes",
    "most_named_actors",
    "read_corpus",
    "right_of_reply_by",
    "summarise_by",
    "summary_table",
]


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals(), __all__)
