"""Select a sixth, wholly blind set of target-tone items from other news, mechanically (issue #18).

All five earlier other-news sets have been scored and are development data. Round 10 asks two
questions of new coding: how far a second coder agrees with the first on the fifth set's items (the
ceiling any tool can reach on this kind of data), and what the current model scores on items nobody
has looked at. This draws the 160 items of the second question from articles no earlier set uses.

Run from the project root::

    PYTHONPATH=$PWD:scripts python scripts/select_target_tone_sixth_set.py \
        > tests/fixtures/target_tone_sixth/items.jsonl

Articles: every English extraction-benchmark page is quoted by an earlier set, so this set takes
the OneStopEnglish "Advanced" texts (Guardian news rewritten for learners: business, health,
science, sport, courts, world news) whose topic neither the second nor the third set quotes (read
from their committed ``items.jsonl``, so the rule is mechanical), sorted by topic, interleaved with
the narrative-frames articles whose line number is 4 modulo 12 (the earlier sets took 0, 1, 3, 6
and 9). Mentions are chosen as in ``select_target_tone_blind.py``, at most 4 per article, the
first 160 items. No tone is judged here.
"""

from __future__ import annotations

from select_target_tone_third_set import write_blind_set  # same rules

EARLIER = ("target_tone_other_news", "target_tone_third")


def main() -> None:
    write_blind_set("w", EARLIER, remainder=4)


if __name__ == "__main__":
    main()
