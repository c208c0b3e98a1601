"""Interview transcripts: which interviewer's question a reply answers.

News interviews are written as turns: the interviewer's question ("((WN)) How old are you? And
when did you decide to start Faithless Hijabi?", "((Wikinews)) ...", "WN: ...") and then the
interviewee's reply, one paragraph or several ("((Zara Kay)) So, I am 26 now. ... So I was 25
when I started Faithless Hijabi."). The reply answers the question without repeating its words,
so a member who asks "how old was Zara Kay when she set up Faithless Hijabi" names what the
interviewer asked and whom, not what the reply says. The ranker gives a reply's sentence
partial credit for the words of the question it answers and of its speaker's label, as it does
a pronoun-led sentence for the sentence before it (term_matching.CONTEXT_CREDIT).

A turn is a paragraph that opens with a speaker's label: "((Name))" or a short capitalised
name and a colon ("NG:", "Natasha Gownaris:"). The interviewer is the label whose turns mostly
ask (hold a "?"): interviewees ask back now and then ("About me?"), interviewers mostly ask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter
from typing import NamedTuple
from weakref import WeakKeyDictionary

from .corpus import Corpus, Line, SentenceRow
from .text import STOPWORDS, stem, tokenize

# "((Zara Kay))  I am good", "((WSS)) : Which past ...", "NG: This study started", "Natasha
# Gownaris: I've wanted", "Zoë Ünal:": up to four capitalised words before the colon (any
# letter, the capital checked in :func:`label`: written [A-Z], "Ünal:" was no label)
_NAME = r"[^\W\d_][\w.'\u2019-]*(?: [^\W\d_][\w.'\u2019-]*){0,3}"
# The "((...))" label's text is taken whole and trimmed in :func:`label`, not matched as
# spaces, a name of 1 to 40 characters and spaces: those three overlap (a name may hold
# spaces), and an article's "((" before a long run of spaces and no "))" made the match try
# every split of the run, for every length of the name: 0.3 s for 2,000 spaces, 160 s for
# 50,000, each time the article's turns were read.
LABEL = re.compile(rf"\s*(?:\(\(([^()]+)\)\)\s*:?|({_NAME})\s?:)\s")
LABEL_CHARS = 40  # a "((...))" label longer than this, trimmed, is no speaker's name
ASKING_SHARE = 0.5  # an interviewer's turns: at least half of them ask
MIN_TURNS = 2  # a label met once is no interview (a "Note:" or a heading)
SHARED_STEMS = 2  # an interviewer's question and a member's: two content words in common
REPLY_SENTENCES = 3  # a reply's answer is in its first few sentences
LABEL_NEEDLES = ("((", ":")  # a LABEL holds one: an article with fewer than MIN_TURNS has none
REPLY_PARAGRAPHS = 4  # a reply runs on over a few paragraphs at most ("((Aparna Garg)) ...")


_Row = SentenceRow | Line  # a sentence with its id, paragraph, text and whether it is the title


def label(text: str) -> str | None:
    """The speaker's label a turn opens with, folded ("zara kay", "wn"), or None."""
    m = _label_match(text)
    return None if m is None else (m.group(1) or m.group(2)).strip().lower()


def _label_match(text: str) -> re.Match[str] | None:
    """LABEL's match of a speaker's label that ``text`` opens with, or None. Most paragraphs
    hold none of LABEL_NEEDLES, and LABEL needs one of them: those skip the regex."""
    if ":" not in text and "((" not in text:
        return None
    m = LABEL.match(text)
    if m is None or (m.group(1) is not None and len(m.group(1).strip()) > LABEL_CHARS):
        return None
    if m.group(2) is not None and not all(word[0].isupper() for word in m.group(2).split()):
        return None  # "so I said: ..." is no name
    return m


def only_label(text: str) -> bool:
    """Whether a sentence is a speaker's label with no words of its own: "((Wayne Tseng))"
    above a reply the transcript put in a list, "((WN)) ?", "NG: ...". It says nothing, yet
    its speaker's name matched a question about the speaker ("what did Wayne Tseng say"), and
    it was quoted as the answer; such a sentence is never quoted (answer: as one that asks)."""
    m = _label_match(text + " ")  # a label that ends the sentence has no space after it
    return m is not None and not any(ch.isalnum() for ch in text[m.end() - 1 :])


def _paragraphs(rows: Sequence[_Row]) -> list[tuple[int, list[_Row]]]:
    """The body's paragraphs in order, each with its sentences."""
    out: list[tuple[int, list[_Row]]] = []
    for row in rows:
        if row.is_title:
            continue
        if not out or out[-1][0] != row.paragraph:
            out.append((row.paragraph, []))
        out[-1][1].append(row)
    return out


def _asks(sents: Sequence[_Row]) -> bool:
    """Whether a paragraph asks: a sentence of it holds a question mark."""
    return any("?" in s.text for s in sents)


def _ends_asking(sents: Sequence[_Row]) -> bool:
    """Whether a paragraph's last sentence is a question (an unlabelled interviewer's turn:
    "How many employees were there in this all-women crew?")."""
    return sents[-1].text.rstrip().endswith("?")


