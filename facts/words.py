"""Words as both sides read them: tokens, stop words, Snowball stems and phrases.

The build analyses every sentence's words once (:mod:`facts.sentence_words`) and the answering
side (``bot.text``, ``bot.rank``) reads questions and unanalysed sentences with the same
functions, so a stored analysis and one made at answer time cannot disagree. Here rather than in
``bot`` because ``facts`` never imports ``bot``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from importlib import resources

import Stemmer

from .spellings import american_forms

WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*", re.UNICODE)
# The same tokens in lower-cased ASCII text, where a letter or digit ([^\W_]) is [a-z0-9]: a
# character set the regex engine tests from a bitmap rather than by Unicode category, a quarter
# faster on the few dozen sentences each question analyses for the first time. (Possessive
# quantifiers would save a little more, but Python 3.10, which factdesk supports, lacks them.)
ASCII_WORD = re.compile(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*")
# No cache of PyStemmer's own (maxCacheSize 0): STEMS below keeps every stem, so only new words
# reach the stemmer, and its cache would only add a failed lookup (a KeyError raised and caught)
# and an entry per new word, and from 10,000 words a periodic purge of them.
_STEMMER = Stemmer.Stemmer("english", 0)

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
    it'd it'll that'd that'll there'd there'll there're
    """.split()
)
# "Own" after a possessive ("its own army", "Ukraine's own forces") stresses whose a thing is,
# against another's (its allies'): a stopword elsewhere, there it is the question's contrast and
# a sentence that says it ("a key pillar of its own defense") has the word. Not the verb ("they
# own the land"), which no possessive precedes.
OWN = "own"
_OWN_STRESSED = re.compile(r"(?:\b(?:its|their|his|her|our|your|my)|\w['’]s)\s+own\b", re.I)


def stresses_own(text: str) -> bool:
    """Whether ``text`` says "own" after a possessive (see OWN)."""
    return OWN in text.lower() and _OWN_STRESSED.search(text) is not None


# The modal verbs, read by the extraction (facts.relations: "may have met" is a hedged fact) and
# by the ranker (bot.rank: the verb of "what might have triggered it" is the one after them):
# here, where both can import them without the ranker loading the extractor.
MODALS = frozenset("may might could would should can must will shall".split())


def normalize(text: str) -> str:
    """NFKC-normalise and drop control and format characters (zero-width, bidi marks); those
    that break a line or a page (a tab, form feed, vertical tab, NEL) separate words still."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        ch if unicodedata.category(ch)[0] != "C" else (" " if ch.isspace() else "") for ch in text
    )


# A number with a decimal point keeps it: "6.4" read as "64" matched "64 people" for a 6.4 quake,
# and "2.5 million" counted 25.
_DECIMAL = re.compile(r"\d+\.\d+")


# Texts tokenized lately and their tokens: 60-70% of tokenize's calls repeat a text within a
# question (a candidate's sentence is read by one test after another; speed33's trace). Tuples,
# so no caller can change what another is handed; cleared whole when full, a bound on memory.
_TOKENIZED: dict[str, tuple[str, ...]] = {}
TOKENIZED_KEPT = 8192


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens; dotted acronyms lose their dots (U.S. -> us), decimals keep
    theirs (6.4). A new list each call: callers may change it."""
    tokens = _TOKENIZED.get(text)
    if tokens is None:
        if len(_TOKENIZED) >= TOKENIZED_KEPT:
            _TOKENIZED.clear()
        tokens = _TOKENIZED[text] = tuple(_tokenize(text))
    return list(tokens)


def _tokenize(text: str) -> list[str]:
    low = text.lower()
    out = []
    for token in (ASCII_WORD if low.isascii() else WORD).findall(low):
        # the rare, slower path: a token of letters and digits alone (isalnum, one C call for
        # nearly every token) holds no dot or apostrophe
        if not token.isalnum() and ("." in token or "'" in token or "\u2019" in token):
            token = token.replace("\u2019", "'")
            if "." in token and not _DECIMAL.fullmatch(token):
                token = token.replace(".", "") if len(token) <= 6 else token.split(".")[0]
            if token.endswith("'s"):
                token = token[:-2]
            if not token:
                continue
        out.append(token)
    return out


