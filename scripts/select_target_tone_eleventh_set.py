"""Select an eleventh, wholly blind set of target-tone items from other news, mechanically (issue #18).

The tenth set was scored once at the end of round 18 and is development data now, like the nine
before it. A claim about the tone measure in round 19 needs items nobody has looked at: this draws
160 of them from articles no earlier set uses.

Run from the project root::

    PYTHONPATH=$PWD:scripts python scripts/select_target_tone_eleventh_set.py \
        > tests/fixtures/target_tone_eleventh/items.jsonl

Articles: the OneStopEnglish "Advanced" texts whose topic none of the second, third, sixth, seventh,
eighth, ninth and tenth sets quotes (read from their committed ``items.jsonl``), interleaved with the
narrative-frames articles whose line number is 10 modulo 12 (earlier sets took 0 to 9). Mentions are
chosen as in ``select_target_tone_blind.py``. No tone is judged here.
"""

from __future__ import annotations

from select_target_tone_third_set import write_blind_set  # same rules

EARLIER = ("target_tone_other_news", "target_tone_third", "target_tone_sixth", "target_tone_seventh", "target_tone_eighth",
           "target_tone_ninth", "target_tone_tenth")


def main() -> None:
    write_blind_set("k", EARLIER, remainder=10)


if __name__ == "__main__":
    main()
