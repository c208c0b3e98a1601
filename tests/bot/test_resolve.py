"""Entities a question names, found through the alias table, typos and all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bot import coverage_gaps, resolve, text
from bot.resolve import Resolver, _ByLength
from bot.text import tokenize

ALIASES = [
    # (alias, entity id, kind, role, mentions)
    ("Emmanuel Macron", "emmanuel-macron", "person", "French President", 2),
    ("Macron", "emmanuel-macron", "person", "French President", 2),
    ("Volodymyr Zelensky", "volodymyr-zelensky", "person", "Ukrainian President", 5),
    ("Zelensky", "volodymyr-zelensky", "person", "Ukrainian President", 5),
    ("Ursula von der Leyen", "ursula-von-der-leyen", "person", "EU chief", 1),
    ("von der Leyen", "ursula-von-der-leyen", "person", "EU chief", 1),
    ("the Kremlin", "russia", "country", None, 3),
    ("Russia", "russia", "country", None, 9),
    ("Lithuanian President", "gitanas-nauseda", "person", "Lithuanian President", 1),
    ("Lithuania President", "gitanas-nauseda", "person", "Lithuanian President", 1),
]


def entities(question: str, known=None) -> list[str]:
    return [r.entity for r in Resolver(ALIASES).resolve(tokenize(question), known)]


def test_exact_aliases_resolve_longest_first():
    assert entities("what did von der leyen say about the kremlin") == [
        "ursula-von-der-leyen",
        "russia",
    ]


def test_a_misspelt_name_resolves_when_the_corpus_does_not_know_the_word():
    assert entities("who is zelenksy meeting", known=lambda word: False) == ["volodymyr-zelensky"]
    assert entities("what did von der layen say", known=lambda word: False) == [
        "ursula-von-der-leyen"
    ]


def test_a_misspelt_name_asked_again_is_resolved_from_what_was_kept(monkeypatch):
    resolver = Resolver(ALIASES)
    unknown = lambda word: False  # noqa: E731
    first = resolver.resolve(tokenize("is zelenksy in kyiv"), unknown)
    assert resolver._fuzzy_found[("zelenksy", False)][0] == "zelensky"
    monkeypatch.setattr(resolver, "_fuzzy_words", None)  # kept: not scored again
    assert resolver.resolve(tokenize("is zelenksy in kyiv"), unknown) == first
    # bounded: a full memo starts over
    monkeypatch.undo()
    monkeypatch.setattr("bot.resolve.FUZZY_KEPT", 1)
    assert resolver._fuzzy("zelenskyy") is not None
    assert list(resolver._fuzzy_found) == [("zelenskyy", False)]


def test_a_possessive_typed_without_its_apostrophe_still_names_the_entity():
    # the index stems "macrons" to "macron", so it counts as a known word and is not fuzzy-matched
    assert entities("whats macrons job", known=lambda word: True) == ["emmanuel-macron"]
    assert entities("zelenskys plan", known=lambda word: True) == ["volodymyr-zelensky"]


def test_ordinary_words_name_nothing():
    assert entities("who will meet on monday", known=lambda word: True) == []


def test_a_word_of_ordinary_english_is_no_typo_of_a_name():
    """ "putting" is unknown to a coverage that never uses it, and 83 of fuzz ratio from
    "putin": a common word is far likelier typed as meant than a name typed wrong."""
    aliases = [*ALIASES, ("Putin", "vladimir-putin", "person", "Russian President", 3)]
    found = Resolver(aliases).resolve(
        tokenize("is the world putting more pressure"), lambda w: False
    )
    assert found == []
    found = Resolver(aliases).resolve(tokenize("what did puttin say"), lambda w: False)
    assert [r.entity for r in found] == ["vladimir-putin"]


def test_a_fuzzy_phrase_needs_the_unknown_word_to_be_a_misspelt_word_of_the_alias():
    aliases = [*ALIASES, ("President of Ukraine", "volodymyr-zelensky", "person", "president", 5)]
    resolver = Resolver(aliases)
    # "sent" is unknown to this coverage; "sent to ukraine" is close to the alias as a whole
    found = resolver.resolve(tokenize("will soldiers be sent to ukraine"), lambda w: w == "ukraine")
    assert [r.entity for r in found] == []
    found = resolver.resolve(tokenize("the presdent of ukraine"), lambda w: w == "ukraine")
    assert [r.entity for r in found] == ["volodymyr-zelensky"]


def test_a_near_alias_needs_every_word_to_be_one_of_its_words():
    # "lithuania prime" is as close to "lithuania president" as a typo would be
    assert entities("who is lithuania's prime minister", known=lambda w: w != "lithuania") == []
    assert entities("what did the lithuanian presdient say", known=lambda w: False) == [
        "gitanas-nauseda"
    ]


@settings(max_examples=300)
@given(
    keys=st.lists(st.text("abcde ", min_size=1, max_size=14), max_size=40, unique=True),
    text=st.text("abcde ", min_size=1, max_size=14),
    cutoff=st.sampled_from([80, 85]),
)
def test_a_fuzzy_look_up_by_length_finds_what_scoring_every_alias_finds(keys, text, cutoff):
    hit = process.extractOne(text, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
    expected = None if hit is None else (hit[0], float(hit[1]))
    assert _ByLength(keys).best(text, cutoff) == expected


WHO = [
    ("World Health Organization", "world-health-organization", "org", None, 35),
    ("WHO", "world-health-organization", "org", None, 35),
    ("Tedros Adhanom Ghebreyesus", "tedros-adhanom-ghebreyesus", "person", None, 4),
]


def test_an_acronym_that_is_a_stop_word_is_spelled_as_its_name():
    # lower-cased, "the WHO" is the question word "who", which names nothing
    resolver = Resolver(WHO)
    spelled = resolver.spell_acronyms("what did the US say about the WHO?")
    assert spelled == "what did the US say about the world health organization?"
    assert [r.entity for r in resolver.resolve(tokenize(spelled))] == ["world-health-organization"]
    assert resolver.spell_acronyms("WHO's chief said what") == "WHO's chief said what"


def test_only_capitals_mid_question_are_acronyms():
    resolver = Resolver(WHO)
    for question in (
        "who leads the world health organization",  # the question word
        "WHO is Tedros?",  # a question's first word is read as one
        "WHAT DID THE WHO SAY",  # typed in capitals: any word could be
        "the Who played Tommy",  # not in capitals
    ):
        assert resolver.spell_acronyms(question) == question
    assert Resolver(ALIASES).spell_acronyms("what did the WHO say") == "what did the WHO say"


EFF = [
    ("Electronic Frontier Foundation", "electronic-frontier-foundation", "org", None, 3),
    ("European Free Fund", "european-free-fund", "org", None, 1),
    ("Federal Aviation Administration", "federal-aviation-administration", "org", None, 2),
    ("FAA", "federal-aviation-administration", "org", None, 2),
    ("American Civil Liberties Union", "american-civil-liberties-union", "org", None, 1),
]


def test_an_acronym_no_entity_goes_by_is_spelled_as_the_one_name_of_its_initials():
    """ "the ACLU" of a story that spells the union out; not an acronym two names share
    ("EFF": the foundation and the fund), nor one an entity goes by ("FAA", resolved as it is)."""
    resolver = Resolver(EFF)
    spelled = resolver.spell_acronyms("will the ACLU sue?")
    assert spelled == "will the american civil liberties union sue?"
    assert [r.entity for r in resolver.resolve(tokenize(spelled))] == [
        "american-civil-liberties-union"
    ]
    assert resolver.spell_acronyms("what did the EFF say") == "what did the EFF say"
    assert resolver.spell_acronyms("what did the FAA say") == "what did the FAA say"
    alone = Resolver(EFF[:1]).spell_acronyms("what did the EFF say")
    assert alone == "what did the electronic frontier foundation say"


def test_initials_are_read_only_of_a_body_or_a_place_with_no_abbreviation_in_its_name():
    """ "UFC" is a fighting league, not the coverage's "US federal court", whose "US" an acronym
    would spell whole; and a person's role phrase ("the Rhode Island governor") is no name that
    anyone abbreviates "RIG"."""
    resolver = Resolver(
        [
            ("US federal court", "us-federal-court", "org", None, 2),
            ("the Rhode Island governor", "dan-mckee", "person", None, 2),
            ("Electronic Frontier Foundation", "electronic-frontier-foundation", "org", None, 3),
        ]
    )
    assert resolver.spell_acronyms("who won the UFC fight") == "who won the UFC fight"
    assert resolver.spell_acronyms("what is the RIG") == "what is the RIG"
    assert resolver.spell_acronyms("what did the EFF say") == (
        "what did the electronic frontier foundation say"
    )


def test_a_sources_topic_in_capitals_is_an_acronym_even_alone_or_first():
    """A topic asks nothing: "WHO" alone (first, and all in capitals) is the organisation, not
    the question word, which a question's first word or a question in capitals would be."""
    resolver = Resolver(WHO)
    assert resolver.spell_acronyms("WHO", topic=True) == "world health organization"
    assert (
        resolver.spell_acronyms("WHO vaccines", topic=True) == "world health organization vaccines"
    )
    assert resolver.spell_acronyms("who", topic=True) == "who"
    assert resolver.spell_acronyms("WHO") == "WHO"


