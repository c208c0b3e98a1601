"""Tests of bot.rank_features (moved out of tests/bot/test_rank.py with the code)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import (
    question_analysis,
    rank,
    rank_common,
    rank_features,
    sentence_analysis,
    term_matching,
)
from bot.question_analysis import analyze
from bot.rank import Candidate
from tests.bot.test_rank import ZELENSKY, article, best


def test_news_days_count_as_times():
    q = analyze("when will zelensky meet trump")
    typed = rank_features.FEATURES.index("typed_match")
    assert rank_features.features(q, ZELENSKY[:1])[0][typed] == 1.0  # "on Monday"


def test_near_spellings_do_not_match_unrelated_words():
    q = analyze("what about the mountains")
    doc = article("Talks", "The talks were about guarantees.", "The meeting ended early.")
    rows = rank_features.features(q, doc)
    assert all(r[rank_features.FEATURES.index("overlap")] == 0.0 for r in rows)


def test_words_of_the_title_count_less_than_the_rest():
    doc = article(
        "Federal Reserve System",
        "It was created on December 23, 1913.",
        "The Federal Reserve System has its seat in Washington.",
        "Its duties include conducting the nation's monetary policy.",
    )
    q = analyze("what are the duties of the federal reserve")
    overlap = rank_features.FEATURES.index("overlap")
    rows = rank_features.features(q, doc)
    assert rows[2][overlap] > rows[1][overlap]


def test_a_pronoun_inherits_the_previous_sentence():
    q = analyze("what was casey anthony charged with")
    first = "Police arrested Casey Anthony in Orlando."
    with_pronoun = article("Death of Caylee Anthony", first, "She was charged with murder.")
    without = article("Death of Caylee Anthony", first, "A woman was charged with murder.")
    overlap = rank_features.FEATURES.index("overlap")
    assert (
        rank_features.features(q, with_pronoun)[1][overlap]
        > rank_features.features(q, without)[1][overlap]
    )


def test_a_speaker_given_by_a_pronoun_is_the_one_the_sentence_before_named():
    q = analyze("what did the rapporteur agnes callamard tell cengiz")
    first = "Agnes Callamard, a UN rapporteur who investigated the case, was in court."
    quote = '"True justice takes time," she said, asking Cengiz to be patient.'
    unsaid = '"True justice takes time," a banner read, as Cengiz waited.'
    overlap = rank_features.FEATURES.index("overlap")
    said = rank_features.features(q, article("Trial", first, quote))[1][overlap]
    assert said > rank_features.features(q, article("Trial", first, unsaid))[1][overlap]
    spoken = "Speaking to PBS, she said Cengiz must be patient."
    unspoken = "Speaking to PBS, a lawyer said Cengiz must be patient."
    said = rank_features.features(q, article("Trial", first, spoken))[1][overlap]
    assert said > rank_features.features(q, article("Trial", first, unspoken))[1][overlap]


def test_captions_do_not_take_the_first_place():
    doc = article(
        "Olmec",
        "Olmec Head No. 3 from San Lorenzo",
        "The Olmec were the earliest known major civilization in Mexico.",
    )
    rows = rank_features.features(analyze("what were the olmecs"), doc)
    lead = rank_features.FEATURES.index("lead")
    assert [r[lead] for r in rows] == [0.0, 1.0]


def test_the_title_line_is_not_the_lead():
    title = Candidate("Zelensky to meet Trump", 0, 0, True, "Zelensky to meet Trump", 3)
    rows = rank_features.features(analyze("who is zelensky meeting"), [title, *ZELENSKY[:2]])
    lead = rank_features.FEATURES.index("lead")
    assert [r[lead] for r in rows] == [0.0, 1.0, 0.0]


def test_a_headline_that_states_the_number_has_the_answer_type():
    # the headline's own words are not context for the headline itself: "killing eleven" is new
    headline = "Block of flats collapses in Aleppo, killing eleven"
    rows = rank_features.features(
        analyze("how many people died when the flats collapsed in aleppo"),
        [Candidate(headline, 0, 0, True, headline, 3)],
    )
    assert rows[0][rank.TYPED_MATCH] == 1.0


@pytest.mark.parametrize(
    "question, narrower, plain, misses, answers",
    [
        # a country or region does not answer "which city"; a plain "where" takes it
        (
            "which city in alaska did trump and putin meet in",
            "settlement",
            "where did they meet",
            "Trump and Putin agreed to offer Ukraine guarantees in Europe at their Alaska summit.",
            "Trump and Putin met in Anchorage during their Alaska summit.",
        ),
        # a day does not answer "what time"; "when" takes it
        (
            "what time did the fire in the slum start",
            "clock",
            "when did the fire start",
            "A fire yesterday morning destroyed at least 200 homes in a slum.",
            "The fire in Bhera Market broke out at around 3:30am.",
        ),
        # "how far" wants a distance, not any number; "how many" takes any number
        (
            "how far from earth is the black hole",
            "unit",
            "how many years old is the system",
            "The system is estimated to be between 15–75 million years old.",
            "The black hole is about 1010 ± 195 light years from Earth.",
        ),
        # "where did X get Y from" wants a place after "from"; "where" takes any place
        (
            "where did the tribe get their new buffalo from",
            "origin",
            "where were the buffalo released",
            "Members of the Northern Arapaho Tribe watched the release of ten buffalo in Wyoming.",
            "These buffalo came from the National Bison Range in western Montana.",
        ),
        # "how many" wants a count, which "first" is not; "how big" takes any number word
        (
            "how many leaders will zelensky meet",
            "counted",
            "how big is the meeting",
            "Zelensky will first meet Trump.",
            "Zelensky will meet five leaders.",
        ),
        # nor is "second", an order or a unit of time
        (
            "how many people were on board the flight",
            "counted",
            "how big was the flight",
            "The flight was making its second attempt at a landing.",
            "There were 190 people on board.",
        ),
        # "the name of" wants a name, not a pronoun or a place; "who" takes "she"
        (
            "what is the name of the daughter who escaped",
            "name",
            "who escaped",
            "In January, she escaped and phoned 911 (the emergency number in the United States).",
            "The daughter who escaped, Jordan Turpin, phoned 911 in January.",
        ),
    ],
)
def test_a_narrower_answer_type_is_not_met_by_the_broader_one(
    question, narrower, plain, misses, answers
):
    q = analyze(question)
    assert getattr(q, narrower)
    rows = rank_features.features(q, article("Story", misses, answers))
    assert [r[rank.TYPED_MATCH] for r in rows] == [0.0, 1.0]
    assert (
        rank_features.features(analyze(plain), article("Story", misses))[0][rank.TYPED_MATCH] == 1.0
    )


def test_what_year_is_answered_by_a_year_not_by_a_day():
    """ "What year" asks for a year: a news sentence dated "early yesterday morning" tells when
    something else happened (wikinews-dev17: "what year did Gutierrez first become bishop",
    quoted with the lead on his death)."""
    q = analyze("what year did gutierrez first become bishop")
    assert q.evidence_type == "year"
    assert analyze("when did gutierrez first become bishop").evidence_type == "time"
    died = "Bishop Gutierrez died early yesterday morning."
    named = "Gutierrez was named bishop of Marbel in 1982."
    rows = rank_features.features(q, article("Story", died, named))
    assert [r[rank.TYPED_MATCH] for r in rows] == [0.0, 1.0]


def test_a_name_may_open_the_sentence_where_no_common_word_would():
    q = analyze("what was the name of the elephant")
    rows = rank_features.features(
        q, article("Story", "Saumya was the elephant.", "The elephant was old.")
    )
    assert [r[rank.TYPED_MATCH] for r in rows] == [1.0, 0.0]


def test_a_named_thing_is_answered_by_a_name_the_question_lacks():
    doc = article(
        "Trump taken to hospital with COVID-19",
        "US President Trump was taken to a hospital on Friday after testing positive for COVID-19.",
        "He was admitted to Walter Reed Hospital as a precaution.",
    )
    rows = rank_features.features(analyze("what hospital did trump go to after covid"), doc)
    assert [r[rank.TYPED_MATCH] for r in rows] == [0.0, 1.0]


def test_a_name_given_to_the_thing_asked_about_outranks_any_other_name():
    doc = article(
        "Seven killed as pickup truck hits motorcyclists in New Hampshire",
        "A memorial for the group was held at a Blessing of the Bikes ceremony in Columbia.",
        "The victims were members of the motorcycle club Marine JarHeads MC.",
    )
    q = analyze("what biker club were the people killed in the crash in")
    assert q.heads == {"club"}
    named = rank_features.FEATURES.index("named")
    assert [r[named] for r in rank_features.features(q, doc)] == [0.0, 1.0]
    assert best("what biker club were the people killed in the crash in", doc) == doc[1].text


@pytest.mark.parametrize(
    "sentence",
    [
        "He was admitted to Walter Reed Hospital as a precaution.",  # the head in the name
        "The suspects were linked to the Jamaah Ansharut Daulah network.",  # right after it
        'At its centre was a website known as "Welcome To Video".',  # a naming word
    ],
)
def test_a_name_stands_by_what_it_names(sentence):
    assert rank_features._names_head(
        sentence, frozenset({"hospit", "network", "site"}), frozenset()
    )


def test_an_apposition_after_a_name_says_what_it_names():
    """News introduces a name with an apposition as often as with the noun before it:
    "UpGuard, a cybersecurity firm" names a firm; the next word alone was read."""
    heads = frozenset({"firm"})
    sentence = "According to a report by UpGuard, a cybersecurity firm, two databases were found."
    assert rank_features._names_head(sentence, heads, frozenset())
    # an apposition of another thing, or a comma that opens no apposition, names nothing asked
    assert not rank_features._names_head("It came from UpGuard, a report said.", heads, frozenset())
    assert not rank_features._names_head("UpGuard, which found the data, said.", heads, frozenset())


def test_a_name_the_question_has_or_a_place_names_nothing_asked():
    heads, known = frozenset({"plane"}), frozenset({"henderson", "execut", "airport"})
    assert not rank_features._names_head(
        "The plane left Henderson Executive Airport.", heads, known
    )
    assert not rank_features._names_head("A propeller plane in Nevada crashed.", heads, known)
    assert rank_features._names_head("The plane, a Beechcraft Sierra, crashed.", heads, known)


def test_what_someone_said_is_answered_by_speech():
    q = analyze("what did cruz say about term limits")
    quoted = 'Cruz said, "Term limits offer a solution to the brokenness in Washington."'
    reported = "Cruz told ABC that term limits would fix Congress."
    plain = "Cruz and Rooney introduced a term limits amendment on Thursday."
    rows = rank_features.features(q, article("Cruz proposes term limits", quoted, reported, plain))
    assert [r[rank.TYPED_MATCH] for r in rows] == [1.0, 1.0, 0.0]


@pytest.mark.parametrize(
    "sentence",
    ["He was 101 and died of pneumonia.", "Doris Day, 97, died on Monday.", "She died aged 78."],
)
def test_how_old_is_answered_by_an_age_in_news_style(sentence):
    rows = rank_features.features(
        analyze("how old was she when she died"), article("Obituary", sentence)
    )
    assert rows[0][rank.TYPED_MATCH] == 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "The injured teenagers, between the ages of 14 and 18, were hospitalized.",
        "The victims were aged between 14 and 18.",
    ],
)
def test_how_old_is_answered_by_a_range_of_ages(sentence):
    rows = rank_features.features(
        analyze("how old were the teenagers"), article("Shooting", sentence)
    )
    assert rows[0][rank.TYPED_MATCH] == 1.0


def test_a_number_after_was_is_not_always_an_age():
    rows = rank_features.features(
        analyze("how old was he"), article("Walk", "He was 4.5 metres away.")
    )
    assert rows[0][rank.TYPED_MATCH] == 0.0


@given(
    stems=st.lists(st.sampled_from("abc"), max_size=8).map(tuple),
    a=st.sampled_from("abcd"),
    b=st.sampled_from("abcd"),
)
def test_a_word_pair_is_found_wherever_it_stands(stems, a, b):
    pairs = zip(stems, stems[1:], strict=False)
    assert rank_features._adjacent(stems, a, b) == any(x == a and y == b for x, y in pairs)


def test_a_leads_names_are_read_once_for_every_question_on_its_story(monkeypatch):
    """The capitalised runs of a lead do not depend on the question: a second question on the
    story reads them from what the first one found, without tokenising the lead again."""
    lead = "Air India Express Flight 1344 overshot the runway at Calicut airport on Friday."
    rank_features._name_runs.cache_clear()
    first = rank_features._named_in(
        analyze("how many people died in the air india express crash"), lead
    )
    assert first == frozenset({"air", "india", "express"})
    second = analyze("when did the air india express flight land")
    for patched in (
        rank_common,
        question_analysis,
        sentence_analysis,
        term_matching,
        rank_features,
    ):
        monkeypatch.setattr(patched, "tokenize", lambda text: pytest.fail(f"tokenised {text!r}"))
    again = rank_features._named_in(second, lead)
    assert again == frozenset({"air", "india", "express", "flight"})
    assert rank_features._name_runs(lead) == (frozenset({"air", "india", "express", "flight"}),)


def test_a_news_storys_established_terms_count_in_matched_at_the_title_discount():
    """Across stories, the one whose headline has the question's names is not behind one
    whose sentence merely repeats them."""
    title = "Boris Johnson elected Conservative leader"
    text = "Johnson competed for the role against Jeremy Hunt."
    question = analyze("who did boris johnson beat for tory leader")
    matched = rank_features.FEATURES.index("matched")

    def feature(published: str | None) -> float:
        candidate = Candidate(text, 3, 1, False, title, 10, published=published)
        return rank_features.features(question, [candidate])[0][matched]

    story = dict(
        zip(
            [t.word for t in question.terms],
            sentence_analysis.title_hits(question, title),
            strict=True,
        )
    )
    titled = sum(rank_features.DEFAULT_RARITY.weight(w) for w, hit in story.items() if hit)
    assert titled > 0
    expected = rank_features.TITLE_DISCOUNT * titled / rank_features.MATCH_UNIT
    assert abs(feature("2019-07-23") - feature(None) - expected) < 1e-9


def test_a_duration_stated_outright_says_how_long():
    assert rank_features.states_duration("Adamowicz has been mayor since 1998.")
    assert rank_features.states_duration("It has been broadcasting for over 65 years.")
    assert rank_features.states_duration(
        "He remained outside the spacecraft for just over twelve minutes."
    )
    assert not rank_features.states_duration(
        "Vanderbilt married Wyatt Cooper in 1968."
    )  # a bare year
    assert not rank_features.states_duration("He took power after twelve years of civil war.")


def test_lead_defines_only_what_it_has_of_the_words_its_story_lacks() -> None:
    """For "what was Warholm's winning time" the story names Warholm and the race, so the
    question reads as one about its subject; a lead without "time" reports the race, it is
    no definition of what is asked (lead_whatis), and gives way to the sentence with the time."""
    title = "Karsten Warholm wins 400 metres hurdles at World Championships in Doha"
    candidates = [
        Candidate(text, i, 1, False, title, 12, published="2019-10-01")
        for i, text in enumerate(
            (
                "Yesterday, Karsten Warholm of Norway won the 400 metres hurdles final in Doha.",
                "This was a successful defense of his 2017 title won in London.",
                "Warholm, who is 23 years old, won the gold medal with a time of 47.42 seconds.",
            ),
            start=1,
        )
    ]
    question = analyze("what was warholms winning time in doha")
    assert question.what_is
    lead_whatis = rank_features.FEATURES.index("lead_whatis")
    assert rank_features.features(question, candidates)[0][lead_whatis] == 0.0
    # the lead that has every word its story lacks still defines: "who is Karsten Warholm"
    who = analyze("who is Karsten Warholm")
    assert rank_features.features(who, candidates)[0][lead_whatis] == 1.0


def test_a_word_pair_said_in_related_words_counts_at_a_discount():
    # "military backing" is the sentence's "military support": the pair, in other words
    title = "Security guarantees for Ukraine"
    texts = [
        "The guarantees rest on military support from the United States.",
        "The United States would send military assets supporting the force.",
        "The guarantees rest on military backing from the United States.",
    ]
    rows = rank_features.features(
        analyze("who would be giving the military backing"),
        [Candidate(t, i + 1, 1, False, title, 4) for i, t in enumerate(texts)],
    )
    bigram = rank_features.FEATURES.index("bigram")
    related, apart, same = (r[bigram] for r in rows)
    assert same == 1.0
    assert related == rank_features.RELATED_PAIR < same
    assert apart == 0.0


def test_a_word_pair_is_found_across_a_linking_verb():
    """ "what is russia unwilling to do": "Russia remains unwilling to engage" says the pair
    with "remains" where the question's copula is a stopword; another verb still parts it, and
    a question that says "remain" keeps its own pair."""
    title = "Security guarantees for Ukraine"
    texts = [
        "Russia remains unwilling to engage in talks.",
        "Russia praised unwilling partners.",
    ]
    bigram = rank_features.FEATURES.index("bigram")
    rows = rank_features.features(
        analyze("what is russia unwilling to do"),
        [Candidate(t, i + 1, 1, False, title, 3) for i, t in enumerate(texts)],
    )
    linked, parted = (r[bigram] for r in rows)
    assert linked == 1.0
    assert parted == 0.0
    own = rank_features.features(
        analyze("does russia remain unwilling"), [Candidate(texts[0], 1, 1, False, title, 2)]
    )
    assert own[0][bigram] == 1.0


def _headline_tells(question: str, word: str, title: str, text: str, published: str | None) -> bool:
    """Whether the headline of ``text``'s story has the question's ``word`` (feature_rows'
    story terms), the story dated ``published`` or undated."""
    asked = analyze(question)
    at = [t.word for t in asked.terms].index(word)
    candidate = Candidate(text, 3, 1, False, title, 10, published=published)
    return rank_features.feature_rows(asked, [candidate])[2][title][at]


def test_a_news_headline_has_a_country_in_either_form():
    """ "how many seats did the liberals lose in the canadian election", under "Canada 2019
    general election produces Liberal minority government": the story establishes "canadian"
    for its sentences, as a sentence writing "Canada" has it (wikinews-dev18). Only for a news
    story (dated): the undated seed briefing is left as it was."""
    title = "Canada 2019 general election produces Liberal minority government"
    question = "how many seats did the liberals lose in the canadian election"
    text = "The Liberal Party lost a net of 20 seats."
    assert _headline_tells(question, "canadian", title, text, "2019-10-22")
    assert not _headline_tells(question, "canadian", title, text, None)


def test_a_news_headline_has_a_country_or_agency_in_any_of_its_names():
    """ "where exactly did the us hit soleimani" under "United States military kills Qasem
    Soleimani": the member's acronym names the headline's country (wikinews-dev11, -dev15), as
    "cia" names a "Central Intelligence Agency". Only for a news story (dated)."""
    title = "United States military kills Qasem Soleimani"
    question = "where exactly did the us hit soleimani"
    text = "The strike took place near Baghdad International Airport."
    assert _headline_tells(question, "us", title, text, "2020-01-03")
    assert not _headline_tells(question, "us", title, text, None)


def _story_of_the_meeting() -> list[Candidate]:
    """A dated news story's lead and the sentence after it (seed article 000)."""
    title = "Ukraine requires authentic security guarantees, encompassing U.S. assistance"
    texts = [
        "In a significant development, Ukrainian President Volodymyr Zelensky is set to meet "
        "with US President Donald Trump in Washington on Monday, followed by a series of "
        "meetings with European leaders.",
        "The European leaders set to meet with Zelensky include UK Prime Minister Keir Starmer "
        "and French President Emmanuel Macron.",
    ]
    return [
        Candidate(t, i + 1, 1, False, title, 9, published="2025-08-17") for i, t in enumerate(texts)
    ]


