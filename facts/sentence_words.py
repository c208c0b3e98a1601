"""A sentence's words as ranking needs them, analysed once when the database is built.

Answering used to analyse every candidate sentence it met for the first time (30-40 us each, a
fifth of a question's time); the build now does it in its worker processes and stores the result
in ``sentences.words`` as a short string, which answering decodes in a few microseconds.

The stored form must be exactly what an analysis at answer time would give. :data:`FINGERPRINT`
hashes the source of this module, of :mod:`facts.words` (stop words, tokenizer, phrases), of
:mod:`facts.wording` (what a sentence's wording shows of an answer's type) and of
:mod:`facts.speech` (the verbs that report speech), the
British spellings stems read as American (:mod:`facts.spellings`) and PyStemmer's version; a
database whose fingerprint differs is rebuilt by the next build, and until then answering ignores
its stored words and analyses sentences itself.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import Stemmer

from . import speech, wording, words
from .spellings import DATA_FILE
from .words import OWN, PHRASE_KEYS, STEMS, STOPWORDS, phrases, stem, stresses_own, tokenize

MAX_SENTENCE_CHARS = 2000  # a longer "sentence" is a splitting accident; its head is enough

PRONOUNS = frozenset("he she it they his her its their this these such".split())

# A compound of lower-case words: "European-led" is left whole, so that "European" in a question
# is not found in every "European-led force" (it names who leads, not who is there).
_COMMON_COMPOUND = re.compile(r"(?<![\w-])[a-z]+(?:-[a-z]+)+(?![\w-])")
PARENS = re.compile(r"\(([^()]{1,120})\)")
_LIFESPAN = re.compile(r"\b\d{3,4}\s*[–—-]\s*[^()]*\b\d{3,4}\s*$")
_PROSE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
# A quotation's speaker given by a pronoun ('"True justice takes time," she said'; "Speaking to
# PBS, he said, ..."): the pronoun stands for the person the sentence before named, as it does
# in a sentence that opens with it (bot.rank gives such a sentence its neighbour's words).
_SAYING_VERBS = "|".join(sorted(speech.REPORTED | {"continued"}))  # "he continued"
SAYING_VERB_LIST = tuple(_SAYING_VERBS.split("|"))
PRONOUN_SAYS = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:{_SAYING_VERBS})\b|\b(?:said|says|added) (?:he|she)\b"
)


class SentenceWords(NamedTuple):
    """The words of one sentence, in the order ranking adds them to its sets.

    ``extra`` keeps the order in which the analysis found them, so that the set a reader builds
    from ``stems`` then ``extra`` is built by the same insertions as the analysis's own.
    """

    stems: tuple[str, ...]  # content stems in order (for word pairs)
    extra: tuple[str, ...]  # stems of lower-case compounds' parts and of phrases, not in stems
    life_span: bool  # a "(1901-1980)" says born and died
    length: int  # tokens
    prose: bool  # ends like a sentence (image captions and list headers do not)
    opens_with_pronoun: bool
    pronoun_says: bool  # a pronoun speaks a quotation in it (pronoun_says), anywhere in it
    shown: int  # the answer types its wording shows (facts.wording.shown_types)
    # per hyphenated token, the stems of its parts that are no stop words, where two or more
    # are ("European-led": ("european", "led")), for the ranker's compound pairs
    compounds: tuple[tuple[str, ...], ...] = ()


def _compounds(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Per hyphenated token, the stems of its parts, as bot.rank's compound pairs read them:
    "European-led" is one token whose stem ("european-l") matches no word of a question.
    Stored with the words: answering tokenised every candidate with a hyphen for them (about a
    sixth of the candidates, 20 us each)."""
    found = []
    for token in tokens:
        if "-" in token:
            parts = tuple(stem(p) for p in token.split("-") if p and p not in STOPWORDS)
            if len(parts) >= 2:
                found.append(parts)
    return tuple(found)


