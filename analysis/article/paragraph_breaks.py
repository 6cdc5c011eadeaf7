"""A warning when the body looks like a text that lost its paragraph breaks.

News is written in short paragraphs: on the extraction benchmark's English pages (real articles of
many sites) no paragraph holds more than 8 sentences, and on OneStopEnglish's Guardian texts for
learners none more than 13. A corpus or a copy-paste that dropped the breaks (the Narrative Frames
corpus is stored so: every body one paragraph of 6 to 47 sentences) leaves one long block, and then
every per-paragraph figure (the tone arc, paragraph readability, ¶ references, where a frame cue
stands in the lede) describes the block, not the article's paragraphs. The text is not changed
(where the breaks were cannot be known); the article's ``warnings`` say so, and the report and the
command line print it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from analysis.article.model import Paragraph, Sentence

#: A body of one paragraph with at least this many sentences has lost its breaks (a news brief of
#: a few sentences may stand as one paragraph).
ONE_BLOCK_SENTENCES = 6
#: A paragraph with at least this many sentences, in a body of several, is a block of lost breaks
#: (above the 13 that the longest Guardian-for-learners paragraph holds).
LONG_PARAGRAPH_SENTENCES = 15


def lost_breaks_warning(paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]) -> str | None:
    """The warning to give when one paragraph holds the sentences of many (see the module docstring),
    else None."""
    per_paragraph = Counter(sentence.paragraph for sentence in sentences)
    if not per_paragraph:
        return None
    index, most = max(sorted(per_paragraph.items()), key=lambda item: item[1])
    if len(paragraphs) == 1 and most >= ONE_BLOCK_SENTENCES:
        where = f"the body is one paragraph of {most} sentences"
    elif most >= LONG_PARAGRAPH_SENTENCES:
        where = f"paragraph {index + 1} holds {most} sentences"
    else:
        return None
    return (
        f"{where}, as in a text that lost its paragraph breaks: per-paragraph figures (tone by paragraph, "
        "paragraph readability, ¶ numbers) describe that block, not the article's paragraphs"
    )
