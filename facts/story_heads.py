"""The words only one story's headline and lead have: what names that story among all others.

A question that says "badalona" or "hickenlooper", a word of one article's headline or lead
(its first two sentences) and of no other article's, names that story (bot.story_rivals
.pinned_story). Whether a word is one story's alone depends on every article of the corpus, so
the build works it out once, after writing the articles (:func:`unique_stems`), and stores each
such stem with its article (the ``head_stems`` table); answering reads one article's in an
indexed look-up. Counting them as the bot started read and stemmed every article's first two
sentences: at 29,500 articles, 0.7 s of start-up and 90 MB held while serving.
"""

from __future__ import annotations

from collections.abc import Iterable

from .words import stem, tokenize

HEAD_SENTENCES = 2  # an article's headline and lead: its sentences of index 0 and 1


def unique_stems(heads: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(article id, stem) for each stem (facts.words.stem of facts.words.tokenize's tokens)
    that one article's headline and lead have and no other article's, in article id and stem
    order, from (article id, text) of every article's first HEAD_SENTENCES sentences."""
    stems: dict[str, set[str]] = {}
    for article, text in heads:
        stems.setdefault(article, set()).update(stem(t) for t in tokenize(text))
    counts: dict[str, int] = {}
    for found in stems.values():
        for s in found:
            counts[s] = counts.get(s, 0) + 1
    return [
        (article, s) for article in sorted(stems) for s in sorted(stems[article]) if counts[s] == 1
    ]