# What "%" stands for: the tokenizer drops the sign, so "what percent of the staff are women"
# found nothing of "only 10% of the employees" (nor "what % did Sanders get" of "with 25.7% of
# the vote"), while "70 percent" matched. News writes either form (wire style spells it out,
# most sites write the sign); members ask with the word or the sign, which the question reads as
# the word.
PERCENT = stem("percent")


# A name with a number joined by a hyphen ("COVID-19", "G-7", "F-35") is one token, whose stem
# matches no word a member types: "what meds did trump get when he got covid", "the g7 agenda".
# Members drop the number or the hyphen, as news itself does elsewhere ("Covid", "the G7").
# Letters first only: "737-800" and "2019-20" are numbers.
_NAMED_NUMBER = re.compile(r"([a-z]+)-([0-9]+)")


def named_number_forms(tokens: Iterable[str]) -> list[str]:
    """Stems of the forms a member types for the name-and-number ``tokens`` (see
    _NAMED_NUMBER): the name alone, where it is a word of two letters or more and no stop word
    ("covid" of "covid-19"), and the token without its hyphen ("g7" of "g-7"). Read from a
    headline only (bot.sentence_analysis.title_stems), where the name is the story's topic and
    covers all its sentences alike: read from each sentence as well, it lifted a story's
    sentences that name the disease over the one that gives the asked detail (Wikinews dev
    right 308 -> 313 for wrong citations 56 -> 59, ranked first 556 -> 553)."""
    found: list[str] = []
    for token in tokens:
        if "-" in token and (m := _NAMED_NUMBER.fullmatch(token)):
            name, number = m.groups()
            if len(name) > 1 and name not in STOPWORDS:
                found.append(stem(name))
            found.append(stem(name + number))
    return found


def written_forms(text: str) -> list[str]:
    """Stems of what a sentence says in a written form that none of its tokens' stems matches:
    "percent" for "%". General news writing, not any story's vocabulary."""
    return [PERCENT] if "%" in text else []


def title_stems(title: str) -> frozenset[str]:
    """Stems of a title's content words (an article's headline, a person's role), of what
    its written forms stand for, as a sentence's (written_forms: a headline's "%" says
    percent), and of the forms members type for its name-and-number words
    (named_number_forms: "covid" for "COVID-19"). Here, under the FINGERPRINT, because the
    build stores a headline's (headline_words)."""
    text = title[:MAX_SENTENCE_CHARS]
    tokens = tokenize(text)
    found = frozenset(stem(t) for t in tokens if t not in STOPWORDS)
    forms = written_forms(text) + (named_number_forms(tokens) if "-" in text else [])
    return found | frozenset(forms)


def title_parts(title: str) -> frozenset[str]:
    """What a title says beyond its :func:`title_stems` for a headline's match
    (bot.sentence_analysis.title_part_stems): the stems of the parts of its hyphenated words
    ("Secretary-General": secretary, general; "former vice-president of Namibia": vice,
    president), and withdraw and quit for a candidate's ended bid (_ENDS_CAMPAIGN). A
    hyphenated word is one token whose stem ("vice-presid") matches no word of a question that
    writes it apart ("namibia's old vice president"), and members write compounds either way
    ("e-mail", "sub-two", "anti-vax")."""
    parts = (p for w in tokenize(title) if "-" in w for p in w.split("-") if p)
    found = {stem(p) for p in parts}
    if _ENDS_CAMPAIGN.search(title):
        found |= WITHDRAW_STEMS
    return frozenset(found)


