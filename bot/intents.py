"""Intent rules from ``config.yaml`` and fuzzy matching of questions against them.

An operator writes example phrasings with slots (``who is {person} meeting``); matching replaces
the entities a question names with their slot (``who is zelenksy meeting`` becomes ``who is
{person} meeting`` once the resolver has found Zelensky) and compares the result to every example
with rapidfuzz, so typos, word order and missing words cost a few points rather than the match.
An intent tells the ranker which fact predicates and which kind of answer to prefer; small-talk
intents carry a fixed reply instead.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from facts.lexicon import place_words, verb_lemmas

from .bounded import keep
from .config import SLOT_QUOTING
from .errors import RuleError
from .text import STOPWORDS, related_stems, stem

SLOTS = frozenset(
    {"person", "org", "country", "place", "entity", "role", "group", "thing", "event", "topic"}
)
# Slots that stand for an entity the resolver can find; the others stand for free text.
ENTITY_SLOTS = {
    "person": {"person"},
    "org": {"org"},
    "country": {"country"},
    "place": {"place", "country"},
    "group": {"group", "org", "country"},
    "entity": {"person", "org", "country", "place", "group"},
}
ANSWER_TYPES = frozenset(
    {"person", "place", "time", "number", "org", "reason", "statement", "yesno"}
)
_FIELDS = {
    "name",
    "examples",
    "predicates",
    "answer",
    "reply",
    "cutoff",
    "description",
    "require_fact",
}
_SLOT = re.compile(r"\{(\w+)\}")
_ALTERNATIVES = re.compile(r"(?<![{\w])([\w']+(?:\|[\w']+)+)")
_NON_WORD = re.compile(r"[^\w{}' ]+")
# How many phrasings one example's alternatives may spell out. The shipped config's largest
# gives 5; each phrasing is matched against every question, so 8 sets of three ("who|what|when"
# eight times, 6,561) took 0.1 s of every answer, and 30 such sets (3^30) never finished
# loading the config: `factdesk ask` hung with no word.
MAX_PHRASINGS = 100
MATCHES_KEPT = 4096  # question templates whose best intent a matcher keeps (IntentMatcher.match)


@dataclass(frozen=True)
class Intent:
    name: str
    examples: tuple[str, ...]
    predicates: tuple[str, ...] = ()
    answer: str | None = None
    reply: str | None = None
    cutoff: float = 72.0
    description: str | None = None
    require_fact: bool = False  # answer only from a sentence with a supporting fact

    @property
    def smalltalk(self) -> bool:
        return self.reply is not None


@dataclass(frozen=True)
class IntentMatch:
    intent: Intent
    score: float  # 0-100
    example: str


def _name_key(name: str) -> str:
    """An intent's name as two rules are told apart: without case or spaces, so "Meeting" and
    "meeting " are one name written twice (the --debug lines and the eval report name intents,
    and two rules an operator cannot tell apart there are a mistake, not two intents)."""
    return "".join(name.split()).casefold()


def _unknown_fields(unknown: set[object]) -> str:
    """What is wrong with a rule's unknown fields: each with the field it likely meant
    (``predicate``: did you mean ``predicates``?), else the fields a rule has. The error named
    the typo alone, and the operator looked the field's spelling up in the README."""
    shown = []
    for field in sorted(map(str, unknown)):
        close = difflib.get_close_matches(field, sorted(_FIELDS), n=1, cutoff=0.75)
        shown.append(f"{field} (did you mean {close[0]}?)" if close else field)
    listed = (
        ""
        if all("(" in field for field in shown)
        else f"; the fields are {', '.join(sorted(_FIELDS))}"
    )
    return f"unknown field(s) {', '.join(shown)}{listed}"


