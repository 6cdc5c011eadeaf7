"""The final Parquet files are the same bytes however many parts (workers' slices) the rows came in."""

from __future__ import annotations

import itertools


def test_streamed_parquet_has_the_same_bytes_however_the_parts_were_cut(tmp_path):
    """Trial 17, F7: a long text column (over the writer's 1 MB dictionary page) gave other bytes
    when the same rows came in more parts (more workers): the writer fell back to plain encoding
    at another batch boundary. Each row group is now written as one contiguous chunk."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.corpus.store import stream_parquet

    texts = [f"Sentence {n}: " + "the council said the bridge would be repaired " * 8 for n in range(3000)]
    whole = pa.table({"article_id": [f"a{n // 30}" for n in range(3000)], "text": texts})
    assert sum(len(t) for t in texts) > 1_000_000
    written = {}
    for cuts in ((0, 3000), (0, 700, 1500, 2999, 3000)):
        folder = tmp_path / f"parts{len(cuts)}"
        folder.mkdir()
        files = []
        for k, (start, end) in enumerate(itertools.pairwise(cuts)):
            files.append(folder / f"chunk-{k:03d}.sentences.parquet")
            pq.write_table(whole.slice(start, end - start), files[-1])
        assert stream_parquet(files, folder / "sentences.parquet")
        written[len(cuts)] = (folder / "sentences.parquet").read_bytes()
    assert written[2] == written[5]
    assert pq.read_table(tmp_path / "parts5" / "sentences.parquet").equals(whole)