# News heads a candidate's withdrawal "X ends (US presidential) bid", "... suspends campaign";
# members ask why X "dropped out" (read as withdraw: facts/data/phrases.txt) or "quit". The
# verb and its object are apart, so no phrase of the list reads it; the headline says it. Not
# "ends ... run": a streak or a show's run ends as often as a candidate's.
_ENDS_CAMPAIGN = re.compile(
    r"\b(?:end|ends|ended|suspends?|suspended|abandons?|abandoned)\b(?:\s+[\w’'-]+){0,3}?"
    r"\s+(?:bid|bids|campaign|campaigns|candidacy)\b",
    re.IGNORECASE,
)
WITHDRAW_STEMS = frozenset({stem("withdraw"), stem("quit")})


def pronoun_says(text: str) -> bool:
    """Does a pronoun speak a quotation in ``text`` (see PRONOUN_SAYS)? Every match has one of
    the verbs, and most sentences have none: looking for them first (plain substring searches)
    spares the regex, which no literal prefix lets skip ahead, about half its time. Stored with
    the sentence's words: answering asked it of every candidate of every question (about 1.7 us
    each, 3% of a question met for the first time)."""
    return any(verb in text for verb in SAYING_VERB_LIST) and bool(PRONOUN_SAYS.search(text))


def analyse_sentence(text: str, tokens: tuple[str, ...] | None = None) -> SentenceWords:
    """Analyse a sentence's words. ``tokens``: those of its first :data:`MAX_SENTENCE_CHARS`
    characters, if the caller has them already (answering keeps them for other analyses). Only
    those characters are analysed, except that a pronoun speaking a quotation is looked for in
    the whole text, as answering looked for it before it was stored."""
    says = pronoun_says(text)
    text = text[:MAX_SENTENCE_CHARS]
    if tokens is None:
        tokens = tuple(tokenize(text))
    known = STEMS.get  # a list and a dict lookup per word: this runs for every sentence
    stems = tuple([known(t) or stem(t) for t in tokens if t not in STOPWORDS])
    seen = set(stems)
    extra: dict[str, None] = {}  # ordered, as found
    if "-" in text:  # "high-level", "one-on-one": a common compound says its words too
        for compound in _COMMON_COMPOUND.findall(text):
            for part in compound.split("-"):
                if len(part) > 1 and part not in STOPWORDS:
                    found = known(part) or stem(part)
                    if found not in seen:
                        extra[found] = None
    for found in written_forms(text):
        if found not in seen:
            extra[found] = None
    if stresses_own(text):  # "its own defense": the stopword that stresses whose (words.OWN)
        extra[OWN] = None
    if not PHRASE_KEYS.isdisjoint(seen) or not PHRASE_KEYS.isdisjoint(extra):
        # "ruled out" says "rejected" too
        for _, _, word in phrases(tokens):
            found = stem(word)
            if found not in seen:
                extra[found] = None
    return SentenceWords(
        stems=stems,
        extra=tuple(extra),
        life_span="(" in text and any(_LIFESPAN.search(m.group(1)) for m in PARENS.finditer(text)),
        length=len(tokens),
        prose=bool(_PROSE_END.search(text)),
        opens_with_pronoun=not PRONOUNS.isdisjoint(tokens[:2]),
        pronoun_says=says,
        shown=wording.shown_types(text),
        compounds=_compounds(tokens) if "-" in text else (),
    )


# Stems and tokens never hold whitespace or "|" (tokens are letters and digits joined by ' . -);
# a compound's parts never hold "-" (they are what splitting a token at "-" left).
_FIELDS = "|"
_WORDS = " "
_PARTS = "-"


def encode(analysis: SentenceWords) -> str:
    """The stored form: "stems|extra|length|flags|compounds", flags a number (1 prose, 2 opens
    with a pronoun, 4 life span, 8 a pronoun speaks, and from 16 up the answer types the wording
    shows), compounds their parts joined by "-". About half the sentence's length."""
    flags = (
        analysis.prose
        | analysis.opens_with_pronoun << 1
        | analysis.life_span << 2
        | analysis.pronoun_says << 3
        | analysis.shown << 4
    )
    return (
        f"{_WORDS.join(analysis.stems)}{_FIELDS}{_WORDS.join(analysis.extra)}"
        f"{_FIELDS}{analysis.length}{_FIELDS}{flags}"
        f"{_FIELDS}{_WORDS.join(_PARTS.join(parts) for parts in analysis.compounds)}"
    )


