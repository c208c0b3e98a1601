"""English word frequencies: wordfreq's own list, read without importing wordfreq.

Answering looks up how common a word is (a name a question must match, a typo's correction, an
acronym typed as an everyday word). wordfreq's tables are one gzipped msgpack file per language
and list, but importing wordfreq also imports its tokeniser's libraries (langcodes and its
language tables, ftfy, regex, wcwidth) and compiles their expressions: 48 of the 385 regular
expressions compiled at start-up, and about 0.25 s of the 0.53 s the bench's serving process spent
importing on the loaded machine of the twenty-fifth session (``python -X importtime``, least of
five runs). Only a word wordfreq must tokenise (capitals, digits, accents, an apostrophe or a
hyphen) needs those: :func:`zipf` imports wordfreq's tokeniser for the first such word, and reads
every word of lower-case ASCII letters from the list file directly, as wordfreq would. Either way
the frequencies are this module's: wordfreq's zipf_frequency would build its own dictionary of
the same 321,180 words beside it (about 0.1 s and 40 MB of the serving process's memory).
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from bisect import bisect_left
from functools import cache, lru_cache
from pathlib import Path

import msgpack

# wordfreq's "best" English list is its "large" one (it prefers "large" to "small" wherever both
# ship); the file's format is wordfreq's "cBpack" (wordfreq.read_cBpack): a header, then one list
# of words for each frequency in centibels, the list's index being the negated centibels
ENGLISH_LIST = "large_en.msgpack.gz"
_HEADER = {"format": "cB", "version": 1}
# the least frequency wordfreq gives any word, listed or not (zipf_frequency's default minimum,
# Zipf 0): an unlisted word gets it, as does a text with no token
_FLOOR = 1e-9
# wordfreq's top_n_list leaves out the words that open with a number (its has_digit_sequence),
# whose frequencies it estimates apart
_DIGIT_SEQUENCE = re.compile(r"\d[\d.,]+")

_ZIPF: dict[str, float] = {}  # word -> zipf, for the words zipf() worked out itself
_ZIPF_BOUND = 200_000  # a bound, not an LRU: a long-running bot starts over
# Words looked up in the list's buckets one by one before the whole dictionary is built. The
# dictionary of 321,180 words cost 319 M instructions to build (callgrind), a bisection in each
# of the 800 sorted buckets about 0.6 M a word, and a start-up to the first answer looks up 12
# words: the dictionary waits for warm_up() (once serving has begun) or the 100th word.
SCANNED_WORDS = 100
_scanned = 0


def _list_file() -> Path:
    """wordfreq's English list file, found without importing the package."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        raise ModuleNotFoundError("wordfreq")
    return Path(next(iter(spec.submodule_search_locations)), "data", ENGLISH_LIST)


@lru_cache(maxsize=1)
def english_buckets() -> tuple[list[str], ...]:
    """wordfreq's English words by frequency: entry ``i`` holds the words at -``i`` centibels,
    as wordfreq.get_frequency_list("en") returns them."""
    with gzip.open(_list_file(), "rb") as infile:
        data = msgpack.load(infile, raw=False)
    if data[0] != _HEADER:  # pragma: no cover - another wordfreq's format
        raise ValueError(f"unexpected wordfreq list header: {data[0]!r}")
    return tuple(data[1:])


@lru_cache(maxsize=1)
def english_frequencies() -> dict[str, float]:
    """wordfreq.get_frequency_dict("en"): each word's frequency (a later bucket's wins, as
    there). One C-level update a bucket instead of wordfreq's Python loop over 320,000 words."""
    freqs: dict[str, float] = {}
    for index, bucket in enumerate(english_buckets()):
        centibels = -index
        freqs.update(dict.fromkeys(bucket, 10 ** (centibels / 100)))
    return freqs


def _bucket_of(word: str) -> int | None:
    """The index of the bucket that lists ``word`` (the last one, as the dictionary keeps it),
    found by bisection in each: wordfreq keeps each bucket in alphabetical order."""
    found = None
    for index, bucket in enumerate(english_buckets()):
        at = bisect_left(bucket, word)
        if at < len(bucket) and bucket[at] == word:
            found = index
    return found


def _frequency(word: str) -> float | None:
    """``english_frequencies().get(word)``, without building the dictionary for the first
    :data:`SCANNED_WORDS` words a process looks up."""
    global _scanned
    if _scanned < SCANNED_WORDS and english_frequencies.cache_info().currsize == 0:
        _scanned += 1
        index = _bucket_of(word)
        if index is None:
            return None
        centibels = -index
        return 10 ** (centibels / 100)
    return english_frequencies().get(word)


def top_english(n: int) -> list[str]:
    """wordfreq.top_n_list("en", n): the ``n`` most frequent English words, most frequent first
    (alphabetical within a frequency), none opening with a number."""
    words: list[str] = []
    for bucket in english_buckets():
        for word in bucket:
            if not _DIGIT_SEQUENCE.match(word):
                words.append(word)
                if len(words) >= n:
                    return words
    return words


def _rounded_zipf(freq: float) -> float:
    """wordfreq's steps from a text's frequency (its tokens' combined) to its Zipf number: at
    least the floor, rounded to three significant digits, then on the Zipf scale to two
    decimals."""
    freq = max(freq, _FLOOR)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


def _tokens_frequency(text: str) -> float:
    """wordfreq's word_frequency(text, "en") before rounding, from this module's dictionary:
    wordfreq's tokens of ``text`` (its digits smashed to zeros and weighed by its digit
    distribution), combined as 1 / f = 1 / f1 + 1 / f2 + ...; the floor where a token is
    unlisted or there is none."""
    from wordfreq import lossy_tokenize
    from wordfreq.numbers import digit_freq, smash_numbers

    one_over = 0.0
    for token in lossy_tokenize(text, "en"):
        smashed = smash_numbers(token)
        freq = _frequency(smashed)
        if freq is None:
            return _FLOOR
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    return 1.0 / one_over if one_over else _FLOOR


@cache
def _listed_zipf(freq: float) -> float:
    """:func:`_rounded_zipf` of a listed word's frequency or of the floor, kept per value: the
    list's frequencies are one per bucket (a few hundred values), and most words zipf() meets
    first are a typed word's spellings one slip away (bot.spelling), which English does not
    list, so nearly every one is the floor's, two logarithms and two roundings each time."""
    return _rounded_zipf(freq)


def zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``, the same number. A word of lower-case ASCII
    letters (nearly all a question's and a sentence's words) is one token to wordfreq, itself,
    and its frequency is read from the list here; any other word goes to wordfreq's tokeniser,
    which is imported then, and its tokens are looked up here too. wordfreq tokenises every
    word it has not met before (Unicode normalisation, its word pattern, digit smashing): 5-25
    us a word, where the look-up itself is a dict's."""
    found = _ZIPF.get(word)
    if found is not None:
        return found
    if word.isascii() and word.isalpha() and word.islower():
        freq = _frequency(word)
        found = _listed_zipf(_FLOOR if freq is None else 1.0 / (1.0 / freq))
    else:
        found = _rounded_zipf(_tokens_frequency(word))
    if len(_ZIPF) >= _ZIPF_BOUND:
        _ZIPF.clear()
    _ZIPF[word] = found
    return found


def warm_up() -> None:
    """Build the frequency dictionary and import wordfreq's tokeniser now (about 0.1 s each),
    not on a first question: for long-running processes, once serving has begun
    (bot.answer.Answerer.warm_up); the bench's question set met the first word the tokeniser must
    read ("Sola Airport") on its 18th question."""
    english_frequencies()
    zipf("Warm-up")
