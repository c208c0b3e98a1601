"""Interview transcripts: the ranker's reading of which interviewer's question a reply answers.

The build reads an article's turns and stores each reply sentence's interviewer's question and
speaker (facts.interview, the ``replies`` table). The reply answers the question without
repeating its words, so a member who asks "how old was Zara Kay when she set up Faithless
Hijabi" names what the interviewer asked and whom, not what the reply says. The ranker gives a
reply's sentence partial credit for the words of the question it answers and of its speaker's
label, as it does a pronoun-led sentence for the sentence before it
(term_matching.CONTEXT_CREDIT).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import attrgetter
from typing import NamedTuple
from weakref import WeakKeyDictionary

from facts.sentence_words import turn_stem_set

from .corpus import Corpus, SentenceRow

SHARED_STEMS = 2  # an interviewer's question and a member's: two content words in common
REPLY_SENTENCES = 3  # a reply's answer is in its first few sentences


def _answered(replies: Sequence[tuple[int, str, str]]) -> list[tuple[str, list[int]]]:
    """Each interviewer's question of an article with the ids of its reply's sentences, in
    order, from the article's replies (facts.interview.replies)."""
    out: list[tuple[str, list[int]]] = []
    for sid, asked, _ in replies:
        if not asked:
            continue
        if out and out[-1][0] == asked:
            out[-1][1].append(sid)
        else:
            out.append((asked, [sid]))
    return out


context_stems = turn_stem_set  # the stems of a turn context's content words


def credit_replies(
    terms: Sequence[tuple[str, frozenset[str]]],
    contexts: Sequence[frozenset[str] | None],
    hits: list[list[float]],
    credit: float,
) -> None:
    """Give each reply sentence ``credit`` for the question terms (stem, related stems) that it
    lacks and the question it answers (or its speaker's label) has."""
    for ctx, row in compress(zip(contexts, hits, strict=True), contexts):  # only the replies
        for j, (st, related) in enumerate(terms):
            if not row[j] and (st in ctx or not related.isdisjoint(ctx)):
                row[j] = credit


_CACHE_LIMIT = 512  # articles whose turns are kept (a corpus has a few dozen interviews)


class _Turns(NamedTuple):
    """An article's replies as answering reads them: the stems of each reply sentence's
    context, and each interviewer's question's stems with its reply's sentence ids."""

    contexts: dict[int, frozenset[str]]
    questions: tuple[tuple[frozenset[str], tuple[int, ...]], ...]


NO_TURNS = _Turns({}, ())


def _turns(corpus: Corpus, article: str, cache: dict[str, _Turns]) -> _Turns:
    """An article's :class:`_Turns`, read once per corpus (``cache``: ``_TURNS[corpus]``,
    looked up once per call of the caller) from the replies the build stored, with their
    texts' stems (:meth:`Corpus.reply_turns`: one indexed look-up, which finds none for most
    articles)."""
    found = cache.get(article)
    if found is None:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        replies, stems = corpus.reply_turns(article)  # a reply's sentences share their turn's texts
        if replies and not corpus.published(article):
            replies = []  # an undated document is read without turns
        found = cache[article] = (
            _Turns(
                _contexts(replies, stems),
                tuple((_stems_once(asked, stems), tuple(ids)) for asked, ids in _answered(replies)),
            )
            if replies
            else NO_TURNS
        )
    return found


def _contexts(
    replies: Sequence[tuple[int, str, str]], seen: dict[str, frozenset[str]]
) -> dict[int, frozenset[str]]:
    """Each reply sentence's :func:`_context_stems`, joined once per turn (a question and its
    speaker), not once per sentence of its reply."""
    joined: dict[tuple[str, str], frozenset[str]] = {}
    out: dict[int, frozenset[str]] = {}
    for sid, asked, speaker in replies:
        found = joined.get((asked, speaker))
        if found is None:
            found = joined[asked, speaker] = _context_stems(asked, speaker, seen)
        out[sid] = found
    return out


def _context_stems(asked: str, speaker: str, seen: dict[str, frozenset[str]]) -> frozenset[str]:
    """:func:`context_stems` of a reply's context (facts.interview._context), from its
    question's stems and its speaker's, each read once per article (``seen``): no token spans
    the space that joins them, so the context's stems are the two sets together, and the
    interviewer's question, read for :func:`asked_replies` as well, is not tokenised twice."""
    return _stems_once(asked, seen) | _stems_once(speaker, seen)


def _stems_once(text: str, seen: dict[str, frozenset[str]]) -> frozenset[str]:
    """:func:`context_stems` of ``text``, read once per article (``seen``, which starts with
    the stems the build stored)."""
    found = seen.get(text)
    if found is None:
        found = seen[text] = context_stems(text)
    return found


def with_turns(rows: Sequence[SentenceRow], corpus: Corpus, articles: int) -> list[SentenceRow]:
    """The candidates, each reply sentence of an interview with its turn's stems
    (``SentenceRow.turn``) for the ranker. Only the first ``articles`` articles of the
    candidates, in their order (the full-text search's best first), are read for turns: the
    answerer passes the number it reads candidates from (candidate_search.ARTICLE_LIMIT): a large
    coverage puts dozens of articles among one question's candidates, whose far ones an answer
    does not come from, and each article read costs a look-up (and an interview's stems)."""
    cache = _TURNS.setdefault(corpus, {})
    first = list(dict.fromkeys(map(attrgetter("article"), rows)))[:articles]
    # per article with replies among the candidates (an undated one has none: _turns)
    contexts = {
        article: found for article in first if (found := _turns(corpus, article, cache).contexts)
    }
    if not contexts:  # most questions: no candidate is of an interview
        return list(rows)
    out = []
    for row in rows:
        found = contexts.get(row.article)
        ctx = found.get(row.id) if found else None
        out.append(row._replace(turn=ctx) if ctx else row)
    return out


def asked_replies(corpus: Corpus, articles: Sequence[str], stems: frozenset[str]) -> list[int]:
    """The first REPLY_SENTENCES sentences of each reply, in ``articles``, to an interviewer's
    question that shares at least SHARED_STEMS content words with the member's (``stems``):
    the reply often shares none ("((WN)) What was the timeline of this study?" / "Yeah, I would
    say, four years?") and full-text search never finds it."""
    out: list[int] = []
    cache = _TURNS.setdefault(corpus, {})
    for article in articles:
        for asked, ids in _turns(corpus, article, cache).questions:
            if len(asked & stems) >= SHARED_STEMS:
                out.extend(ids[:REPLY_SENTENCES])
    return out


# per corpus (dropped with it): per article, the stems of each reply sentence's turn
_TURNS: WeakKeyDictionary[Corpus, dict[str, _Turns]] = WeakKeyDictionary()
