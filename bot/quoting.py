"""Which of the ranked sentences a reply quotes, and whether a quoted one is still in the
coverage as it was quoted. Kept apart from bot.answer, which decides whether to answer at all:
these two only compare sentences already found, by score and by text, and read no question.
"""

from __future__ import annotations

from collections.abc import Sequence

from .corpus import SentenceRow
from .model import Citation

SECOND_CITATION_RATIO = 0.88  # a further sentence is quoted only if it scores this close


def quoted_rows(
    order: Sequence[int], rows: Sequence[SentenceRow], scores: Sequence[float], limit: int
) -> list[int]:
    """The best sentence and those close behind it, up to ``limit``, each text once: two
    articles carrying the same wire copy would otherwise have it quoted twice."""
    best = order[0]
    cited = [best]
    texts = {rows[best].text}
    for i in order[1:]:
        if (
            len(cited) >= limit
            or scores[i] <= 0
            or scores[i] < scores[best] * SECOND_CITATION_RATIO
        ):
            break
        if rows[i].text not in texts:
            cited.append(i)
            texts.add(rows[i].text)
    return cited


def same_sentence(row: SentenceRow, citation: Citation) -> bool:
    """After a /reload a sentence id may hold another article's sentence, even the same words."""
    return (row.article, row.start, row.end, row.text) == (
        citation.article,
        citation.start,
        citation.end,
        citation.sentence,
    )
