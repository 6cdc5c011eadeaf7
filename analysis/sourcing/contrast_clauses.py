"""Where a paraphrase ends before the reporter's own contrasting clause (trial 18 F11).

"President Sam Cole has said his government lacks the money to fight the fires but his government
is also being accused of cutting the fire budget": after "but" (or "yet", "while", "although") a
clause with a subject of its own and a passive charge, "is (also) being accused of", "has been
criticised for", "was sued over", is the reporter telling the reader what others hold against
someone. A passive charge names no speaker, and a speaker's reported words do not carry a charge
against him in the reporter's passive; so the paraphrase stops at the conjunction and the charge is
no part of what the speaker said.
"""

from __future__ import annotations

import re

_CONTRAST_CHARGE = re.compile(
    r",?\s+(?:but|yet|while|whereas|although|though)\s+"
    r"(?:[\w’'-]+\s+){1,6}?"  # the clause's own subject ("his government", "the ministry")
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:also|widely|often|now|repeatedly|increasingly|long)\s+)?(?:being\s+)?"
    r"(?:accused|criticised|criticized|blamed|condemned|faulted|attacked|sued|investigated|charged)\b",
    re.IGNORECASE,
)


def reporter_contrast_end(body: str, start: int, end: int) -> int:
    """Where a paraphrase in ``body[start:end]`` stops before a contrasting clause with a passive
    charge (see the module docstring); ``end`` when there is none."""
    m = _CONTRAST_CHARGE.search(body, start, end)
    return end if m is None else m.start()
