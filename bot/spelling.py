"""Fix typos in questions before anything else reads them: "wehre is the smumit" -> "where is
the summit".

A word is only corrected when neither the coverage nor English knows it (no document frequency in
the index, no frequency in wordfreq's lists), so real words and names the articles use are left
alone. Candidates are English words (wordfreq's most frequent ones, which ship with the package)
and the words of the coverage's entity names, compared by edit distance (rapidfuzz's optimal
string alignment, so a swapped pair of letters is one edit) within words of the same first
letter and a similar length, and the few words it is with its first key hit beside the one
meant ("kention": mention). Members ask about the coverage, so a word it uses is a little ahead
(``COVERAGE_BONUS``: "ritte" is Rutte, not "ritter") and is accepted a little further away
(``COVERAGE_CUTOFF``: "wotkof" is Witkoff); ties go to the coverage's names, then to the more
frequent word. A possessive's name is corrected and keeps its "'s".
A word English knows only barely ("meting", "wiling": Zipf below 3) is corrected too, but only to
a word the coverage uses ("meeting", "willing") or one hundreds of times commoner ("seing" ->
"seeing", "waht" -> "what"): a member more likely slipped than meant the rare word.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from facts.frequency import top_english
from facts.lexicon import lexicon, verb_lemmas

from .bounded import keep
from .corpus import fts_term
from .question import SHORTHAND
from .text import ORDINARY_ZIPF, STOPWORDS, overregularised, word_forms, zipf

VOCABULARY_SIZE = 40_000  # wordfreq's most frequent English words used as corrections
MIN_LENGTH = 4  # shorter words are too ambiguous to correct
CUTOFF = 0.74  # normalised similarity a correction needs: one edit in four letters, two in eight
# For a word the coverage uses: a lower cutoff, and a head start over English words. Chosen on
# synthetic typos (one slip in a content word of dev questions answered right, three seeds):
# still answered right 214/213/215 -> 217/218/216 of 227; misspelt unanswerable questions still
# abstained on (130/129/130 of 131); the dev sets and WikiQA unchanged.
COVERAGE_CUTOFF = 0.70
COVERAGE_BONUS = 0.05
# A doubled letter typed once or twice is a likelier slip than a wrong letter: a little ahead,
# less than a word of the coverage ("ritte" is Rutte, not "rite"), and more than what a swap
# undone (_swap_evened) or a letter put in gains from its longer word's length in five
# letters (1/5 - 1/6): "theem", "plaay", "reest", "haard" are them, play, rest, hard, not
# theme, playa, reset, hazard (at 0.03 the swap or the longer word won by 0.003). With
# _end_struck_twice and _struck_twice, typo bench (bench/typos.py, two variants, of 3,914
# clean right answers): seed 31 kept 3,645 -> 3,653, seed 32 (unseen) 3,620 -> 3,623; new
# wrong citations 18 and 22 unchanged.
SLIP_BONUS = 0.04
# A correction one edit away that no hurried finger makes (:func:`_unlikely_edit`: a letter
# changed to one whose key is far from it, or a letter typed in that is neither doubled nor a key
# beside its neighbours) stands behind one the finger does make: "arny" is army (a key beside),
# not "any" (an "r" typed in from nowhere); "reac" reach (a letter left out), not "real" of the
# coverage; "rabids" rabies, not raids. More than COVERAGE_BONUS less a similarity's step, so a
# word of the coverage one such edit away ("stating" of "stated") does not beat the word one
# letter longer that a letter left out made ("staning": standing). Not a question word, which
# is typed every way and decides what is asked ("wiich" is which, not "wich").
UNLIKELY_EDIT_PENALTY = 0.04
# A word the member spelled by ear, every sound kept (_spelled_alike: "elefant" is elephant,
# "ph" written "f"), is ahead of a nearer word whose letters change a sound ("elegant", a "g"
# for the "f"): a spelling by sound writes one letter for two ("f" for "ph", "k" for "ck"),
# which the edit distance counts twice, while a slip of one letter changes what is said. About
# one edit in eight letters, so the two-edit word by sound beats the one-edit word by slip of
# the same length; a word one edit away that keeps the sounds (a letter doubled) is ahead anyway.
SOUND_BONUS = 0.12
# After the word before it in a name of the coverage ("der" in "von der"), a name's next word is
# taken from this far: "layn", "laen" (0.6) are Leyen after "von der".
NAME_CONTEXT_CUTOFF = 0.55
# A familiar word (below this Zipf) the coverage does not write, a letter short of a word it
# writes that English has this much more often (Zipf, log10: ten times), is read as that word
FAMILIAR_ZIPF = 4.0
FAMILIAR_MARGIN = 1.0
LETTER_CHANGED_MARGIN = 1.5  # a letter changed: the word meant this much commoner (Zipf)
UNKNOWN_ZIPF = 1.8  # below this wordfreq frequency a word counts as unknown to English
RARE_ZIPF = 3.0  # below this a word may be a slip for a word of the coverage
MUCH_COMMONER = 2.5  # or for a word this much commoner in English (Zipf is log10: ~300 times)
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")  # "wasn't" is one word, not "wasn"
_POSSESSIVES = ("'s", "\u2019s")
# Words that open a surname ("von der Leyen", "bin Salman", "de Gaulle"): the word after one is
# a surname, corrected only to a name of the coverage with the same opening. Letters alone take
# "von der layen" for "laden" (of "bin Laden") where the coverage has no von der Leyen.
NAME_PARTICLES = frozenset("von van der den de da di du del della bin ibn abu".split())
# In a tie these win: a question word decides what is asked ("wehre" is "where", not "were").
QUESTION_WORDS = ("where", "what", "when", "which", "whose", "why", "how", "who")
# A three-letter word too short for letter similarity (one edit is a third of it) is read as a
# function word only through the slips a keyboard makes: a key beside the one meant ("thw",
# "wuo") or two keys swapped ("woh", "aer"); and only where English barely knows it (RARE_ZIPF)
# and the function word is far commoner (MUCH_COMMONER): "tee", "bot", "fog" are meant.
SHORT_LENGTH = 3
NEAREST_KEPT = 4096  # words whose nearest spellings a speller keeps (Speller._near)
PUT_BACK_KEPT = (
    4096  # words whose letter-put-back words a speller keeps (Speller._letters_put_back)
)
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@dataclass(frozen=True)
class _Reading:
    """A question being corrected: its words as typed (lower case, a possessive without its
    "'s"), which the correction of one word may look at beside it, and what the coverage knows:
    ``known``, is a word as typed one of the coverage's; ``in_coverage``, does the coverage
    write it (None: no coverage to prefer); ``capitalised``, is each word typed with a
    capital."""

    words: tuple[str, ...]
    known: Callable[[str], bool]
    in_coverage: Callable[[str], bool] | None
    capitalised: tuple[bool, ...] = ()
    together: Callable[[Sequence[str]], bool] | None = None


# A three-letter word read as a four-letter one with a letter left out, where English knows it
# too well for MUCH_COMMONER ("mee", "ned", "dea": Zipf 3 to 3.8, as names and abbreviations):
# the word meant this much commoner (Zipf, log10: about thirty times), and either the one such
# word the coverage writes, or, for a word English barely knows (RARE_ZIPF: "bck", "ary"), this
# far ahead of every other word it can be but its own other forms (DISTINCT_MARGIN: "bck" is
# back, not buck; "kep" is keep, as kept is the same verb, while "wnt" stays, want or went;
# "bot" is meant, though "both" is far commoner). Typo bench, seeds 31 and 7 (two variants): a
# letter left out of a four-letter word lost the most answers.
SHORT_LEFT_OUT_MARGIN = 1.5
DISTINCT_MARGIN = 1.0
# A real word that finds nothing read by the question's other words
# (Speller._left_out_in_context): a word English writes this often (Zipf) is meant as typed
# ("man", "let", "met" are too common to be slips), the words beside which its meaning is sought
# are no commoner than ordinary English (text.ORDINARY_ZIPF: "party", "music" are beside too
# much), and a letter is put back at the end only of a word this short ("vet", "bil", "hal").
CONTEXT_SLIP_ZIPF = 5.0
LAST_LETTER_MAX = 4
# The longest word a member types that the speller reads (45: English's longest dictionary
# word; three words typed together stop at THREE_RUN_TOGETHER_MAX, 40). A longer one is no typo
# of a word, and the slips and cuts tried grow with the square of its length: one run-together
# word of 5,000 characters took 3.3 s and 40,000 took 257 s (fuzz29c), where an operator raises
# max_question_chars above its 500.
LONGEST_TYPED_WORD = 45
WRITTEN_BESIDE_MIN = 2  # other words of the question a word meant shares sentences with
# A real word that neither the coverage nor the question's reading has any use for, a letter
# short of a word English writes this much more often (Zipf, log10: about thirty times), is read
# as that word (Speller._commoner_left_out): "whats the pint of", "is the war gong", "the pm's
# nam". Only where the word meant stands this far ahead of every other word a letter put back
# makes (FAR_AHEAD, not its own other forms): "tre" may be true or tree, "wnt" want or went.
COMMONER_LEFT_OUT_MARGIN = 1.5
FAR_AHEAD = 1.0


def _letter_left_out_of_one(
    word: str,
    left_out: Sequence[str],
    in_coverage: Callable[[str], bool],
    names: Collection[str] = (),
) -> str | None:
    """The four-letter word a three-letter ``word`` is with a letter left out, when one word
    stands out among ``left_out``, the words it can be (SHORT_LEFT_OUT_MARGIN, DISTINCT_MARGIN):
    "mee" is meet where the coverage writes it, "bck" back (not buck), "ary" army. A form of
    the same word does not stand beside it (text.word_forms): "kep" is keep, though kept is
    near as common, and "cme" come, as a sentence with either form matches the question alike;
    left as typed, the question kept a word no sentence holds (typo bench, seed 31: four lost
    answers). Not a word of the coverage's ``names``: three letters fit too many of them."""
    floor = _zipf(word) + SHORT_LEFT_OUT_MARGIN
    if any(c in names for c in left_out):  # "bil" is Bill only before "weld" (_before_in_name)
        return None
    likely = sorted((c for c in left_out if _zipf(c) >= floor), key=_zipf, reverse=True)
    covered = [c for c in likely if c not in STOPWORDS and in_coverage(c)]
    if len(covered) == 1:
        return covered[0]
    if (
        likely
        and _zipf(word) < RARE_ZIPF
        and all(
            _zipf(likely[0]) >= _zipf(c) + DISTINCT_MARGIN
            for c in left_out
            if not word_forms(c) & word_forms(likely[0])
        )
    ):
        return likely[0]
    return None


