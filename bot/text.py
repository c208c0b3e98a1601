"""Words: tokenising, stop words and stemming, shared by matching, ranking and retrieval."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import Stemmer

_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*", re.UNICODE)
# The same tokens in lower-cased ASCII text, where a letter or digit ([^\W_]) is [a-z0-9]: a
# character set the regex engine tests from a bitmap rather than by Unicode category, a quarter
# faster on the few dozen sentences each question analyses for the first time. (Possessive
# quantifiers would save a little more, but Python 3.10, which factdesk supports, lacks them.)
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*")
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
    """.split()
)


def normalize(text: str) -> str:
    """NFKC-normalise and drop control and format characters (zero-width, bidi marks)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        ch if unicodedata.category(ch)[0] != "C" else (" " if ch in "\n\t\r" else "") for ch in text
    )


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens; dotted acronyms lose their dots (U.S. -> us)."""
    low = text.lower()
    out = []
    for token in (_ASCII_WORD if low.isascii() else _WORD).findall(low):
        if "." in token or "'" in token or "\u2019" in token:  # the rare, slower path
            token = token.replace("\u2019", "'")
            if "." in token:
                token = token.replace(".", "") if len(token) <= 6 else token.split(".")[0]
            if token.endswith("'s"):
                token = token[:-2]
            if not token:
                continue
        out.append(token)
    return out


STEMS: dict[str, str] = {}  # token -> stem, filled by stem(); read directly in hot loops


def stem(token: str) -> str:
    """Snowball (English) stem of a lower-cased token, memoised (the vocabulary is bounded)."""
    out = STEMS.get(token)
    if out is None:
        out = _STEMMER.stemWord(token)
        if len(STEMS) < 500_000:
            STEMS[token] = out
    return out


def content_terms(text: str) -> list[str]:
    """Stems of the non-stop-words of ``text``, in order."""
    return [stem(t) for t in tokenize(text) if t not in STOPWORDS]


# --- Matching keys -------------------------------------------------------------------------------
# A question and a sentence rarely use the same word form: "wrote"/"written"/"writer",
# "born"/"birth", "died"/"death". Stemming covers regular inflection; a table of irregular forms
# (bot/data/irregular_forms.tsv, taken from LemmInflect's lemma tables) covers irregular verbs and
# plurals (met/meet, children/child); a small built-in table covers the derivations that matter
# most for questions. Each token maps to a small set of *keys*, and two words match when their
# key sets meet.


def _load_irregular() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """word -> its lemmas, and lemma -> its irregular forms, from the packaged table."""
    lemmas: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    path = Path(__file__).with_name("data") / "irregular_forms.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, lemma = line.split("\t")
        lemmas.setdefault(word, set()).add(lemma)
        forms.setdefault(lemma, set()).add(word)
    return (
        {k: frozenset(v) for k, v in lemmas.items()},
        {k: frozenset(v) for k, v in forms.items()},
    )


_IRREGULAR_LEMMAS, _IRREGULAR_FORMS = _load_irregular()

