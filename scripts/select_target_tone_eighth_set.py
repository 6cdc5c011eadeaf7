"""Select an eighth, wholly blind set of target-tone items from other news, mechanically (issue #18).

The seventh set was scored once at the end of round 11 and is development data now, like the six
before it. A claim about the model changed in round 12 needs items nobody has looked at: this draws
160 of them from articles no earlier set uses.

Run from the project root::

    PYTHONPATH=$PWD:scripts python scripts/select_target_tone_eighth_set.py \
        > tests/fixtures/target_tone_eighth/items.jsonl

Articles: the OneStopEnglish "Advanced" texts whose topic none of the second, third and sixth sets
quotes (read from their committed ``items.jsonl``, so the rule is mechanical), sorted by topic,
interleaved with the narrative-frames articles whose line number is 2 modulo 12 (the earlier sets
took 0, 1, 3, 4, 6, 7 and 9). Mentions are chosen as in ``select_target_tone_blind.py``, at most 4 per
article, the first 160 items. No tone is judged here.
"""

from __future__ import annotations

from select_target_tone_third_set import write_blind_set  # same rules

EARLIER = ("target_tone_other_news", "target_tone_third", "target_tone_sixth", "target_tone_seventh")


def main() -> None:
    write_blind_set("e", EARLIER, remainder=2)


if __name__ == "__main__":
    main()