STEMS: dict[str, str] = {}  # token -> stem, filled by stem(); read directly in hot loops
_AMERICAN = american_forms()
# Numbers news writes in words and people type in digits, or the other way round: "two people
# died" answers "did 2 people die". Both stem as the digits.
_UNITS = """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen""".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMERALS = {w: str(n) for n, w in enumerate(_UNITS)} | {
    w: str(10 * n) for n, w in enumerate(_TENS, 2)
}


# Letters that are no accented letter to Unicode (NFKD leaves them whole) but that readers
# type as plain ones: "Paweł" as "Pawel", "Søren" as "Soren".
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i"}
)


def plain(token: str) -> str:
    """A lower-cased token without its accents and special letters ("gdańsk" -> "gdansk",
    "paweł" -> "pawel", "erdoğan" -> "erdogan"), as a member types a foreign name."""
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFKD", token.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(token: str) -> str:
    """Snowball (English) stem of a lower-cased token, memoised (the vocabulary is bounded).
    A British spelling stems as its American form ("centre" as "center", facts.spellings), a
    number word as its digits ("two" as "2"), and a foreign name as typed without its accents
    ("Gdańsk" as "gdansk"), which the full-text index already ignores."""
    out = STEMS.get(token)
    if out is None:
        word = plain(token)
        out = _NUMERALS.get(word) or _STEMMER.stemWord(_AMERICAN.get(word, word))
        if len(STEMS) < 500_000:
            STEMS[token] = out
    return out


# --- Phrases -------------------------------------------------------------------------------------
# A verb and its particle, or a set phrase, often say what one word says: Trump "ruled out" a
# ceasefire is Trump rejected it; leaders "get together" when they meet; talks "with no strings
# attached" are unconditional; the "cops" are the police. Questions and sentences both use them,
# each where the other may use the single word, so both sides read the phrase as that word too.
# The list (data/phrases.txt) is written from general English, not from questions. Keyed by the
# first word's stem, so every form counts ("rules out", "ruling out", "ruled out"); the irregular
# pasts of verbs.txt are added ("struck a deal" is "strike a deal").
PHRASE_FILE = "phrases.txt"


def _data_lines(name: str) -> list[tuple[int, str]]:
    """The non-comment, non-blank lines of a data file, stripped, with their line numbers (from
    1) for an error to point at."""
    text = resources.files("facts").joinpath("data", name).read_text(encoding="utf-8")
    stripped = (line.strip() for line in text.splitlines())
    return [(n, line) for n, line in enumerate(stripped, 1) if line and line[0] != "#"]


def _irregular_pasts() -> dict[str, tuple[str, ...]]:
    """Verb -> its irregular past and participle, from verbs.txt ("break broke broken")."""
    pasts: dict[str, tuple[str, ...]] = {}
    for _, line in _data_lines("verbs.txt"):
        forms = line.split("|")[0].split()
        if len(forms) == 3:  # two words are a phrasal verb ("rule out"), not a verb and its past
            pasts[forms[0]] = tuple(dict.fromkeys(f for f in forms[1:] if f != forms[0]))
    return pasts


# read once at import, for the phrase list's pasts and the objectless phrases' keys
IRREGULAR_PASTS = _irregular_pasts()


def phrase_entry(line: str, where: str) -> tuple[str, str]:
    """The (phrase, word) of a line "phrase | word" of data/phrases.txt. A line that is not one
    phrase and one word, in lowercase, is a ValueError naming ``where`` (file and line) and the
    line: unpacking it bare failed at import with "not enough values to unpack", naming neither,
    and "phrase |" loaded an empty word that every sentence with the phrase then said."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) != 2 or not all(parts) or line != line.lower() or " " in parts[1]:
        raise ValueError(f"{where}: expected 'phrase | word' in lowercase, got {line!r}")
    return parts[0], parts[1]


# Phrases whose irregular past news writes in another sense: "elections held on June 21"
_NO_PASTS = frozenset({"hold on"})


def _load_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, word) pairs of data/phrases.txt, with each listed phrase's irregular pasts
    (but those of _NO_PASTS)."""
    pasts = IRREGULAR_PASTS
    pairs: dict[tuple[str, str], None] = {}
    for number, line in _data_lines(PHRASE_FILE):
        phrase, word = phrase_entry(line, f"{PHRASE_FILE}:{number}")
        pairs[(phrase, word)] = None
        first, *rest = phrase.split()
        for past in pasts.get(first, ()) if rest and phrase not in _NO_PASTS else ():
            pairs[(" ".join((past, *rest)), word)] = None
    return tuple(pairs)