class Speller:
    """Corrections from English and from the coverage's names; the English list loads lazily,
    on the first word that needs it, so start-up does not pay for it."""

    def __init__(self, names: Iterable[str] = ()):
        self._names, self._next = _name_words(names)
        self._before = _preceding(self._next)
        self._sounds: dict[str, tuple[str, ...]] | None = None
        self._buckets: dict[tuple[str, int], list[str]] | None = None
        self._rank: dict[str, int] = {}
        self._lock = threading.Lock()
        self._nearest: dict[str, tuple[tuple[str, float], ...]] = {}  # _near's, per word
        self._put_back: dict[str, tuple[str, ...]] = {}  # _letters_put_back's, per word

    def _load(self) -> dict[tuple[str, int], list[str]]:
        with self._lock:
            if self._buckets is None:
                buckets, self._rank = _vocabulary(self._names)
                self._buckets = buckets
        return self._buckets

    def _load_rank(self) -> dict[str, int]:
        """The English words' ranks (the vocabulary's words), loaded if not yet."""
        self._load()
        return self._rank

    @property
    def loaded(self) -> bool:
        """Has the word list been loaded (by :meth:`warm_up` or a first correction)."""
        return self._buckets is not None

    def warm_up(self) -> None:
        """Load the English word list now rather than on the first unknown word."""
        self._load()

    def correct(
        self,
        word: str,
        in_coverage: Callable[[str], bool] | None = None,
        coverage_only: bool = False,
    ) -> str | None:
        """The intended word for an unknown ``word``, or None to leave it as typed. Words the
        coverage uses (``in_coverage``) win ties; with ``coverage_only`` nothing else is offered."""
        if len(word) < MIN_LENGTH or not word.isalpha():
            return None
        hits = self._near(word)
        covered = _covered(word, hits, in_coverage)
        hits = [(choice, score) for choice, score in hits if score >= CUTOFF or choice in covered]
        if coverage_only:  # a real but rare word: only a coverage word, or a far commoner one
            hits = _covered_or_commoner(word, hits, covered)
        if not hits:
            return None
        best, _ = max(hits, key=lambda hit: self._preference(word, *hit, covered))
        beside = _key_beside_commoner(word, best, hits, covered)
        if (
            not self._coverage_name(best, covered)
            or beside in STOPWORDS
            or beside in QUESTION_WORDS
        ):
            best = beside
        best = _swap_over_changed(word, best, hits, covered)
        return best if best != word else None

    def _coverage_name(self, word: str, covered: Collection[str]) -> bool:
        """Is ``word`` a name's word the coverage writes that is no everyday word
        (ORDINARY_ZIPF): "greta" of Greta Thunberg. A name typed with a letter left out
        ("geta") is read as the name, not as a commoner word a key beside one of its letters
        makes ("gets", :func:`_key_beside_commoner`): the name is what the question is about,
        and read as "gets" the question names no one and is answered about anyone. A function
        or question word a key beside makes still wins ("wyen" is when, not Wyden; "wnich"
        which, not Winch): typed every way, it decides what is asked."""
        return word in self._names and word in covered and _zipf(word) < ORDINARY_ZIPF

    def _near(self, word: str) -> list[tuple[str, float]]:
        """The words spelled nearest ``word`` with their similarity, best first, down to the
        lower of the two cutoffs: among words of its first letter and of a length two letters
        either side (a slip rarely changes the first letter, and the search stays small), and
        the words it is with its first key hit beside the one meant or its first two letters
        swapped (:func:`_first_key_slips`: "lutin", "oroposed", "uptin").
        Optimal string alignment counts a swapped pair of letters ("wehre") as one edit.

        Kept per word (up to NEAREST_KEPT words): the search scores a few thousand words, and
        a word is looked up again by the next question that repeats it and by the steps of one
        question that each may correct it (_fix_unknown, _coverage_word_near)."""
        found = self._nearest.get(word)
        if found is None:
            hits = process.extract(
                word,
                _candidates(self._load(), word),
                scorer=OSA.normalized_similarity,
                score_cutoff=min(CUTOFF, COVERAGE_CUTOFF),
                limit=8,
            )
            near = [(choice, score) for choice, score, _ in hits]
            near += _first_key_slips(word, self._rank, {choice for choice, _ in near})
            near.sort(key=lambda hit: -hit[1])  # stable: the list's order among equals
            found = keep(self._nearest, word, tuple(near), NEAREST_KEPT)
        return list(found)

    def _preference(
        self, typed: str, choice: str, score: float, covered: Collection[str]
    ) -> tuple[float, bool, bool, bool, int]:
        """How strongly ``choice`` is preferred as the correction of ``typed``, for ``max``.
        A doubled letter typed once or twice ("maried", "takking") is a likelier slip than a
        wrong letter ("marked", "talking"): a little ahead (SLIP_BONUS), and a word of the
        coverage more so (COVERAGE_BONUS). A swap of two letters undone scores as a letter
        put back does (:func:`_swap_evened`), so it is ahead of a wrong letter ("haeds" ->
        "heads", not "hands") and ties with a letter left out, which the coverage and then
        frequency decide ("sedn" is send, not sedan; "tese" these, not tees). In a tie, a
        doubled letter wins; then a word whose consonant sound the
        member spelled another way (:func:`_spelled_alike`: "truke" is truce, not "true"): one
        who spells by ear keeps every sound, where a letter dropped or changed changes one; then
        a word of the coverage ("taks": "talks", not "takes"); then the earlier word of the
        list: question words, the coverage's names, then English by frequency."""
        return (
            round(
                score
                + _swap_evened(typed, choice)
                + (COVERAGE_BONUS if choice in covered else 0.0)
                + (SLIP_BONUS if _doubling_slip(typed, choice) else 0.0)
                - (
                    UNLIKELY_EDIT_PENALTY
                    if choice not in QUESTION_WORDS and _unlikely_slips(typed, choice)
                    else 0.0
                )
                + (SOUND_BONUS if _spelled_by_ear(typed, choice) else 0.0),
                6,
            ),
            _doubling_slip(typed, choice),
            _spelled_alike(typed, choice),
            choice in covered,
            -self._rank.get(choice, 1 << 30),
        )

    def fix(
        self,
        text: str,
        known: Callable[[str], bool],
        in_coverage: Callable[[str], bool] | None = None,
        together: Callable[[Sequence[str]], bool] | None = None,
    ) -> str:
        """``text`` with each word unknown to the coverage and to English corrected, and each
        word English barely knows corrected to a word of the coverage (``in_coverage``) if one
        is a slip away. ``known``: is the word as typed one of the coverage's.

        A word typed twice is read once (:func:`_once`), two words typed together where the
        case changes are put apart (:func:`_apart_at_capitals`: "theUK"), a word run on to a
        possessive or a contraction is put apart (:func:`_apart_after_ending`),
        words typed in two pieces are joined (:meth:`_rejoin`: "airl ine") and then a space
        typed a letter early or late is put back (:func:`_space_moved`: "di dputin"), then
        each word is read in turn, left to right, with the word before it as corrected: a
        name's next word is found from the one before ("von der layn")."""
        known, in_coverage = _past_stop_words(known), _past_stop_words(in_coverage)
        text = _apart_at_capitals(_once(text, self._next), known, self._names)
        rejoined = self._rejoin(_apart_after_ending(text, self._names), in_coverage or known)
        rejoined = _space_moved(rejoined, self._names)
        matches = list(_WORD.finditer(rejoined))
        reading = _Reading(
            tuple(_bare(m.group(0)) for m in matches),
            known,
            in_coverage,
            tuple(m.group(0)[0].isupper() for m in matches),
            together,
        )
        pieces: list[str] = []
        end = 0
        previous = ""  # the word before, as corrected
        for index, match in enumerate(matches):
            out = self._fix_typed(match.group(0), index, previous, reading)
            pieces += [rejoined[end : match.start()], out]
            end = match.end()
            previous = out.lower()
        pieces.append(rejoined[end:])
        return "".join(pieces)

    def _named(self, index: int, reading: _Reading) -> bool:
        """Whether the question's word at ``index`` is a name: typed with a capital ("Ukraine"),
        or one of the coverage's names that English does not know well ("zelensky"; a name's
        word may be an everyday one, "people" in "People's Party")."""
        if index >= len(reading.words):
            return False
        word = reading.words[index]
        capital = index < len(reading.capitalised) and reading.capitalised[index]
        return capital or (word in self._names and _zipf(word) < FAMILIAR_ZIPF)

    def _fix_typed(self, typed: str, index: int, previous: str, reading: _Reading) -> str:
        """One word of the question as it should read; a possessive's name is corrected and
        keeps its "'s" ("puitn's side" is Putin's side): the name is what the index has. A
        word longer than LONGEST_TYPED_WORD is left as typed."""
        if len(typed) > LONGEST_TYPED_WORD:
            return typed
        name, possessive = _split_possessive(typed)
        if not possessive and (run_on := _contraction_run_on(typed, self._names)):
            return run_on
        return self._fix_word(name, index, previous, reading) + possessive

    def _fix_word(self, typed: str, index: int, previous: str, reading: _Reading) -> str:
        """``typed`` corrected, or as typed. A contraction ("wasn't", "they're") is written as
        meant, a stop word is no slip, a word of three letters is read only as a function word a
        keyboard slip away (:func:`_short_slip`: "thw", "wuo") and a shorter one is too
        ambiguous. A word the coverage knows is corrected only to one the index stores under
        the same stem (:meth:`_stem_only`); after a name particle ("von der") only to a name's
        next word; a word said like one the coverage writes is that word (:func:`_homophone`:
        "meat" is meet, where only "meet" is written); else a word English does not know is
        corrected (:meth:`_fix_unknown`), one it barely knows only where there is coverage to
        prefer (:meth:`_fix_rare`), and one it knows well is meant as typed unless it is an
        "-ing" written as said ("goin", :func:`_g_dropped`), a function word run on to a
        determiner ("ofthe", :func:`_before_determiner`) or a word with a letter left out that
        the coverage does not write (:meth:`_fix_familiar`: "fond" is found)."""
        word = typed.lower()
        if _where_before_auxiliary(word, reading.words[:index], reading.words[index + 1 :]):
            return "Where" if typed[0].isupper() else "where"
        if (
            word not in self._names
            and (  # "Chen did": a name of the coverage
                asked := _question_word_before_auxiliary(
                    word, reading.words[:index], reading.words[index + 1 :]
                )
            )
        ):
            return _cased_like(typed, asked)
        if previous == "how" and (
            count := _count_after_how(
                word,
                reading.words[index + 1 :],
                self._named(index + 1, reading) or _names_one(reading.words[index + 1 : index + 2]),
            )
        ):
            return count
        if (
            # "dose ukraine need": a yes/no question; not "wehre exactly", a question word's slip
            (
                previous in QUESTION_WORDS
                or (index == 0 and not _question_word_slip(word))
                or _after_how_and_degree(reading.words[:index])  # "how long dose the"
            )
            and (
                not reading.known(word)
                or (
                    typed.islower()
                    and _no_verb_nor_name(word)
                    and _base_verb_later(reading.words[index + 2 :])
                )
            )
            and (auxiliary := _auxiliary_slip(word, reading.words[index + 1 :]))
        ):
            return auxiliary
        if not word.isalpha() or word in STOPWORDS:
            return typed
        following = reading.words[index + 1 : index + 2]
        if (
            typed.islower()
            and previous in _PERFECT_AUXILIARIES
            and not self._next.get(word, set()) & set(following)  # "has ben carson"
            and (participle := _been_after_have(word))
        ):
            return participle
        if typed.islower() and _there_before_no_noun(word, previous, following):
            return "there"
        if _how_before_degree(word, following):
            return "how"
        if previous == "how" and (
            degree := (
                (None if reading.known(word) else _degree_after_how(word))
                or _degree_before_auxiliary(word, following)
            )
        ):
            return degree
        if (
            (index == 0 or typed[0].islower())  # "Hass" mid-question is a name
            and not reading.known(word)
            and (ending_doubled := _function_word_doubled(word))
        ):
            return ending_doubled
        if (
            index == 0
            and len(word) == 2
            and len(reading.words) > 1
            and not reading.known(word)
            and not _acronym(typed)
            and not reading.capitalised[1]  # "Di Maio said": a name
            and (opening := _opening_letter_left_out(word))
        ):
            return opening
        if len(word) == SHORT_LENGTH and not reading.known(word) and not _acronym(typed):
            return (
                self._before_in_name(word, reading.words[index + 1 : index + 2])
                or (
                    None
                    if self._left_out_likelier(word, index == 0)
                    else _short_slip(word, index == 0, previous in _OPENS_NOUN_PHRASE)
                )
                or self._short_letter_left_out(word, reading, index > 0 and typed[0].isupper())
                or (typed.islower() and self._base_verb_after_do(word, reading.words[:index]))
                or self._left_out_in_context(word, typed, index, reading)
                or (not (index > 0 and typed[0].isupper()) and self._short_name(word, reading))
                or self._commoner_left_out(word, typed, index, reading)
                or typed
            )
        if len(word) < MIN_LENGTH:
            return typed
        if (
            len(word) == FUNCTION_SLIP_LENGTH
            and (index == 0 or typed[0].islower())  # "Wity" mid-question may be a name
            and not reading.known(word)
            and not _acronym(typed)
            and (function_word := _function_word_slip(word))
            and not self._coverage_word_near(word, function_word, reading.in_coverage)
        ):
            return _cased_like(typed, function_word)
        if possessive := self._possessive_unmarked(word, index, reading):
            return possessive
        if said := _past_after_determiner(word, previous):
            return said
        if reading.known(word):
            return (
                self._stem_only(word, reading.in_coverage)
                or self._left_out_in_context(word, typed, index, reading)
                or typed
            )
        if previous in NAME_PARTICLES:  # "von der layen": Leyen, or as typed
            return self._name_after_particle(word, previous) or typed
        if apart := self._name_typed_as_one(word):
            return _cased_like(typed, apart)
        if (index == 0 or typed[0].islower()) and (said := _homophone(word, reading.in_coverage)):
            return said
        if not _common_english(word):
            fixed = self._fix_unknown(word, previous, reading.in_coverage)
        elif reading.in_coverage is not None and may_be_a_slip(word):
            fixed = self._fix_rare(word, typed, index, previous, reading)
        else:
            fixed = (
                _g_dropped(word, self._names)
                or _before_determiner(word)
                or self._fix_familiar(word, typed, index, reading)
                or self._name_ended_as_another(word, index, previous, reading)
                or self._left_out_in_context(word, typed, index, reading)
                or self._commoner_left_out(word, typed, index, reading)
            )
        return typed if fixed is None else _cased_like(typed, fixed)

    def _name_ended_as_another(
        self, word: str, index: int, previous: str, reading: _Reading
    ) -> str | None:
        """The next word of a coverage name that a name's opening, typed right, is followed by,
        where the word typed is another name English knows and the coverage does not write, a
        slip from it (CUTOFF): "kay hagen" is Kay Hagan, "john paul stephens" John Paul Stevens.
        A familiar surname typed for the one of a name the coverage has is read as typed
        otherwise, and the question names someone its story never does. The opening must
        itself say the name: a word English barely knows (FAMILIAR_ZIPF: "kay") or two words
        of it ("john paul"); "new yorker" is no slip of New York."""
        if previous not in self._next or (
            reading.in_coverage is not None and reading.in_coverage(word)
        ):
            return None
        before = reading.words[index - 2] if index >= 2 else ""
        if _zipf(previous) >= FAMILIAR_ZIPF and before not in self._before.get(previous, ()):
            return None
        meant = self._next_in_name(word, previous)
        if meant is None or OSA.normalized_similarity(word, meant) < CUTOFF:
            return None
        return meant

    def _letters_put_back(self, typed: str, in_coverage: Callable[[str], bool]) -> list[str]:
        """:func:`_with_letter_put_back` with this speller's names and words, the words a
        letter put back makes kept per word typed (up to PUT_BACK_KEPT; then started over):
        the coverage is asked of them again at every question, the two hundred words made and
        looked up are the same. The words are made first: making them loads the English list,
        whose ranks (``self._rank``, rebound on loading) must be read after."""
        made = self._words_made(typed)
        return _with_letter_put_back(typed, in_coverage, self._names, self._rank, made)

    def _words_made(self, typed: str) -> tuple[str, ...]:
        """:func:`_words_put_back` of ``typed`` with this speller's names and words, kept per
        word typed (up to PUT_BACK_KEPT; then started over)."""
        made = self._put_back.get(typed)
        if made is None:
            made = keep(
                self._put_back,
                typed,
                _words_put_back(typed, self._names, self._load_rank()),
                PUT_BACK_KEPT,
            )
        return made

    def _left_out_in_context(
        self, word: str, typed: str, index: int, reading: _Reading
    ) -> str | None:
        """The word of the coverage a real word is with a letter left out, where the word typed
        shares no sentence with the question's other words and the word meant does (the
        ``together`` of :meth:`fix`): "russia wants a vet over the guarantees" is veto, "is the
        nat boss meeting zelensky" NATO, "who sponsored alabama's abortion bil" bill. Letters
        alone cannot tell these: the word typed is English (veto is even the rarer) and finds
        nothing, while the word meant is written beside the words the member asked with. A
        word the coverage writes elsewhere ("polish sores", "the chilean bass") needs its word
        beside two of them (WRITTEN_BESIDE_MIN): beside one, "dive", "leaned", "cops" of clean
        dev questions were read as drive, learned, corps. Of several, the one beside most of
        them, then the commoner. Not a name (a capital mid-question), a word English writes
        too often to be a slip (CONTEXT_SLIP_ZIPF), or a word that is a function word with a
        letter left out ("des", "thee": does, these), which the function words' own slips read.
        Typo bench (two variants): seed 31 kept 12 more (7 of a word the coverage never
        writes), seed 32 (unseen) 12 more; no new wrong; no clean dev answer changed."""
        if (
            reading.together is None
            or reading.in_coverage is None
            or (index > 0 and typed[0].isupper())
            or word in STOPWORDS
            or fts_term(word) in _STOP_WORD_STEMS  # "sees": the index keeps it as "see"
            or _zipf(word) >= CONTEXT_SLIP_ZIPF
        ):
            return None
        together = reading.together
        others = [
            other
            for i, other in enumerate(reading.words)
            if i != index
            and len(other) >= SHORT_LENGTH
            and other.isalpha()
            and other not in STOPWORDS
            and _zipf(other) < ORDINARY_ZIPF
            and reading.known(other)
        ]
        if not others:
            return None
        self._load()  # the English list, which holds every word a letter put back may make
        put_back = self._letters_put_back(word, reading.known)
        if not put_back or any(meant in STOPWORDS for meant in put_back):
            return None
        # the index is asked last, for the few words a letter put back makes a word it writes
        written = reading.known(word) or reading.in_coverage(word)
        if written and any(together((word, other)) for other in others):
            return None
        fewest = WRITTEN_BESIDE_MIN if written else 1
        best: tuple[int, float, str] | None = None
        for meant in put_back:
            beside = sum(1 for other in others if together((meant, other)))
            if beside >= fewest and (best is None or (beside, _zipf(meant)) > best[:2]):
                best = (beside, _zipf(meant), meant)
        return best[2] if best is not None else None

    def _commoner_left_out(
        self, word: str, typed: str, index: int, reading: _Reading
    ) -> str | None:
        """The word a real word the coverage does not write is with a letter left out, where
        English writes it far more often (COMMONER_LEFT_OUT_MARGIN) and far more than any other
        word a letter put back makes (FAR_AHEAD): "whats the pint of the euro force" is point,
        "is the war gong well" going, "uk pm nam" name. A letter left out is the commonest
        slip and often leaves another word; a word the coverage never writes finds nothing as
        typed, and a question about the coverage seldom means one that English has thirty
        times less often than the word a letter short of which it is. Not a word English writes
        too often to be a slip (CONTEXT_SLIP_ZIPF: "man", "form"), a name (a capital
        mid-question, or a given name in lower case: "tim", "amy"), or a word the coverage
        writes; and none where a word of the coverage's names is among the words it can be
        (three letters fit too many of them), nor read after a word that opens a noun phrase
        as a function word: "this bot" is no "this both". A word English barely knows is left
        to :meth:`_fix_rare`: "discus" is a word of its own."""
        if (
            reading.in_coverage is None
            or (index > 0 and typed[0].isupper())
            or word in lexicon().given_names  # "what did tim say": a person, not "time"
            or _zipf(word) >= CONTEXT_SLIP_ZIPF
            or reading.known(word)
            or reading.in_coverage(word)
        ):
            return None
        after_determiner = index > 0 and reading.words[index - 1] in _OPENS_NOUN_PHRASE
        made = [
            c
            for c in self._words_made(word)
            if not (after_determiner and c in STOPWORDS)  # "this bot" is no "this both"
        ]
        if not made or any(c in self._names for c in made):  # "a bil for weld": no Bill
            return None
        meant = max(made, key=_zipf)
        if _zipf(meant) < _zipf(word) + COMMONER_LEFT_OUT_MARGIN:
            return None
        rivals = (c for c in made if c != meant and not word_forms(c) & word_forms(meant))
        if any(_zipf(c) > _zipf(meant) - FAR_AHEAD for c in rivals):
            return None
        return meant

    def _short_letter_left_out(
        self, word: str, reading: _Reading, capitalised: bool = False
    ) -> str | None:
        """The word of four letters a three-letter word English barely knows is with a letter
        left out after the first ("wha", "wih", "tht", "knd", "oer": what, with, that, kind,
        over): a function word or a word the coverage writes, far commoner (MUCH_COMMONER);
        the commonest if several; failing those, the one far commoner word of English it can be
        ("fel": feel; "wnt" stays, want or went). Not a name by itself: three letters fit too
        many ("bil" is Bill only before "weld", :meth:`_before_in_name`). A letter left out is
        the commonest slip, and of a four-letter word it leaves three letters, which no
        spelling by similarity reads (one edit is a third of the word): left as typed, the
        question keeps a word no sentence holds, and its answer is withheld."""
        if _zipf(word) >= FAMILIAR_ZIPF:
            return None
        in_coverage = reading.in_coverage or reading.known
        left_out = [
            choice
            for choice in self._load().get((word[0], len(word) + 1), ())
            if _letter_left_out(word, choice)
        ]
        floor = _zipf(word) + MUCH_COMMONER
        meant = [c for c in left_out if _zipf(c) >= floor and (c in STOPWORDS or in_coverage(c))]
        if not meant:  # the one far commoner word it can be ("fel": feel; not "kep": keep, kept)
            common = [c for c in left_out if _zipf(c) >= floor]
            meant = common if len(common) == 1 else []
        if meant or capitalised:  # "Abe" mid-question is a name, not "able"
            return max(meant, key=_zipf, default=None)
        return _letter_left_out_of_one(word, left_out, in_coverage, self._names)

    def _base_verb_after_do(self, word: str, before: Sequence[str]) -> str | None:
        """The one verb's base form a three-letter word English barely knows is with a letter
        left out (far commoner: MUCH_COMMONER), where "do", "does" or "did" comes before it:
        "does russia wnt a veto" is want, not went, though letters alone tell the two no
        more than frequency does (:func:`_letter_left_out_of_one`). After do-support the
        verb is in its base form; left as typed, the question kept a word no sentence holds.
        Typo bench (two variants): "want" typed "wnt" lost 3 answers of seed 31 and 4 of 41."""
        if _zipf(word) >= FAMILIAR_ZIPF or not _DO_FORMS & set(before):
            return None
        floor = _zipf(word) + MUCH_COMMONER
        verbs = [
            c
            for c in self._load().get((word[0], len(word) + 1), ())
            if _letter_left_out(word, c) and _zipf(c) >= floor and _base_verb((c,))
        ]
        return verbs[0] if len(verbs) == 1 else None

    def _left_out_likelier(self, word: str, opening: bool) -> bool:
        """Is a three-letter word likelier a content word with a letter left out than the
        function word a key beside makes of it ("tok": took, not too; "tol": told): a given
        key beside is typed several times less often than a given letter is left out, so the
        function word must be far commoner (KEY_BESIDE_MARGIN), as in
        :func:`_key_beside_commoner`. Not a question word opening the question ("hoe many"
        is how): the opening word decides what is asked."""
        slipped = _slipped_from(word, _SHORT_FUNCTION_WORDS)
        changed = [w for w in slipped if not _letter_swap(word, w)]
        if not changed or (opening and any(w in QUESTION_WORDS for w in changed)):
            return False
        floor = _zipf(word) + MUCH_COMMONER
        left_out = [
            c
            for c in self._load().get((word[0], len(word) + 1), ())
            if c not in STOPWORDS and _zipf(c) >= floor and _letter_left_out(word, c)
        ]
        top = max(_zipf(w) for w in changed)
        return any(_zipf(c) + KEY_BESIDE_MARGIN > top for c in left_out)

    def _short_name(self, word: str, reading: _Reading) -> str | None:
        """The word of the coverage's names a three-letter word the coverage does not write is
        with a letter left out after the first, where that name's word is the only word the
        coverage writes (or stop word) it can be: "mrz", "nat" are Merz, NATO. No context word
        need help: the coverage writes no other word the member can have meant, and the word
        as typed finds nothing. A name's word, not an everyday word of a name (ORDINARY_ZIPF:
        "bill" of Bill Weld); not a word English knows well (FAMILIAR_ZIPF: "tie", "arm")
        or a name typed with a capital ("Nat" may be the member's own name for someone); and
        no word of English a letter put back makes is commoner than the name ("tss" is toss,
        not TASS of the coverage; "tng" stays, as tang is commoner than Tong)."""
        if reading.in_coverage is None or _zipf(word) >= FAMILIAR_ZIPF:
            return None
        vocabulary = self._load().get((word[0], len(word) + 1), ())
        put_back = self._letters_put_back(word, reading.in_coverage)
        if len(put_back) != 1 or (name := put_back[0]) not in self._names:
            return None
        if _zipf(name) >= ORDINARY_ZIPF:  # an everyday word a name uses: "a bil for" is no Bill
            return None
        english = (c for c in vocabulary if _letter_left_out(word, c) and c[0] == word[0])
        return name if all(_zipf(c) <= _zipf(name) for c in english) else None

    def _possessive_unmarked(self, word: str, index: int, reading: _Reading) -> str | None:
        """A name's possessive typed without its apostrophe ("ukraines army", "starmers
        take": Ukraine's, Starmer's): a word of the coverage's names and an "s" that English
        barely writes, before another word. A real plural of a name is a familiar word
        ("europeans", "kennedys") and stays. Read as the name alone, the question may ask
        something else: "does ukraines own military count" is no question whether Ukraine
        owns one."""
        stem = word[:-1]
        if (
            word.endswith("s")
            and not word.endswith("ss")
            and stem in self._names
            and index + 1 < len(reading.words)
            and not _common_english(word)
        ):
            return f"{stem}'s"
        return None

    def _coverage_word_near(
        self, word: str, meant: str, in_coverage: Callable[[str], bool] | None
    ) -> bool:
        """Is ``word`` a familiar word (FAMILIAR_ZIPF) or one the coverage writes, with a
        letter left out ("closed dors" is doors, not does)? A letter left out is the commonest
        slip, so such a word is as likely as a function word a key away; a rare one ("witty",
        "wharf", "frock" for "wity", "whar", "frok") is not. So is a word with two neighbouring
        letters swapped (_swap_evened: as likely a slip as a letter left out) that English
        writes about as often as the function word (FAMILIAR_MARGIN): "what does russia wnat"
        is want (Zipf 6.0 to what's 6.4), but "pressure frok" is from, not fork (4.0 to 6.6)."""
        return any(
            hit != meant
            and (
                (
                    _letter_left_out(word, hit)
                    and (
                        _zipf(hit) >= FAMILIAR_ZIPF
                        or (in_coverage is not None and in_coverage(hit))
                    )
                )
                or (
                    len(hit) == len(word)
                    and _letter_swap(word, hit)
                    and _zipf(hit) >= _zipf(meant) - FAMILIAR_MARGIN
                )
            )
            for hit, _ in self._near(word)
        )

    def _fix_unknown(
        self, word: str, previous: str, in_coverage: Callable[[str], bool] | None
    ) -> str | None:
        """The word meant by one neither the coverage nor English knows: a learner's regular
        form of an irregular verb ("keeped" is keep, not the nearer "keeper"), a name's next
        word after the one before it (with a word run on to it, :func:`_name_run_on`), else the
        nearest word or two words run together (:meth:`_correct_or_split`)."""
        return (
            _regularised(word, self._names)
            or _before_determiner(word)
            or _name_run_on(word, self._next_in_name(word, previous), self._names)
            or self._written_a_finger_slip_away(word, in_coverage)
            or self._correct_or_split(word, in_coverage)
        )

    def _written_a_finger_slip_away(
        self, word: str, in_coverage: Callable[[str], bool] | None
    ) -> str | None:
        """The one word of the coverage a finger's slip from ``word``
        (:func:`_finger_slip_of_written`: "mhaan" is Mahan), unless the nearest word is a
        doubled letter typed once or twice or a letter left out, slips as likely: "maried" is
        married, not "marked" with a key beside the "k" struck."""
        meant = _finger_slip_of_written(word, in_coverage)
        if meant is None:
            return None
        nearest = self.correct(word, in_coverage)
        if nearest is not None and (_likely_slip(word, nearest) or _letter_left_out(word, nearest)):
            return None
        return meant

    def _fix_rare(
        self, word: str, typed: str, index: int, previous: str, reading: _Reading
    ) -> str | None:
        """The word meant by one English knows only barely: a regular form ("countrys" is
        countries, not the nearer "country"), a name's next word, a word of the coverage one
        slip away unless the word is part of a name the coverage lacks (:meth:`_as_name`), or
        two words run together each far commoner than it. Written in capitals ("VMAs", "NATTO")
        it is an abbreviation, read as a slip only of a name of the coverage: "VMAs" is not
        "vas", but "NATTO" is NATO."""
        fixed = (
            _regularised(word, self._names)
            or self._next_in_name(word, previous)
            or self._as_name(word, self._one_slip(word, reading.in_coverage), index, reading)
            or _run_together(word, self._names, floor=_zipf(word) + MUCH_COMMONER)
        )
        if _acronym(typed) and fixed not in self._names:
            return None
        return fixed

    def _fix_familiar(self, word: str, typed: str, index: int, reading: _Reading) -> str | None:
        """The word meant by a familiar English word (below FAMILIAR_ZIPF) the coverage does
        not write, typed with a letter left out of a word the coverage writes and English far
        more often (FAMILIAR_MARGIN): "where was the body fond" (found), "why does it mater"
        (matter), "the euro-led fore" (force). A letter left out is the commonest slip and
        often makes another word; a word the coverage lacks finds nothing as typed. A letter
        changed makes another word as often (autocorrect: "nerds", "tramp" for needs, Trump),
        but more pairs of words are one letter apart, so the word meant must be far commoner
        (LETTER_CHANGED_MARGIN: "wifi" is no slip of "wife"). Not a name (a capital), nor a
        stop word offered ("beet" is no slip of "been")."""
        in_coverage = reading.in_coverage
        if (
            in_coverage is None
            or _zipf(word) >= FAMILIAR_ZIPF
            or typed[0].isupper()
            or in_coverage(word)
        ):
            return None
        fixed = self.correct(word, in_coverage, coverage_only=True)
        if (
            fixed is None
            or fixed in STOPWORDS
            or not in_coverage(fixed)
            or not (
                (_letter_left_out(word, fixed) and _zipf(fixed) >= _zipf(word) + FAMILIAR_MARGIN)
                or (
                    _letter_changed(word, fixed)
                    and _zipf(fixed) >= _zipf(word) + LETTER_CHANGED_MARGIN
                )
            )
        ):
            return None
        return self._as_name(word, fixed, index, reading)

    def _as_name(self, word: str, fixed: str | None, index: int, reading: _Reading) -> str | None:
        """``fixed`` for a rare real word next to another (:meth:`_name_like`: "keir
        starmer") only if it makes a name of the coverage with it or is a far commoner word;
        else None, and the word stays as typed. Two rare words side by side are likelier a
        name the coverage lacks than two slips: "keir starmer" read as "kei starter" asks
        about neither. (A capital alone is no sign: "Nore Dame" is Notre Dame, a phrase of
        the coverage that is no name of it.)"""
        in_coverage = reading.in_coverage
        if fixed is None or in_coverage is None or _zipf(fixed) >= _zipf(word) + MUCH_COMMONER:
            return fixed  # a far commoner word a slip away ("seing") is a slip beside a name
        beside = [i for i in (index - 1, index + 1) if self._name_like(i, reading)]
        if not beside:
            return fixed
        if fixed not in self._names:
            return None
        together = (
            self._named_with(fixed, reading.words[i], i < index, in_coverage) for i in beside
        )
        return fixed if all(together) else None

    def _named_with(
        self, word: str, other: str, other_first: bool, in_coverage: Callable[[str], bool]
    ) -> bool:
        """Does ``word`` make a name of the coverage with the word beside it, ``other`` (the
        word before it if ``other_first``), as typed or corrected to a word of the coverage:
        "kei nishkori" is Kei Nishikori, where the coverage has him."""
        others = {other, self.correct(other, in_coverage, coverage_only=True) or other}
        pairs = ((o, word) if other_first else (word, o) for o in others)
        return any(second in self._next.get(first, ()) for first, second in pairs)

    def _name_like(self, index: int, reading: _Reading) -> bool:
        """Is the word at ``index`` one English knows, rarely, and the coverage does not
        write, with no far commoner word a slip away: a name the coverage lacks ("keir",
        "starmer") rather than a slip ("actualy")."""
        if not 0 <= index < len(reading.words):
            return False
        word = reading.words[index]
        return (
            len(word) >= 3
            and word.isalpha()
            and word not in STOPWORDS
            and UNKNOWN_ZIPF <= _zipf(word) < RARE_ZIPF
            and not reading.known(word)
            and (reading.in_coverage is None or not reading.in_coverage(word))
            and not self._one_slip(word, _nowhere)  # "actualy" is a slip
        )

    def _next_in_name(self, word: str, previous: str) -> str | None:
        """The word of a name that follows ``previous`` in some name of the coverage and is
        spelled like ``word`` (the same first letter, at least NAME_CONTEXT_CUTOFF similar):
        "von der layn" is von der Leyen, though "layn" alone is nearer "lay"."""
        scored = [
            (OSA.normalized_similarity(word, choice), choice)
            for choice in self._next.get(previous, ())
            if choice[0] == word[0]
        ]
        best = max(scored, default=None)
        return best[1] if best is not None and best[0] >= NAME_CONTEXT_CUTOFF else None

    def _name_after_particle(self, word: str, previous: str) -> str | None:
        """The name's next word after a particle (``previous``: "von der layen" is Leyen), or
        a name's words typed on to each other or to the word after them: the name's next two
        words typed as one ("von derleyen": der Leyen) and the name's word with the word after
        it run on ("van halendie", "von der leynthere": Halen die, Leyen there). The name's
        word alone dropped the word asked with ("what did eddie van halen from"), and the two
        words typed as one were read as neither. Typo bench (seed 31, two variants): seven of
        the 233 answers lost had a particle run on so."""
        return (
            self._name_words_run_together(word)
            or _name_run_on(word, self._next_in_name(word, previous), self._names)
            or self._name_word_run_on(word, previous)
        )

    def _name_words_run_together(self, word: str) -> str | None:
        """A particle typed right after another ("von der"), with the name's word after it run
        on, as :meth:`_next_in_name` reads it: "von derleyn" is von der Leyen."""
        for head in sorted(NAME_PARTICLES & self._next.keys(), key=len, reverse=True):
            rest = word[len(head) :]
            if word.startswith(head) and rest and (second := self._next_in_name(rest, head)):
                return f"{head} {second}"
        return None

    def _name_word_run_on(self, word: str, previous: str) -> str | None:
        """A name's next word after ``previous``, misspelt (:meth:`_next_in_name`), with a word
        of its own typed on to it (:func:`_part_score`): "von der leynthere" is Leyen there. Of
        several cuts, the one whose name's word is spelled nearest ("leyn there", not "leynt
        here"), then the longer name's word."""
        best: tuple[float, int, str] | None = None
        for cut in range(SHORT_LENGTH, len(word) - 1):
            head, rest = word[:cut], word[cut:]
            name = self._next_in_name(head, previous)
            if name is None or _part_score(rest, self._names) is None:
                continue
            found = (OSA.normalized_similarity(head, name), cut, f"{name} {rest}")
            best = found if best is None or found[:2] > best[:2] else best
        return best[2] if best is not None else None

    def _before_in_name(self, word: str, following: Sequence[str]) -> str | None:
        """The one word that comes before the ``following`` word in some name of the coverage
        and is a slip from ``word`` (one edit, the same first letter): "bil weld" is Bill Weld.
        Three letters alone fit too many words to correct (SHORT_LENGTH); the surname after
        them, typed right, says which name is meant."""
        if not following:
            return None
        found = [
            choice
            for choice in self._before.get(following[0], ())
            if choice[0] == word[0] and choice != word and OSA.distance(word, choice) == 1
        ]
        return found[0] if len(found) == 1 else None

    def _name_typed_as_one(self, word: str) -> str | None:
        """The two words of a name of the coverage that ``word``, which the coverage never
        writes, is typed without the space between: "whitehouse" is the White House. English
        knows "whitehouse" (a surname) well enough that the cuts of words run together
        (:func:`_run_together`, for words English barely knows: "newyork") leave it; a name's
        two words, one after the other, are what the member meant."""
        cuts = [
            f"{word[:cut]} {word[cut:]}"
            for cut in range(2, len(word) - 1)
            if word[cut:] in self._next.get(word[:cut], ())
        ]
        return cuts[0] if len(cuts) == 1 else None

    def _one_slip(self, word: str, in_coverage: Callable[[str], bool] | None) -> str | None:
        """The word of the coverage (or the far commoner word) a word English knows only barely
        stands for, if it is one slip away (a letter dropped, added, changed, or two swapped):
        "meting" is meeting, "wiling" willing. Further away the member more likely meant the
        word typed: "offloading" (three letters from "offending") is a word, and correcting it
        takes away the word they asked with."""
        fixed = self.correct(word, in_coverage, coverage_only=True)
        return fixed if fixed is not None and OSA.distance(word, fixed) <= 1 else None

    def _rejoin(self, text: str, in_coverage: Callable[[str], bool]) -> str:
        """``text`` with a word typed in two pieces written whole: "zelen sky" is Zelensky,
        "airl ine" is airline (:meth:`_joinable`). Correcting the fragment alone finds the
        wrong word ("witk": "with", of "witk off") or none. A piece joined to the word before
        it is not joined to the next one too."""
        out: list[str] = []
        position = 0  # where the text not yet copied to ``out`` starts
        words = list(re.finditer(r"[A-Za-z]+", text))
        for left, right in zip(words, words[1:], strict=False):
            if left.start() < position:  # the second piece of the word joined just before
                continue
            if self._joinable(text, left, right, in_coverage):
                out.append(text[position : left.end()])
                out.append(right.group().lower())
                position = right.end()
        out.append(text[position:])
        return "".join(out)

    def _joinable(
        self,
        text: str,
        left: re.Match[str],
        right: re.Match[str],
        in_coverage: Callable[[str], bool],
    ) -> bool:
        """Are two neighbours, one space apart, one word typed in two pieces: both of two
        letters or more, together a word (:meth:`_whole_word`), and one of them a fragment of
        it (:meth:`_fragment`)."""
        if text[left.end() : right.start()] != " ":
            return False
        first, second = left.group().lower(), right.group().lower()
        if min(len(first), len(second)) < 2 or _name_after_word(left.group(), right.group()):
            return False
        if first in STOPWORDS and second in STOPWORDS and second not in WORD_ENDINGS:
            # no stop word is a fragment (_fragment): "did the", "of the" join into no word,
            # told before the whole word's frequency is looked up in wordfreq, which is slow
            return False
        whole = self._whole_word(first + second, first, second, in_coverage)
        return whole is not None and (
            self._fragment(first, whole, in_coverage)
            or self._fragment(second, whole, in_coverage)
            or second in WORD_ENDINGS
        )

    def _whole_word(
        self, whole: str, first: str, second: str, in_coverage: Callable[[str], bool]
    ) -> str | None:
        """The word two pieces make together: ``whole`` if the coverage writes it or it is a
        common English word ("airl ine"); a name's word if neither piece is a word
        ("zele nskyy"); else, where a piece is no word at all, the word of the coverage or of
        English ``whole`` is a slip of ("zelen ksy" is Zelensky, "meet igns" meetings: a word
        typed in two pieces with a slip in it) unless it is two words cut where the space was
        typed (:meth:`_two_words`), or None. A stop word is typed as meant: "trum
        and" is Trump and, not Truman."""
        if in_coverage(whole) or _zipf(whole) >= JOINED_ZIPF:
            return whole
        if first in STOPWORDS or second in STOPWORDS or _common_english(whole):
            return None
        pieces = [self._no_word(first, in_coverage), self._no_word(second, in_coverage)]
        if all(pieces) and whole in self._names:
            return whole
        if not any(pieces):
            return None
        fixed = self.correct(whole, in_coverage)
        if (
            fixed is None
            or fixed[0] != whole[0]  # "ddi ted" is did Ted, not "edited" with its first key
            or OSA.distance(whole, fixed) > 1
            or self._two_words(fixed, len(first))
        ):
            return None
        return fixed if in_coverage(fixed) or _zipf(fixed) >= JOINED_ZIPF else None

    def _two_words(self, word: str, cut: int) -> bool:
        """Is ``word``, cut where the member typed the space (a letter either side: the slip
        may be in the first piece), two words of their own: "white housee", "whiite house" are
        the white house with a slip, not "whitehouse" (white + house)."""
        return any(
            _part_score(word[:at], self._names) is not None
            and _part_score(word[at:], self._names) is not None
            for at in (cut - 1, cut, cut + 1)
        )

    def _no_word(self, part: str, in_coverage: Callable[[str], bool]) -> bool:
        """A piece that is no word at all: no stop word, no word of a name, rare in English and
        not written by the coverage ("superbug" of "superbug e coli" is a word)."""
        return (
            part not in STOPWORDS
            and part not in self._names
            and _zipf(part) < FRAGMENT_ZIPF
            and not in_coverage(part)
        )

    def _fragment(self, part: str, whole: str, in_coverage: Callable[[str], bool]) -> bool:
        """A piece of ``whole`` rather than a word of its own: no word at all
        (:meth:`_no_word`), or no stop word or name's word and far rarer than the whole word
        (PIECE_MARGIN): "meet ing", "lead ers", "ukrain ian", "bac king" are pieces of words
        English writes ten times as often, where "cease fire", "sub marine" are two words."""
        if self._no_word(part, in_coverage):
            return True
        return (
            part not in STOPWORDS
            and part not in self._names
            and _zipf(part) + PIECE_MARGIN <= _zipf(whole)
        )

    def _stem_only(self, word: str, in_coverage: Callable[[str], bool] | None) -> str | None:
        """The word a slip typed as another form of it that the index stores under the same
        stem ("mondai" is Monday, "securiti" security, "kille" killed): English does not know
        the typed form, the index knows it only through its stem, and the word one slip away
        has that stem, so the correction finds the same sentences, and what reads the words
        themselves (a weekday, a verb of killing) sees the word meant. Where the nearest word
        is one of another stem spelled by ear (:func:`_spelled_by_ear`: "forc", "peac" are
        nearest "fork", "peak", a "c" said "k"), the word of the typed stem one slip away is
        sought among the near words: "forc", "peac" are force and peace with the "e" left out,
        which the index keeps as the typed word, and a sound alike is no likelier a slip."""
        if _common_english(word):
            return None
        fixed = self.correct(word, in_coverage)
        if fixed is not None and fts_term(fixed) != fts_term(word) and _spelled_by_ear(word, fixed):
            fixed = self._near_of_stem(word, in_coverage)
        if fixed is None or OSA.distance(word, fixed) > 1 or fts_term(fixed) != fts_term(word):
            return None
        return fixed

    def _near_of_stem(self, word: str, in_coverage: Callable[[str], bool] | None) -> str | None:
        """The near word (:meth:`_near`) one slip from ``word`` that the index stores under
        ``word``'s stem, the likeliest by :meth:`_preference`; None if there is none."""
        stem = fts_term(word)
        same_stem = [
            (choice, score)
            for choice, score in self._near(word)
            if choice != word and fts_term(choice) == stem and OSA.distance(word, choice) == 1
        ]
        if not same_stem:
            return None
        covered = _covered(word, same_stem, in_coverage)
        return max(same_stem, key=lambda hit: self._preference(word, *hit, covered))[0]

    def _correct_or_split(self, word: str, in_coverage: Callable[[str], bool] | None) -> str | None:
        """The nearest word if it is one slip away ("dorain": Dorian, not "do rain"), else two
        words typed without a space ("whoheads": "who heads", not "warheads" two letters away;
        "pressureon": "pressure on", not "pressure" with two letters dropped),
        else the nearest word if the coverage writes or names it, else two words typed together
        with a slip in one (:meth:`_run_together_with_slip`: "iszelenksy"), else three words
        typed together (:func:`_three_run_together`: "goingtothe"), else the nearest word. A
        stop word run on to a word beats a slip to a word the coverage does not write
        (:meth:`_space_dropped`: "theus" is "the us", not "thus")."""
        fixed = self.correct(word, in_coverage)
        split = _run_together(word, self._names)
        if fixed is not None and OSA.distance(word, fixed) <= 1:
            return split if self._space_dropped(word, fixed, split, in_coverage) else fixed
        # a split that leaves a two-letter word at the end ("cancel or", "formal is") is
        # likelier an ending mistyped: the nearest word, if any, is read instead; unless that
        # word is the split's first word, the typed letters after it simply dropped
        # ("pressureon", "harderto": pressure on, harder to, not "pressure", "harder"); or
        # where no two slips a finger makes give the nearest word ("diedin": died in, not
        # "dieting", a far key typed for its "t")
        if split is not None and (
            fixed is None
            or len(split.rsplit(" ", 1)[1]) > 2
            or split.split(" ")[0] == fixed
            or _unlikely_slips(word, fixed)
        ):
            return split
        if fixed is not None and (fixed in self._names or (in_coverage and in_coverage(fixed))):
            return fixed
        return (
            self._run_together_with_slip(word, in_coverage)
            or _three_run_together(word, self._names)
            or _function_word_run_on(word, self._names)
            or self._run_together_written(word, in_coverage)
            or self._by_sound(word)
            or self._run_together_with_slip(word, in_coverage, everyday=True)
            or fixed
        )

    def _by_sound(self, word: str) -> str | None:
        """The one word of the coverage's names that sounds like ``word`` (:func:`sound_key`):
        a name typed by ear or with its vowels left out ("zelanskee", "weetkov", "troamp",
        "mscw": Zelensky, Witkoff, Trump, Moscow), two or more letters from the name, which
        letters alone take for another word ("tramp", "mascot") or none. Only a key of three
        consonants or more, matched by no other name word: a shorter key fits too many. A word
        that opens with a vowel keeps it: the key writes every opening vowel as "a", and a
        member who spells a name by ear hears its first sound ("aleske" is Alaska), so
        "aurigea" is not Uruguay (the star AB Aurigae, which the term matching then finds by
        its spelling)."""
        key = sound_key(word)
        if len(key) < SOUND_KEY_MIN:
            return None
        with self._lock:
            if self._sounds is None:
                self._sounds = _sounds(self._names)
        found = self._sounds.get(key, ())
        if len(found) != 1 or (key[0] == "a" and found[0][0] != word[0]):
            return None
        return found[0]

    def _run_together_with_slip(
        self, word: str, in_coverage: Callable[[str], bool] | None, everyday: bool = False
    ) -> str | None:
        """Two words typed without the space between them, one of them with a slip of its own
        ("iszelenksy", "stevewitkof", "thegermna": is Zelensky, Steve Witkoff, the German): a
        word on its own (:func:`_part_score`) and a piece of five letters or more a slip away
        from a word the coverage writes or names. Each slip alone is undone elsewhere; together
        neither the nearest word nor a clean cut finds them. Of several cuts, the one whose
        word is commoner. Only where no word of the coverage is near the whole: "britians" is
        Britain, two slips away, not "brit" and "ians" read as "ins". Failing a cut, a key
        above the space bar typed for the space (:func:`_space_key_cuts`: "thevbritsh" is the
        British), as for two words typed right. With ``everyday``, the last reading tried:
        the slip may be of an everyday word the coverage does not write (:meth:`_cut_with_slip`)."""
        if in_coverage is None or len(word) < RUN_TOGETHER_MIN + 2:
            return None
        cuts = [(word[:cut], word[cut:]) for cut in range(2, len(word) - 1)]
        return self._cut_with_slip(cuts, in_coverage, everyday) or self._cut_with_slip(
            _space_key_cuts(word), in_coverage, everyday
        )

    def _cut_with_slip(
        self,
        cuts: Iterable[tuple[str, ...]],
        in_coverage: Callable[[str], bool],
        everyday: bool = False,
    ) -> str | None:
        """Of ways to cut a word in two, the one (:meth:`_run_together_with_slip`) whose
        one piece is a word on its own, as common as can be, and whose other is a slip of a
        word the coverage writes or names, written as the two words meant. With ``everyday``,
        also a slip of an everyday word (ORDINARY_ZIPF) in a piece of SLIPPED_PIECE_MIN
        letters or more: the seed article never writes "actually", "official", "purpose", so
        "actualyagree", "guaranteesoficial", "purpouseof" were left whole, a word no
        sentence holds, and the answer withheld."""
        best: tuple[float, str] | None = None
        for left, right in cuts:
            for good, slipped, left_good in ((left, right, True), (right, left, False)):
                score = _part_score(good, self._names)
                if (
                    score is None
                    or len(slipped) <= MIN_LENGTH
                    or slipped in WORD_ENDINGS  # "garnish ments" is one word, no slip
                    or (best and score <= best[0])
                ):
                    continue
                meant = self.correct(slipped, in_coverage)
                if (
                    meant is None
                    or OSA.distance(slipped, meant) > 1
                    or not (
                        meant in self._names
                        or in_coverage(meant)
                        or (
                            everyday
                            and len(slipped) >= SLIPPED_PIECE_MIN
                            and _zipf(meant) >= ORDINARY_ZIPF
                        )
                    )
                ):
                    continue
                best = (score, f"{good} {meant}" if left_good else f"{meant} {good}")
        return best[1] if best is not None else None

    def _run_together_written(
        self, word: str, in_coverage: Callable[[str], bool] | None
    ) -> str | None:
        """Two words typed together, one of them a word the coverage writes that English knows
        too little to be a part on its own (:func:`_part_score`): "saidkyiv", "bigwigsis",
        "formalisingthe" are said Kyiv, bigwigs is, formalising the. The other part must be a
        word on its own, and the coverage's word one English knows at all (WRITTEN_PART_ZIPF),
        not a stem of the index ("presid" of "presidnet"). Every letter typed is kept, so this
        comes before a name found by its consonants. Of several cuts, the one whose rarer part
        is commoner."""
        if in_coverage is None or len(word) < RUN_TOGETHER_MIN:
            return None
        best: tuple[float, str] | None = None
        for cut in range(2, len(word) - 1):
            parts = (word[:cut], word[cut:])
            scores = [_part_score(part, self._names) for part in parts]
            if all(score is None for score in scores):
                continue
            beside_stop_word = any(part in STOPWORDS for part in parts)
            scores = [
                _written_part_score(part, in_coverage, beside_stop_word) if score is None else score
                for part, score in zip(parts, scores, strict=True)
            ]
            if any(score is None for score in scores):
                continue
            score = min(score for score in scores if score is not None)
            if best is None or score > best[0]:
                best = (score, " ".join(parts))
        return best[1] if best is not None else None

    def _space_dropped(
        self,
        typed: str,
        fixed: str,
        split: str | None,
        in_coverage: Callable[[str], bool] | None,
    ) -> bool:
        """Is ``split`` (a stop word and a word, "the us", "so hard", "to talk", "part of")
        the likelier reading of ``typed`` than ``fixed``, a word one slip away ("thus",
        "shard", "total", "parton")? A space dropped after or before a short function word is
        one of the commonest slips, and the split keeps every letter typed; so it wins where
        its word is at least as common in English as ``fixed``, unless ``fixed`` is a word the
        coverage writes or a name of it (members ask about the coverage: "dorain" is Dorian,
        "formalis" formalise) or the likelier slip of a doubled or swapped letter ("atend" is
        attend, not "at end"). Where ``fixed`` only puts back a letter left out, the commonest
        slip of all, the split's word must be far commoner (LEFT_OUT_MARGIN): "anone" is
        anyone, not "an one"."""
        if split is None or fixed in self._names:
            return False
        parts = split.split(" ")
        if _function_words_apart(typed, parts, fixed):
            return True
        if _likely_slip(typed, fixed):
            return False
        if in_coverage is not None and in_coverage(fixed):
            return False
        words = [p for p in parts if p not in STOPWORDS]
        margin = LEFT_OUT_MARGIN if _letter_left_out(typed, fixed) else 0.0
        return len(words) == 1 and _zipf(words[0]) >= _zipf(fixed) + margin