# Words that answer each other in questions, grouped; the first word names the group.
RELATED_WORDS: tuple[tuple[str, ...], ...] = (
    ("born", "birth", "birthday", "birthplace"),
    ("die", "death", "dead", "died", "dying", "deceased", "kill", "killed"),
    ("marry", "married", "marriage", "wife", "husband", "spouse", "wed", "wedding"),
    ("write", "wrote", "written", "writer", "author", "authored"),
    ("found", "founded", "founder", "establish", "established", "create", "created"),
    ("invent", "invented", "inventor", "invention"),
    ("discover", "discovered", "discovery", "discoverer"),
    ("sing", "sang", "sung", "singer", "song", "vocalist", "perform", "performed", "record"),
    ("win", "won", "winner", "victory", "defeat", "defeated", "beat", "champion", "champions"),
    ("live", "lived", "life", "lifetime"),
    ("locate", "located", "location", "situated", "lie", "lies"),
    ("mean", "meaning", "define", "definition", "refer", "refers", "term"),
    ("cost", "price", "priced", "worth", "value"),
    ("big", "large", "size", "area", "largest", "biggest", "sizable", "sizeable", "huge"),
    ("tall", "height", "high", "highest"),
    ("aircraft", "plane", "airplane", "aeroplane", "airliner", "jet", "flight"),
    ("storm", "hurricane", "typhoon", "cyclone"),
    ("shooting", "gunman", "shooter", "gunfire"),
    ("long", "length", "longest"),
    ("old", "age", "aged"),
    ("start", "begin", "began", "begun", "beginning", "launch", "launched", "open", "opened"),
    ("end", "ended", "finish", "close", "closed"),
    ("country", "nation", "national"),
    ("city", "town"),
    ("usa", "us", "america", "american", "americans", "united-states", "washington"),
    ("uk", "britain", "british", "brit", "brits", "england", "english"),
    ("movie", "film"),
    (
        "play",
        "played",
        "star",
        "starred",
        "starring",
        "actor",
        "actress",
        "role",
        "cast",
        "portray",
        "portrayed",
        "voice",
        "voiced",
    ),
    ("director", "direct", "directed"),
    ("kid", "child", "children"),
    ("people", "population", "inhabitants", "residents"),
    # News wording: how members ask versus how reporters write.
    (
        "meet",
        "meeting",
        "talks",
        "summit",
        "sit",
        "visit",
        "host",
        "hosted",
        "see",
        "seeing",
        "attend",
        "participate",
    ),
    ("want", "demand", "insist", "seek", "sought", "require", "need", "wish"),
    (
        "give",
        "gave",
        "supply",
        "provide",
        "send",
        "sent",
        "deliver",
        "offer",
        "contribute",
        "provision",
        "delivery",
        "deliveries",
        "shipment",
        "shipments",
        "hand",
        "share",
    ),
    (
        "say",
        "said",
        "state",
        "stated",
        "mention",
        "tell",
        "told",
        "announce",
        "claim",
        "statement",
    ),
    (
        "stance",
        "position",
        "view",
        "opinion",
        "feel",
        "react",
        "reaction",
        "respond",
        "response",
        "attitude",
        "opposition",
        "oppose",
    ),
    ("weapon", "weaponry", "arms", "armament", "munitions", "missiles", "gun", "guns"),
    ("troops", "soldier", "soldiers", "military", "army", "forces", "peacekeepers"),
    ("reveal", "revealed", "disclose", "disclosed", "publish", "published", "unveil", "public"),
    ("result", "produce", "produced", "bring", "brought", "cause", "caused", "yield"),
    (
        "oppose",
        "opposed",
        "opposition",
        "against",
        "object",
        "reject",
        "resist",
        "refuse",
        "refusal",
        "dismiss",
    ),
    (
        "important",
        "crucial",
        "vital",
        "key",
        "essential",
        "critical",
        "matter",
        "matters",
    ),
    ("willing", "ready", "prepared", "eager", "unwilling"),
    ("keep", "maintain", "retain", "preserve", "sustain", "sustaining", "continue", "continued"),
    ("ceasefire", "truce", "armistice", "cease-fire"),
    ("guarantee", "assurance", "commitment", "pledge", "promise"),
    ("negotiate", "negotiation", "negotiations", "negotiator", "bargain", "talks", "engage"),
    ("unconditional", "unconditionally", "conditions", "preconditions", "conditional"),
    ("alone", "one-on-one", "bilateral", "privately", "tete-a-tete"),
    ("russia", "russian", "moscow", "kremlin"),
    ("ukraine", "ukrainian", "kyiv", "kiev"),
    ("china", "chinese", "beijing"),
    ("iran", "iranian", "tehran"),
    (
        "agree",
        "agreed",
        "agreement",
        "deal",
        "accord",
        "consent",
        "approve",
        "decide",
        "decided",
        "accept",
    ),
    ("attack", "strike", "assault", "raid", "bombing", "bombed"),
    ("arrest", "arrested", "detain", "detained", "custody"),
    ("injure", "injured", "injuries", "wounded", "hurt"),
    ("election", "vote", "votes", "voted", "ballot", "poll", "polls"),
    (
        "leader",
        "lead",
        "leads",
        "head",
        "heads",
        "chief",
        "chair",
        "chancellor",
        "boss",
        "premier",
        "official",
        "officials",
    ),
    ("discuss", "discussion", "discussions", "agenda", "focus", "topic", "subject", "issue"),
    ("stop", "halt", "cease", "suspend", "suspended"),
    ("pick", "choose", "chose", "chosen", "select", "selected", "nominate", "nominated", "named"),
    ("rebuild", "rebuilding", "reconstruct", "reconstruction", "restore", "restoration", "repair"),
    (
        "include",
        "including",
        "consist",
        "comprise",
        "involve",
        "contain",
        "centre",
        "center",
        "encompass",
        "encompassing",
    ),
    (
        "deploy",
        "deployment",
        "deployed",
        "station",
        "stationed",
        "base",
        "based",
        "send",
        "sent",
        "stick",
    ),
    ("aid", "assistance", "help", "funding", "funds"),
    ("support", "supporting", "back", "backing", "assist", "bolster", "favour", "favor"),
    ("prevent", "deter", "avert", "avoid", "forestall"),
    ("add", "complement", "supplement", "reinforce", "boost"),
    ("increase", "rise", "rising", "mount", "mounting", "surge", "escalate"),
    ("fire", "blaze", "flames", "burn", "burned"),
    ("earthquake", "quake", "tremor", "temblor", "seismic"),
    ("crash", "crashed", "collide", "collision", "wreck"),
    ("rule", "ruled", "ruling", "govern", "reign"),
    # More of how members reword news: war and diplomacy, checked on the dev sets.
    ("war", "conflict", "fighting", "hostilities", "invasion"),
    ("solution", "resolution", "resolve", "settle", "settlement", "fix"),
    ("ally", "allies", "allied", "partner", "partners"),
    ("territory", "soil", "land"),
    ("intelligence", "information", "info", "intel", "surveillance", "reconnaissance", "spy"),
    ("security", "safety", "safe", "secure", "protection"),
    ("asset", "assets", "equipment", "capabilities", "capability", "resources", "hardware", "kit"),
    ("modern", "modernized", "modernised", "advanced", "sophisticated", "state-of-the-art"),
    ("defense", "defence", "defensive", "defend", "protect", "protection"),
    ("sovereignty", "independence", "sovereign"),
    ("private", "privately", "secret", "confidential", "closed-door"),
    ("veto", "block", "blocking", "overrule"),
    ("complicate", "complicates", "complicating", "complicated", "difficult", "hard", "hinder"),
    ("formalize", "formalise", "formalizing", "formalising", "finalize", "finalise", "codify"),
    ("pressure", "push", "pushing", "press", "pressing", "urge", "urging", "pile", "piling"),
    ("immediate", "immediately", "instant", "swift"),
    ("envoy", "emissary", "representative", "ambassador", "diplomat"),
    ("robust", "strong", "solid", "firm", "strength"),
    ("breakthrough", "progress"),
    ("exact", "precise", "specific", "detailed"),
    ("propose", "proposed", "proposal", "proposals", "plan", "plans", "suggest", "suggestion"),
    ("real", "genuine", "authentic", "credible", "meaningful"),
    ("join", "attend", "participate", "participant"),
    ("purpose", "aim", "goal", "point", "objective"),
    ("recent", "recently", "lately"),
    ("scheduled", "due", "slated", "planned"),
    ("component", "components", "element", "elements", "ingredient"),
    ("washington", "dc"),
    ("attention", "buzz", "interest", "spotlight"),
    ("europe", "european", "europeans", "euro"),
)