def parse_intents(raw: Iterable[dict[str, Any]], source: str = "config.yaml") -> tuple[Intent, ...]:
    """Validate intent rules; a problem raises :class:`RuleError` naming the intent and field."""
    intents: list[Intent] = []
    names: dict[str, str] = {}  # each name as compared (_name_key) -> the name as written
    owners: dict[str, str] = {}  # each example as matched -> the intent that gave it
    for position, rule in enumerate(raw):
        where = f"{source}: intents[{position}]"
        if not isinstance(rule, dict):
            raise RuleError(f"{where}: expected a mapping with name and examples")
        name = rule.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RuleError(f"{where}.name: every intent needs a name")
        where = f"{source}: intent {name!r}"
        unknown = set(rule) - _FIELDS
        if unknown:
            raise RuleError(f"{where}: {_unknown_fields(unknown)}")
        key = _name_key(name)
        if key in names:
            earlier = "" if names[key] == name else f" (as {names[key]!r})"
            raise RuleError(f"{where}: defined twice{earlier}")
        names[key] = name
        examples = _strings(rule.get("examples"), f"{where}.examples")
        if not examples:
            raise RuleError(f"{where}.examples: give at least one example phrasing")
        expanded: list[str] = []
        for example in examples:
            for slot in _SLOT.findall(example):
                if slot not in SLOTS:
                    raise RuleError(
                        f"{where}.examples: unknown slot {{{slot}}} in {example!r} "
                        f"(known: {', '.join(sorted(SLOTS))})"
                    )
            if re.search(r"[{}]", _SLOT.sub("", example)):
                # "who is {person" would be matched as the words "who is person": no slot
                raise RuleError(
                    f"{where}.examples: {example!r}: a {{ or }} that is not part of a slot "
                    "such as {person}"
                )
            if not re.search(r"\w", example):
                # punctuation alone reads as no words at all, which no question ever matches
                raise RuleError(f"{where}.examples: {example!r} has no words")
            if "|" in _ALTERNATIVES.sub("", example):
                # "who|" or "who||what" is no set of alternatives: the "|" was dropped as
                # punctuation, and "who||what" matched as the words "who what"
                raise RuleError(
                    f"{where}.examples: {example!r}: an empty alternative (write them as "
                    "who|what, a word on each side of every |, no spaces)"
                )
            if _phrasings(example) > MAX_PHRASINGS:
                raise RuleError(
                    f"{where}.examples: {_shown(example)} spells out "
                    f"{_phrasings(example):,} phrasings (at most {MAX_PHRASINGS}): split it "
                    "into several examples with fewer alternatives"
                )
            own = [_canonical(e) for e in _expand(example)]
            _check_repeats(example, own, expanded, owners, name, where)
            expanded.extend(own)
        answer = rule.get("answer")
        if answer is not None and answer not in ANSWER_TYPES:
            raise RuleError(
                f"{where}.answer: {answer!r} is not one of {', '.join(sorted(ANSWER_TYPES))}"
            )
        reply = rule.get("reply")
        if reply is not None and (not isinstance(reply, str) or not reply.strip()):
            raise RuleError(f"{where}.reply: expected text")
        cutoff = rule.get("cutoff", 85.0 if reply else 72.0)
        if (
            isinstance(cutoff, bool)
            or not isinstance(cutoff, (int, float))
            or not 0 <= cutoff <= 100
        ):
            raise RuleError(f"{where}.cutoff: expected a number from 0 to 100, got {cutoff!r}")
        predicates = _strings(rule.get("predicates"), f"{where}.predicates")
        if reply and predicates:
            raise RuleError(f"{where}: a small-talk intent (reply) cannot also name predicates")
        if reply and answer is not None:
            # the fixed reply wins: every question the rule matched got it instead of an answer
            raise RuleError(f"{where}: a small-talk intent (reply) cannot also expect an answer")
        require_fact = rule.get("require_fact", False)
        if not isinstance(require_fact, bool):
            raise RuleError(f"{where}.require_fact: expected true or false")
        if require_fact and not predicates:
            raise RuleError(f"{where}.require_fact: needs predicates to look for")
        intents.append(
            Intent(
                name=name.strip(),
                examples=tuple(dict.fromkeys(expanded)),
                predicates=tuple(_checked_predicate(p, f"{where}.predicates") for p in predicates),
                answer=answer,
                reply=reply.strip() if reply else None,
                cutoff=float(cutoff),
                description=rule.get("description"),
                require_fact=require_fact,
            )
        )
    return tuple(intents)


# Fact predicates that are no verb: a person's title ("Keir Starmer" role "UK Prime Minister").
NOUN_PREDICATES = frozenset({"role"})