def _replies(rows: Sequence[_Row]) -> list[tuple[int, str, str]]:
    """Each sentence (by id) of a reply in an interview, in order, with the text of the
    interviewer's question turn before it ("" if none) and the reply's speaker label. An
    interviewer's turn is a paragraph under an interviewer's label, or an unlabelled question
    right before a labelled reply (some transcripts label only the interviewee). Empty for an
    article with fewer than MIN_TURNS labelled turns."""
    paragraphs = _paragraphs(rows)
    labels = [label(sents[0].text) for _, sents in paragraphs]
    asks: dict[str, list[bool]] = {}
    for lab, (_, sents) in zip(labels, paragraphs, strict=True):
        if lab is not None:
            asks.setdefault(lab, []).append(_asks(sents))
    if sum(len(flags) for flags in asks.values()) < MIN_TURNS:
        return []
    interviewers = {
        lab
        for lab, flags in asks.items()
        if len(flags) >= MIN_TURNS and sum(flags) >= ASKING_SHARE * len(flags)
    }
    out: list[tuple[int, str, str]] = []
    asked = speaker = ""
    since = 0
    for k, (lab, (_, sents)) in enumerate(zip(labels, paragraphs, strict=True)):
        replied = k + 1 < len(labels) and labels[k + 1] not in (None, *interviewers)
        if lab in interviewers or (lab is None and replied and _ends_asking(sents)):
            asked = " ".join(s.text for s in sents) if _asks(sents) else ""
            speaker, since = "", 0
            continue
        if lab is not None:
            speaker, since = lab, 0
        since += 1
        if since > REPLY_PARAGRAPHS:
            asked = speaker = ""
        if asked or speaker:
            out.extend((s.id, asked, speaker) for s in sents)
    return out


def turn_contexts(rows: Sequence[_Row]) -> dict[int, str]:
    """For each sentence (by id) of a reply in an interview, the words it answers: the text of
    the interviewer's question turn before it and the reply's speaker label (:func:`_replies`)."""
    return {sid: _context(asked, speaker) for sid, asked, speaker in _replies(rows)}


def _context(asked: str, speaker: str) -> str:
    """A reply's context: the interviewer's question it answers and its speaker's label."""
    return f"{asked} {speaker}".strip()


def _answered(replies: Sequence[tuple[int, str, str]]) -> list[tuple[str, list[int]]]:
    """Each interviewer's question of an article with the ids of its reply's sentences, in
    order, from the article's :func:`_replies`."""
    out: list[tuple[str, list[int]]] = []
    for sid, asked, _ in replies:
        if not asked:
            continue
        if out and out[-1][0] == asked:
            out[-1][1].append(sid)
        else:
            out.append((asked, [sid]))
    return out


def context_stems(text: str) -> frozenset[str]:
    """The stems of a turn context's content words."""
    return frozenset(stem(t) for t in tokenize(text) if t not in STOPWORDS)


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
    looked up once per call of the caller)."""
    found = cache.get(article)
    if found is None:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        labelled = corpus.body_sentences_holding(article, LABEL_NEEDLES) >= MIN_TURNS
        rows = corpus.article_lines(article) if labelled and corpus.published(article) else []
        replies = _replies(rows) if rows else []
        stems: dict[str, frozenset[str]] = {}  # a reply's sentences share their turn's texts
        found = cache[article] = (
            _Turns(
                {sid: _context_stems(asked, speaker, stems) for sid, asked, speaker in replies},
                tuple((_stems_once(asked, stems), tuple(ids)) for asked, ids in _answered(replies)),
            )
            if replies
            else NO_TURNS
        )
    return found


def _context_stems(asked: str, speaker: str, seen: dict[str, frozenset[str]]) -> frozenset[str]:
    """:func:`context_stems` of a reply's :func:`_context`, from its question's stems and its
    speaker's, each read once per article (``seen``): no token spans the space that joins
    them, so the context's stems are the two sets together, and the interviewer's question,
    read for :func:`asked_replies` as well, is not tokenised twice."""
    return _stems_once(asked, seen) | _stems_once(speaker, seen)


def _stems_once(text: str, seen: dict[str, frozenset[str]]) -> frozenset[str]:
    """:func:`context_stems` of ``text``, read once per article (``seen``)."""
    found = seen.get(text)
    if found is None:
        found = seen[text] = context_stems(text)
    return found


def with_turns(rows: Sequence[SentenceRow], corpus: Corpus, articles: int) -> list[SentenceRow]:
    """The candidates, each reply sentence of an interview with its turn's stems
    (``SentenceRow.turn``) for the ranker. Only the first ``articles`` articles of the
    candidates, in their order (the full-text search's best first), are read for turns: the
    answerer passes the number it reads candidates from (answer.ARTICLE_LIMIT). Reading an
    interview costs about a millisecond the first time, and a large coverage puts dozens of
    articles among one question's candidates, whose far ones an answer does not come from."""
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
