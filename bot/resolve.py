"""Find the entities a question names, fuzzily, against the aliases the build extracted.

"zelenksy", "von der leyen", "the german chancellor" and "the kremlin" all resolve through the
alias table: exact n-gram lookups first (a dict, so cost does not grow with the corpus), then a
rapidfuzz match only for the few words the corpus has never seen, which is where typos live.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from facts.lexicon import lexicon

from .bounded import keep
from .text import ORDINARY_ZIPF, STOPWORDS, tokenize, zipf

MAX_NGRAM = 5
FUZZY_KEPT = 4096  # words and phrases whose nearest alias a resolver keeps (Resolver._fuzzy)
NEAR_WORD = 75  # rapidfuzz ratio at which a typed word counts as a word of an alias
LEADING = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "president", "s"})
# A word typed in capitals, two to five letters: "the WHO", "IS fighters".
_CAPITALS = re.compile(r"(?<![\w.'’-])[A-Z]{2,5}(?![\w-])")
# An acronym written with its stops, "U.S.", "U.K.": a topic's "U.S." was searched as "us"
_DOTTED = re.compile(r"(?<![\w.'’-])(?:[A-Z]\.){2,5}(?![\w-])")
SHOUTING = 0.6  # the share of a question's letters in capitals above which none are acronyms


@dataclass(frozen=True)
class Resolved:
    """An entity named in the question, at token positions ``[first, last)``."""

    entity: str
    kind: str
    alias: str
    first: int
    last: int
    score: float  # 100 for an exact alias, lower for a fuzzy one
    role: str | None = None


@dataclass(frozen=True)
class _Target:
    entity: str
    kind: str
    role: str | None
    mentions: int


class Resolver:
    """Alias lexicon built once per database; ``resolve`` runs per question."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str | None, int]]):
        self._targets: dict[str, list[_Target]] = {}
        stopped: dict[str, list[_Target]] = {}  # "who": the World Health Organization's acronym
        for alias, entity, kind, role, mentions in rows:
            key = " ".join(tokenize(alias))
            if not key:
                continue
            target = _Target(entity, kind, role, mentions or 0)
            (stopped if key in STOPWORDS else self._targets).setdefault(key, []).append(target)
        for targets in self._targets.values():
            targets.sort(key=lambda t: (-t.mentions, t.entity))  # ties: same choice every build
        # "US", "IT", "OR": a name whose lower case is a common word ("us"), which a topic
        # searched as that word: "/sources query: US" listed interviews that say "us"
        common = lexicon().common_words
        worded = {key: t for key, t in self._targets.items() if key in common}
        names = _acronym_names({**stopped, **worded}, self._targets)
        self._acronyms = {key: name for key, name in names.items() if key in stopped}
        self._topic_acronyms = names
        self._initials = _initial_names(self._targets)
        # fuzzy candidates: names long enough to carry a typo; multi-word ones apart
        self._fuzzy_words = _ByLength([k for k in self._targets if len(k) >= 5 and " " not in k])
        self._fuzzy_phrases = _ByLength(
            [k for k in self._targets if " " in k and k.count(" ") <= 2]
        )
        self._fuzzy_found: dict[tuple[str, bool], tuple[str, float] | None] = {}  # (_fuzzy)

    def __len__(self) -> int:
        return len(self._targets)

    def spell_acronyms(self, text: str, topic: bool = False) -> str:
        """``text`` with each acronym that is also a stop word ("what did the WHO say",
        "IS fighters") spelled as its entity's fullest name ("the world health organization").
        Questions are read in lower case, where "WHO" is the question word "who", which names
        nothing, and "what did the US say about the WHO" was answered with any US statement.
        Only in capitals, not as a question's first word ("WHO is Rutte?") and not in a question
        typed in capitals. An acronym no entity goes by is spelled as the one name it is the
        initials of ("the EFF": _initial_names).

        A ``topic`` (``/sources WHO``, ``/sources query: WHO``) asks nothing, so its first word
        is no question word and capitals throughout are the acronym typed as it is written:
        there "WHO" was read as "who", which names no topic, and the member was told so.
        A topic's acronym that is a common word other than a stop word ("US": "us") is
        spelled as well, where it was searched as the word ("/sources query: US" listed
        interviews that say "us"); a question's is not, since its "us" is read by the
        resolver and the ranking, and "can you tell us" asks about no country."""
        acronyms = self._topic_acronyms if topic else self._acronyms
        if topic:  # "U.S." as "US", where it is the acronym of a name to spell
            text = _DOTTED.sub(
                lambda m: (
                    m.group().replace(".", "") if m.group()[::2].lower() in acronyms else m.group()
                ),
                text,
            )
        # most questions have no word in capitals: then nothing is spelled, whoever shouts,
        # and the count of capitals below (two passes over each character) is spared
        if (not acronyms and not self._initials) or _CAPITALS.search(text) is None:
            return text
        letters = [ch for ch in text if ch.isalpha()]
        if not topic and sum(ch.isupper() for ch in letters) > SHOUTING * len(letters):
            return text
        first = re.search(r"\w", text)
        start = -1 if topic or first is None else first.start()

        def spell(match: re.Match[str]) -> str:
            key = match.group().lower()
            name = acronyms.get(key)
            if name is not None:
                return match.group() if match.start() == start else name
            return self._initials.get(key, match.group())

        return _CAPITALS.sub(spell, text)

    def resolve(
        self, tokens: list[str], known_word: Callable[[str], bool] | None = None
    ) -> list[Resolved]:
        """Entities named in ``tokens``, without overlaps, most specific first: exact
        multi-word aliases, then multi-word aliases with a typo ("lithuanian presdient"), then
        exact single words, then single misspelt names ("zelenksy")."""
        found: list[Resolved] = []
        used = [False] * len(tokens)
        unknown = [
            len(t) >= 4
            and t not in STOPWORDS
            and not t.isdigit()
            and (known_word is None or not known_word(t))
            and zipf(t) < ORDINARY_ZIPF  # an ordinary word is no typo of a name
            for t in tokens
        ]
        self._exact(tokens, used, found, sizes=range(min(MAX_NGRAM, len(tokens)), 1, -1))
        for position in range(len(tokens)):
            if unknown[position] and not used[position]:
                self._fuzzy_window(tokens, position, used, found)
        self._exact(tokens, used, found, sizes=(1,))
        for position, token in enumerate(tokens):
            if used[position] or not unknown[position] or len(token) < 5:
                continue
            hit = self._fuzzy(token)
            if hit is not None:
                self._take(found, used, hit, position, position + 1)
        found.sort(key=lambda r: r.first)
        return found

    def _exact(
        self, tokens: list[str], used: list[bool], found: list[Resolved], sizes: Iterable[int]
    ) -> None:
        for size in sizes:
            for first in range(len(tokens) - size + 1):
                last = first + size
                if any(used[first:last]):
                    continue
                gram = " ".join(tokens[first:last])
                if size == 1 and gram in STOPWORDS:
                    continue
                targets = self._targets.get(gram)
                if not targets and len(gram) > 4 and gram.endswith("s"):
                    # a possessive typed without its apostrophe: "macrons job", "zelenskys plan"
                    gram = gram[:-1]
                    targets = self._targets.get(gram)
                if targets:
                    best = targets[0]
                    found.append(
                        Resolved(best.entity, best.kind, gram, first, last, 100.0, best.role)
                    )
                    used[first:last] = [True] * size

    def _fuzzy_window(
        self, tokens: list[str], position: int, used: list[bool], found: list[Resolved]
    ) -> None:
        """Try the two- and three-word windows around an unknown word against multi-word
        aliases; keep the best one."""
        best: tuple[float, str, int, int] | None = None
        for first, last in (
            (position - 1, position + 1),
            (position, position + 2),
            (position - 2, position + 1),
            (position - 1, position + 2),
            (position, position + 3),
        ):
            if first < 0 or last > len(tokens) or any(used[first:last]):
                continue
            if tokens[first] in STOPWORDS or tokens[last - 1] in STOPWORDS:
                continue
            hit = self._fuzzy(" ".join(tokens[first:last]), multiword=True)
            if hit is not None and not all(
                _has_near(token, hit[0]) for token in tokens[first:last] if token not in STOPWORDS
            ):
                # every word must be one of the alias's words, allowing a typo: "sent to
                # ukraine" is as close to "president of ukraine" as a typo would be, and
                # "lithuania prime" to "lithuania president"
                continue
            if hit is not None and (best is None or hit[1] > best[0]):
                best = (hit[1], hit[0], first, last)
        if best is not None:
            self._take(found, used, (best[1], best[0]), best[2], best[3])

    def _take(
        self,
        found: list[Resolved],
        used: list[bool],
        hit: tuple[str, float],
        first: int,
        last: int,
    ) -> None:
        key, score = hit
        target = self._targets[key][0]
        found.append(Resolved(target.entity, target.kind, key, first, last, score, target.role))
        used[first:last] = [True] * (last - first)

    def _fuzzy(self, text: str, multiword: bool = False) -> tuple[str, float] | None:
        """The alias nearest ``text`` (a word, or with ``multiword`` a phrase of two or three),
        kept per text (up to FUZZY_KEPT; then started over): the aliases do not change, and
        the words a member asks with, a name typed the same way among them, come back with
        their story's next questions, where scoring them against the aliases again was a
        sixtieth of a question's time."""
        key = (text, multiword)
        try:
            return self._fuzzy_found[key]  # None too: no alias near it
        except KeyError:
            pass
        cutoff = 80 if len(text) >= 7 else 85
        hit = (self._fuzzy_phrases if multiword else self._fuzzy_words).best(text, cutoff)
        return keep(self._fuzzy_found, key, hit, FUZZY_KEPT)


