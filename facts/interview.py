"""Interview transcripts: which interviewer's question a reply answers, read from an article's
layout (its paragraphs and speakers' labels).

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

The build reads each article's replies once and stores them (``replies``, facts.store);
bot.interview gives the ranker their words. Reading them while answering cost a count of the
article's labelled sentences in SQLite, its lines and this reading, on each article's first
sight: about 6% of a question's time at one copy of the benchmark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

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
LABEL_NEEDLES = ("((", ":")  # a LABEL holds one; _label_match looks for them before the regex
REPLY_PARAGRAPHS = 4  # a reply runs on over a few paragraphs at most ("((Aparna Garg)) ...")


class Line(NamedTuple):
    """A sentence as its article's layout has it: its id (the build's index within the
    article, or a database id), paragraph, text and whether it is the title."""

    id: int
    paragraph: int
    text: str
    is_title: int


_Row = Line  # or any row with the same fields (bot.corpus.SentenceRow)


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
    if ":" not in text and "((" not in text:
        return False  # no label (_label_match), told without copying the sentence to add a space
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


def replies(rows: Sequence[_Row]) -> list[tuple[int, str, str]]:
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
    the interviewer's question turn before it and the reply's speaker label (:func:`replies`)."""
    return {sid: _context(asked, speaker) for sid, asked, speaker in replies(rows)}


def _context(asked: str, speaker: str) -> str:
    """A reply's context: the interviewer's question it answers and its speaker's label."""
    return f"{asked} {speaker}".strip()


def runs(read: Sequence[tuple[int, str, str]]) -> list[tuple[int, int, str, str]]:
    """An article's :func:`replies` as runs: (first id, last id, asked, speaker) for each run of
    consecutive sentences that answer the same question turn with the same speaker. The build
    stores these: a turn's question text is kept once, not with each of its reply's sentences
    (which made a Wikinews database 6% larger)."""
    out: list[tuple[int, int, str, str]] = []
    for sid, asked, speaker in read:
        if out and out[-1][1] + 1 == sid and out[-1][2:] == (asked, speaker):
            out[-1] = (out[-1][0], sid, asked, speaker)
        else:
            out.append((sid, sid, asked, speaker))
    return out


def unrun(stored: Sequence[tuple[int, int, str, str]]) -> list[tuple[int, str, str]]:
    """The :func:`replies` that :func:`runs` gave ``stored``, in order."""
    return [
        (sid, asked, speaker)
        for first, last, asked, speaker in stored
        for sid in range(first, last + 1)
    ]
