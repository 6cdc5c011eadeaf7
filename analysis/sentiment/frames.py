"""The DataFrames of a :class:`~analysis.sentiment.result.SentimentResult`, one method each (a
mixin the result inherits, so the result module keeps to its types). Every method's docstring lists
its columns, in order; pandas is imported only when a frame is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from analysis.sentiment.result import (
        ActorMentionTone,
        ActorTone,
        ParagraphSentiment,
        SentenceSentiment,
        TurningPoint,
        VoiceSegment,
        VoiceTone,
    )


def _excerpt(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class SentimentFrames:
    """The frames of a sentiment result (the fields below are the result's)."""

    sentences: tuple[SentenceSentiment, ...]
    paragraphs: tuple[ParagraphSentiment, ...]
    turning_points: tuple[TurningPoint, ...]
    segments: tuple[VoiceSegment, ...]
    voices: tuple[VoiceTone, ...]
    actor_mentions: tuple[ActorMentionTone, ...]
    actors: tuple[ActorTone, ...]

    def sentences_frame(self) -> pd.DataFrame:
        """One row per sentence: paragraph, sentence, voice, speaker, neg, neu, pos, compound,
        tokens, evidence (readable), windowed, text."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "paragraph": s.paragraph,
                    "sentence": s.index,
                    "voice": s.voice,
                    "speaker": s.speaker,
                    "neg": s.neg,
                    "neu": s.neu,
                    "pos": s.pos,
                    "compound": s.compound,
                    "tokens": s.tokens,
                    "evidence": s.evidence_text,
                    "windowed": s.windowed,
                    "text": s.text,
                }
                for s in self.sentences
            ],
            columns=[
                "paragraph", "sentence", "voice", "speaker", "neg", "neu", "pos", "compound", "tokens",
                "evidence", "windowed", "text",
            ],
        )

    def evidence_frame(self) -> pd.DataFrame:
        """One row per lexicon word VADER scored: ``paragraph``, ``sentence`` (Sentence.index),
        ``position`` (token index in the sentence), ``token``, ``start`` and ``end`` (body
        offsets), ``base`` (lexicon valence), ``valence`` (after VADER's rules), ``rules`` (the
        rules applied, joined by "; "), ``source`` (vader, supplement, user or name)."""
        import pandas as pd

        rows = [
            {
                "paragraph": s.paragraph,
                "sentence": s.index,
                "position": e.position,
                "token": e.token,
                "start": e.start,
                "end": e.end,
                "base": e.base,
                "valence": e.valence,
                "rules": "; ".join(e.rules),
                "source": e.source,
            }
            for s in self.sentences
            for e in s.evidence
        ]
        return pd.DataFrame(
            rows,
            columns=["paragraph", "sentence", "position", "token", "start", "end", "base", "valence", "rules", "source"],
        )

    def paragraphs_frame(self) -> pd.DataFrame:
        """One row per paragraph (see :class:`ParagraphSentiment`): ``paragraph``, ``sentences``,
        ``compound`` (mean sentence compound), ``neg``, ``neu``, ``pos`` (means), ``min_compound``,
        ``max_compound``, ``share_negative`` and ``share_positive`` (of its sentences, at ±0.05),
        ``delta`` (change from the paragraph before), ``turning`` (kind of turning point or None)."""
        import pandas as pd

        columns = [
            "paragraph", "sentences", "compound", "neg", "neu", "pos", "min_compound", "max_compound",
            "share_negative", "share_positive", "delta", "turning",
        ]
        return pd.DataFrame(
            [{"paragraph": p.index, **{c: getattr(p, c) for c in columns[1:]}} for p in self.paragraphs],
            columns=columns,
        )

    def arc_frame(self) -> pd.DataFrame:
        """The tone arc, ready to plot: paragraph, tone (mean compound), rolling (mean over three
        paragraphs, centred), delta, turning (bool), turning_kind, label (paragraph opening)."""
        import pandas as pd

        frame = pd.DataFrame(
            {
                "paragraph": [p.index for p in self.paragraphs],
                "tone": [p.compound for p in self.paragraphs],
                "delta": [p.delta for p in self.paragraphs],
            }
        )
        frame["rolling"] = frame["tone"].rolling(3, center=True, min_periods=1).mean()
        kinds = {t.paragraph: t.kind for t in self.turning_points}
        frame["turning"] = frame["paragraph"].map(lambda i: i in kinds)
        frame["turning_kind"] = frame["paragraph"].map(lambda i: kinds.get(i))
        openings = {}
        for s in self.sentences:
            openings.setdefault(s.paragraph, _excerpt(s.text, 60))
        frame["label"] = frame["paragraph"].map(lambda i: openings.get(i, ""))
        return frame[["paragraph", "tone", "rolling", "delta", "turning", "turning_kind", "label"]]

    def segments_frame(self) -> pd.DataFrame:
        """One row per voice segment, a sentence's narrator or quoted part (see
        :class:`VoiceSegment`): ``paragraph``, ``sentence``, ``voice`` (narrator, quoted or
        attributed), ``speaker``, ``source_id``, ``side``, ``words``, ``neg``, ``neu``, ``pos``,
        ``compound`` (VADER on the segment), ``evidence`` (its lexicon words, joined by "; "), ``text``."""
        import pandas as pd

        columns = [
            "paragraph", "sentence", "voice", "speaker", "source_id", "side", "words", "neg", "neu", "pos",
            "compound", "evidence", "text",
        ]
        return pd.DataFrame(
            [
                {**{c: getattr(s, c) for c in columns if c != "evidence"}, "evidence": "; ".join(s.evidence)}
                for s in self.segments
            ],
            columns=columns,
        )

    def voices_frame(self) -> pd.DataFrame:
        """One row per voice, source and side (see :class:`VoiceTone`): ``level`` (voice, source
        or side), ``key``, ``label``, ``side``, ``segments``, ``words``, ``compound`` (mean
        segment compound), ``weighted_compound`` (weighted by words), ``share_negative``,
        ``share_positive``, ``min_compound``, ``max_compound``."""
        import pandas as pd

        columns = [
            "level", "key", "label", "side", "segments", "words", "compound", "weighted_compound",
            "share_negative", "share_positive", "min_compound", "max_compound",
        ]
        return pd.DataFrame([{c: getattr(v, c) for c in columns} for v in self.voices], columns=columns)

    def actors_frame(self) -> pd.DataFrame:
        """One row per actor (see :class:`ActorTone`), most mentioned first: actor, kind, mentions,
        pronoun_mentions, target_tone (mean tone toward the actor, -1 .. 1), negative_mentions,
        positive_mentions, strongest_evidence, then the clause figures kept for comparison:
        clauses, compound (mean clause compound), sentence_compound, share_negative, agent_of,
        target_of, acts_as_agent, acts_as_target."""
        import pandas as pd

        from analysis.sentiment.result import ACTOR_COLUMNS

        return pd.DataFrame(self.actor_rows(), columns=list(ACTOR_COLUMNS))

    def actor_mentions_frame(self) -> pd.DataFrame:
        """One row per actor mention: ``actor``, ``kind``, ``text`` (as written), ``via`` (how it
        was found: name, alias, metonym, pronoun …), ``paragraph``, ``sentence``, ``start``,
        ``end``, ``voice``; its target tone ``target_label``, ``target_score`` (−1 … 1) and
        ``target_evidence``; its clause tone ``compound`` and ``sentence_compound``; its ``role``
        (agent or target), ``act`` and ``role_reason``; ``clause`` (the clause's text)."""
        import pandas as pd

        columns = [
            "actor", "kind", "text", "via", "paragraph", "sentence", "start", "end", "voice", "target_label",
            "target_score", "target_evidence", "compound", "sentence_compound", "role", "act", "role_reason", "clause",
        ]
        return pd.DataFrame([{c: getattr(m, c) for c in columns} for m in self.actor_mentions], columns=columns)