class _ByLength:
    """Fuzzy candidates ordered by length, so that a look-up scores only those long enough and
    short enough to reach its cutoff: fuzz.ratio is at most 200 * min(n, m) / (n + m) for
    lengths n and m (it counts the insertions and deletions between them). About half the
    aliases, where every one was scored (~1 M instructions a look-up at x10). The best is the
    one the whole list in its first order gives: the first of those with the best score."""

    def __init__(self, keys: list[str]):
        order = sorted(range(len(keys)), key=[len(key) for key in keys].__getitem__)  # stable
        self.keys = [keys[i] for i in order]
        self.positions = order  # each key's place in ``keys``
        self.lengths = [len(key) for key in self.keys]

    def __len__(self) -> int:
        return len(self.keys)

    def best(self, text: str, cutoff: int) -> tuple[str, float] | None:
        n = len(text)
        # a length on either side to spare: the window may be wider than it must, never narrower
        low = math.floor(n * cutoff / (200 - cutoff)) - 1
        high = math.ceil(n * (200 - cutoff) / cutoff) + 1
        start = bisect_left(self.lengths, low)
        window = self.keys[start : bisect_right(self.lengths, high)]
        hits = process.extract(text, window, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        if not hits:
            return None
        # the best, and of equal scores the first in the original order, as extractOne takes
        first = min(hits, key=lambda hit: (-hit[1], self.positions[start + hit[2]]))
        return first[0], float(first[1])


def _acronym_names(
    stopped: dict[str, list[_Target]], targets: dict[str, list[_Target]]
) -> dict[str, str]:
    """Stop-word aliases ("who") -> the longest other alias of their best-known entity ("world
    health organization"), which the resolver and the search read as a name."""
    longest: dict[str, str] = {}
    for key, entities in targets.items():
        for target in entities:
            known = longest.get(target.entity)
            if known is None or (len(key.split()), key) > (len(known.split()), known):
                longest[target.entity] = key
    out = {}
    for key, entities in stopped.items():
        best = min(entities, key=lambda t: (-t.mentions, t.entity))
        name = longest.get(best.entity)
        if name is not None and " " in name:
            out[key] = name
    return out


MIN_INITIALS = 3  # "EFF", "ACLU": two letters ("UN", "EU", "PM") stand for too many names
# What an acronym abbreviates: the name of a body or a place ("ACLU", "FRG", "CBD"). A person's
# names are mostly role phrases ("the Kremlin opposition leader", "the rhode island governor"),
# whose initials spelled "KOL" and "RIG" as no one writes them.
INITIALLED_KINDS = frozenset({"org", "place", "country"})


def _initial_names(targets: dict[str, list[_Target]]) -> dict[str, str]:
    """Acronyms no entity goes by -> the name whose initials they are ("eff" -> "electronic
    frontier foundation"), where exactly one entity has a name of those initials and no alias
    of any entity is the acronym itself. The extraction does not take "the Electronic Frontier
    Foundation (EFF)" as an alias, and stories give the acronym only now and then: "what did the
    EFF say about the youtube-dl takedown", read without its speaker, ranked a GitHub
    statement first. The initials are those of the name's words that are not stop words
    ("National Aeronautics and Space Administration": NASA), of a body's or a place's name only
    (:data:`INITIALLED_KINDS`), and of none with a word of two letters: in "UFC" (a fighting
    league) the coverage's "us federal court" was read, and "USD" was "us state department"."""
    found: dict[str, dict[str, str]] = {}
    for key, entities in targets.items():
        words = [w for w in key.split() if w not in STOPWORDS]
        if len(words) < MIN_INITIALS or any(len(w) <= 2 for w in words):
            continue  # a word of two letters is an abbreviation, spelled whole ("US": USFC)
        initials = "".join(w[0] for w in words)
        if not initials.isalpha() or initials in targets or initials in STOPWORDS:
            continue
        for target in entities:
            if target.kind not in INITIALLED_KINDS:
                continue
            names = found.setdefault(initials, {})
            known = names.get(target.entity)
            if known is None or len(key) > len(known):
                names[target.entity] = key
    return {
        initials: next(iter(names.values())) for initials, names in found.items() if len(names) == 1
    }


def _has_near(word: str, alias: str) -> bool:
    """Is ``word`` one of the words of ``alias``, allowing a typo?"""
    return any(fuzz.ratio(word, part) >= NEAR_WORD for part in alias.split())