def _related_keys() -> dict[str, tuple[str, ...]]:
    """Stem -> the groups it belongs to (a word may sit in several: "talks" is a meeting and a
    negotiation)."""
    keys: dict[str, tuple[str, ...]] = {}
    for group in RELATED_WORDS:
        for word in group:
            key = stem(word)
            if "~" + group[0] not in keys.get(key, ()):
                keys[key] = (*keys.get(key, ()), "~" + group[0])
    return keys


_RELATED = _related_keys()


@lru_cache(maxsize=131072)
def match_keys(token: str) -> frozenset[str]:
    """The keys under which ``token`` matches: its stem, its lemmas' stems, its related group.

    The stem always comes first in importance; the other keys only widen what counts as the same
    word. ``token`` is a lower-cased token from :func:`tokenize`.
    """
    base = stem(token)
    keys = {base}
    keys.update(stem(lemma) for lemma in _IRREGULAR_LEMMAS.get(token, ()))
    for key in list(keys):
        keys.update(_RELATED.get(key, ()))
    return frozenset(keys)


def _lemmas(word: str) -> set[str]:
    """The word and its lemmas where it is an irregular form ("met" -> "meet")."""
    return {word, *_IRREGULAR_LEMMAS.get(word, ())}


def _inflections(lemmas: set[str]) -> set[str]:
    """The lemmas and their irregular forms; regular forms share the lemma's stem anyway."""
    forms = set(lemmas)
    for lemma in lemmas:
        forms.update(_IRREGULAR_FORMS.get(lemma, ()))
    return forms


_MEMBERS = {group[0]: group for group in RELATED_WORDS}