def _function_words_apart(typed: str, parts: Sequence[str], fixed: str) -> bool:
    """Is ``typed`` function words typed without the space between them ("theretoo",
    "theseso", "whenhe": there too, these so, when he), each far commoner in English than the
    word one slip away (LEFT_OUT_MARGIN: "thereto", "theses", "whence")? Every letter typed is
    kept, in words of two letters or more ("ownns" is owns, not "own s" with an "n" typed for
    the space); the likelier slip even where the word one slip away is a doubled letter or a
    swap, which _space_dropped otherwise prefers."""
    return (
        "".join(parts) == typed
        and all(len(part) >= 2 and part in STOPWORDS for part in parts)
        and all(_zipf(part) >= _zipf(fixed) + LEFT_OUT_MARGIN for part in parts)
    )


def _name_words(names: Iterable[str]) -> tuple[set[str], dict[str, set[str]]]:
    """The words of the coverage's names (of three letters or more), and for each word of a
    name the words that follow it in a name ("der" -> "leyen"): after the first words of a name
    typed right, its next word may be further from the typed one (:meth:`Speller._next_in_name`).
    Only a name's own words give that context, no stop word: "the" comes before half the names."""
    words_of_names: set[str] = set()
    following: dict[str, set[str]] = {}
    for name in names:
        words = _WORD.findall(name.lower())
        words_of_names.update(w for w in words if len(w) >= 3)
        for first, second in zip(words, words[1:], strict=False):
            if len(second) >= MIN_LENGTH and first not in STOPWORDS:
                following.setdefault(first, set()).add(second)
    return words_of_names, following


