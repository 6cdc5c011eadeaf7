"""Select a twelfth, wholly blind set of target-tone items from other news, mechanically (issue #18).

The eleventh set was scored once at the end of round 19 and is development data now, like the ten
before it. A claim about the tone measure in round 20 needs items nobody has looked at: this draws
160 of them from articles no earlier set uses.

Run from the project root::

    PYTHONPATH=$PWD:scripts python scripts/select_target_tone_twelfth_set.py \
        > tests/fixtures/target_tone_twelfth/items.jsonl

Articles: the OneStopEnglish "Advanced" texts whose topic none of the earlier other-news sets quotes
(read from their committed ``items.jsonl``), interleaved with the narrative-frames articles whose line
number is 11 modulo 12 (earlier sets took 0 to 10: this is the last unused residue). Mentions are
chosen as in ``select_target_tone_blind.py``. No tone is judged here.
"""

from __future__ import annotations

from select_target_tone_third_set import write_blind_set  # same rules

EARLIER = ("target_tone_other_news", "target_tone_third", "target_tone_sixth", "target_tone_seventh", "target_tone_eighth",
           "target_tone_ninth", "target_tone_tenth", "target_tone_eleventh")


def main() -> None:
    write_blind_set("q", EARLIER, remainder=11)


if __name__ == "__main__":
    main()