def related_words(token: str) -> tuple[str, ...]:
    """The words of ``token``'s related-word groups, as written ("war" -> conflict, fighting,
    ...): what to look up in the index when the coverage never uses ``token`` itself."""
    groups = _RELATED.get(stem(token), ())
    return tuple(w for g in groups for w in _MEMBERS[g[1:]] if w != token)


@lru_cache(maxsize=65536)
def related_stems(token: str) -> frozenset[str]:
    """Stems of the words that match ``token`` beyond its own stem.

    The relation of :func:`match_keys` turned around, so that only the question's words need
    expanding and a sentence needs nothing but its stems: a word matches when it shares a lemma
    with the token ("write" -> wrote, written) or belongs to the token's related-word group
    ("born" -> birth, and inflections). Group names (``~born``) are included too: sentences carry
    them when their wording implies the group (a life span implies ``~born`` and ``~die``).
    """
    own = stem(token)
    lemmas = _lemmas(token)
    stems = {stem(f) for f in _inflections(lemmas)}
    groups = {
        group[1:]
        for k in {own, *(stem(lemma) for lemma in lemmas)}
        for group in _RELATED.get(k, ())
    }
    for group in groups:
        stems.add("~" + group)
        for member in _MEMBERS[group]:
            stems.update(stem(f) for f in _inflections({member}))
    stems.discard(own)
    return frozenset(stems)


# --- Phrases -------------------------------------------------------------------------------------
# A verb and its particle, or a set phrase, often say what one word says: Trump "ruled out" a
# ceasefire is Trump rejected it; leaders "get together" when they meet; talks "with no strings
# attached" are unconditional. Questions and sentences both use them, each where the other may use
# the single word, so both sides read the phrase as that word too. Keyed by the first word's stem,
# so every form counts ("rules out", "ruling out", "ruled out").
_PHRASE_LIST = (
    ("rule out", "reject"),
    ("turn down", "reject"),
    ("get together", "meet"),
    ("meet up", "meet"),
    ("sit down", "meet"),
    ("turn up", "attend"),
    ("show up", "attend"),
    ("hand over", "give"),
    ("chip in", "contribute"),
    ("ask for", "demand"),
    ("call for", "demand"),
    ("push for", "demand"),
    ("take part", "participate"),
    ("set up", "establish"),
    ("pull out", "withdraw"),
    ("step down", "resign"),
    ("call off", "cancel"),
    ("put off", "postpone"),
    ("break out", "start"),
    ("ramp up", "increase"),
    ("step up", "increase"),
    ("talk about", "discuss"),
    ("go over", "discuss"),
    ("come up", "discuss"),
    ("on the table", "discuss"),
    ("lead to", "result"),
    ("based on", "include"),
    ("built on", "include"),
    ("built around", "include"),
    ("come out of", "result"),
    ("take place", "happen"),
    ("say yes", "agree"),
    ("fit together", "complement"),
    ("fit in", "complement"),
    ("fit with", "complement"),
    ("armed forces", "military"),
    ("right away", "immediate"),
    ("stand by", "support"),
    ("back up", "support"),
    ("point out", "say"),
    ("carry out", "conduct"),
    ("put into practice", "implement"),
    ("look into", "investigate"),
    ("no strings attached", "unconditional"),
    ("big deal", "important"),
    ("get anywhere", "progress"),
    ("up to date", "modern"),
    ("in charge of", "lead"),
    ("hold on", "wait"),
)
PHRASES: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _word in _PHRASE_LIST:
    _first, _second, *_rest = _phrase.split()
    PHRASES.setdefault((stem(_first), _second), []).append((tuple(_rest), _word))
SECOND_WORDS = frozenset(second for _, second in PHRASES)
# The stem of each phrase's first content word: a sentence without any of them has no phrase,
# which its stems tell before its tokens are walked (most sentences have "to", "of" or "up").
PHRASE_KEYS = frozenset(
    stem(next((w for w in phrase.split() if w not in STOPWORDS), phrase.split()[0]))
    for phrase, _ in _PHRASE_LIST
)


def phrases(tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """(position, length, the one word it means) for each phrase among ``tokens``."""
    found = []
    i = 1
    while i < len(tokens):
        if tokens[i] in SECOND_WORDS:
            for rest, word in PHRASES.get((stem(tokens[i - 1]), tokens[i]), ()):
                if tuple(tokens[i + 1 : i + 1 + len(rest)]) == rest:
                    found.append((i - 1, 2 + len(rest), word))
                    i += len(rest)
                    break
        i += 1
    return found