def _preceding(following: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """For each word of a name, the words that come before it in a name (the reverse of
    :func:`_name_words`' ``following``: "weld" -> "bill"), in order."""
    before: dict[str, set[str]] = {}
    for first, seconds in following.items():
        for second in seconds:
            before.setdefault(second, set()).add(first)
    return {second: tuple(sorted(firsts)) for second, firsts in before.items()}


def _vocabulary(names: Collection[str]) -> tuple[dict[tuple[str, int], list[str]], dict[str, int]]:
    """The words a correction is chosen from, by first letter and length (:func:`_candidates`),
    and each word's place in the order ties go by: the question words (a question word decides
    what is asked), then the coverage's names, then English by frequency. Words of fewer than
    three letters are left out."""
    english = [w for w in top_english(VOCABULARY_SIZE) if w.isalpha()]
    buckets: dict[tuple[str, int], list[str]] = {}
    rank: dict[str, int] = {}
    for place, word in enumerate([*QUESTION_WORDS, *sorted(names), *english]):
        if len(word) < 3 or word in rank:
            continue
        rank[word] = place
        buckets.setdefault((word[0], len(word)), []).append(word)
    return buckets, rank


def _candidates(buckets: dict[tuple[str, int], list[str]], word: str) -> list[str]:
    """The words a slip of ``word`` may stand for: those of its first letter and of a length
    up to two letters shorter or longer, in the order of the list (question words, names,
    English by frequency). Five buckets joined by ``extend`` in C: a word's share of the list
    runs to thousands of words, which a comprehension copied one by one."""
    out: list[str] = []
    for size in range(len(word) - 2, len(word) + 3):
        out.extend(buckets.get((word[0], size), ()))
    return out


def _covered(
    typed: str, hits: list[tuple[str, float]], in_coverage: Callable[[str], bool] | None
) -> set[str]:
    """The near words other than ``typed`` itself that the coverage uses: they are accepted
    further away (COVERAGE_CUTOFF) and ranked ahead, as members ask about the coverage. Not
    stop words: every article writes "has" and "but", which says nothing of what a member asks
    about ("which hads of government" is heads, not "has"; "plan bult on" built, not "but").
    Question words keep it, as they keep ties: "waht" is what, not Walt."""
    if in_coverage is None:
        return set()
    return {
        choice
        for choice, _ in hits
        if choice != typed
        and (choice not in STOPWORDS or choice in QUESTION_WORDS)
        and in_coverage(choice)
    }


def _covered_or_commoner(
    typed: str, hits: list[tuple[str, float]], covered: Collection[str]
) -> list[tuple[str, float]]:
    """The near words a real but rare word may be corrected to: the coverage's, or one far
    commoner in English (MUCH_COMMONER): a member more likely slipped than meant a rare word,
    but not to stand for one about as rare. A question word's "'s" typed without its
    apostrophe (_UNMARKED_CONTRACTIONS) counts as the question word: "whas the agenda" is
    "whats the agenda", a letter left out, where "what the agenda" asked another question."""
    floor = _zipf(typed) + MUCH_COMMONER
    return [
        (choice, score)
        for choice, score in hits
        if choice in covered or _zipf(choice) >= floor or choice in _UNMARKED_CONTRACTIONS
    ]


FRAGMENT_ZIPF = 3.0  # a piece of a word typed in two is rarer than this in English
JOINED_ZIPF = 3.0  # and, if the coverage does not write it, the whole word this common
# or a piece that is a word is this much rarer than the whole (Zipf is log10: ten times)
PIECE_MARGIN = 1.0
# Endings English writes only after a stem: typed apart from it ("insist ing", "europe ans",
# "recess ion") they are a piece of one word, though English knows each as a name or an
# abbreviation ("ing", "ian", "ion") too often to count as no word at all
WORD_ENDINGS = frozenset(
    "ing ings ed er ers ion ions ian ians ans ment ments ness ity ly ance ence tion tions".split()
)
# A split that keeps every letter typed ("an one") against a word that only puts back a letter
# left out ("anyone"): the split's word must be this much commoner in English (Zipf, log10)
LEFT_OUT_MARGIN = 1.5
RUN_TOGETHER_MIN = 5  # shortest word read as two words typed without the space between them
# A part of a run-together word that is no name of the coverage must be this common in English,
# by its length: three letters ("say", "won"; not "res", "ins"), four or five, six or more
# ("pressuring", "complicating": long words are rarely a cut by chance)
PART_ZIPF = {3: 4.5, 4: 3.5, 5: 3.5}
# A part of two letters that is no stop word: one of the very commonest words ("us", 6.0), as
# rarer ones are abbreviations ("ed", "al", "pr") that cut the words typed without a space
# anywhere
TWO_LETTER_PART_ZIPF = 5.5
LONG_PART_ZIPF = 2.5


def _run_together(word: str, names: Collection[str], floor: float = 0.0) -> str | None:
    """Two words typed without the space between them ("ukraineneeds", "zelenskytell",
    "thepresident"): a word neither the coverage nor English knows, no slip away from a word,
    that is two words each of which is a stop word, a word of the coverage's names or a common
    English word. A dropped space is a slip of one key that letter-by-letter correction cannot
    undo (the nearest word is far away), and every letter typed is kept. Of several ways to
    cut it, the one whose rarer part is commoner. A word English knows a little ("kindof",
    "rightnow") is cut only where both parts are ``floor`` common. Failing two words, two
    with a key above the space bar typed for the space (:func:`_space_key_cuts`: "aboutvthe"):
    a letter typed as no letter meant is the less likely slip, so it comes only where a cut
    keeping every letter finds nothing ("howmany" is how many, not "how any" with "m" for the
    space)."""
    if len(word) < RUN_TOGETHER_MIN:
        return None
    cuts = [
        (word[:cut], word[cut:])
        # "apandemic", "iwonder": a pandemic, I wonder (the words of one letter)
        for cut in range(1 if word[0] in "ai" else 2, len(word) - 1)
    ]
    return _best_cut(cuts, names, floor) or _best_cut(_space_key_cuts(word), names, floor)


RUN_ON_ZIPF = 2.5  # a word typed on to a function word is a word English knows this well


def _function_word_run_on(word: str, names: Collection[str]) -> str | None:
    """A function word of three letters or more with a word typed on to it that English knows
    less than a cut in two asks for (:func:`_part_score`) or a name of the coverage ("withkyiv",
    "aboutgaza": with Kyiv, about Gaza): every letter typed is kept, where a name found by its
    consonants (:meth:`Speller._by_sound`) takes "withkyiv" for Witkoff. Tried after every
    other reading of a word neither English nor the coverage knows."""
    for cut in range(len(word) - MIN_LENGTH, 2, -1):  # the longest function word first
        head, rest = word[:cut], word[cut:]
        if head in STOPWORDS and (rest in names or _zipf(rest) >= RUN_ON_ZIPF):
            return f"{head} {rest}"
    return None


def _best_cut(cuts: Iterable[tuple[str, ...]], names: Collection[str], floor: float) -> str | None:
    """Of ways to cut a word into words, each part a word on its own (:func:`_part_score`) at
    least ``floor`` common, the likeliest: the one whose words English writes most often
    together, the sum of their Zipf frequencies (a product of probabilities, as a segmenter
    by word frequency reads it), where the rarest part alone took "keepsending",
    "pressuredover" for keeps ending, pressure dover (4.67 over 4.61, 3.57 over 3.50: the
    rarer part no surer, the commoner far surer in keep sending, pressured over); written with
    spaces. With :func:`_function_words_apart`, typo bench (two variants): seed 31 kept 3,653
    -> 3,660 of 3,914, no new wrong citation; seed 32 3,634 -> 3,636, none either."""
    best: tuple[float, str] | None = None
    for parts in cuts:
        scores = [_part_score(part, names) for part in parts]
        if any(score is None for score in scores):
            continue
        if min(score for score in scores if score is not None) < floor:
            continue
        score = sum(score for score in scores if score is not None)
        if best is None or score > best[0]:
            best = (score, " ".join(parts))
    return best[1] if best is not None else None


THREE_RUN_TOGETHER_MIN = 8  # shortest word read as three words typed without spaces
# longest: three words of up to 13 letters each (the longest word of a dev question has 17).
# Every pair of cuts is tried, so the work grows with the square of the length: a 500-letter
# paste of keyboard mash (one Discord message) was cut 123,000 ways, 2 s of one answer
THREE_RUN_TOGETHER_MAX = 40


def _three_run_together(word: str, names: Collection[str], floor: float = 0.0) -> str | None:
    """Three words typed without the two spaces between them ("whatdidwitkoff", "goingtothe",
    "stevewitkofsay"): a hurried member who drops one space drops the next as well, and no
    cut in two finds two words. Each part must be a word on its own, as for two; two slips
    are less likely than one, so this is the last reading tried (:meth:`Speller._correct_or_split`:
    "formalising" is formalizing, not "for mali sing")."""
    if not THREE_RUN_TOGETHER_MIN <= len(word) <= THREE_RUN_TOGETHER_MAX:
        return None
    cuts = [
        (word[:i], word[i:j], word[j:])
        for i in range(2, len(word) - 3)
        for j in range(i + 2, len(word) - 1)
    ]
    return _best_cut(cuts, names, floor)


def _space_moved(text: str, names: Collection[str]) -> str:
    """``text`` with a space typed a letter early or late put back: "what di dputin say",
    "thek remlin", "howl ong" are what did Putin say, the Kremlin, how long. Two neighbours
    one space apart, neither a word on its own (:func:`_part_score`: a stop word, a name's
    word or a common English word), become two such words when one letter moves across the
    space, every letter kept in order; neither piece alone is a slip of one letter the speller
    could undo ("thek" is a slip of "then" too, "howl" a word of English). Where one of the
    two is a word, the other likelier has a slip of its own: "america sill", "ar the" are
    America still, are the, not "americas ill", "art he" ("int he" is lost with them). Of the
    two ways to move it, the one whose rarer word is commoner. A name's final "s" stays before
    a word ("starmers take" is Starmer's take, :meth:`Speller._possessive_unmarked`). Words
    typed in two pieces are joined before (:meth:`Speller._rejoin`: "airl ine" is airline, not
    "air line"). Left to right, a word moved once stays."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    out: list[str] = []
    position = 0
    for left, right in zip(words, words[1:], strict=False):
        if left.start() < position or text[left.end() : right.start()] != " ":
            continue
        if left.start() > 0 and text[left.start() - 1] in "'\u2019":
            continue  # "doesn't work": the "t" is part of a contraction
        a, b = left.group(), right.group()
        if any(_part_score(w.lower(), names) is not None for w in (a, b)):
            continue  # "america sill", "ar the": a slip in one word, not a space moved
        best: tuple[float, str] | None = None
        for first, second in ((a[:-1], a[-1] + b), (a + b[0], b[1:])):
            if not first or not second or _possessive_before_word(a, b, second, names):
                continue
            scores = [_part_score(first.lower(), names), _part_score(second.lower(), names)]
            if any(score is None for score in scores):
                continue
            score = min(score for score in scores if score is not None)
            if best is None or score > best[0]:
                best = (score, f"{first} {second}")
        if best is not None:
            out += [text[position : left.start()], best[1]]
            position = right.end()
    out.append(text[position:])
    return "".join(out)


def _possessive_before_word(left: str, right: str, moved: str, names: Collection[str]) -> bool:
    """Is ``moved`` the final "s" of ``left``, a name's possessive typed without its
    apostrophe, put on to ``right``, a word of its own: "starmers take" is Starmer's take, not
    "starmer stake"; "alaskas ummit" is Alaska summit ("ummit" is no word)."""
    return (
        moved[0] in "sS"
        and moved[1:] == right
        and left[:-1].lower() in names
        and _part_score(right.lower(), names) is not None
    )


# The keys above the space bar: a thumb or finger that falls short of it types one of these
SPACE_BAR_KEYS = "cvbnm"


def _space_key_cuts(word: str) -> list[tuple[str, ...]]:
    """The two words a word may be with a key above the space bar typed for the space
    between them ("aboutvthe", "hascmet", "whobis": about the, has met, who is): on a phone
    or a keyboard the thumb often lands a row short. The key is no letter of either word, so
    no cut of the letters typed finds them, and the nearest word is far away. Not a word of
    two letters that is no stop word ("us" of "usmman"): with a letter dropped as well, too
    many words have one to cut off."""
    return [
        (word[:i], word[i + 1 :])
        for i in range(1, len(word) - 1)
        if word[i] in SPACE_BAR_KEYS
        and not any(len(part) == 2 and part not in STOPWORDS for part in (word[:i], word[i + 1 :]))
    ]


# Words that open a noun phrase; English makes no word of a function word and one of these
DETERMINERS = frozenset("the this that these those their his its my your".split())


def _before_determiner(word: str) -> str | None:
    """A function word and a determiner typed without the space between them ("ofthe",
    "inthe", "forthe", "ofthis": of the, in the), which English writes so often on the web
    that wordfreq knows them (Zipf 2 to 3.3: "ofthe" passes as a familiar word and is read
    as typed, a word no sentence has). No English word is a function word followed by one
    of these determiners: not "an", "a", "her" or "our" ("bean", "usher", "amour" are). Chat's
    "r" for "are" run on to one ("rthe", "rtheir") is "are" and it: no cut finds a one-letter
    word, and letters alone read "rthe" as "rte"."""
    if word in STOPWORDS:
        return None
    for determiner in DETERMINERS:
        head = word[: -len(determiner)]
        if word.endswith(determiner) and len(head) >= 2 and head in STOPWORDS:
            return f"{head} {determiner}"
        if word.endswith(determiner) and head == "r":  # "rthe": chat's "r" for are, run on
            return f"are {determiner}"
    return None


# A small letter then a capital ("theUK"), or two capitals or more then small letters
# ("USpresident": US president)
_CASE_CHANGE = re.compile(r"\b[A-Za-z]*(?:[a-z][A-Z]|[A-Z]{2}[a-z])[A-Za-z]*\b")


def _apart_at_capitals(text: str, known: Callable[[str], bool], names: Collection[str]) -> str:
    """``text`` with the space put back where two words were typed together and the case
    changes between them: "theUK", "USpresident", "PMgoing" (the UK, US president, PM going).
    An abbreviation typed in capitals beside a word in small letters shows where one ends,
    where letters alone find nothing (no cut of "theuk" makes two words). Only a word neither
    the coverage nor English knows ("YouTube", "iPhone", "McDonald" are kept), cut where each
    side is a word on its own (:func:`_part_score`) or an abbreviation of two capitals or more."""

    def apart(match: re.Match[str]) -> str:
        typed = match[0]
        if known(typed.lower()) or _common_english(typed.lower()):
            return typed
        for at in range(1, len(typed)):
            left, right = typed[:at], typed[at:]
            lower_then_capital = left[-1].islower() and right[0].isupper()
            capitals_then_lower = left.isupper() and len(left) >= 2 and right.islower()
            if (lower_then_capital or capitals_then_lower) and all(
                _side_of_case_change(side, names) for side in (left, right)
            ):
                return f"{left} {right}"
        return typed

    return _CASE_CHANGE.sub(apart, text)


def _side_of_case_change(side: str, names: Collection[str]) -> bool:
    """Is ``side`` of a word cut where its case changes a word of its own: an abbreviation
    in capitals ("UK", "PM") or a word (:func:`_part_score`) in small letters, or capitalised."""
    if len(side) >= 2 and side.isupper():
        return True
    return (side.islower() or side[1:].islower()) and _part_score(side.lower(), names) is not None


_TYPED_TWICE = re.compile(r"\b([A-Za-z]+)([ \t]+)\1\b", re.I)
# Words English writes twice on purpose: "what he had had", "that that was"
MEANT_TWICE = frozenset({"had", "that"})


def _once(text: str, following: dict[str, set[str]]) -> str:
    """``text`` with a word typed twice in a row written once ("which which heads", "the the
    gulf", "Mark Mark Rutte"): a key held or a word retyped after a pause, which a phone's
    word suggestions make easy. Left twice, the second copy is read as a word asked with
    ("what what" is no longer a question of what; "the talks talks" counts "talks" twice and
    ranks a sentence that writes it first). Not "had had", "that that", which English writes,
    nor a name of the coverage that repeats a word ("Duran Duran": ``following``), nor "were
    were", where were with "where" typed as said."""

    def once(match: re.Match[str]) -> str:
        word = match[1].lower()
        if word in MEANT_TWICE or word in following.get(word, ()):
            return match[0]
        if word in WHERE_SOUNDALIKES:
            # "were were the talks held": where were, its "where" typed as said
            # (:func:`_where_before_auxiliary`), not "were" typed twice
            return match[0]
        return match[1]

    return _TYPED_TWICE.sub(once, text)


_RUN_ON_ENDING = re.compile(r"\b([A-Za-z]+['\u2019](?:s|m|re|ve|ll|d|t))([A-Za-z]{3,})\b", re.I)


def _apart_after_ending(text: str, names: Collection[str]) -> str:
    """``text`` with the space put back after a possessive or a contraction run on to the next
    word ("Russia'sdemands", "what'sactually", "i'mguessing": Russia's demands), where what
    follows is a word on its own (:func:`_part_score`). The apostrophe keeps the two as one
    word to everything that reads words, so neither is found. Not a capital after the
    apostrophe before small letters ("O'Malley", "O'Dell"): a name's, not a contraction's,
    which is typed in small letters, or all in capitals ("WHAT'SACTUALLY")."""

    def apart(match: re.Match[str]) -> str:
        head, rest = match.groups()
        ending = re.split("['\u2019]", head)[-1]
        if ending[0].isupper() and not rest.isupper():
            return match[0]  # O'Malley
        return f"{head} {rest}" if _part_score(rest.lower(), names) is not None else match[0]

    return _RUN_ON_ENDING.sub(apart, text)


_CONTRACTION = re.compile(r"([A-Za-z]+)(n?['\u2019](?:d|ll|re|ve|m|t))", re.I)


def _contraction_run_on(typed: str, names: Collection[str]) -> str | None:
    """A word run on to a contraction ("saythere'd", "stillwon't", "thinkthey're": say
    there'd, still won't, think they're) written as the two words, where the letters before
    the apostrophe are no word (neither English nor the coverage's names know them) and cut
    into two words on their own (:func:`_run_together`). Every word with an apostrophe is read
    as typed otherwise, so the two words were one no sentence holds."""
    match = _CONTRACTION.fullmatch(typed)
    if match is None:
        return None
    head, ending = match.groups()
    if _part_score(head.lower(), names) is not None or _common_english(typed.lower()):
        return None
    split = _run_together(head.lower(), names)
    if split is None:
        return None
    first, last = split.rsplit(" ", 1)
    return f"{first} {last}{ending}" if _common_english(f"{last}{ending}".lower()) else None


def _name_run_on(word: str, name: str | None, names: Collection[str]) -> str | None:
    """``name``, a name's word ``word`` was read as, with the word typed on to it without a
    space kept ("Robert Mugabedie" is Mugabe die, not Mugabe: the verb asked with is no slip)."""
    if name is None or not word.startswith(name) or len(word) == len(name):
        return name
    rest = word[len(name) :]
    if _part_score(rest, names) is not None:
        return f"{name} {rest}"
    # "lithuanian presidentsname" is presidents name: the name's word alone dropped "name";
    # but "ukrainian headd" is head, not "he add", a cut that loses the name's word
    split = _run_together(word, names)
    return split if split is not None and split.startswith(name) else name


def _part_score(part: str, names: Collection[str]) -> float | None:
    """How surely ``part`` is a word on its own, or None if it is not: a stop word, a word of
    the coverage's names, chat shorthand (:func:`_shorthand`) or a common English word. Not
    any word the index has: its stems ("deleg", "presid") would cut "delegats" and "presidnet"
    into nonsense."""
    zipf = _zipf(part)
    if part in STOPWORDS:
        return zipf
    if _shorthand(part):  # "manyppl", "pmname": many ppl, pm name
        return max(zipf, PART_ZIPF[4])
    if len(part) == 2:  # "usstill", "usweapons": us still, us weapons
        return zipf if zipf >= TWO_LETTER_PART_ZIPF else None
    if len(part) < 3:
        return None
    if part in names or part in _UNMARKED_CONTRACTIONS:
        return max(zipf, PART_ZIPF[4])
    return zipf if zipf >= PART_ZIPF.get(len(part), LONG_PART_ZIPF) else None


def _shorthand(part: str) -> bool:
    """Is ``part`` chat shorthand of two letters or more that the question's reading spells out
    (question.SHORTHAND: "ppl", "pm", "wats", "gonna")? Typed on to another word ("manyppl",
    "pmname", "watsthe") it is a word of its own, which English writes too seldom for a part
    (PART_ZIPF: "ppl" 3.7, "pm" 4.7 of two letters): left whole, the question kept a word no
    sentence holds. A single letter ("r", "u") is no part: too many words open with one; nor
    two letters with a vowel ("ur"): "urkane" is Ukraine mistyped, not "your kane"; two
    consonants ("pm", "rn", "hq") are no piece of an English word's spelling. Nor shorthand
    that is its word with a letter left out ("wil", "kno"): a slip like any other, read as one,
    and a piece of too many words ("willingto" is willing to, not "wil ling to")."""
    if len(part) < 2 or part not in SHORTHAND:
        return False
    if len(part) == 2 and any(letter in _VOWELS for letter in part):
        return False
    return not _letter_left_out(part, SHORTHAND[part])


# A question word's "'s" typed without its apostrophe ("whos the", "hows the"): a word of its own
# in a word typed without a space, though English writes "whos" (3.1) and "hows" (2.8) too
# seldom for a part (PART_ZIPF): "whosthe eu boss" was read as "whose eu boss"
_UNMARKED_CONTRACTIONS = frozenset(f"{word}s" for word in ("who", "what", "where", "how", "when"))


# A part of a run-together word that is only a word the coverage writes (no name, too rare for
# _part_score) must be one English knows at least this well: the index's stems ("presid",
# "deleg") are no English words (Zipf 0), where "kyiv" (3.1), "bigwigs" (2.3) are
WRITTEN_PART_ZIPF = 1.0


def _written_part_score(
    part: str, in_coverage: Callable[[str], bool], beside_stop_word: bool = False
) -> float | None:
    """How surely ``part`` is a word the coverage writes, for a cut of a run-together word
    (:meth:`Speller._run_together_written`), or None: of four letters or more and written in
    the coverage; or, in a cut whose other part is a stop word ("bigwigsis", "formalisingthe":
    a member's own word the articles need not write), of five letters or more, written there
    or not (a word of four beside a stop word is too often a piece: "we lons"); and known to
    English."""
    if len(part) < (RUN_TOGETHER_MIN if beside_stop_word else MIN_LENGTH):  # not "we lons"
        return None
    if not (beside_stop_word or in_coverage(part)):
        return None
    zipf = _zipf(part)
    return zipf if zipf >= WRITTEN_PART_ZIPF else None


def _name_after_word(left: str, right: str) -> bool:
    """Is ``right`` written with a capital after a word in lower case ("his Tory"): a name of
    its own, not the second piece of a word."""
    return right[0].isupper() and left[0].islower()


def _swap_evened(typed: str, choice: str) -> float:
    """What a word ``typed`` with two neighbouring letters swapped ("sedn", "thees", "maed")
    loses, in similarity, to a word one letter longer at the same one edit ("sedan",
    "theses", "mated"): similarity counts edits over the longer word's length, so a letter
    put back scores 1 - 1/(n + 1) and a swap undone 1 - 1/n, and "sedn" was read as sedan,
    "maed" as mated, "paln" as Palin. A swap that makes a word exactly is as likely a slip as a
    letter left out, and a longer word no likelier meant for its length: given back, the two
    tie, and the coverage and frequency decide (Speller._preference). Typo harness
    (bench/typos.py, seed 21, four variants): right answers kept 5,513 -> 5,528 of 6,180; one
    typo-made wrong citation more, where "seecretary" is now read as the article's own
    misspelling "secretery" and an unanswerable question is answered; dev sets unchanged."""
    if len(typed) != len(choice) or not _letter_swap(typed, choice):
        return 0.0
    return 1 / len(typed) - 1 / (len(typed) + 1)


# A word with a key beside one of its letters typed ("awah", "alpne", "therw") is read as that
# word over one a letter put back or two letters swapped make ("awash", "alpine", "threw"),
# which scores nearer by letters, where English has it this much more often (Zipf, log10: ten
# times). A key has about six neighbours, so a given neighbour is typed several times less
# often than a given letter is left out or two are swapped: only a word far commoner makes up
# for it ("sedn" is send, not "seen", a little commoner). Typo bench (two variants, of 3,914
# clean right answers, after SLIP_BONUS's change): seed 31 kept 3,653 -> 3,658, seed 32
# 3,623 -> 3,634; one new wrong citation more on each ("geta" read as gets, not Greta; "maim"
# now main, where "plais" still misleads); dev groups unchanged.
KEY_BESIDE_MARGIN = 1.0


def _key_beside_commoner(
    typed: str, best: str, hits: Sequence[tuple[str, float]], covered: Collection[str]
) -> str:
    """``best``, or the word (:data:`KEY_BESIDE_MARGIN`) with one letter of which ``typed``
    has a key beside it, far commoner than ``best``, a letter put back or two swapped. Not
    over a key struck twice undone (:func:`_doubling_slip`), the likeliest slip, nor over a
    word of the coverage by one it does not write. A stop word counts as written: every
    article writes "from", which _covered leaves out only to give it no head start ("fron" is
    from, not "front")."""
    if (
        OSA.distance(typed, best) != 1
        or len(best) < len(typed)
        or _doubling_slip(typed, best)
        or (len(best) == len(typed) and not _letter_swap(typed, best))
    ):
        return best
    floor = _zipf(best) + KEY_BESIDE_MARGIN
    beside = [
        choice
        for choice, _ in hits
        if _key_beside(typed, choice)
        and _zipf(choice) >= floor
        and (choice in covered or choice in STOPWORDS or best not in covered)
    ]
    return max(beside, key=_zipf, default=best)


# A word two of whose letters, swapped back, make a word English has about as often as the
# best correction (at most this much rarer, Zipf) is read as that word where the best one is a
# letter changed: a swap is as likely a slip as a letter left out, while a given changed letter
# is one of about six keys beside it, so only the coverage's head start (COVERAGE_BONUS) had put
# the changed letter level or ahead: "maek" was read as "mark" (Mark Rutte), "statr" as state,
# where the member meant make and start.
SWAP_MARGIN = 0.5


def _swap_over_changed(
    typed: str, best: str, hits: Sequence[tuple[str, float]], covered: Collection[str]
) -> str:
    """``best``, or the word ``typed`` is with two letters swapped (:data:`SWAP_MARGIN`) where
    ``best`` is ``typed`` with a letter changed, no swap. A question word, or one with its
    "'s" unmarked, at any frequency: it is typed every way and decides what is asked ("wahts
    the score" is whats, not "wants"). Not over a name the coverage writes that is no everyday
    word (ORDINARY_ZIPF) by a word it does not write: "hamsa" is its Hamza, not Hamas."""
    if len(best) != len(typed) or OSA.distance(typed, best) != 1 or _letter_swap(typed, best):
        return best
    floor = _zipf(best) - SWAP_MARGIN
    swapped = [c for c, _ in hits if len(c) == len(typed) and _letter_swap(typed, c)]
    if best in covered and _zipf(best) < ORDINARY_ZIPF:
        swapped = [c for c in swapped if c in covered]
    asked = [c for c in swapped if c in QUESTION_WORDS or c in _UNMARKED_CONTRACTIONS]
    return max(asked or [c for c in swapped if _zipf(c) >= floor], key=_zipf, default=best)


# A piece of a run-together word read as a slip of an everyday word the coverage does not
# write (Speller._cut_with_slip) is longer than this: "ingto" of "willingto" is no slip of
# "into", nor "undep" of "undepin" of "under"
SLIPPED_PIECE_MIN = 6
FINGER_SLIP_MIN = 5  # shortest word read as a slip for the one word of the coverage it can be


def _finger_slip_of_written(word: str, in_coverage: Callable[[str], bool] | None) -> str | None:
    """The one word the coverage writes that ``word``, which neither it nor English knows, is
    a finger's slip from: two letters beside each other swapped, a key beside the meant one
    struck, or a letter struck twice. Names the coverage writes but does not list as names
    ("Mahan Air", "Usman Khan", "Pawel Adamowicz") are not among the speller's words, so the
    nearest of those ("usain", "patel", a letter changed for one not beside it) was read, or
    none. Two such words ("thrre": there, three) say nothing, and the nearest is read. The
    coverage is asked by index stem, so a spelling must be a word English knows
    (UNKNOWN_ZIPF) or one the index keeps whole, as names are: "kremlineant" passes as the
    stem "kremlin", "attenting" as "attent" of attention (typo bench, seed 31: two new wrong
    citations before this)."""
    if in_coverage is None or len(word) < FINGER_SLIP_MIN:
        return None
    found = {
        spelling
        for spelling in _finger_slips(word)
        if (_zipf(spelling) >= UNKNOWN_ZIPF or fts_term(spelling) == spelling)
        and in_coverage(spelling)
    }
    return found.pop() if len(found) == 1 else None


def _finger_slips(typed: str) -> set[str]:
    """The spellings ``typed`` is one finger's slip from (see :func:`_finger_slip_of_written`)."""
    out = set()
    for i, letter in enumerate(typed):
        if i + 1 < len(typed) and typed[i + 1] != letter:
            out.add(typed[:i] + typed[i + 1] + letter + typed[i + 2 :])
        if i and typed[i - 1] == letter:
            out.add(typed[:i] + typed[i + 1 :])
        for key in _NEIGHBOUR_KEYS.get(letter, ""):
            out.add(typed[:i] + key + typed[i + 1 :])
    out.discard(typed)
    return out


def _key_beside(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with one letter typed with a key beside it ("awah": away)."""
    if len(typed) != len(word):
        return False
    diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return len(diff) == 1 and typed[diff[0]] in _NEIGHBOUR_KEYS.get(word[diff[0]], "")


_VOWELS = frozenset("aeiou")


def _unlikely_edit(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with one edit that a hurried finger seldom makes: a letter changed
    to one that is no key beside it and not a vowel for a vowel (a member spelling by ear:
    "guarentee"), nor a consonant sound spelled another way (:func:`_spelled_alike`); or a
    letter typed in that doubles neither neighbour and is no key beside either ("arny" for
    "any", "rabids" for "raids"). A letter left out, two swapped and those slips are what the
    typo harness and members make; a word further away is left to the similarity alone."""
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(diff) != 1:
            return False
        a, b = typed[diff[0]], word[diff[0]]
        return not (
            a in _NEIGHBOUR_KEYS.get(b, "")
            or (a in _VOWELS and b in _VOWELS)
            or _spelled_alike(typed, word)
        )
    if len(typed) != len(word) + 1:
        return False
    typed_in = [i for i in range(len(typed)) if typed[:i] + typed[i + 1 :] == word]
    return bool(typed_in) and not any(_slipped_in(typed, i) for i in typed_in)


@lru_cache(maxsize=8192)
def _unlikely_slips(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with one edit a hurried finger seldom makes (:func:`_unlikely_edit`),
    or with two edits and no way between them through two slips it makes ("diedin" is no
    "dieting": a "d" typed for a far "t" and a "g" left out). Kept per pair: a word typed is
    weighed against each of its nearest words (Speller._preference), the two-edit case
    through every spelling one edit away, and a typo comes back with its story's questions."""
    distance = OSA.distance(typed, word)
    if distance == 1:
        return _unlikely_edit(typed, word)
    if distance != 2 or _spelled_alike(typed, word):  # "elefant": elephant spelled by ear
        return False
    if typed.startswith(word) or typed.endswith(word):  # "shareof": a word run on, no slip
        return False
    return not any(
        OSA.distance(between, word) == 1
        and not _unlikely_edit(between, word)
        and not _unlikely_edit(typed, between)
        for between in _one_edit_from(typed, set(word))
    )


def _one_edit_from(typed: str, letters: Collection[str]) -> Iterator[str]:
    """The spellings one edit from ``typed`` (a letter dropped, two swapped, or one of
    ``letters`` put in or for another)."""
    for i in range(len(typed) + 1):
        for letter in letters:
            yield typed[:i] + letter + typed[i:]
            if i < len(typed):
                yield typed[:i] + letter + typed[i + 1 :]
        if i < len(typed):
            yield typed[:i] + typed[i + 1 :]
        if i + 1 < len(typed):
            yield typed[:i] + typed[i + 1] + typed[i] + typed[i + 2 :]


def _slipped_in(typed: str, i: int) -> bool:
    """Is the letter at ``i`` of ``typed`` one a finger slips in: the letter beside it again
    or a key beside one of its neighbours ("needd", "harxd")."""
    beside = typed[i - 1 : i] + typed[i + 1 : i + 2]
    return typed[i] in beside or any(typed[i] in _NEIGHBOUR_KEYS.get(c, "") for c in beside)


def _letter_swap(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with two neighbouring letters swapped ("sedn", "send")."""
    diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == word[diff[1]]
        and typed[diff[1]] == word[diff[0]]
    )


def _letter_left_out(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with one letter left out ("fond", "found")."""
    return len(word) == len(typed) + 1 and any(
        word[:i] + word[i + 1 :] == typed for i in range(len(word))
    )


def _with_letter_put_back(
    typed: str,
    in_coverage: Callable[[str], bool],
    names: Collection[str],
    vocabulary: Collection[str],
    made: Sequence[str] | None = None,
) -> list[str]:
    """The words ``typed`` is with one letter left out after its first (a fast typist's first
    letter is right): the stop words, and the words the coverage writes that English knows
    (RARE_ZIPF) or its ``names`` hold ("deploye" is a stem of the index, "deployed", and no
    word), one for each stem of the index (the commonest in English), other than ``typed``'s
    own. ``made``: :func:`_words_put_back` of ``typed``, if already made."""
    by_stem: dict[str, str] = {}
    own = fts_term(typed)
    for word in _words_put_back(typed, names, vocabulary) if made is None else made:
        if word in STOPWORDS:
            by_stem[word] = word
            continue
        stem = fts_term(word)
        commoner = stem not in by_stem or _zipf(word) > _zipf(by_stem[stem])
        if stem != own and commoner and in_coverage(word):
            by_stem[stem] = word
    return list(by_stem.values())


def _words_put_back(
    typed: str, names: Collection[str], vocabulary: Collection[str]
) -> tuple[str, ...]:
    """The words :func:`_with_letter_put_back` weighs, in the order it weighs them: ``typed``
    with a letter put back after its first that make a stop word, or a word English knows
    (RARE_ZIPF) or ``names`` hold. ``vocabulary``, the speller's words (English down to Zipf
    2.7, and the names), is looked in first: a word typed is two hundred made, and wordfreq is
    slow to ask each."""
    made: list[str] = []
    # a word of five letters or more typed whole is seldom short of its last letter, and the
    # letter put back there makes another word of the same root: "lithuania" is no slip of
    # "lithuanian" (seed dev: four clean answers lost and two unanswerable questions answered)
    last = len(typed) + 1 if len(typed) <= LAST_LETTER_MAX else len(typed)
    for i in range(1, last):
        head, tail = typed[:i], typed[i:]  # cut once for the 26 letters put back between
        for letter in "abcdefghijklmnopqrstuvwxyz":
            word = head + letter + tail
            if word in STOPWORDS or (
                word in vocabulary and (word in names or _zipf(word) >= RARE_ZIPF)
            ):
                made.append(word)
    return tuple(made)


def _letter_changed(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with one letter changed or two neighbouring letters swapped
    ("nerds", "tramp": needs, trump)."""
    return len(typed) == len(word) and OSA.distance(typed, word) == 1


def _likely_slip(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with two letters swapped or a letter doubled or undoubled: the
    commonest slips of hurried typing ("recieve", "takking", "maried")."""
    if len(typed) == len(word):
        return sorted(typed) == sorted(word)
    return _doubling_slip(typed, word)


def _doubling_slip(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with a letter inside it doubled or undoubled ("takking",
    "maried"), or with its last letter struck twice where English never ends a word so
    (:func:`_end_struck_twice`: "boardd", "handd", "freee")."""
    # not at the end otherwise: "actuall" is actually with its "y" dropped as much as "actual"
    # doubled
    return _undoubled(typed) == _undoubled(word) and (
        _last_run(typed) == _last_run(word) or _end_struck_twice(typed, word)
    )


# The letters English doubles at the end of a word: "staff", "will", "boss", "jazz" (the
# spelling rule teachers call the floss rule), and the vowels of "free", "too"
DOUBLED_ENDINGS = frozenset("flsz" + "eo")


def _end_struck_twice(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with its last letter typed once more than it has, where no English
    word ends so: a consonant English does not double at the end ("boardd", "handd": board,
    hand; not "actuall", which may be actually) or any letter three times ("freee": free)."""
    extra = _last_run(typed) - _last_run(word)
    return extra == 1 and (_last_run(typed) >= 3 or typed[-1] not in DOUBLED_ENDINGS)


def _last_run(word: str) -> int:
    """How many times the last letter is typed at the end ("actuall": 2)."""
    return len(word) - len(word.rstrip(word[-1]))


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


# The function words of three letters that stand after a determiner ("their own", "the few"):
# after one, no other is meant ("the nto boss" is NATO's boss, not "the not boss")
_AFTER_DETERMINER = frozenset({"own", "few", "all"})


def _short_slip(word: str, opening: bool, after_determiner: bool = False) -> str | None:
    """The function word (a stop word of three letters: "the", "who", "are") a three-letter
    word stands for, if it is one keyboard slip from it (:func:`_keyboard_slip`), English
    knows the word no better than a little (below FAMILIAR_ZIPF) and the function word far
    better (MUCH_COMMONER): "thw", "tje", "wuo", "woh", "aer" are the, who, are, and so are
    abbreviations and rare words the coverage does not write ("tue", "arr", "dir", "ans": the,
    are, did, and), which as typed find nothing. Letter similarity cannot tell these
    (one edit is a third of the word), and left as typed each is a rare word the coverage
    lacks, which withholds the answer. Of several, the commonest; but a question word where
    the word opens the question (``opening``: "hiw many" is how, not "his"), and none where
    two question words fit ("hwo": who or how; "wht": why by a key beside, what by a letter
    left out, which :meth:`Speller._short_letter_left_out` then reads), as the question word
    decides what is asked. Typo bench, seed 7: "wht role does ..." was asked as "why".
    After a determiner (``after_determiner``) only a word that stands there
    (:data:`_AFTER_DETERMINER`): a noun or a name follows "the", so the word is left to the
    readings of a content word with a letter left out."""
    if _zipf(word) >= FAMILIAR_ZIPF:
        return None
    meant = _slipped_from(word, _SHORT_FUNCTION_WORDS)
    if after_determiner:
        meant = [w for w in meant if w in _AFTER_DETERMINER]
    asked = [w for w in meant if w in QUESTION_WORDS]
    left_out = [w for w in QUESTION_WORDS if _letter_left_out(word, w)]  # "wht": what
    if len(set(asked + left_out)) > 1:
        return None
    if opening and asked:
        return asked[0]
    return max(meant, key=_zipf, default=None)


def _function_word_slip(word: str) -> str | None:
    """The function word of four letters a word English barely knows is one keyboard slip
    from (:func:`_keyboard_slip`: "whar", "wity", "frok", "dows", "ovet": what, with, from,
    does, over), the commonest if several, if it is far commoner (MUCH_COMMONER). Letter
    similarity finds a rarer word a letter longer or shorter ("wharf", "witty", "frock",
    "downs", "dues"), which asks about something else, while a function word typed with its
    neighbour key is one of the commonest slips of a hurried member."""
    if not may_be_a_slip(word):
        return None
    return max(_slipped_from(word, _FUNCTION_WORDS_OF_FOUR), key=_zipf, default=None)


def _slipped_from(word: str, function_words: Iterable[str]) -> list[str]:
    """The ``function_words`` that ``word`` is one keyboard slip from (:func:`_keyboard_slip`)
    and that English writes far more often (MUCH_COMMONER), in their order."""
    floor = _zipf(word) + MUCH_COMMONER
    return [w for w in function_words if _keyboard_slip(word, w) and _zipf(w) >= floor]


# The words a question opens with: the question words and the auxiliaries of a yes/no question
_OPENING_WORDS = (
    *QUESTION_WORDS,
    *"did does do is are was were will would can could has have had".split(),
)


def _opening_letter_left_out(word: str) -> str | None:
    """The word a question opens with that a two-letter opening word is with one letter left
    out ("dd", "di", "wy", "hw", "ws", "ae": did, why, how, was, are), where only one such word
    fits ("wh" is who or why: none). Two letters are too few for any spelling by similarity,
    and English knows these as abbreviations (Zipf 3 to 4.3), so nothing else reads them;
    left as typed the question has no question word, or a word no sentence holds. Only where
    it opens the question, before a word in small letters: "Di Maio" is a name."""
    meant = [w for w in _OPENING_WORDS if len(w) == 3 and _letter_left_out(word, w)]
    return meant[0] if len(meant) == 1 else None


def _function_word_doubled(word: str) -> str | None:
    """The function word a word English barely knows is with its last key pressed twice
    ("didd", "doess", "willl": did, does, will). The nearest word by letters is a longer or
    rarer one ("diddy", "doses", "wills"), which asks something else."""
    if len(word) < 3 or word[-1] != word[-2] or not may_be_a_slip(word):
        return None
    meant = word[:-1]
    return meant if meant in STOPWORDS or meant in QUESTION_WORDS else None


# The words "how" asks a degree with: "how many", "how long"; no other word goes before them
# in a question
_DEGREE_WORDS = frozenset("many much long far often soon old".split())


def _how_before_degree(word: str, following: tuple[str, ...]) -> bool:
    """Is ``word`` a slip of "how" before a word of degree ("hwo many", "ho long", "hw much"):
    a word one slip from "how" with its first letter, which no other word of English is
    before "many" or "long" in a question, though alone it may be who, his, has or "ho"."""
    return (
        following[:1] != ()
        and following[0] in _DEGREE_WORDS
        and word[0] == "h"
        and word != "how"
        and OSA.distance(word, "how") == 1
    )


def _degree_after_how(word: str) -> str | None:
    """The word of degree a word after "how" is with one slip ("how mahy", "how mant", "how
    mich", "how lomg": many, much, long), if English barely knows the word typed and only one
    word of degree is a slip from it. After "how" a question asks a degree far more often than
    anything else, but letters alone read "mahy" as the stop word "may" and "mant" as
    "meant", and the question then asks no number."""
    if word in _DEGREE_WORDS or not may_be_a_slip(word):
        return None
    meant = [w for w in _DEGREE_WORDS if OSA.distance(word, w) == 1]
    return meant[0] if len(meant) == 1 else None


def _degree_before_auxiliary(word: str, following: Sequence[str]) -> str | None:
    """The word of degree a word between "how" and an auxiliary is with one slip, where English
    writes the word of degree far more often (MUCH_COMMONER): "how lng did the talks go on",
    "how lng was he stuck" ask how long. The coverage may write the word typed ("LNG", the
    gas, in the Wikinews stories), which :func:`_degree_after_how` leaves as meant; but "how"
    and then an auxiliary asks a degree ("how long did"), or a manner with a subject between
    ("how did"), never with a rare noun between. Typo bench (seed 31, two variants): "how lng"
    lost the answers of the Wikinews questions that asked how long."""
    if word in _DEGREE_WORDS or following[:1] == () or following[0] not in _WHERE_AUXILIARIES:
        return None
    meant = [
        w
        for w in _DEGREE_WORDS
        if OSA.distance(word, w) == 1 and _zipf(w) >= _zipf(word) + MUCH_COMMONER
    ]
    return meant[0] if len(meant) == 1 else None


# The words of quantity "how" asks with, which a noun follows ("how many people", "how much
# money"): a slip of one after "how" before a word that is no function word is read as it
_QUANTITY_WORDS = ("many", "much")


def _count_after_how(word: str, following: Sequence[str], named: bool = False) -> str | None:
    """The word of quantity a word after "how" is with one slip ("how may people", "how man
    soldiers", "how manny votes": many), where a word that is no function word follows. "How
    may" asks with a modal only before its subject, a pronoun or a determiner ("how may I",
    "how may the EU"), or a name (``named``: Speller._named, or _names_one's in lower case)
    before a verb's base form ("how may Ukraine respond", "how may zelensky react", which read
    as "how many" asked for a number), and no question asks "how man" or "how manny"
    anything; read as typed, the question asks no number and its answer is withheld. Typo
    harness (bench/typos.py, seeds 1-3, two variants): "many" typed "may", "man", "manny" or
    "manu" lost 28 answers."""
    if word in _QUANTITY_WORDS or not following or following[0] in STOPWORDS:
        return None
    if word == "may" and named and _base_verb(following[1:2]):
        return None
    meant = [w for w in _QUANTITY_WORDS if OSA.distance(word, w) == 1]
    return meant[0] if len(meant) == 1 else None


def _names_one(words: Sequence[str]) -> bool:
    """Whether ``words`` is one word that is a name of the gazetteer's for one country, body or
    person ("ukraine", "nato", "hamas"), not a people's ("americans") nor a party's or group's
    members (:func:`_members_of`: "democrats", "tories"): typed in lower case, it is still a
    subject of its own, so "how may ukraine respond" asks with the modal, while "how may
    americans die" and "how may democrats vote" ask how many (a number of them)."""
    hit = lexicon().folded.get(tuple(words)) if len(words) == 1 else None
    return hit is not None and not hit.demonym and not _members_of(words[0], hit.entity)


def _members_of(word: str, entity: str) -> bool:
    """Whether ``word`` is the plural of another name of ``entity``, one of its members:
    "democrats" of the Democratic Party's "democrat", "tories" of the Conservatives' "tory",
    "houthis" of "houthi". The gazetteer lists those plurals among a party's or group's names,
    not as a people's (demonyms), yet they count people as "americans" does."""
    if word.endswith("ies"):
        singular = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss"):
        singular = word[:-1]
    else:
        return False
    one = lexicon().folded.get((singular,))
    return one is not None and one.entity == entity and not one.demonym


def _base_verb(words: Sequence[str]) -> bool:
    """Whether ``words`` is one word, a verb's base form ("respond", "react"; not "soldiers")."""
    return len(words) == 1 and verb_lemmas().get(words[0]) == words[0]


# The auxiliaries a question word comes before ("what does", "why were"), of four letters or
# more: a shorter one typed wrong is read by _short_slip and _opening_letter_left_out
_AUXILIARIES = ("does", "were", "have", "would", "could", "should", "will", "doesn't")
# pronouns and determiners that open the subject after a question word and its auxiliary
_SUBJECT_OPENERS = frozenset(
    "i you he she it we they the a an this that these those his her its their our my your".split()
)
AUXILIARY_MARGIN = 1.0  # the auxiliary this much commoner in English than the word typed (Zipf)


def _question_word_slip(word: str) -> bool:
    """Is ``word`` one slip from a question word ("wehre", "waht", "hwo")?"""
    return any(OSA.distance(word, w) <= 1 for w in QUESTION_WORDS)


_DO_FORMS = frozenset("do does did".split())


def _after_how_and_degree(before: Sequence[str]) -> bool:
    """Do ``before``, the words before one, end in "how" and a word of degree ("how long",
    "how much"): the auxiliary comes next ("how long does the vatican have")."""
    return len(before) >= 2 and before[-2] == "how" and before[-1] in _DEGREE_WORDS


def _base_verb_later(words: Sequence[str]) -> bool:
    """Is one of ``words`` (those after the subject's first word) a verb's base form: the verb
    an auxiliary's slip before the subject leaves waiting ("what dose dorsa derakhshani study",
    "what des hagemeister think"). A word the coverage writes ("dose", "des" of Des Moines) is
    read as the auxiliary only so: letters alone do not tell "what dose of the vaccine"."""
    return any(_base_verb((w,)) for w in words)


def _no_verb_nor_name(word: str) -> bool:
    """Is ``word`` neither a verb's form ("gave": "who gave biden's team the go ahead"), a
    given name ("bill hammons plan") nor a word English writes too often to be a slip
    (CONTEXT_SLIP_ZIPF): such a word after a question word is meant as typed."""
    return (
        verb_lemmas().get(word) is None
        and word not in lexicon().given_names
        and _zipf(word) < CONTEXT_SLIP_ZIPF
    )


def _auxiliary_slip(word: str, following: Sequence[str]) -> str | None:
    """The auxiliary a word after a question word is with one slip ("what dose russia want",
    "why doe it matter", "how dos the kremlin feel": does), where a subject follows it (a
    pronoun, a determiner, or a word that is no function word) and English writes the
    auxiliary far more often (AUXILIARY_MARGIN). A question word is followed by its auxiliary
    and then the subject; "what dose of", "what dies in" (a preposition after) ask as
    typed. Read as typed, the slip is a content word no sentence holds ("dose", "doe"), and the
    answer is withheld. Typo harness (seeds 1-3, two variants): "does" typed "dose", "doe",
    "dos" or "des" lost 45 answers."""
    if not following or (following[0] in STOPWORDS and following[0] not in _SUBJECT_OPENERS):
        return None
    meant = [
        w
        for w in _AUXILIARIES
        if w != word and OSA.distance(word, w) == 1 and _zipf(w) >= _zipf(word) + AUXILIARY_MARGIN
    ]
    return meant[0] if len(meant) == 1 else None


def _past_stop_words(known: Callable[[str], bool] | None) -> Callable[[str], bool] | None:
    """``known`` (is a word the coverage's) without the words the index knows only under a
    stop word's stem: the stemmer stores "thes" and "theses" as "the" and "these", which every
    article writes, so a slip "thes" read as known stayed as typed, and "thees" was read as
    "theses" (a word of the coverage, ahead of the stop word "these"). A stop word itself
    stays known, and so does a word whose stem is no stop word's."""
    if known is None:
        return None

    seen: dict[str, bool] = {}  # per question: its steps ask of one word many times

    def of_coverage(word: str) -> bool:
        found = seen.get(word)
        if found is None:
            found = seen[word] = bool(known(word)) and (
                word in STOPWORDS or fts_term(word) not in _STOP_WORD_STEMS
            )
        return found

    return of_coverage


SOUND_KEY_MIN = 3  # consonants a sound key needs before a name is found by it
_SOUND_ALIKE = str.maketrans({"c": "k", "q": "k", "z": "s", "v": "f"})


def sound_key(word: str) -> str:
    """How ``word`` sounds, roughly: its consonants as said ("c", "q" as k, "z" as s, "v" as
    f, "ph" as f, "x" as ks), without vowels, "y", "h" and "w" after the first letter, each run
    of one sound once, and a first vowel as "a". Names typed by ear change the vowels and
    spell a sound another way ("zelanskee", "weetkov"); typed in a hurry they lose the vowels
    ("mscw"): the consonants stay."""
    spoken = _spoken(word)
    first = "a" if spoken[0] in "aeiou" else spoken[0]
    return re.sub(r"(.)\1+", r"\1", first + re.sub(r"[aeiouyhw]", "", spoken[1:]))


def _spoken(word: str) -> str:
    """``word`` with each consonant sound spelled one way: "c", "q" as k, "z" as s, "v" as f,
    "ph" as f, "x" as ks."""
    return word.lower().replace("ph", "f").replace("x", "ks").translate(_SOUND_ALIKE)


def _spelled_alike(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with a consonant sound spelled another way and every vowel kept
    ("truke", "sesion", "fone": truce, session, phone)? A vowel changed is no such sign: the
    sound changes ("nane" is name, not none)."""

    def said(text: str) -> str:
        return re.sub(r"(.)\1+", r"\1", _spoken(text))

    return typed != word and said(typed) == said(word)


def _spelled_by_ear(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with a consonant sound written in other letters (:func:`_spelled_alike`
    by more than a letter doubled or undoubled): "elefant" for elephant, not "ritte" for rite,
    which SLIP_BONUS and the edit distance already weigh."""
    return _spelled_alike(typed, word) and _undoubled_all(typed) != _undoubled_all(word)


def _undoubled_all(word: str) -> str:
    """``word`` with every run of one letter written once."""
    return re.sub(r"(.)\1+", r"\1", word.lower())


def _sounds(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The coverage's name words (of four letters or more) by their sound key."""
    keys: dict[str, list[str]] = {}
    for name in sorted(names):
        if len(name) >= MIN_LENGTH and name.isalpha():
            keys.setdefault(sound_key(name), []).append(name)
    return {key: tuple(found) for key, found in keys.items()}


def _load_homophones() -> dict[str, tuple[str, ...]]:
    """Each word of bot/data/homophones.tsv and the words said like it, stop words left out:
    "their" for "there" changes nothing a search reads, and a content word read as a stop word
    ("buy" as "by") would lose what is asked."""
    path = Path(__file__).with_name("data") / "homophones.tsv"
    alike: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words = [w for w in line.split() if w not in STOPWORDS]
        for word in words:
            alike[word] = tuple(w for w in words if w != word)
    return alike


_HOMOPHONES = _load_homophones()
HOMOPHONE_MARGIN = 0.4  # Zipf (log10): the word meant is at least 2.5 times commoner


def _homophone(word: str, in_coverage: Callable[[str], bool] | None) -> str | None:
    """The word said like ``word`` that the coverage writes, where it does not write ``word``
    itself ("when will zelensky meat trump", "how many people dyed", "lion heir": meet, died,
    air): a member typing by ear, or taking a phone's suggestion, writes a real word, which
    letters alone leave as typed. Only where the coverage writes exactly one of the words said
    alike (:data:`_HOMOPHONES`): where it writes both, the member may mean either, and where it
    writes neither, nothing is gained. And only for that word English writes far more often
    (HOMOPHONE_MARGIN): a member who types a word as common as the one said like it ("piece",
    not "peace") more likely means it, and asks about something the coverage does not say."""
    if in_coverage is None or word not in _HOMOPHONES or in_coverage(word):
        return None
    written = [w for w in _HOMOPHONES[word] if in_coverage(w)]
    if len(written) != 1 or _zipf(written[0]) < _zipf(word) + HOMOPHONE_MARGIN:
        return None
    return written[0]


# Words typed for "where" that sound like it; and the auxiliaries a "where" question goes on with
WHERE_SOUNDALIKES = frozenset("were wear ware whare".split())
_WHERE_AUXILIARIES = frozenset(
    "did does do is was are were will would can could should has".split()
)
_OPENING_FILLERS = frozenset("so and but ok okay then".split())


# Pasts that are no participle, so no adjective either: after a determiner ("the knew mayor")
# English has no use for them, and the word said alike is meant. "that" is left out: it opens
# a clause ("the man that knew").
SIMPLE_PASTS = frozenset("knew wore flew".split())
_OPENS_NOUN_PHRASE = frozenset("the a an this these those their his its my your our".split())


_PERFECT_AUXILIARIES = frozenset("has have had".split())
BEEN_MARGIN = 1.5  # "been" this much commoner (Zipf) than the word typed for it ("ben": 1.6)


def _been_after_have(word: str) -> str | None:
    """The word "been" for a slip of it typed after "has", "have" or "had" ("how many people
    have ben killed", "how long has witkoff ben trumps envoy"), where English writes "been" far
    more often (BEEN_MARGIN). After the perfect's auxiliary comes a participle, and "been" is
    the commonest; the slip left in is a given name ("ben") or another word that no sentence
    holds beside the question's, and the answer was withheld. Not a name's first word before
    its next ("has ben carson", Speller._fix_word looks), nor a word typed with a capital.
    Only a letter left out, struck twice or swapped: a letter changed makes words of their own
    ("had beef with", "had beer")."""
    if word == "been" or OSA.distance(word, "been") != 1:
        return None
    if len(word) == len("been") and not _letter_swap(word, "been"):
        return None
    return "been" if _zipf("been") >= _zipf(word) + BEEN_MARGIN else None


THERE_MARGIN = 2.0  # "there" this much commoner (Zipf, a hundred times) than the word typed


def _there_before_no_noun(word: str, previous: str, following: Sequence[str]) -> bool:
    """Is ``word`` a slip of "there" where no noun follows it: "is thre a ceasefire", "is
    starmer gonna be thrre too", "is thee a plan", "for what purpose they put the soldiers
    thee?". Letters alone tie "thre", "thrre" with "three", which the coverage writes (a
    head start "there", a stop word, never has), and leave "thee" as typed; but a number
    counts something, a noun after it ("three soldiers"), where "there" goes before a function
    word ("there a", "there too", "there?"). A word English writes often enough to mean it
    (THERE_MARGIN: "theme") stays, and so does one after a determiner ("the theme") or before
    "of" ("three of them"). Typo bench (two variants): "there" typed so lost 4 answers of seed
    31 and 9 of seed 41, each then read as three or thee."""
    return (
        word not in ("there", "three")
        and word not in STOPWORDS
        and previous not in _OPENS_NOUN_PHRASE
        and (not following or (following[0] in STOPWORDS and following[0] != "of"))
        and OSA.distance(word, "there") == 1
        and _zipf("there") >= _zipf(word) + THERE_MARGIN
    )


def _past_after_determiner(word: str, previous: str) -> str | None:
    """The word said like a simple past (:data:`SIMPLE_PASTS`) typed after a determiner:
    "who is the knew mayor" asks about the new one, whatever the coverage writes (both "new"
    and "knew", often), where :func:`_homophone` reads only a word the coverage lacks."""
    if previous not in _OPENS_NOUN_PHRASE or word not in SIMPLE_PASTS:
        return None
    said = _HOMOPHONES.get(word, ())
    return said[0] if len(said) == 1 else None


def _where_before_auxiliary(word: str, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Is ``word``, opening the question (after a filler such as "so" at most), a word that
    sounds like "where" ("were", "wear") typed for it: one an auxiliary follows ("were did
    they meet", "wear is the summit"). English never opens a question with "were" and then
    an auxiliary ("were they" is a question; "were did" is not), and the question word decides
    what is asked: left as typed, the question asks no place. Not "were had" ("good times
    were had"), which is a passive."""
    return (
        word in WHERE_SOUNDALIKES
        and all(w in _OPENING_FILLERS for w in before)
        and after[:1] != ()
        and after[0] in _WHERE_AUXILIARIES
    )


def _question_word_before_auxiliary(
    word: str, before: tuple[str, ...], after: tuple[str, ...]
) -> str | None:
    """The question word a word opening the question (after a filler such as "so" at most)
    and followed by an auxiliary is one slip from ("wnat did", "whwn is": what, when), where
    only one question word is. English opens no question with a verb or a noun and then
    "did" ("want did she"), and the question word decides what is asked: letters alone read
    "wnat" as "want", a word of every coverage, and the question asked nothing."""
    if (
        word in QUESTION_WORDS
        or word in STOPWORDS
        or not all(w in _OPENING_FILLERS for w in before)
        or after[:1] == ()
        or after[0] not in _WHERE_AUXILIARIES
    ):
        return None
    asked = [w for w in QUESTION_WORDS if OSA.distance(word, w) == 1]
    return asked[0] if len(asked) == 1 else None


def _keyboard_slip(typed: str, word: str) -> bool:
    """Is ``typed`` ``word`` with one key after the first hit beside the one meant ("thw":
    the) or two neighbouring letters swapped ("woh", "hwo": who)."""
    if len(typed) != len(word):
        return False
    diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    if len(diff) == 1:
        return diff[0] > 0 and typed[diff[0]] in _NEIGHBOUR_KEYS.get(word[diff[0]], "")
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == word[diff[1]]
        and (typed[diff[1]] == word[diff[0]])
    )


# A first letter typed wrong is less likely than a later one (the first key is typed with care),
# so a word with its first key changed stands a little behind an equally near word of the same
# first letter; less than a word of the coverage is ahead (COVERAGE_BONUS): "lutin" is Putin where
# the coverage has him, not "latin".
FIRST_KEY_PENALTY = 0.02


def _first_key_slips(
    word: str, listed: Collection[str], found: Collection[str]
) -> list[tuple[str, float]]:
    """The words of the list (``listed``) that ``word`` is with its first key hit beside the one
    meant ("lutin", "oroposed", "kention": Putin, proposed, mention) or its first two letters
    swapped ("uptin"), with their similarity less FIRST_KEY_PENALTY; not those already
    ``found``. The search by first letter (:func:`_candidates`) never sees them, and the
    nearest word of the letter typed is a worse guess ("opposed" two letters from "oroposed").
    A few look-ups, not a search: only these exact spellings are tried."""
    if len(word) < MIN_LENGTH:
        return []
    spellings = [key + word[1:] for key in _NEIGHBOUR_KEYS.get(word[0], "")]
    spellings.append(word[1] + word[0] + word[2:])
    return [
        (choice, round(OSA.normalized_similarity(word, choice) - FIRST_KEY_PENALTY, 6))
        for choice in dict.fromkeys(spellings)
        if choice != word and choice in listed and choice not in found
    ]


def _neighbour_keys() -> dict[str, str]:
    """Each letter's neighbours on a QWERTY keyboard: beside it on its row, and the two keys
    touching it on the rows above and below (each row sits half a key right of the one
    above: "s" touches w, e, z and x)."""
    keys: dict[str, str] = {}
    for r, row in enumerate(_KEY_ROWS):
        for i, key in enumerate(row):
            near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            if r > 0:
                near += [_KEY_ROWS[r - 1][j] for j in (i, i + 1) if j < len(_KEY_ROWS[r - 1])]
            if r + 1 < len(_KEY_ROWS):
                near += [_KEY_ROWS[r + 1][j] for j in (i - 1, i) if 0 <= j < len(_KEY_ROWS[r + 1])]
            keys[key] = "".join(near)
    return keys


_NEIGHBOUR_KEYS = _neighbour_keys()
_STOP_WORD_STEMS = frozenset(fts_term(w) for w in STOPWORDS if w.isalpha())
_SHORT_FUNCTION_WORDS = tuple(
    sorted(w for w in STOPWORDS if len(w) == SHORT_LENGTH and w.isalpha())
)
# a word this long is read as a function word slipped only if English barely knows it
FUNCTION_SLIP_LENGTH = 4
_FUNCTION_WORDS_OF_FOUR = tuple(
    sorted(w for w in STOPWORDS if len(w) == FUNCTION_SLIP_LENGTH and w.isalpha())
)


def _acronym(typed: str) -> bool:
    """Is ``typed`` written in capitals ("VMAs", "NATO"): an abbreviation the member typed on
    purpose, read as a slip only of a name of the coverage ("NATTO" is NATO; "VMAs" is not
    "vas")."""
    return sum(c.isupper() for c in typed) >= 2 and typed[:2].isupper()


def _bare(word: str) -> str:
    """A word lower-cased without its possessive "'s"."""
    word = word.lower()
    return word[:-2] if word[-2:] in _POSSESSIVES else word


def _split_possessive(typed: str) -> tuple[str, str]:
    """``typed`` cut into the name and its possessive "'s" ("Putin's": "Putin", "'s"), or the
    word and ""."""
    if typed[-2:].lower() in _POSSESSIVES:
        return typed[:-2], typed[-2:]
    return typed, ""


def _cased_like(typed: str, fixed: str) -> str:
    """``fixed`` as written for ``typed``: two words cut from one typed with a capital keep it
    ("Thepresident": "The president"), as the question's first word or a name; a corrected
    word is written as the speller has it, in lower case."""
    return fixed[0].upper() + fixed[1:] if typed[0].isupper() and " " in fixed else fixed


def _nowhere(word: str) -> bool:
    """No word is the coverage's: for a correction to a far commoner English word only."""
    return False


def may_be_a_slip(word: str) -> bool:
    """Whether English uses ``word`` rarely enough (below ``RARE_ZIPF``) that it may be a slip
    for a word of the coverage; a familiar word ("mars", "secret") means what it says."""
    return _zipf(word) < RARE_ZIPF


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """wordfreq's Zipf frequency (bot.text.zipf), cached."""
    return zipf(word)


def _regularised(word: str, names: Collection[str] = ()) -> str | None:
    """The word a learner's or a hurried typist's form stands for, where the nearest word by
    letters is another word: a past in "-ed" of a verb whose past is irregular ("keeped": keep,
    text.overregularised, not "keeper"), a plural in "-ys" (:func:`_plural_in_ys`), a past
    without its "e" (:func:`_past_without_e`), a form without its doubled consonant
    (:func:`_doubled`) or an "-ing" written as said (:func:`_g_dropped`: "backin" is backing,
    not "back in"). Not a word with a key struck twice (:func:`_struck_twice`): "boardd",
    "finnd", "closeed" are board, find, closed, not "boarded", "finned", "close"."""
    if _struck_twice(word):
        return None
    return (
        _learners_past(word)
        or _plural_in_ys(word)
        or _past_without_e(word)
        or _doubled(word)
        or _g_dropped(word, names)
    )


def _struck_twice(word: str) -> str | None:
    """The familiar English word (FAMILIAR_ZIPF) ``word`` is with one letter of a doubled pair
    typed once ("finnd", "closeed", "boardd": find, closed, board): a key struck twice is
    among the commonest slips, and such a word read as a regular form of another ("finned",
    "close", "boarded") asks something else."""
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            once = word[:i] + word[i + 1 :]
            if _zipf(once) >= FAMILIAR_ZIPF:
                return once
    return None


def _learners_past(word: str) -> str | None:
    """The verb a regular past of an irregular verb stands for (text.overregularised:
    "keeped" is keep), unless a letter left out of a word commoner than that verb made it:
    "discused" is discussed, not the noun "discus" (whose plural "disci" the table holds as
    irregular). A letter left out is the commonest slip; a learner's past is read only where
    no such word is at hand ("keeped": no "keep?ed" is a word; "maked": "marked" and "masked"
    are rarer than "make")."""
    verb = overregularised(word)
    if verb is None:
        return None
    floor = _zipf(verb)
    put_back = (
        word[:i] + letter + word[i:]
        for i in range(1, len(word) + 1)
        for letter in "abcdefghijklmnopqrstuvwxyz"
    )
    return None if any(_zipf(whole) >= floor for whole in put_back) else verb


def _plural_in_ys(word: str) -> str | None:
    """The plural a plural in "-ys" of a noun in consonant and "y" stands for ("countrys":
    countries, "citys": cities), where English knows that plural far better. The nearest word
    by letters drops the plural ("country"), which asks something else ("which country is
    sending troops" is read as asking for a place)."""
    if len(word) > 4 and word.endswith("ys") and word[-3] not in "aeiou":
        plural = word[:-2] + "ies"
        if _zipf(plural) >= _zipf(word) + MUCH_COMMONER:
            return plural
    return None


def _past_without_e(word: str) -> str | None:
    """The past a past typed without its "e" stands for ("happend": happened, "opend":
    opened), which letters alone take for a word of the coverage or leave as typed (English
    knows "happend" a little: the past must be 2 Zipf commoner)."""
    if len(word) >= 5 and word.endswith("d") and not word.endswith("ed"):
        past = word[:-1] + "ed"
        if _zipf(past) >= _zipf(word) + 2.0:
            return past
    return None


_SINGLE_FINAL = frozenset("bdgklmnprtvz")  # consonants English doubles before "-ing", "-ed"


def _doubled(word: str) -> str | None:
    """A verb form in "-ing" or "-ed" typed without the doubled consonant English spells it
    with ("puting": putting, "stoped": stopped, "stabed": stabbed), where English knows the
    doubled form far better. One of the commonest slips in English spelling; the nearest word
    by letters is otherwise a name of the coverage ("puting" is one letter from "Putin", which
    made "whats the point of puting a european force in ukraine" a question about Putin)."""
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if (
            word.endswith(suffix)
            and len(stem) >= 2
            and stem[-1] in _SINGLE_FINAL
            and stem[-2] in "aeiou"
            and (len(stem) < 3 or stem[-3] not in "aeiou")
        ):
            doubled = stem + stem[-1] + suffix
            if _zipf(doubled) >= _zipf(word) + MUCH_COMMONER:
                return doubled
    return None


G_DROPPED_MARGIN = 1.5  # "-ing" this much commoner (Zipf) than the "-in" typed ("raisin": 1.4)


def _g_dropped(word: str, names: Collection[str] = ()) -> str | None:
    """The "-ing" form a word in "-in" writes as said ("goin", "gettin", "backin": going,
    getting, backing), where English writes the "-ing" form far more often. English knows
    these spellings well enough (Zipf 3 to 4) that they are otherwise meant as typed, and the
    index has no such word: "what are they goin to discuss" lost its verb. Not a name of the
    coverage with a letter doubled (``names``): "puttin" is Putin, not "putting"."""
    if len(word) < 4 or not word.endswith("in") or _undoubled(word) in names:
        return None
    spelled = word + "g"
    return spelled if _zipf(spelled) >= _zipf(word) + G_DROPPED_MARGIN else None


def _common_english(word: str) -> bool:
    """Frequent enough in English to be meant as typed."""
    return _zipf(word) >= UNKNOWN_ZIPF
