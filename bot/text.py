"""Words: tokenising, stop words and stemming, shared by matching, ranking and retrieval.

Tokens, stop words, stems and phrases live in :mod:`facts.words`, which the build uses to analyse
sentences ahead of time; they are re-exported here so the rest of ``bot`` reads them from one
place. This module adds what only questions need: lemmas and related words.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from facts.speech import SAY_GROUP
from facts.words import (  # noqa: F401 (re-exported)
    _ASCII_WORD,
    _PHRASE_LIST,
    _WORD,
    PHRASE_KEYS,
    PHRASES,
    SECOND_WORDS,
    STEMS,
    STOPWORDS,
    phrases,
    stem,
    tokenize,
)
from facts.words import normalize as _normalize_text


def normalize(text: str) -> str:
    """:func:`facts.words.normalize` (NFKC, control and format characters dropped), at once
    for printable ASCII, which it leaves as it is: NFKC changes no ASCII character, and
    ``isprintable`` is false for every ASCII control character (the only ASCII ones of category
    C). Most questions are printable ASCII, and the pass over each character cost about 55k
    instructions each of the two times a question is read."""
    if text.isascii() and text.isprintable():
        return text
    return _normalize_text(text)


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
    # "succumbed to" an illness or injuries is news wording for died of it
    ("die", "death", "dead", "died", "dying", "deceased", "kill", "killed", "succumb", "succumbed"),
    ("marry", "married", "marriage", "wife", "husband", "spouse", "wed", "wedding"),
    ("write", "wrote", "written", "writer", "author", "authored"),
    ("found", "founded", "founder", "establish", "established", "create", "created"),
    ("invent", "invented", "inventor", "invention"),
    (
        "discover",
        "discovered",
        "discovery",
        "discoverer",
        "spot",
        "spotted",
        "notice",
        "noticed",
        "detect",
        "detected",
        "uncover",
        "uncovered",
    ),
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
    # "what did Trump tweet": "posting ... on Twitter, ..."
    ("tweet", "tweeted", "tweets", "twitter"),
    # "how did Trump describe the call": "Trump characterized the call as ..."
    (
        "describe",
        "described",
        "characterize",
        "characterized",
        "characterise",
        "characterised",
        "portray",
        "portrayed",
        "depict",
        "depicted",
    ),
    ("shooting", "gunman", "shooter", "gunfire"),
    ("long", "length", "longest"),
    # "how deep|far|wide|heavy|fast": the answer names the measure ("at a depth of 1,400 feet")
    ("deep", "depth", "deeper", "deepest"),
    ("far", "distance", "away"),
    ("wide", "width", "wider", "widest"),
    ("heavy", "weight", "weigh", "weighs", "weighed", "heavier", "heaviest"),
    ("fast", "speed", "faster", "fastest"),
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
    # what a question calls a thing and what the report calls it ("how many shops": "the deal
    # covers 301 stores"; "how many cars": "two to three hundred vehicles"; "was he sick":
    # "he was suffering from prostate cancer"): the answer shares no other word with it
    ("shop", "shops", "store", "stores", "outlet", "outlets"),
    ("car", "cars", "vehicle", "vehicles"),
    ("sick", "ill", "illness", "ailing", "suffering"),
    # an outbreak's count, as news writes it either way: "36 infections", "21 confirmed cases"
    ("infection", "infections", "infected", "case", "cases"),
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
        "session",
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
    # "say", and the other verbs that report speech in news ("Nauseda asserted that ...", "she
    # argued"): facts.speech.SAY_GROUP
    SAY_GROUP,
    (
        "stance",
        "position",
        "view",
        "opinion",
        "feel",
        "think",
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
    (
        "reveal",
        "revealed",
        "disclose",
        "disclosed",
        "publish",
        "published",
        "unveil",
        "public",
        # "has the agenda been released": to release a report, figures or an agenda is to make
        # it public ("the exact agenda has not been disclosed"), a dictionary sense of both
        "release",
        "released",
    ),
    (
        "result",
        "produce",
        "produced",
        "bring",
        "brought",
        "cause",
        "caused",
        "yield",
        "outcome",
        "outcomes",
    ),
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
        # unwilling to do it is refusing to ("Russia remains unwilling to engage in talks")
        "unwilling",
        "reluctant",
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
    (
        "keep",
        "maintain",
        "retain",
        "preserve",
        "sustain",
        "sustaining",
        "continue",
        "continued",
    ),
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
    (
        "support",
        "supporting",
        "back",
        "backing",
        "assist",
        "bolster",
        "favour",
        "favor",
        "underpin",
        "underpins",
    ),
    # what a country contributes to a force is support to it ("with US logistics ... supporting
    # this force"); a group of its own, so that "contribute" does not reach the rest of the
    # support group ("assist", which the seed's headline has as "assistance")
    ("contribute", "contribution", "contributions", "support", "supporting"),
    ("prevent", "deter", "avert", "avoid", "forestall"),
    ("add", "complement", "supplement", "reinforce", "boost"),
    (
        "increase",
        "rise",
        "rising",
        "mount",
        "mounting",
        "surge",
        "escalate",
        "grow",
        "growing",
        "grew",
        "intensify",
        "intensifying",
        "expand",
        "expanding",
        "expansion",
        "ramp",
    ),
    # more of how members word news: falls and losses, lawsuits, areas
    (
        "fall",
        "fell",
        "fallen",
        "drop",
        "dropped",
        "dropping",
        "decline",
        "declined",
        "decrease",
        "decreased",
        "plunge",
        "plunged",
        "slump",
        "dip",
    ),
    ("lose", "lost", "losing", "loss", "losses", "drop", "dropped", "dropping"),
    ("sue", "sued", "suing", "lawsuit", "lawsuits", "litigation"),
    ("area", "district", "region", "province", "neighbourhood", "neighborhood", "zone"),
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
    (
        "asset",
        "assets",
        "equipment",
        "capabilities",
        "capability",
        "resources",
        "hardware",
        "kit",
        "gear",
    ),
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
    ("breakthrough", "progress", "succeed", "success", "successful"),
    ("exact", "precise", "specific", "detailed"),
    (
        "propose",
        "proposed",
        "proposal",
        "proposals",
        "plan",
        "plans",
        "suggest",
        "suggestion",
        "effort",
        "efforts",
        "initiative",
    ),
    ("real", "genuine", "authentic", "credible", "meaningful"),
    ("join", "attend", "participate", "participant", "enter", "entered"),
    ("purpose", "aim", "goal", "point", "objective"),
    ("recent", "recently", "lately"),
    ("scheduled", "due", "slated", "planned", "set"),
    # a key element, component or pillar of a thing is a part of it ("does Ukraine's own army
    # count as part of its security guarantee": "... as a key pillar of its own defense")
    ("component", "components", "element", "elements", "ingredient", "part", "parts", "pillar"),
    ("washington", "dc"),
    ("attention", "buzz", "interest", "spotlight"),
    ("europe", "european", "europeans", "euro"),
    ("again", "next", "another", "anew", "resume", "resumed", "renew", "renewed", "repeat"),
    # "carry out" is read as "conduct" (facts.words): carrying out a plan is implementing it
    ("implement", "implementing", "implementation", "enforce", "practice", "execute", "conduct"),
    ("multinational", "coalition", "joint"),
    ("aggression", "attack", "attacks", "attacking", "assault", "offensive"),
    ("prospects", "chances", "chance", "likelihood", "outlook"),
    ("pillar", "cornerstone", "foundation", "basis", "backbone"),
    # Everyday words for what news reports in its own register, for any story: a member's
    # "doc", "vet", "goods", "on board", "crush" is the report's "physician", "veterinarian",
    # "commodities", "aboard", "stampede" (no group of medicines: "medication" and "medical"
    # share the stem "medic", and "medical glue" is no drug)
    # not "medic": its stem is "medical"'s ("medical glue" is no doctor)
    ("doctor", "doctors", "doc", "physician", "physicians"),
    ("vet", "vets", "veterinarian", "veterinarians", "veterinary"),
    ("goods", "commodities", "products", "merchandise"),
    ("aboard", "board", "onboard"),
    ("display", "displayed", "exhibit", "exhibited", "showcase", "showcased"),
    ("stampede", "crush"),
    ("strengthen", "strengthened", "strengthening", "stronger"),
)


# Members of a related-word group that join it only as the question's word: "why does it
# *matter*" asks how important it is, but a sentence's "on these matters" (the noun, as news
# writes it: issues) says nothing of importance, so "how important are these talks" must not find
# "Russia demands private negotiations with the US on these matters".
ASKING_ONLY = frozenset({"matter", "matters"})


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


def overregularised(word: str) -> str | None:
    """The verb an unknown past in "-ed" is made from, where that verb's past is irregular:
    "keeped" -> keep, "buyed" -> buy, "runned" -> run, "maked" -> make. Learners of English and
    children write it so; a speller by letters reads "keeped" as "keeper", another word."""
    if len(word) < 5 or not word.endswith("ed"):
        return None
    bases = [word[:-2], word[:-1]]
    if len(word) > 5 and word[-3] == word[-4]:
        bases.append(word[:-3])  # "runned", "stopped"
    return next(
        (b for b in bases if b in _IRREGULAR_FORMS and word not in _IRREGULAR_FORMS[b]), None
    )


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
            if member in ASKING_ONLY and own != stem(member):
                continue
            stems.update(stem(f) for f in _inflections({member}))
    stems.discard(own)
    return frozenset(stems)


@lru_cache(maxsize=1)
def _place_forms() -> dict[str, frozenset[str]]:
    """Stem of a one-word country or region name, or of its adjective -> the stems of both.

    Only the first adjective the lists give (:attr:`Lexicon.demonym_of`: "Swedish", "Polish"),
    not the nouns for its people ("a Swede", "Poles", which is also a word for posts)."""
    from facts.lexicon import lexicon

    lex = lexicon()
    forms: dict[str, frozenset[str]] = {}
    for eid, adjective in lex.demonym_of.items():
        known = lex.known.get(eid)
        if known is None or known.kind not in ("country", "place"):
            continue
        words = (known.name, adjective)
        if any(len(tokenize(w)) != 1 for w in words):
            continue
        stems = frozenset(stem(tokenize(w)[0]) for w in words)
        if len(stems) > 1:
            for s in stems:
                forms[s] = forms.get(s, frozenset()) | stems
    return forms


def same_place_stems(own: str) -> frozenset[str]:
    """The stems that name the same country or region as the stem ``own``: its name and its
    adjectives ("ukrain" -> ukrainian, ukrainian...). "Ukrainian territory" is "Ukraine's
    territory", and "the German chancellor" is "Germany's": the adjective is the name's own
    form, as a plural is a noun's, not a related word (empty for any other word)."""
    return _place_forms().get(own, frozenset())