def _checked_predicate(text: str, where: str) -> str:
    """:func:`_predicate`, refused when no fact can have it: facts are named by a verb the
    extraction knows, so "meat" or "sayy" matched nothing, and an intent that requires a fact
    never answered, without a word of why."""
    predicate = _predicate(text)
    head = predicate.split()[0] if predicate.split() else ""
    if head in _verb_bases() or predicate in NOUN_PREDICATES:
        return predicate
    near = process.extract(head, sorted(_verb_bases()), scorer=fuzz.ratio, score_cutoff=75)
    # the nearest three, a verb of the same first letter first ("meat": meet, mean, melt)
    near.sort(key=lambda hit: (-hit[1], hit[0][:1] != head[:1], hit[0]))
    hint = f" (did you mean {' or '.join(repr(hit[0]) for hit in near[:3])}?)" if near else ""
    raise RuleError(
        f"{where}: {text!r} is no verb the facts are named by{hint}; "
        f"a predicate is a verb such as 'meet', 'say' or 'hold talks', or 'role'"
    )


def _predicate(text: str) -> str:
    """A predicate as the facts name it, by its verb's lemma: "meets", "met" and "Meet" are
    "meet", "holds talks" is "hold talks". Written as an operator says it ("says", "talks"),
    it matched no fact, and an intent that requires one never answered. A word that is a lemma
    itself ("found", to establish) is kept."""
    words = text.lower().split()
    lemmas = verb_lemmas()
    if words and words[0] in lemmas and words[0] not in _verb_bases():
        words[0] = lemmas[words[0]]
    return " ".join(words)


@lru_cache(maxsize=1)
def _verb_bases() -> frozenset[str]:
    return frozenset(verb_lemmas().values())


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        # YAML read an unquoted "- {person}" as a mapping, not as the text the operator wrote
        raise RuleError(f"{where}: an item is a mapping, not text: {SLOT_QUOTING}")
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(f"{where}: expected a list of non-empty strings")
    return value


def _check_repeats(
    example: str, own: list[str], earlier: list[str], owners: dict[str, str], name: str, where: str
) -> None:
    """Refuse an example that adds nothing or that another intent has: one repeated (as
    written, or in another case or punctuation), or an alternative given twice, loaded without
    a word, a sign of a slip in editing; of a phrasing two intents give, the intent listed
    first takes every question it matches (a tie goes to it), and the other's copy is dead.
    ``owners`` records the examples seen."""
    if len(set(own)) < len(own):
        raise RuleError(f"{where}.examples: {example!r} gives the same alternative twice")
    if all(e in earlier for e in own):
        raise RuleError(f"{where}.examples: {example!r} repeats an earlier example")
    for phrasing in own:
        other = owners.setdefault(phrasing, name)
        if other != name:
            raise RuleError(
                f"{where}.examples: {example!r} is also an example of intent {other!r} "
                f"({phrasing!r}): a question matching it goes to one of them only"
            )


def _phrasings(example: str) -> int:
    """How many phrasings :func:`_expand` makes of ``example``, without making them."""
    return math.prod(len(m.split("|")) for m in _ALTERNATIVES.findall(example))


def _shown(example: str, limit: int = 80) -> str:
    """An example as an error names it: the start of a long one, not the whole line."""
    return repr(example if len(example) <= limit else example[:limit] + "…")


def _expand(example: str) -> list[str]:
    """``where|when is the {event}`` -> ``where is the {event}``, ``when is the {event}``."""
    parts = _ALTERNATIVES.split(example)
    choices = [part.split("|") if i % 2 else [part] for i, part in enumerate(parts)]
    return ["".join(combo) for combo in itertools.product(*choices)]


_CONTRACTIONS = {
    "whos": "who is",
    "who's": "who is",
    "whats": "what is",
    "what's": "what is",
    "wheres": "where is",
    "where's": "where is",
    "whens": "when is",
    "when's": "when is",
    "hows": "how is",
    "how's": "how is",
    "whys": "why is",
    "why's": "why is",
}


def _canonical(text: str) -> str:
    words = _NON_WORD.sub(" ", text.lower().replace("\u2019", "'")).split()
    return " ".join(_CONTRACTIONS.get(w, w) for w in words)


# A position "on" something is a view of it, not a post: "what is Merz's position on the
# guarantees" asks what he thinks, and read as "what is {person}'s position" (the role intent)
# it was answered with the list that gives his title.
_TOPIC_PREPOSITIONS = frozenset("on about regarding concerning towards toward over".split())