US = [
    ("United States", "united-states", "country", None, 40),
    ("US", "united-states", "country", None, 40),
    ("NATO", "nato", "org", None, 9),
    ("North Atlantic Treaty Organization", "nato", "org", None, 9),
]


def test_a_sources_topic_acronym_that_is_a_common_word_is_spelled_as_its_name():
    """ "/sources query: US" searched the pronoun "us" and listed interviews; a topic's
    acronym that is a common word is its entity's name. A question's "us" is left to the
    resolver ("can you tell us"), and an acronym that is no word ("NATO") is searched as
    written, as the coverage writes it."""
    resolver = Resolver(US)
    assert resolver.spell_acronyms("US", topic=True) == "united states"
    assert resolver.spell_acronyms("the US economy", topic=True) == "the united states economy"
    assert resolver.spell_acronyms("us", topic=True) == "us"
    assert resolver.spell_acronyms("NATO", topic=True) == "NATO"
    assert resolver.spell_acronyms("what did the US say") == "what did the US say"
    # written with its stops
    assert resolver.spell_acronyms("U.S. troops", topic=True) == "united states troops"
    assert resolver.spell_acronyms("U.N.", topic=True) == "U.N."


def test_ordinary_english_is_the_same_threshold_for_a_typo_of_a_name_and_for_a_gap():
    """A word the gap reading calls ordinary wording ("pressure") is also one the resolver
    reads as typed: the two read one constant, text.ORDINARY_ZIPF, not a copy each."""
    assert coverage_gaps.ORDINARY_ZIPF is text.ORDINARY_ZIPF
    assert not hasattr(resolve, "ORDINARY_WORD_ZIPF")
    assert text.zipf("putting") >= text.ORDINARY_ZIPF > text.zipf("puttin")