def test_a_lead_naming_the_person_gives_the_words_that_describe_them():
    """ "who is the ukrainian leader meeting with": "the ukrainian leader" resolves to Zelensky,
    whom the story's lead names, so its words are the story's, as "zelensky" is; "leader", a
    common word, was one of its own the answering sentence had to say, and the sentence with
    "European leaders" said it. Asked either way, the lead reads the same."""
    candidates = _story_of_the_meeting()
    title = candidates[0].title
    asked = analyze("who is the ukrainian leader meeting with")
    words = [t.word for t in asked.terms]
    described = [("the ukrainian leader", "Volodymyr Zelensky")]
    rows, _, story = rank_features.feature_rows(asked, candidates, described=described)
    assert story[title][words.index("leader")] and story[title][words.index("ukrainian")]
    by_name, _, _ = rank_features.feature_rows(
        analyze("who is zelensky meeting with"),
        candidates,
        described=[("zelensky", "Volodymyr Zelensky")],
    )
    whatis = rank_features.FEATURES.index("lead_whatis")
    assert rows[0][whatis] == by_name[0][whatis] == 1.0
    # a word that resolves to no one stays a word of its own
    _, _, unresolved = rank_features.feature_rows(asked, candidates)
    assert not unresolved[title][words.index("leader")]


def test_a_lead_with_the_words_of_a_description_and_not_the_person_gives_none():
    """ "what did brazil's president say about macron": a lead naming "French President
    Emmanuel Macron" has "president" and not Bolsonaro, whom the words describe."""
    candidates = _story_of_the_meeting()
    asked = analyze("what did the brazilian president say about macron")
    at = [t.word for t in asked.terms].index("president")
    described = [("the brazilian president", "Jair Bolsonaro")]
    _, _, story = rank_features.feature_rows(asked, candidates, described=described)
    assert not story[candidates[0].title][at]
    # the same words for the person the lead names are the story's
    asked = analyze("what did the american president say about macron")
    at = [t.word for t in asked.terms].index("president")
    described = [("the american president", "Donald Trump")]
    _, _, story = rank_features.feature_rows(asked, candidates, described=described)
    assert story[candidates[0].title][at]