def _stance_read(words: list[str]) -> list[str]:
    """``words`` with "position" read as "stance" where a topic follows it ("position on X")."""
    return [
        "stance"
        if w == "position" and words[i + 1 : i + 2] and words[i + 1] in _TOPIC_PREPOSITIONS
        else w
        for i, w in enumerate(words)
    ]


WH_WORDS = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how"})
# Words that open a yes/no question ("is Rutte meeting Zelensky", "will they discuss it when
# he sees them"): it asks whether, not who, where or when.
YES_NO_OPENERS = frozenset(
    """is are was were am do does did can could will would should shall may might must has have
    had""".split()
)
YES_NO = "yes/no"  # what a yes/no question asks (see _asked)
# The wh-words that ask for a circumstance the yes/no question does not ask about (where, when,
# why, how). "Who"/"what" ask for a participant, which a yes/no question names instead ("did
# Witkoff say ...": "what did {person} say"); it still needs that predicate with them.
CIRCUMSTANCE_WH = frozenset({"where", "when", "why", "how"})
WILDCARD_SLOTS = frozenset({"thing", "event", "topic"})
MAX_ABSORBED = 8  # question words a free-text slot may stand for


@dataclass(frozen=True)
class _Example:
    text: str
    words: tuple[str, ...]  # literal words
    # the literal words that say what is asked (not "what", "is", "the"), and their stems and
    # related stems ("reject" for "refuse")
    content_words: tuple[str, ...]
    content: frozenset[str]
    slots: tuple[str, ...]  # entity slots, as "{person}" markers
    wildcard: bool
    wh: str | None