def test_an_article_s_everyday_words_resolve_to_nothing_its_names_still_do():
    """The aliases a build gives (facts.entities.collector): a question's "guy" is no longer the
    mathematician Richard Guy, nor "get" the film "Get On Up" read as a place, while his full
    name, "the kremlin" and a misspelt "zelenksy" still resolve."""
    from facts.articles import make_article
    from facts.extract import extract

    body = (
        "Richard Kenneth Guy, a British mathematician, died on Monday at 103 years of age. "
        "In his personal time, Richard Guy practiced mountaineering.\n\n"
        "The actor played James Brown in Get On Up.\n\n"
        "Ukrainian President Volodymyr Zelensky said the Kremlin had not replied."
    )
    article = make_article(
        article_id="a", path="a.txt", title="British mathematician dies", body=body, digest="x"
    )
    rows = [(alias, entity, "person", None, 1) for alias, entity in extract(article).aliases]
    resolver = Resolver(rows)

    def named(question: str) -> list[str]:
        return [r.entity for r in resolver.resolve(tokenize(question), lambda word: False)]

    assert named("what did that guy get for the run") == []
    assert named("what did richard guy study") == ["richard-guy"]
    assert named("what did zelenksy say about the kremlin") == ["volodymyr-zelensky", "russia"]
