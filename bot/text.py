"""Words: tokenising, stop words and stemming, shared by matching, ranking and retrieval."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*", re.UNICODE)
_STEMMER = Stemmer.Stemmer("english")

STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't
    doing don't down during each few for from further had hadn't has hasn't have haven't having he
    he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if
    in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on
    once only or other ought our ours ourselves out over own same shan't she she'd she'll she's
    should shouldn't so some such than that that's the their theirs them themselves then there
    there's these they they'd they'll they're they've this those through to too under until up
    very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's
    which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've
    your yours yourself yourselves also just will shall may might must s t
    """.split()
)


def normalize(text: str) -> str:
    """NFKC-normalise and drop control and format characters (zero-width, bidi marks)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        ch if unicodedata.category(ch)[0] != "C" else (" " if ch in "\n\t\r" else "")
        for ch in text
    )


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens; dotted acronyms lose their dots (U.S. -> us)."""
    out = []
    for match in _WORD.finditer(text):
        token = match.group(0).lower().replace("\u2019", "'")
        if "." in token:
            token = token.replace(".", "") if len(token) <= 6 else token.split(".")[0]
        if token.endswith("'s"):
            token = token[:-2]
        if token:
            out.append(token)
    return out


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    return _STEMMER.stemWord(token)


def content_terms(text: str) -> list[str]:
    """Stems of the non-stop-words of ``text``, in order."""
    return [stem(t) for t in tokenize(text) if t not in STOPWORDS]