PHRASE_LIST = _load_phrases()
PHRASES: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
# informal single words read as the plain one ("cops" -> police), keyed by the token itself
ONE_WORDS: dict[str, str] = {}
for _phrase, _word in PHRASE_LIST:
    if " " not in _phrase:
        ONE_WORDS[_phrase] = _word
        continue
    _first, _second, *_rest = _phrase.split()
    PHRASES.setdefault((stem(_first), _second), []).append((tuple(_rest), _word))
for _readings in PHRASES.values():  # the longest reading first: "hold on to" before "hold on"
    _readings.sort(key=lambda reading: -len(reading[0]))
SECOND_WORDS = frozenset(second for _, second in PHRASES)
# The one word -> the phrases read as it ("aboard": "on board"), as the list writes them
READ_AS: dict[str, tuple[str, ...]] = {}
for _phrase, _word in PHRASE_LIST:
    READ_AS[_word] = (*READ_AS.get(_word, ()), _phrase)
# The stem of each phrase's first content word: a sentence without any of them has no phrase,
# which its stems tell before its tokens are walked (most sentences have "to", "of" or "up").
PHRASE_KEYS = frozenset(
    stem(next((w for w in phrase.split() if w not in STOPWORDS), phrase.split()[0]))
    for phrase, _ in PHRASE_LIST
)


# Phrases that mean their word only with no object: a bomb "went off" (exploded), but a network
# "went off the air" and a speaker "goes off script", where "off" is a preposition and the verb
# is plain "go". Read as "explode", "why did abs-cbn go off air" found no sentence of its story's
# reason; read as "go", a network's "went off-air" led it. Keyed by (first word, particle), the
# first word's irregular pasts too.
_OBJECTLESS = ("go off",)
# What follows such a phrase without being its object: the place or time of the event ("the bomb
# went off near the embassy", "went off early on monday"), a number ("went off 20 minutes later")
_ADVERBIALS = frozenset(
    """near outside inside within early late earlier later prematurely yesterday today tonight
    tomorrow monday tuesday wednesday thursday friday saturday sunday""".split()
)
_OBJECT_OPENERS = frozenset("the a an his her its their this that these those".split())


def _objectless_keys() -> frozenset[tuple[str, str]]:
    """(first word, particle) of each _OBJECTLESS phrase, with the first word's irregular pasts
    ("went off", "gone off")."""
    pasts = IRREGULAR_PASTS
    keys = set()
    for phrase in _OBJECTLESS:
        first, particle = phrase.split()
        keys.update((stem(form), particle) for form in (first, *pasts.get(first, ())))
    return frozenset(keys)


OBJECTLESS_KEYS = _objectless_keys()


def _takes_object(tokens: Sequence[str], i: int) -> bool:
    """Does the phrase ending at ``tokens[i]`` take an object that makes it another phrase: an
    objectless phrase followed by a determiner or a noun ("went off the air", "go off air"), not
    a stop word, a number or an adverbial of place or time ("went off at noon", "near it")."""
    if (stem(tokens[i - 1]), tokens[i]) not in OBJECTLESS_KEYS or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    if following in _OBJECT_OPENERS:
        return True
    plain = following not in STOPWORDS and following not in _ADVERBIALS
    return plain and not following[0].isdigit()


def phrases(tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """(position, length, the one word it means) for each phrase among ``tokens``."""
    found = []
    if tokens and tokens[0] in ONE_WORDS:
        found.append((0, 1, ONE_WORDS[tokens[0]]))
    i = 1
    while i < len(tokens):
        if tokens[i] in ONE_WORDS:
            found.append((i, 1, ONE_WORDS[tokens[i]]))
        elif tokens[i] in SECOND_WORDS and not (found and found[-1][0] == i - 1):
            for rest, word in PHRASES.get((stem(tokens[i - 1]), tokens[i]), ()):
                if rest == () and _takes_object(tokens, i):
                    continue
                if tuple(tokens[i + 1 : i + 1 + len(rest)]) == rest:
                    found.append((i - 1, 2 + len(rest), word))
                    i += len(rest)
                    break
        i += 1
    return found