class IntentMatcher:
    """Match questions (with entity spans already replaced by slots) against the rules.

    The score is an F-measure over words: how many of the example's words the question has
    (typos forgiven by rapidfuzz), and how much of the question the example explains, where a
    free-text slot (``{thing}``) explains the words it stands for. A different question word
    (who/why/when) costs a lot, because it changes what is being asked.
    """

    def __init__(self, intents: Sequence[Intent], roles: Iterable[Sequence[str]] = ()):
        self.intents = tuple(intents)
        self._examples: list[tuple[_Example, Intent]] = []
        for intent in self.intents:
            for example in intent.examples:
                self._examples.append((_compile(example), intent))
        # Most examples share no content word with a question and score 0 (the first check in
        # _score), which no cutoff above 0 lets through: an index from their content stems and
        # words finds the few worth scoring. Examples without content words, and those of an
        # intent whose cutoff admits a score of 0, are always scored.
        self._always: list[int] = []
        self._by_key: dict[str, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        for position, (example, intent) in enumerate(self._examples):
            if not example.content or intent.cutoff <= 0:
                self._always.append(position)
                continue
            for key in example.content:
                self._by_key.setdefault(key, []).append(position)
            for word in example.content_words:
                self._by_word.setdefault(word, []).append(position)
        # content words a typo may reach (_same: at least 4 letters, the same first letter)
        self._by_initial: dict[str, list[str]] = {}
        for word in self._by_word:
            if len(word) >= 4:
                self._by_initial.setdefault(word[0], []).append(word)
        # every word an example has: a question's filler word outside it ("so basically",
        # "actually", "lol") only lowers the match (see question_reading.template)
        self.vocabulary = frozenset(w for example, _ in self._examples for w in example.words)
        self._roles = frozenset(tuple(role) for role in roles if role)
        self._longest_role = max((len(role) for role in self._roles), default=0)
        self._matched: dict[str, IntentMatch | None] = {}  # template -> (match)

    def match(self, templated: str) -> IntentMatch | None:
        """The best intent for a question whose entities are replaced by ``{slot}`` markers.

        A question that names a role ("the white house envoy") is also read with the role as a
        ``{role}`` slot, and the better reading wins (the literal one on a tie): examples such as
        ``what is the name of the {role}`` then fit it as well as ``who is the {role}`` does.

        Kept per template (up to MATCHES_KEPT; then started over): the intents do not change,
        and members ask the same form of question of one name after another ("who is
        {person}"), each scored against the examples that share a word with it."""
        try:
            return self._matched[templated]
        except KeyError:
            pass
        return keep(self._matched, templated, self._match(templated), MATCHES_KEPT)

    def _match(self, templated: str) -> IntentMatch | None:
        """:meth:`match`, worked out."""
        words = _stance_read(_canonical(templated).split())
        if not words or not self._examples:
            return None
        best = self._best(words)
        with_roles = self._role_slots(words)
        if with_roles is not None:
            other = self._best(with_roles)
            if other is not None and (best is None or other.score > best.score):
                best = other
        return best

    def shadowed(self) -> list[tuple[Intent, IntentMatch]]:
        """Intents none of whose own examples they would win: each goes to another intent,
        listed before it, that fits it as well (on a tie the first listed wins) or better, with
        the match of its first example. An operator who appended a narrow intent under the
        shipped `time` (`when did {event}` fits every "when did" question fully) saw it never
        matched, and only the eval's confusions hinted why."""
        found = []
        for intent in self.intents:
            own = [example for example, owner in self._examples if owner is intent]
            matches = [self.match(example.text) for example in own]
            if own and all(m is not None and m.intent is not intent for m in matches):
                found.append((intent, matches[0]))
        return found

    def _best(self, words: list[str]) -> IntentMatch | None:
        question = _Question(words)
        best: IntentMatch | None = None
        examples = self._examples
        for position in self._candidates(question):
            example, intent = examples[position]
            score = _score(question, example, intent.require_fact)
            if score < intent.cutoff:
                continue
            if best is None or score > best.score:
                best = IntentMatch(intent, score, example.text)
        return best

    def _candidates(self, question: _Question) -> list[int]:
        """Positions, in order, of the examples that can score above 0 for the question: those
        sharing a content stem with it, or a content word it has (allowing a typo, as
        :meth:`_Question.hits` does), and those always scored."""
        chosen = set(self._always)
        for key in question.stems:
            chosen.update(self._by_key.get(key, ()))
        initials = set()
        for word in question.plain:
            chosen.update(self._by_word.get(word, ()))
            if len(word) >= 4:
                initials.add(word[0])
        for initial in initials:
            for target in self._by_initial.get(initial, ()):
                if question.hits(target):
                    chosen.update(self._by_word[target])
        return sorted(chosen)

    def _role_slots(self, words: list[str]) -> list[str] | None:
        """``words`` with each role title (longest first) replaced by ``{role}``; None if the
        question names no role."""
        out: list[str] = []
        found = False
        i = 0
        while i < len(words):
            for n in range(min(self._longest_role, len(words) - i), 0, -1):
                if tuple(words[i : i + n]) in self._roles:
                    out.append("{role}")
                    found = True
                    i += n
                    break
            else:
                out.append(words[i])
                i += 1
        return out if found else None


def _asked(words: Sequence[str]) -> str | None:
    """The question word: the first wh-word, or ``YES_NO`` for a question that opens with an
    auxiliary. In one, a wh-word asks only where a question of its own follows ("is Ukraine
    joining, what did Rutte say"; "... and when will they meet"): "when he sees them" and "where
    the talks are" are clauses of the yes/no question, which answers whether, so an example
    asking where or when ("where is {person} meeting {person}") must not take it over."""
    if not words or words[0] not in YES_NO_OPENERS:
        return next((w for w in words if w in WH_WORDS), None)
    return next(
        (
            w
            for w, after in zip(words[1:], words[2:], strict=False)
            if w in WH_WORDS and after in YES_NO_OPENERS
        ),
        YES_NO,
    )


class _Question:
    """A question's words, split once for scoring against every example; which of its words an
    example word matches is worked out once per distinct example word, not once per example."""

    __slots__ = ("words", "slots", "plain", "stems", "asked", "_hits", "_exact", "_initials")

    def __init__(self, words: list[str]):
        self.words = words
        self.slots = [w for w in words if w.startswith("{")]
        self.plain = [w for w in words if not w.startswith("{")]
        self.stems = frozenset(stem(w) for w in self.plain)
        self.asked = _asked(words)
        self._hits: dict[str, tuple[int, ...]] = {}
        # where each word stands, and the words a typo'd target can be (see _same: at least four
        # letters, the same first letter), so a target is compared with those words only
        exact: dict[str, list[int]] = {}
        initials: dict[str, list[tuple[int, str]]] = {}
        for i, word in enumerate(self.plain):
            exact.setdefault(word, []).append(i)
            if len(word) >= 4:
                initials.setdefault(word[0], []).append((i, word))
        self._exact = {word: tuple(positions) for word, positions in exact.items()}
        self._initials = initials

    def hits(self, target: str) -> tuple[int, ...]:
        """Positions in :attr:`plain` of the words that are ``target`` (allowing a typo)."""
        found = self._hits.get(target)
        if found is None:
            if len(target) < 4:  # too short for a typo to be told from another word
                found = self._exact.get(target, ())
            else:
                found = tuple(
                    i for i, word in self._initials.get(target[0], ()) if _same(word, target)
                )
            self._hits[target] = found
        return found


_POSSESSIVE_SLOT = re.compile(r"(\{\w+\})'s\b")


def _compile(example: str) -> _Example:
    # "{person}'s job" is the slot and "job": the question's "Witkoff's" reaches the matcher as
    # a {person} slot without its "'s"
    example = _POSSESSIVE_SLOT.sub(r"\1", example)
    words, slots, wildcard = [], [], False
    for word in example.split():
        slot = _SLOT.fullmatch(word)
        if slot is None:
            words.append(word)
        elif slot.group(1) in WILDCARD_SLOTS:
            wildcard = True
        else:
            slots.append(word)
    first = example.split()[0] if example.split() else ""
    content_words = tuple(w for w in words if w not in STOPWORDS and w not in WH_WORDS)
    content = frozenset(k for w in content_words for k in (stem(w), *related_stems(w)))
    return _Example(
        example,
        tuple(words),
        content_words,
        content,
        tuple(slots),
        wildcard,
        first if first in WH_WORDS else None,
    )


@lru_cache(maxsize=65536)
def _same(a: str, b: str) -> bool:
    """The same word, allowing a typo in longer ones (cached: every question meets the same
    example words)."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    return fuzz.ratio(a, b) >= 80


def _progressive(word: str) -> bool:
    """An "-ing" word ("who is *resisting* the plans"): a verb or its noun, never the name of a
    person, role, country or organisation that an example's slot stands for, unless the
    gazetteer knows it as a place ("beijing", "wyoming")."""
    return len(word) > 5 and word.endswith("ing") and word not in place_words()


def _score(question: _Question, example: _Example, required: bool = False) -> float:
    """0-100: how well the question's words fit one example."""
    if (
        example.content
        and example.content.isdisjoint(question.stems)
        and not any(question.hits(w) for w in example.content_words)
    ):
        # none of the words that make the example what it is: "what is the aim of the force"
        # is not "what is the number of {thing}", however many small words they share
        return 0.0
    words, plain = question.words, question.plain
    used = [False] * len(plain)
    found = 0
    for target in example.words:
        for i in question.hits(target):
            if not used[i]:
                used[i] = True
                found += 1
                break
    slot_hits = 0
    remaining = list(question.slots)
    for slot in example.slots:
        if slot in remaining:
            remaining.remove(slot)
            slot_hits += 1
        elif remaining and (slot == "{entity}" or "{entity}" in remaining):
            remaining.pop(0)
            slot_hits += 1
        elif len(example.words) > 1:
            # an unresolved name may fill the slot: one leftover content word, at a discount;
            # not in a keyword form ("{person} meeting"), where any second word would fill it
            # ("meeting agenda" is no question about whom someone meets)
            for i, word in enumerate(plain):
                if not used[i] and len(word) > 2 and not _progressive(word):
                    used[i] = True
                    slot_hits += 0.5
                    break
    expected = len(example.words) + len(example.slots)
    recall = (found + slot_hits) / expected if expected else 0.0
    unexplained = used.count(False) + len(remaining)
    if example.wildcard:
        unexplained = max(0, unexplained - MAX_ABSORBED)
    explained = len(words) - unexplained
    precision = explained / len(words)
    if recall == 0 or precision == 0:
        return 0.0
    score = 200 * precision * recall / (precision + recall)
    asked = question.asked
    if (
        example.wh is not None
        and asked is not None
        and asked != example.wh
        # a yes/no question names the participants; it asks no circumstance a required fact
        # of a "where"/"when" intent must fill
        and (asked != YES_NO or (example.wh in CIRCUMSTANCE_WH and required))
    ):
        score *= 0.6
    return score
