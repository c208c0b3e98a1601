"""The shortcuts extraction takes for speed find exactly what the plain definitions find.

Each test states the plain definition (a regex over the text, a scan of every token) and checks
the fast version against it on made-up strings chosen to hit the edges: acronyms, apostrophes,
hyphens, underscores, accents, combining marks, dates next to look-alike words.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from facts import words
from facts.articles import _TEXT, line_breaks
from facts.entities.pieces import _LowerWords
from facts.lexicon import TOKEN, fold, lexicon, sentence_tokens, tokenize
from facts.model import Sentence
from facts.relations.context import _DIGITS, _TIME_STARTS, TIME, _Ctx

# characters that change how text is cut into tokens
_TRICKY = "aAsSbZ.'’-‐_ 1\u00e9\u0301,\n\t\u00a0\u201c(U"
_WORDS = [
    "U.S.",
    "D.C.",
    "it's",
    "Trump’s",
    "France-Presse",
    "O'Brien",
    "well-known",
    "e.g.",
    "3.5",
    "Nausėda",
    "snake_case",
    "said,",
    "(AP)",
    "—",
    "  ",
]

tricky_text = st.text(alphabet=_TRICKY, max_size=30) | st.lists(
    st.sampled_from(_WORDS + list(_TRICKY)), max_size=12
).map("".join)


def _reference_tokens(text: str, start: int, end: int):
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]
    return (
        [t[2] for t in toks],
        [fold(t[2]) for t in toks],
        [t[0] for t in toks],
        [t[1] for t in toks],
    )


@settings(max_examples=400, deadline=None)
@given(tricky_text, st.integers(0, 40), st.integers(0, 40))
def test_tokenize_matches_token_finditer(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert tokenize(text, start, end) == _reference_tokens(text, start, end)


def test_sentence_tokens_match_token_finditer_on_prose():
    text = (
        "Reuters reported on Monday that U.S. President Donald Trump’s envoy, Steve Witkoff, "
        "met O'Brien in Washington D.C. at 5:30 p.m.; the talks_ended  early.\n"
        "Lithuanian President Gitanas Nausėda said it's “unacceptable” (AFP)."
    )
    for start, end in [(0, len(text)), (9, 60), (text.index("Lith"), len(text))]:
        assert sentence_tokens(text, start, end) == _reference_tokens(text, start, end)


_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z][a-z'’-]*")


@settings(max_examples=400, deadline=None)
@given(tricky_text, st.lists(st.text(alphabet="abs'’-.A", max_size=4), max_size=6))
def test_lowercase_words_match_the_regex(text, asked):
    written = frozenset(_LOWER_WORD.findall(text))
    lower_words = _LowerWords(text)
    for word in [*asked, *written, *(w[1:] for w in written), *(w + "s" for w in written)]:
        assert (word in lower_words) == (word in written), (text, word)


def _plain_time_matches(text, sentence, toks, folded):
    times, reach = [], -1
    for k, f in enumerate(folded):
        if f not in _TIME_STARTS and f not in _DIGITS:
            continue
        start = toks[k][0]
        if start < reach:
            continue
        match = TIME.match(text, start, sentence.end)
        if match is not None:
            times.append((match.start(), match.end(), match.group()))
            reach = match.end()
    return times


_TIME_FIRST = sorted(_TIME_STARTS) + ["On", "In", "This", "Last", "Earlier", "At", "By", "5"]
_TIME_NEXT = """Monday Mondays January Jan. Sept. Mayor May may week weekly weekend month year
morning night evening spring fall falls winter this in March 2019 1890 20 5 5pm 5:30 a.m.
p.m. 12 31 the Tuesday mid-March""".split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TIME_FIRST + _TIME_NEXT), min_size=1, max_size=8))
def test_time_expressions_match_the_plain_scan(words):
    text = "Title\n" + " ".join(words)
    sentence = Sentence(1, 1, 6, len(text), text[6:])
    tokens, folded, starts, ends = sentence_tokens(text, 6, len(text))
    n = len(tokens)
    ctx = _Ctx(text, sentence, tokens, folded, starts, ends, [None] * n, [False] * n, lexicon(), {})
    toks = list(zip(starts, ends, tokens, strict=True))
    assert ctx.time_matches() == _plain_time_matches(text, sentence, toks, folded)


def test_verb_forms_cover_the_verb_lists():
    lex = lexicon()
    assert lex.verb_forms.keys() == lex.verbs.keys()
    for word, (lemma, cls, _form) in lex.verb_forms.items():
        assert lex.verbs[word] == (lemma, cls)


# every character line_breaks changes, and some it keeps (tab, newline, accents, NBSP)
_BREAKS_AND_CONTROLS = "".join(chr(code) for code in _TEXT) + "a \t\n\r\u00e9\u00a0\u2026"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_BREAKS_AND_CONTROLS, max_size=20) | st.text(max_size=20))
def test_line_breaks_matches_translating_every_text(text):
    assert line_breaks(text) == text.translate(_TEXT)


def _plain_word_tokens(text: str) -> list[str]:
    """facts.words' tokens by their plain definition: every token tested for a dot or an
    apostrophe (the rare ones rewritten), none passed over as letters and digits alone."""
    low = text.lower()
    out = []
    for token in (words.ASCII_WORD if low.isascii() else words.WORD).findall(low):
        if "." in token or "'" in token or "\u2019" in token:
            token = token.replace("\u2019", "'")
            if "." in token and not words._DECIMAL.fullmatch(token):
                token = token.replace(".", "") if len(token) <= 6 else token.split(".")[0]
            if token.endswith("'s"):
                token = token[:-2]
            if not token:
                continue
        out.append(token)
    return out


@settings(max_examples=400, deadline=None)
@given(tricky_text)
def test_word_tokens_match_testing_every_token_for_marks(text):
    assert words._tokenize(text) == _plain_word_tokens(text)