def decode(stored: str) -> SentenceWords:
    """The analysis :func:`encode` stored. The fields are passed in their order, not by name:
    answering decodes every candidate it meets for the first time (about 35 a question), and
    a named tuple's keywords, matched to its fields one by one, were a third of the decoding."""
    stems, extra, length, flags, compounds = stored.split(_FIELDS)
    bits = int(flags)
    return SentenceWords(
        tuple(stems.split(_WORDS)) if stems else (),  # stems
        tuple(extra.split(_WORDS)) if extra else (),  # extra
        bool(bits & 4),  # life_span
        int(length),  # length
        bool(bits & 1),  # prose
        bool(bits & 2),  # opens_with_pronoun
        bool(bits & 8),  # pronoun_says
        bits >> 4,  # shown
        tuple(tuple(c.split(_PARTS)) for c in compounds.split(_WORDS)) if compounds else (),
    )


def stored_words(text: str) -> str:
    """What the build stores for a sentence."""
    return encode(analyse_sentence(text))


class HeadlineWords(NamedTuple):
    """A headline's stems as answering matches question words to them, as the build stored
    them with its article (``articles.title_words``): worked out at answer time on the first
    sight of each headline, they cost 1.1% of a question's work (callgrind over the bench
    questions at x1: 28.59 -> 28.27 M instructions)."""

    stems: frozenset[str]  # title_stems
    part_stems: frozenset[str]  # title_stems and title_parts


def headline_words(title: str) -> str:
    """The stored form of a headline's :class:`HeadlineWords`: its title_stems, then "|" and
    its title_parts, each sorted and joined by spaces (no stem holds either character)."""
    stems = _WORDS.join(sorted(title_stems(title)))
    return f"{stems}{_FIELDS}{_WORDS.join(sorted(title_parts(title)))}"


def read_headline_words(stored: str) -> HeadlineWords:
    """The :class:`HeadlineWords` :func:`headline_words` stored."""
    stems, parts = stored.split(_FIELDS)
    found = frozenset(stems.split(_WORDS)) if stems else frozenset()
    return HeadlineWords(found, found | frozenset(parts.split(_WORDS)) if parts else found)


def turn_stem_set(text: str) -> frozenset[str]:
    """The stems of the content words of an interview turn's text (its interviewer's question,
    its speaker's label), as the ranker credits a reply with them (bot.interview)."""
    return frozenset(stem(t) for t in tokenize(text) if t not in STOPWORDS)


def turn_stems(text: str) -> str:
    """The stored form of :func:`turn_stem_set` (``replies.asked_stems``, ``speaker_stems``):
    sorted, joined by spaces. Stored because answering met each interview's turns on the first
    sight of its article: tokenising and stemming them was about 3% of a question's work at x1
    (callgrind over the bench questions)."""
    return _WORDS.join(sorted(turn_stem_set(text)))


def read_turn_stems(stored: str) -> frozenset[str]:
    """The :func:`turn_stem_set` that :func:`turn_stems` stored."""
    return frozenset(stored.split(_WORDS)) if stored else frozenset()


def _fingerprint() -> str:
    digest = hashlib.sha256(Stemmer.version().encode())
    for module in (__file__, words.__file__, wording.__file__, speech.__file__):
        digest.update(Path(module).read_bytes())
    for name in (DATA_FILE, words.PHRASE_FILE, "verbs.txt"):  # spellings, phrases and pasts
        digest.update(resources.files("facts").joinpath("data", name).read_bytes())
    return digest.hexdigest()[:16]


# Changes whenever the analysis could: a stored analysis with another fingerprint is not used.
FINGERPRINT = _fingerprint()
