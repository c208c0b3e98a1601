"""Tests of bot.question_analysis (moved out of tests/bot/test_rank.py with the code)."""

from __future__ import annotations

import pytest

from bot import question_analysis, rank_features
from bot.question_analysis import analyze, asks_role_played
from bot.rank import Candidate
from bot.text import stem, tokenize
from tests.bot.test_rank import article, best, counts, evidence


@pytest.mark.parametrize(
    ("question", "kind", "answer_type"),
    [
        ("When was Elvis born?", "when", "time"),
        ("what year did the war end", "when", "time"),
        ("How many people live in Paris?", "how_many", "number"),
        ("how much does a tesla cost", "how_much", "money"),
        # "money" itself, spending, a fine or bail ask an amount of money, not any number
        ("how much money will american airlines lose from the ban", "how_much", "money"),
        ("how much was the bail for the tennis player", "how_much", "money"),
        ("how much rain did the storm drop", "how_much", "number"),
        # and so does a currency it is asked in; a weight is no money
        ("how much damage in dollars did the typhoon cause", "how_much", "money"),
        # any currency the news is written in
        ("how much damage in pesos did typhoon phanfone do", "how_much", "money"),
        ("how much in dirhams was the fine", "how_much", "money"),
        # the currencies a sentence's amount is read in, singular ones too (rank_common)
        ("how much damage in lari did the flood do", "how_much", "money"),
        ("how much in krone did the state lose", "how_much", "money"),
        ("how much is one ruble worth in cents", "how_much", "money"),
        # "rand" is a name as well ("rand paul"), a question's words are lower-cased
        ("how much support did rand paul get", "how_much", "number"),
        ("how much does it weigh in pounds", "how_much", "number"),
        # as does a currency sign, which the question's tokens drop
        ("how much $$ did kipchoge get for the ineos run", "how_much", "money"),
        ("how much € did the club get", "how_much", "money"),
        # how much something matters: how important it is, as "why does it matter so much" asks
        ("how much do these discussions matter for ukraine's future", "why", "reason"),
        ("how much does the arms supply matter for ukraines army", "why", "reason"),
        ("Who is Zelensky meeting?", "who", "person"),
        ("where is the arctic circle", "where", "place"),
        ("what county is Holly Ridge in", "where", "place"),
        ("what is a banana plug", "definition", "definition"),
        ("what does NATO stand for", "definition", "definition"),
        ("why did the talks fail", "why", "reason"),
        ("is there a ceasefire", "yesno", ""),
        ("which European leaders will Zelensky meet", "who", "person"),
        ("which african union country still hasnt signed the deal", "where", "place"),
        ("Which Louisiana town were the kids from?", "where", "place"),
        ("what 2019 month did it open", "when", "time"),
        ("what did the president say", "what", "statement"),
        ("what is the aim of the european force", "why", "reason"),
        ("whats the lithuanian presidents name", "who", "person"),
        ("what killed the girls in the escape room", "why", "reason"),
        ("what did tony mendez die of", "why", "reason"),
        # what set something off, and the grounds a decision gives, are its reason
        ("what started the fire at the warehouse", "why", "reason"),
        ("on what grounds did the court remove the mayor", "why", "reason"),
        ("what were the grounds for the ruling", "why", "reason"),
        ("what started in 2019", "what", "thing"),
        # an opinion at the time is asked in the holder's words; a standing one is a position
        ("what did the mayor think of the new budget", "what", "statement"),
        ("what did the union feel about the deal", "what", "statement"),
        ("what does the mayor think of the new budget", "what", "thing"),
        # a noun of a type after "what" asks that type, not what the death came of
        ("what date did hamza bin laden actually die", "when", "time"),
        ("what city did she die in", "where", "place"),
        ("what disease did he die of", "why", "reason"),
        # a death in a relative clause tells who is meant: his name is asked, not the cause
        ("what was the name of the man who died of coronavirus in wuhan", "who", "person"),
        ("hurricane humberto wind speed when it passed bermuda", "how_big", "measure"),
        ("how did mugabe die", "why", "reason"),
        ("what was the cause of the fire", "why", "reason"),
        ("what did he say about dying", "what", "statement"),
        ("will it come up when he sees the europeans", "yesno", ""),
        ("can you tell me when the meeting is", "when", "time"),
        ("does anyone know why russia objects", "why", "reason"),
        ("how did he die in the end", "how", "manner"),
        ("how did that jackal in tamil nadu die exactly", "why", "reason"),
        ("how did the spacecraft reach the moon exactly", "how", "manner"),
        # asked for in someone's words: "how did Trump describe the call", "how did X react"
        ("how did trump describe his phone call with zelensky", "how", "statement"),
        ("how did erick rowan react to the news", "how", "statement"),
        ("how did the spacecraft reach the moon", "how", "manner"),
        ("how did beto announce he was ending his campaign", "how", "manner"),  # in a video?
        ("what is the reason for the pressure on russia", "why", "reason"),
        ("pressure on russia reason", "why", "reason"),
        ("houthi drone attack on saudi aramco how many drones", "how_many", "number"),
        # a clause that sets the scene comes first; the question proper follows it
        ("when the US passed 100k deaths how many deaths did the UK have", "how_many", "number"),
        (
            "after the summit in cairo condemned the sea deal, where are they meeting next",
            "where",
            "place",
        ),
        ("when humberto became a hurricane, how far was it from bermuda", "how_big", "measure"),
        # the question proper's verb may follow a noun ("which matches got") or be a passive's
        # "got" ("who got sworn in"): the scene's "when" is not what is asked
        ("when the mayor stepped down, who got sworn in next", "who", "person"),
        ("when the league paused its season which matches got called off", "what", "thing"),
        ("when trump and putin meeting again", "when", "time"),
        ("when will the man who shot him be sentenced", "when", "time"),
        # words of talk before the question proper
        ("so did the alaska summit get a ceasefire or not", "yesno", ""),
        ("and who is he meeting after trump", "who", "person"),
        ("so what", "what", "thing"),
    ],
)
def test_analyze_finds_kind_and_expected_answer(question, kind, answer_type):
    q = analyze(question)
    assert (q.kind, q.answer_type) == (kind, answer_type)


def test_the_noun_naming_the_answer_type_is_not_a_word_to_find():
    assert [t.word for t in analyze("on which day did the alaska meeting happen").terms] == [
        "alaska",
        "meeting",
    ]
    # a clock time is not a day: "what time" keeps its word
    assert "time" in [t.word for t in analyze("what time is the meeting on monday").terms]


def test_words_about_asking_are_not_words_to_find():
    # "status", "upcoming", "specify": no answer says them
    assert [t.word for t in analyze("ceasefire status").terms] == ["ceasefire"]
    assert [t.word for t in analyze("could you specify the upcoming talks").terms] == ["talks"]
    # every form of "happen" only carries the question's shape, "happens" too (its "after"
    # is the order asked: asks_order)
    assert [t.word for t in analyze("what happens after the talks").terms] == ["after", "talks"]
    assert [t.word for t in analyze("what happens with the talks").terms] == ["talks"]
    # "these days" and "nowadays" say now
    # ("boss" is read as the plain "leader", facts/data/phrases.txt)
    assert [t.word for t in analyze("the nato boss - who's that these days").terms] == [
        "nato",
        "leader",
    ]
    assert [t.word for t in analyze("who leads nato nowadays").terms] == ["leads", "nato"]
    assert "days" in [t.word for t in analyze("how many days did the talks last").terms]
    # "how much" asking how much something matters asks why it is important: "much" is no
    # amount any answer says, as "how much" asking an amount has it
    assert "much" not in [t.word for t in analyze("how much does the arms supply matter").terms]
    assert "much" in [t.word for t in analyze("how much damage did the typhoon cause").terms]


def test_one_standing_for_a_noun_is_no_word_to_find_and_a_count_is():
    # "the french one": the French leader, whom a sentence names without any "one"
    for pronoun in (
        "the french one macron, is he part of it",
        "french one going as well or no",
        "does von der leyen go too? the EU one",
        "macron or scholz, which one is meeting zelensky",
        "what one is first",
    ):
        assert "one" not in [t.word for t in analyze(pronoun).terms], pronoun
    for count in (
        "is the euro force meant to be just one country or a bunch",
        "is there gonna be a one on one between zelensky and trump",
        "who owned one of those facebook databases",
        "which one of the leaders is meeting him first",
    ):
        assert "one" in [t.word for t in analyze(count).terms], count


def test_be_able_to_is_a_modal_and_no_word_to_find():
    # "wants to be able to block": can block, which a sentence says with its verb
    words = [t.word for t in analyze("does russia want to be able to block the guarantees").terms]
    assert "able" not in words and "block" in words
    assert "able" in [t.word for t in analyze("what keeps the army able to fight").terms]


def test_function_words_and_hedges_are_not_words_to_find():
    # "agree upon", "whether ... rather than": grammar, which no answer needs to repeat
    assert [t.word for t in analyze("what did they agree upon in alaska").terms] == [
        "agree",
        "alaska",
    ]
    assert [t.word for t in analyze("whether the us sends arms rather than troops").terms] == [
        "us",
        "sends",
        "arms",
        "troops",
    ]
    # prepositions that only relate the words around them
    assert [t.word for t in analyze("is the french president among the leaders").terms] == [
        "french",
        "president",
        "leaders",
    ]
    assert "framework" in [t.word for t in analyze("within what framework").terms]
    assert "within" not in [t.word for t in analyze("within what framework").terms]
    # "reportedly" hedges the claim; the article reports it without the word
    assert [t.word for t in analyze("what did trump reportedly agree").terms] == [
        "trump",
        "agree",
    ]


def test_a_shell_noun_after_a_demonstrative_is_not_a_word_to_find():
    # "on this issue" points back at what the question is about ("Russia demands private
    # negotiations with the US on these matters")
    assert [t.word for t in analyze("what does russia want from the us on this issue").terms] == [
        "russia",
        "want",
        "us",
    ]
    assert "matters" not in [t.word for t in analyze("what did they say on these matters").terms]
    # without the demonstrative the noun is asked about
    assert "issue" in [t.word for t in analyze("what is the main issue at the talks").terms]


def test_a_noun_for_the_coverage_itself_is_not_a_word_to_find():
    # "according to the report", "what does the briefing say": the text asked about, as "the
    # article" and "the story" are
    terms = analyze("according to the report, what does russia insist on").terms
    assert [t.word for t in terms] == ["russia", "insist"]
    terms = analyze("what does the briefing say about the agenda").terms
    assert [t.word for t in terms] == ["say", "agenda"]
    # a report the news is about stays a word to find
    assert "report" in [t.word for t in analyze("what did the un report find").terms]


def test_a_noun_asking_for_a_cause_is_not_a_word_to_find():
    # "due to Russia's refusal" answers it without the word "reason"
    for question in ("what is the reason for the pressure on russia", "pressure on russia reason"):
        assert [t.word for t in analyze(question).terms] == ["pressure", "russia"]


def test_an_adverb_of_emphasis_leaves_a_question_asking_for_a_cause():
    # "all five deaths were caused by carbon monoxide poisoning", not "A fire killed five girls"
    for question in (
        "what actually killed the girls in the escape room fire",
        "what exactly caused the crash",
    ):
        assert analyze(question).answer_type == "reason"


def test_a_verb_of_setting_off_asks_for_a_cause():
    # "International pressure is increasing due to Russia's refusal ..."
    for question in (
        "what has prompted the pressure on russia",
        "what triggered the pressure on russia",
        "what might have sparked the pressure on russia",
    ):
        analysis = analyze(question)
        assert (analysis.kind, analysis.answer_type) == ("why", "reason")
        assert [t.word for t in analysis.terms] == ["pressure", "russia"]
    # what someone prompts is a thing, not a cause
    assert analyze("what did trump prompt").answer_type != "reason"


def test_a_noun_asking_for_a_purpose_is_not_a_word_to_find():
    # "to deter a renewed Russian attack" states the aim without the word "aim" or "point"
    for question in (
        "what is the aim of the european force",
        "whats the point of the european force",
    ):
        assert [t.word for t in analyze(question).terms] == ["european", "force"]
    # a noun that is not asking for the purpose stays a word: "the point" of a score is no reason
    assert "points" in [t.word for t in analyze("how many points did they score").terms]


def test_asking_a_detail_of_someone_is_not_asking_what_they_are():
    assert analyze("who is keir starmer").what_is
    assert not analyze("what is keir starmer's job").what_is


def test_analyze_keeps_content_terms_only():
    q = analyze("Who is the German chancellor meeting?")
    assert [t.word for t in q.terms] == ["german", "chancellor", "meeting"]


def test_analyze_survives_empty_and_huge_questions():
    assert analyze("").terms == ()
    assert len(analyze("word " * 20000 + " ".join(f"w{i}" for i in range(100))).terms) <= 24


def test_the_names_of_a_group_ask_for_people_as_the_name_of_one_does():
    """A question for "the names of the nine men jailed" asks who they are: a sentence telling
    that nine men were jailed, naming no one, does not answer it (wikinews-dev17)."""
    for question in (
        "what are the names of the nine men jailed",
        "what is the name of the man",
        "names of the two men jailed",  # chat's bare phrase asks the same
    ):
        q = analyze(question)
        assert (q.answer_type, q.name) == ("person", True)


@pytest.mark.parametrize(
    "question",
    [
        "which cybersecurity firm found the exposed data",
        "what hospital did trump go to after he got covid",
        "what type of plane went down near the airport",
        "What was the dark web child abuse site called?",
    ],
)
def test_asking_which_firm_or_hospital_asks_for_its_name(question):
    q = analyze(question)
    assert (q.answer_type, q.evidence_type) == ("name", "name")


@pytest.mark.parametrize(
    "question, answer_type",
    [
        ("which of her own films did doris day think was her best role", "name"),
        ("which of the two candidates won the primary", "person"),
        ("which of these countries sent troops", "place"),
    ],
)
def test_a_partitive_which_asks_what_its_noun_names(question, answer_type):
    """ "which of her own films" asks for a film, as "which film" does (wikinews-dev18): the
    "of" and the words before the noun do not end the noun phrase the question asks about."""
    assert analyze(question).answer_type == answer_type


def test_which_of_with_no_noun_after_it_is_read_as_before():
    assert analyze("which of them won").answer_type == analyze("which won").answer_type


@pytest.mark.parametrize(
    "question",
    [
        "names of the ships",
        "which vessels were seized",
        "what planes were shot down",
    ],
)
def test_plural_heads_ask_for_names_as_singular_ones_do(question):
    """ "the names of the ships" asks for the ships' names, as "the name of the ship" does:
    not who-question (no ship is a person)."""
    assert analyze(question).answer_type == "name"


@pytest.mark.parametrize(
    "question",
    [
        "what kind of army does ukraine need",  # a kind, not a name
        "what prison sentence did the doctor get",  # a length of time
        "what did trump call the inquiry",
    ],
)
def test_other_what_questions_ask_for_no_name(question):
    assert analyze(question).answer_type != "name"


def test_a_court_is_named_as_an_institution_is():
    doc = article(
        "Sixteen states sue Trump over border wall emergency",
        "Attorneys general from sixteen states filed a combined lawsuit against the emergency.",
        "The lawsuit was filed in the U.S. District Court for Northern District of California.",
    )
    q = analyze("which court did the states file their lawsuit in")
    assert q.answer_type == "name" and q.heads == {"court"}
    assert best("which court did the states file their lawsuit in", doc) == doc[1].text


@pytest.mark.parametrize(
    "question", ["name the european leaders", "list the european leaders", "european leaders list"]
)
def test_asking_to_name_or_list_people_asks_for_people(question):
    assert analyze(question).answer_type == "person"


def test_a_keyword_query_ending_in_a_type_noun_asks_for_that_type():
    q = analyze("zelensky washington date")
    assert q.answer_type == "time"
    assert [t.word for t in q.terms] == ["zelensky", "washington"]
    assert analyze("meeting location").answer_type == "place"
    assert analyze("zelensky trump meeting time").answer_type != "time"  # a day or a clock time?
    assert analyze("what date is the meeting").answer_type == "time"  # questions as before


@pytest.mark.parametrize(
    "question",
    ["number of rockets fired at the air base", "percentage of votes for the ruling party"],
)
def test_a_keyword_query_opening_with_number_of_asks_for_a_number(question):
    assert analyze(question).answer_type == "number"


def test_a_keyword_query_ending_in_turnout_asks_for_a_number():
    assert analyze("district council election turnout").answer_type == "number"
    assert analyze("number one song").answer_type != "number"  # no "of": a phrase of its own


def test_a_clause_of_time_after_a_keyword_query_s_type_noun_does_not_ask_when():
    q = analyze("hurricane humberto wind speed when it passed bermuda")
    assert q.answer_type == "measure"
    assert "speed" not in [t.word for t in q.terms]
    assert analyze("summit location when trump met putin").answer_type == "place"
    # a "when" that asks is still a question of time
    assert analyze("summit location when did they agree on it").answer_type == "time"
    assert analyze("when did the hurricane pass bermuda").answer_type == "time"


def test_again_asks_for_another_occurrence_unless_it_asks_to_be_reminded():
    assert "again" in [t.word for t in analyze("when are trump and putin meeting again").terms]
    assert "again" in [t.word for t in analyze("will they meet again").terms]
    assert "again" not in [t.word for t in analyze("whats witkoffs job again").terms]
    assert "again" not in [t.word for t in analyze("who is witkoff again").terms]
    # read from the question proper, after a topic set before it
    assert "again" not in [t.word for t in analyze("that nato guy, whats his name again").terms]
    assert "again" in [t.word for t in analyze("the two of them, will they meet again").terms]


def test_the_narrower_answer_types_are_read_from_the_question_words():
    assert analyze("how far from earth is the black hole").unit == "length"
    assert analyze("how heavy was the meteorite").unit == "weight"
    assert analyze("how big is the crater").unit == ""  # an area, a length or a count
    assert not analyze("where is david ortiz from").origin  # a birthplace answers that


def test_default_rarity_weighs_the_words_the_question_typed():
    q = analyze("which company")
    assert q.terms[0].stem == "compani"  # not a word: the weight comes from "company"
    assert 1.0 < rank_features.DEFAULT_RARITY.weight(q.terms[0].word) < 2.0
    assert rank_features.DEFAULT_RARITY.weight(analyze("zelensky").terms[0].word) > 5.0


def test_a_count_question_knows_what_it_counts():
    assert {"vote", "elector"} <= analyze("How many electoral votes did Biden win?").counted
    assert "peopl" in analyze("what number of people were on board").counted
    assert analyze("who won the election").counted == frozenset()


def test_a_number_before_a_noun_of_its_own_counts_another_thing():
    votes = question_analysis.counted_thing(tokenize("how many votes did jephcott get"))
    running = "Wikinews spoke to one of the four candidates running in the by-election."
    assert question_analysis.counts_another(running, votes)
    # the counted thing said, or no number before a noun, is no other count
    assert not question_analysis.counts_another("She won 4,000 votes, four candidates ran.", votes)
    assert not question_analysis.counts_another("The count ended at 4,000.", votes)
    assert not question_analysis.counts_another("Jephcott ran in 2020 for the seat.", votes)
    # the counted thing named with no number of its own is not counted
    flights = question_analysis.counted_thing(tokenize("how many flights a week will it cut"))
    airports = "The measure bans US airlines' flights to 9 Cuban airports."
    assert question_analysis.counts_another(airports, flights)
    assert not question_analysis.counts_another("It cuts 40 flights a week.", flights)
    # a noun spelt as the counted one is its typo: "statutes" for the study's "statues"
    statues = question_analysis.counted_thing(tokenize("how many easter island statutes"))
    assert not question_analysis.counts_another("The study examined 93 statues.", statues)
    # news counts people by what they are ("337 users"), and "actually" counts nothing
    assert not question_analysis.counted_thing(tokenize("how many people got arrested"))
    assert not question_analysis.counted_thing(tokenize("how many actually turned up"))
    assert not question_analysis.counted_thing(tokenize("how many covid cases at the base"))
    # the counted noun ends before a verb: "how many rockets landed" counts rockets
    landed = question_analysis.counted_thing(tokenize("how many rockets landed near the base"))
    assert landed == {"rocket"}
    got = question_analysis.counted_thing(tokenize("how many votes boris johnson got"))
    assert "vote" in got and "johnson" not in got


def test_ordinals_do_not_count():
    question = analyze("how many women are in congress")
    assert not question_analysis.counts(
        "She was the first woman to lead congress.", question.counted
    )
    assert question_analysis.counts("Congress has 102 women.", question.counted)


def test_a_rough_magnitude_counts_only_when_exactness_is_not_asked():
    """ "a few hundred people attended" counts people, roughly: the ranker's "counted" asks
    for an exact count (exact=True), which "around 200 people attended" gives."""
    came = analyze("how many people turned up to the rally").counted
    for rough in (
        "On Saturday, a few hundred people attended the party.",
        "The rally was visited by several tens of thousands of people.",
        "Hundreds of people marched to the square.",
    ):
        assert question_analysis.counts(rough, came), rough
        assert not question_analysis.counts(rough, came, exact=True), rough
    for exact in ("Reuters estimated around 200 people attended.", "Two hundred people came."):
        assert question_analysis.counts(exact, came, exact=True), exact
    assert question_analysis.vague_magnitude(["a", "few", "hundred"], 2)
    assert not question_analysis.vague_magnitude(["a", "hundred"], 1)


def test_a_number_after_what_it_counts_counts_it():
    died = analyze("how many people died in the bus crash").counted
    assert question_analysis.counts("A bus crashed in Cuba, killing seven.", died)
    assert question_analysis.counts("The blast killed at least 18 in the capital.", died)
    women = analyze("how many women are in congress").counted
    assert question_analysis.counts(
        "Congress has the greatest number of women, 102, in its history.", women
    )
    episodes = analyze("how many episodes of boardwalk empire").counted
    assert not question_analysis.counts("The critic awarded the episode five stars.", episodes)
    oceans = analyze("how many oceans are on earth").counted
    assert not question_analysis.counts("The ocean contains 97% of the water.", oceans)
    games = analyze("how many xbox 360 games are there").counted
    assert not question_analysis.counts("A list of Xbox 360 games released on DVD.", games)


def test_a_share_is_answered_by_a_percentage_not_any_number():
    question = analyze("what % did bernie get in nevada")
    assert question.evidence_type == "percent"
    assert analyze("what percentage of votes did sanders win").evidence_type == "percent"
    doc = article(
        "Sanders wins Nevada caucuses",
        "Sanders won the Nevada caucuses on Saturday, ahead of 6 rivals.",
        "He took 46.8% of the county delegates.",
    )
    assert best("what % did bernie sanders get in nevada", doc) == doc[1].text


def test_a_measure_noun_asks_for_its_value():
    turnout = analyze("what was the voter turnout in the district council elections")
    assert (turnout.answer_type, turnout.evidence_type) == ("number", "percent")
    term = analyze("what is the minimum prison term if the family forgives the killer")
    assert term.evidence_type == "duration"
    assert analyze("what prison sentence did the doctor get").evidence_type == "duration"
    # a possessive opens the noun phrase as "the" does
    assert analyze("what was his prison sentence").evidence_type == "duration"
    assert analyze("what was her winning time").evidence_type == "duration"
    # time in custody is a length of time, as a prison term is, not a clock time
    assert analyze("what is the maximum jail time for theft").evidence_type == "duration"
    assert analyze("what time did the prison riot start").evidence_type == "clock"
    assert analyze("what is the term for this").evidence_type != "duration"  # a word, not time
    # a counted sentence is one of a text, not a penalty
    assert analyze("what was the first sentence of the letter").evidence_type != "duration"
    # placed by a position word, not only a number word (a dead first binding of the set)
    assert analyze("what was the closing sentence of his speech").evidence_type != "duration"
    assert analyze("what was the last sentence of the letter").evidence_type != "duration"
    assert analyze("what was the final sentence handed down").evidence_type == "duration"
    # a temperature is a reading, as "what temperature" asks, its modifier first or not
    water = analyze("at what water temperature does fish protection stop working for coral")
    assert water.answer_type == "measure"
    doc = article(
        "Pro-democracy camp sweeps Hong Kong district council elections",
        "Hong Kong's district elections are usually quiet; this year every seat was contested.",
        "The turnout was about 71%, higher than last time.",
    )
    asked = "what was the voter turnout in the hong kong district council elections"
    assert best(asked, doc) == doc[1].text


def test_a_score_or_a_vote_asks_one_number_against_another():
    """ "what was the final vote" is answered by "passed 230-to-198", not by the lead's "two
    Cabinet officers"; a span of years or a range of percentages is no result."""
    vote = analyze("what was the final vote when the house held barr and ross in contempt")
    assert (vote.answer_type, vote.evidence_type) == ("number", "tally")
    assert analyze("whats the final score in the caloundra vs wynnum game").evidence_type == "tally"
    assert analyze("what was the vote on the bill").evidence_type != "tally"  # what was voted
    assert evidence("The vote passed along party lines, 230-to-198.", "tally")[0]
    assert evidence("It ended in a 22 points to 10 win for University.", "tally")[0]
    assert not evidence("He was prime minister, 1980–1987, then president.", "tally")[0]
    assert not evidence("Between 10-20% of people agreed.", "tally")[0]
    doc = article(
        "US House holds two Cabinet officers in contempt of Congress",
        "The House voted to hold two Cabinet officers, Wilbur Ross and William Barr, in contempt.",
        "The vote passed primarily along party lines, 230-to-198.",
        "Barr and Ross refused to hand over the census documents.",
    )
    assert best("what was the final vote when the house held barr and ross in contempt", doc) == (
        doc[1].text
    )


def test_the_vote_to_do_something_asks_its_result():
    """ "the vote *to* VERB" names the motion, so "what was the vote to remove the senator" asks
    its tally as "what was the final vote" does; "the vote to the assembly" and "the vote on the
    bill" still ask what was voted on."""
    motion = analyze("what was the vote to remove the senator from the party")
    assert (motion.answer_type, motion.evidence_type) == ("number", "tally")
    assert analyze("what was the vote to leave").evidence_type == "tally"
    assert analyze("what was the vote to the assembly").evidence_type != "tally"
    assert analyze("what was the vote on the bill").evidence_type != "tally"


def test_where_the_people_of_a_story_were_from_wants_a_place_after_from():
    """ "where were the kids from": "The children were all from Marksville, Louisiana", not the
    lead's "on a Florida highway near Gainesville"; "where is Ortiz from" (a name) is still
    answered by a birthplace or a nationality."""
    kids = "where were the kids who died in the church bus crash on the florida interstate from"
    assert analyze(kids).evidence_type == "origin"
    assert analyze("where is ortiz from").evidence_type == "place"
    assert evidence("The children were all from Marksville, Louisiana.", "origin")[0]
    assert not evidence("A crash on a Florida highway near Gainesville killed five.", "origin")[0]


def test_a_race_time_is_how_long_the_run_took():
    assert analyze("what was warholm's winning time in doha").evidence_type == "duration"
    assert analyze("what was the finishing time of the marathon").evidence_type == "duration"
    assert analyze("what time did the race start").evidence_type == "clock"  # a time of day


def test_what_times_asks_a_clock_time_as_what_time_does():
    assert analyze("what times does the ferry leave on sunday").evidence_type == "clock"
    assert analyze("which times on friday do the polls open").answer_type == "time"
    # not a count's "times"
    assert analyze("how many times did the ferry sail").evidence_type == "count"


def test_a_span_of_time_counts_nothing_but_time():
    assert counts("The move came two days after the WHO declared a pandemic.") == set()
    assert counts("12 people died in two days.") == {"12"}
    # an age in millions of years is a span too, its number as much as its scale word
    assert counts("The star is roughly five million years old.") == set()
    assert counts("Five million people live there.") == {"five", "million"}
    assert analyze("how many countries had cases").evidence_type == "count"
    assert analyze("how many days did the strike last").evidence_type == "duration"


def test_how_deep_is_not_answered_by_how_far_away():
    epicentre = "The epicentre was 73 km (45 miles) north of Tandag City."
    assert analyze("how deep was the quake").evidence_type == "height"
    assert evidence(epicentre, "height") == ((), False)
    assert evidence(epicentre, "length")[0]  # "how far" it answers
    assert evidence("The quake struck at a depth of 10 km.", "height")[0]


def test_words_that_only_shape_the_question_are_not_words_to_find():
    terms = analyze("can someone explain the reassurance force thing, basically").terms
    assert [t.word for t in terms] == ["reassurance", "force"]
    assert [t.word for t in analyze("any news or updates on a truce").terms] == ["truce"]
    assert [t.word for t in analyze("ngl is there a truce lol").terms] == ["truce"]
    assert [t.word for t in analyze("hold on, what's the latest on the truce").terms] == ["truce"]
    terms = analyze("sorry if this is a dumb question but who is the nato boss").terms
    assert [t.word for t in terms] == ["nato", "leader"]  # "boss", read as the plain word


def test_tell_is_a_word_to_find_unless_it_asks_to_be_told():
    assert "tell" in [t.word for t in analyze("what did starmer tell zelensky").terms]
    assert "tell" not in [t.word for t in analyze("tell me about the summit").terms]


def test_holding_an_event_is_no_word_to_find():
    # "the meeting in Alaska on Friday" says where and when it was held without "held"
    assert [t.word for t in analyze("when was the alaska meeting held").terms] == [
        "alaska",
        "meeting",
    ]
    assert "hold" not in [t.word for t in analyze("where did trump and putin hold a summit").terms]
    # holding something else is a word of the question
    assert "hold" in [t.word for t in analyze("what position does von der leyen hold").terms]


def test_joining_an_event_is_no_word_to_find():
    # "The European leaders set to meet with Zelensky include ..." lists who joins the talks
    assert [t.word for t in analyze("name the european leaders joining the talks").terms] == [
        "european",
        "leaders",
        "talks",
    ]
    # joining something else is a word of the question: joining NATO is no meeting
    assert "join" in [t.word for t in analyze("is ukraine going to join nato").terms]


def test_what_talks_cover_is_what_they_discuss():
    # "the talks are expected to focus on ..." says what the discussions cover
    terms = analyze("what will the summit cover").terms
    assert [t.word for t in terms] == ["summit", "discuss"]
    assert "focus" in terms[1].related
    # without talks of any kind "cover" keeps its own sense
    assert "cover" in [t.word for t in analyze("will the us cover the cost").terms]


def test_putting_troops_somewhere_is_deploying_them():
    # "the deployment of a multinational European military force on Ukrainian territory"
    terms = analyze("why put a european army in ukraine").terms
    assert [t.word for t in terms] == ["deploy", "european", "army", "ukraine"]
    assert "deploy" in terms[0].related or terms[0].stem == "deploy"
    # putting anything else somewhere is its own verb
    assert "put" in [t.word for t in analyze("what tariffs has the us put on india").terms]


def test_parking_troops_somewhere_is_deploying_them():
    terms = analyze("whats the point of parking a european army in ukraine").terms
    assert "deploy" in [t.word for t in terms]
    # a car is parked, not deployed
    assert "parking" in [t.word for t in analyze("where can visitors find parking").terms]


def test_shipping_arms_is_supplying_them():
    assert "supply" in [t.word for t in analyze("is america shipping advanced arms").terms]
    # a ship is a vessel: "how many ships sank" asks about ships
    assert "ships" in [t.word for t in analyze("how many ships sank").terms]


def test_a_word_of_degree_inside_a_phrase_leaves_the_phrase():
    # "lean on" is pressure however hard ("international pressure is increasing")
    words = [t.word for t in analyze("why is the world leaning harder on russia").terms]
    assert "pressure" in words and "leaning" not in words
    assert "demand" in [t.word for t in analyze("is kyiv pushing hard for talks").terms]
    # only between the phrase's words: "harder" elsewhere stays the asker's word
    assert "harder" in [t.word for t in analyze("why are the talks harder now").terms]


def test_several_words_of_degree_inside_a_phrase_leave_the_phrase():
    # "even harder", "really very hard": the whole run is the asker's telling, not one word of
    # it; so too after a longer phrase's particle ("push back against" is opposing, however
    # hard: "these efforts face strong opposition")
    for question, word, gone in (
        ("why is the world leaning even harder on russia", "pressure", "leaning"),
        ("why is the world leaning much harder on russia", "pressure", "leaning"),
        ("why is the world leaning very much harder on russia", "pressure", "leaning"),
        ("who is pushing back hard against these efforts", "oppose", "back"),
        ("who is pushing back hardest against these efforts", "oppose", "back"),
        ("who is pushing back even harder against these efforts", "oppose", "back"),
    ):
        words = [t.word for t in analyze(question).terms]
        assert word in words and gone not in words, question
    assert "demand" in [t.word for t in analyze("is kyiv pushing really very hard for talks").terms]
    # after a particle that no longer phrase goes on from, the degree word stays the asker's
    assert "harder" in [t.word for t in analyze("why did prices go up harder than wages").terms]


def test_again_inside_a_phrase_stays_a_term_that_picks_another_occurrence():
    # no degree word: "talk again about" asks of talks still to come, and the sentence about
    # the talks held lacks it (mismatch.other_occurrence reads the question's terms)
    terms = [t.word for t in analyze("will they talk again about a truce").terms]
    assert "again" in terms


def test_what_statement_asks_for_speech():
    # "what statement has Macron made": what he said, which a sentence must show as speech (the
    # seed's headline "as stated by ..." covers "statement" for every sentence of the story)
    for question in ("what statement has macron made", "what comments did witkoff make"):
        assert analyze(question).answer_type == "statement"


def test_making_a_demand_is_no_word_to_find():
    # "Russia demands private negotiations ... and insists on a veto": the demands, no "made"
    assert [t.word for t in analyze("what demands has russia made").terms] == [
        "demands",
        "russia",
    ]
    # making something else is a word of the question
    assert "made" in [t.word for t in analyze("what weapons has the us made").terms]


def test_making_a_contribution_or_a_decision_is_no_word_to_find():
    # "what contribution would washington make": what it contributes, which a sentence says
    # with the noun's own verb or another word of it ("US logistics ... supporting this force")
    for question in (
        "what contribution would washington make to the force",
        "what decision did the court make",
        "what commitments has the us made",
    ):
        words = [t.word for t in analyze(question).terms]
        assert "make" not in words and "made" not in words, question


def test_giving_support_is_no_word_to_find():
    # "US logistics supporting this force" is the backing the US gives, without "give"
    assert [t.word for t in analyze("what backing would the us give the troops").terms] == [
        "backing",
        "us",
        "troops",
    ]
    assert "provide" not in [t.word for t in analyze("who would provide military support").terms]
    assert "give" in [t.word for t in analyze("what weapons will the us give").terms]


def test_playing_a_role_is_no_word_to_find():
    # "with US logistics, intelligence, and military assets supporting this force" says what
    # part American intelligence plays
    assert [t.word for t in analyze("what role would american intelligence play").terms] == [
        "american",
        "intelligence",
    ]
    assert "part" not in [t.word for t in analyze("what part would the us play").terms]
    # a part without the playing is a word of the question, as is a game played
    assert "part" in [t.word for t in analyze("is the us part of the force").terms]
    assert "play" in [t.word for t in analyze("which team did he play for").terms]


def test_a_question_asks_the_role_something_plays():
    for question in (
        "what role does ukraines own military play in all this",
        "what part would the us play in backing the force",
        "ukraines own army role in the guarantees",  # a keyword query
    ):
        assert asks_role_played(tokenize(question)), question
    # an actor's part asks who; a part of something is no role played
    assert not asks_role_played(tokenize("who played the lead role in the film"))
    assert not asks_role_played(tokenize("is the us part of the force"))


@pytest.mark.parametrize(
    "question",
    [
        "who played the lead role in the film",  # an actor's part: the answer says "played"
        "what part of the city did the band play in",  # a piece of a place, not a role
        "did russia play a role in the attack",  # not the role asked: as before the idiom
    ],
)
def test_playing_a_role_the_question_does_not_ask_keeps_its_words(question):
    assert "play" in [t.stem for t in analyze(question).terms]


def test_a_count_in_the_questions_own_words_and_not_a_change_of_it_answers_how_many():
    """question_analysis.counts_asked, which covers the "many" of a count question: the counted
    words themselves, not their related forms, and the count, not a change of it."""
    dorian = analyze("How many people did Hurricane Dorian kill in the Bahamas?")
    assert question_analysis.counts_asked(
        "Minnis said that twenty people have been confirmed killed.", dorian
    )
    assert not question_analysis.counts_asked(
        "The storm was the strongest to hit the Bahamas.", dorian
    )
    votes = analyze("How many electoral votes did Biden win?")
    assert question_analysis.counts(
        "Biden won all three elections.", votes.counted
    )  # "elect" ~ "vote"
    assert not question_analysis.counts_asked("Biden won all three elections.", votes)
    assert question_analysis.counts_asked("Biden won 306 electoral votes.", votes)
    seats = analyze("How many seats are in Canada's House of Commons?")
    lost = "The Liberal Party lost a net of 20 seats, resulting in a minority government."
    assert not question_analysis.counts_asked(lost, seats)
    assert question_analysis.counts_asked("The House of Commons includes 338 seats.", seats)
    assert question_analysis.counts_asked(lost, analyze("how many seats did the Liberals lose"))
    assert not question_analysis.counts_asked(lost, analyze("who lost seats"))


def test_the_noun_state_is_no_reporting_verb():
    """ "the first US state": a quote ("remarked") does not match it, as it matches "what did the
    report state"."""
    noun = next(t for t in analyze("was Nevada the first US state").terms if t.word == "state")
    verb = next(t for t in analyze("what did the report state").terms if t.word == "state")
    assert "remark" in verb.related and "remark" not in noun.related
    # none of the saying group's words: not the ones of "Nauseda asserted", "she argued" either
    for said in ("asserted", "argued", "emphasised"):
        assert stem(said) in verb.related and stem(said) not in noun.related
    secretary = analyze("who is the US secretary of state").terms
    assert "told" not in next(t for t in secretary if t.word == "state").related


def test_a_difference_of_counts_is_answered_by_any_number_a_percentage_too():
    """ "How many more wildfires did Brazil have": "85% more wildfires" answers; a percentage
    is no count (test_a_percentage_counts_nothing), but a difference may be one."""
    assert analyze("how many more wildfires did brazil have in 2019").evidence_type == "number"
    assert analyze("how many fewer cases were there").evidence_type == "number"
    assert analyze("how many wildfires did brazil have").evidence_type == "count"


def test_the_tokens_as_the_terms_read_them():
    # the own-verb rule of "what will X VERB" (confidence_checks._judged) compared the verb as
    # typed with the terms, where "cover" with talks is "discuss": for such verbs it never applied
    from bot import question_parts

    tokens = ["what", "will", "the", "talks", "cover"]
    assert question_analysis.read_tokens(tokens)[-1] == "discuss"
    verb = question_parts.asked_verb(question_analysis.read_tokens(tokens))
    assert verb in [t.word for t in analyze("what will the talks cover").terms]


def test_a_count_question_is_read_as_the_analysis_reads_it():
    """counts_asked takes the question's tokens as analyze does: "%" is "percent"."""
    question = analyze("how many % of voters backed the plan")
    assert question_analysis.counts_asked("Some 46 percent of voters backed the plan.", question)
    assert not question_analysis.counts_asked("Some 46 voters backed the plan.", question)


def test_a_topic_before_the_question_proper_does_not_hide_its_type():
    q = analyze(
        "In the study linking youth suicide to gun ownership, which state had the lowest rate?"
    )
    assert (q.kind, q.answer_type) == ("where", "place")
    q = analyze("the baby they found in the rubble, how long was he stuck under there?")
    assert (q.kind, q.answer_type) == ("how_long", "duration")
    q = analyze("in the mahan air ban story, which german companies were pulling out of iran?")
    assert q.answer_type == "name" and "compani" in q.heads
    q = analyze("hurricane humberto - how many people died")
    assert q.kind == "how_many" and "peopl" in q.counted
    # a question that opens with its question word keeps it: the later one is another part
    assert analyze("where did don imus pass away, what hospital").kind == "where"
    assert analyze("trump's wall, the states sued").kind == "other"  # no question word after
    # a topic opened by a preposition, typed without its comma
    q = analyze("in that fiji coral reef study how exactly did the fish help the corals")
    assert (q.kind, q.answer_type) == ("how", "manner")
    q = analyze("in the flood story who did the mayor blame")
    assert (q.kind, q.answer_type) == ("who", "person")
    assert analyze("in which year did the flood happen").kind == "when"  # "in" of the question
    # "how" with its degree word before the auxiliary, and a topic opened by "under"
    q = analyze("in the boston university gun study how much does youth suicide go up")
    assert (q.kind, q.answer_type) == ("how_much", "number")  # read from "how much does": no money
    q = analyze("under the pope's new abuse law how long does the vatican have to decide")
    assert (q.kind, q.answer_type) == ("how_long", "duration")


def test_a_remark_ended_before_the_question_proper_does_not_hide_its_type():
    """Chat opens with a remark of its own, ended by a full stop or an exclamation mark: the
    question proper starts after it, as after a topic's comma."""
    q = analyze("saw the video of this guy flying over the sea, amazing. how long did it take him")
    assert (q.kind, q.answer_type) == ("how_long", "duration")
    q = analyze("i keep hearing he cleaned up with the young crowd! how big was his share")
    assert q.kind == "how_big"
    q = analyze("Big Deadhead here, still gutted about the news. What was his name at birth?")
    assert q.kind != "other"


def test_a_death_s_cause_is_asked_and_stated_in_news_wording():
    for question in ("what did jacques chirac die of", "why did nickey iyambo die"):
        assert question_analysis.asks_death_cause(analyze(question), question.split())
    assert not question_analysis.asks_death_cause(
        analyze("when did chirac die"), "when did chirac die".split()
    )
    assert question_analysis.states_death_cause("Mendez died of Parkinson's disease.")
    assert question_analysis.states_death_cause(
        "Van Halen died Tuesday at age 65 following an extended battle with throat cancer."
    )
    assert question_analysis.states_death_cause("His mother died after contracting COVID-19.")
    # what the dead was doing, or the event that killed, says how a death came about
    jackal = "Police arrested twelve after a jackal died trying to eat a bomb embedded in meat."
    assert question_analysis.states_death_circumstance(jackal)
    assert not question_analysis.states_death_cause(jackal)  # no cause of the bombing
    assert question_analysis.states_death_circumstance("Three died in a helicopter crash.")
    assert not question_analysis.states_death_circumstance("She died in a hospital in Paris.")
    assert not question_analysis.states_death_cause(
        "Chirac died at home in Paris, surrounded by family."
    )
    assert not question_analysis.states_death_cause(
        "He was extremely pained to hear about the demise of my friend."
    )


def test_a_death_s_cause_is_named_as_such_only_in_words_kept_for_it():
    """question_analysis.names_death_cause (decide.DEATH_CAUSE_NAMED): the words news keeps for
    a death's cause, not any reason a sentence about a death gives."""
    for sentence in (
        "The government announced the cause of death as a cardiac arrest.",
        "According to his wife, Huber succumbed to an unspecified lung disorder.",
        "According to his publicist, Mendez died of Parkinson's disease.",
        "His mother died after contracting COVID-19.",
    ):
        assert question_analysis.names_death_cause(sentence)
    for sentence in (
        '"It is a great loss, because John Luk had contributed a lot."',  # a reason, not a death's
        "Bangladesh has confirmed five new deaths due to COVID-19 on the day.",  # whose?
        "Chirac died at home in Paris, surrounded by family.",
        "Police arrested twelve after a jackal died trying to eat a bomb embedded in meat.",
    ):
        assert not question_analysis.names_death_cause(sentence)


def test_a_death_after_a_time_names_no_cause():
    """ "Died after" or "following" may give only when the death came."""
    for sentence in (
        "She died after three days in hospital.",
        "He died following a week in intensive care.",
        "The singer died after midnight on Sunday.",
    ):
        assert not question_analysis.names_death_cause(sentence)
    assert question_analysis.names_death_cause("He died after years of illness.")
    assert question_analysis.names_death_cause("She died following a long illness.")


def test_a_time_that_dates_a_cause_still_names_it():
    """A time that goes on into a noun dates the cause: "after Sunday's crash" names the crash."""
    for sentence in (
        "He died after Sunday's crash.",
        "She died after the March attack.",
        "He died following the 2019 crash.",
        "He died after a night of heavy drinking.",
        "He died after a day-long siege.",
    ):
        assert question_analysis.names_death_cause(sentence)
    assert not question_analysis.names_death_cause("She died after two weeks, her family said.")


@pytest.mark.parametrize(
    "question",
    [
        "what figure did the US give for rebuilding Syria",
        "what total did the officials report",
    ],
)
def test_nouns_of_a_number_ask_for_one(question):
    assert analyze(question).answer_type == "number"


@pytest.mark.parametrize(
    "question", ["share of the blame for the crash", "what share of the blame does the firm bear"]
)
def test_a_share_of_the_blame_asks_no_number(question):
    """A share of the blame or the credit is told in words ("largely to blame"), not as the
    percentage a share of the vote is; "share of votes for the party" still asks a number."""
    assert analyze(question).answer_type != "number"
    assert analyze("share of votes for the party").answer_type == "number"


def test_name_of_a_thing_asks_for_its_name() -> None:
    """'name of the chilean navy ship ...' asks for the ship's name ("Sergeant Aldea"), as
    "which ship" does: not for the sentence that restates "a naval supply ship"."""
    question = analyze("name of the chilean navy ship tied to the covid outbreak in antartica?")
    assert question.answer_type == "name"
    assert stem("ship") in question.heads
    story = article(
        "COVID-19 reaches Antarctica",
        "It reportedly followed an outbreak on a navy supply ship that had travelled there.",
        "Officials reported 21 cases on the Chilean navy supply ship Sergeant Aldea.",
    )
    assert best("name of the chilean navy ship tied to the outbreak", story) == story[1].text


def test_a_type_noun_after_narrowing_words_is_no_word_to_find() -> None:
    """In "which african union country" the answer is a country's name, not the word "country"."""
    words = [t.word for t in analyze("which african union country hasnt signed").terms]
    assert "country" not in words
    assert "african" in words


def test_versus_else_and_a_back_before_a_time_are_not_words_to_find():
    # "Caloundra defeated Wynnum": the verb says how the two sides stand, as "vs" does
    assert [t.word for t in analyze("caloundra vs wynnum who won").terms] == [
        "caloundra",
        "wynnum",
        "won",
    ]
    # "who else": more of whom the question asks, which no answer writes
    assert [t.word for t in analyze("who else is zelensky meeting").terms] == [
        "zelensky",
        "meeting",
    ]
    # "back in 2014": the year places it in the past
    assert [t.word for t in analyze("what did he invent back in 2014").terms] == [
        "invent",
        "2014",
    ]
    # a return is something to find: "come back", "was back"
    assert "back" in [t.word for t in analyze("when did he come back in kyiv").terms]
    assert "back" in [t.word for t in analyze("was he back in kyiv on monday").terms]


def test_a_verb_of_liking_asks_for_a_stance():
    # "does the Kremlin like these plans": "strong opposition from the Kremlin" answers it
    terms = {t.word: t for t in analyze("does the kremlin like these plans").terms}
    assert "~stance" in terms["like"].related
    disliking = analyze("does russia dislike the plan").terms
    assert "~stance" in {r for t in disliking for r in t.related}
    # "like" that compares asks for no stance
    for question in ("what could the guarantees look like", "what is berlin like in winter"):
        assert all("~stance" not in t.related for t in analyze(question).terms), question


def test_like_and_against_in_a_later_phrase_ask_for_no_stance():
    # a stance word follows the subject its auxiliary opens ("why doesn't Macron like it");
    # further on it gives an example, compares or is a preposition, and asks no stance
    assert "~stance" in {r for t in analyze("why doesn't macron like it").terms for r in t.related}
    for question in (
        "will the us send weapons, like patriots?",
        "does the peace plan mean ukraine gives up territory like donbas",
        "did they swab volunteers in that study saying covid spreads like the flu",
        "what do the district councillors even do, like day to day stuff?",
        "is the airline ban part of a bigger plan of sanctions against iran",
    ):
        assert all("~stance" not in t.related for t in analyze(question).terms), question


def test_like_after_a_comma_gives_examples_not_a_stance():
    # "what do european leaders, like macron, want": such as, within the subject's reach of
    # "do" but after a comma, so no verb of liking and no word to find
    terms = analyze("what do european leaders, like macron, want").terms
    assert all("~stance" not in t.related for t in terms)
    assert "like" not in [t.word for t in terms]
    # without the comma it is the verb
    liking = analyze("do european leaders like macron").terms
    assert "~stance" in {r for t in liking for r in t.related}


def test_clock_time_asks_for_a_clock_time():
    # "zelensky trump meeting clock time": "on Monday" is no clock time
    for question in ("zelensky trump meeting clock time", "when is the meeting, what clock time"):
        analysis = analyze(question)
        assert (analysis.answer_type, analysis.clock) == ("time", True), question
    assert not analyze("what clock did he buy").clock


def test_a_court_or_a_ministry_is_called_by_its_name():
    # "which court did the 16 states file their lawsuit in": "the U.S. District Court for ...",
    # not the sentence that restates the lawsuit
    analysis = analyze("which court did the 16 states file their lawsuit in")
    assert analysis.name and analysis.heads == frozenset({"court"})
    assert analyze("which ministry announced the ban").heads == frozenset({"ministri"})


def test_who_are_the_people_restates_whom_it_asks():
    for question in (
        "who are the persons that zelensky meets",
        "who are the people zelensky meets",
    ):
        assert [t.word for t in analyze(question).terms] == ["zelensky", "meets"], question
    assert "people" in [t.word for t in analyze("how many people will zelensky meet").terms]


def test_small_words_of_a_stance_ask_for_one():
    # "is Russia against the guarantees" ("against" a stop word), "is the Kremlin ok with it"
    # ("ok" a light word): "strong opposition from the Kremlin" answers both
    for question, word in (
        ("is russia against the security guarantees", "against"),
        ("is the kremlin ok with the plan", "ok"),
        ("is macron happy with the plan", "happy"),
        # "on board with" a plan, read as "aboard" (facts/data/phrases.txt), is agreeing to it
        ("is the kremlin on board with these guarantee plans", "aboard"),
        # right after the "be" that follows its subject, whatever opens the question
        ("so the russians are against these guarantee efforts right", "against"),
        ("who is against the security guarantees", "against"),
        # and after talk that opens the question
        ("so are the russians against the guarantees", "against"),
    ):
        terms = {t.word: t for t in analyze(question).terms}
        assert "~stance" in terms[word].related, question
    # elsewhere they stay what they were
    assert "against" not in [t.word for t in analyze("did they fight against russia").terms]
    assert "against" not in [t.word for t in analyze("so did they fight against russia").terms]
    assert "ok" not in [t.word for t in analyze("ok who is rutte").terms]
    terms = {t.word: t for t in analyze("how many people were on board the plane").terms}
    assert "~stance" not in terms["aboard"].related
    # a thing asked for holds no stance: "what is against the law" asks what is illegal
    assert "against" not in [t.word for t in analyze("what is against the law in texas").terms]


def test_content_with_doing_something_is_being_willing_to_do_it():
    # "is the US ok with sending weapons": "The US remains willing to supply weapons" says so
    terms = {t.word: t for t in analyze("is the us still ok with sending weapons").terms}
    assert {stem("willing"), "~willing"} <= terms["ok"].related
    assert "~stance" in terms["ok"].related  # still a stance, which "willing" now shows
    # content with a thing is a stance on it, no willingness
    for question in ("is the kremlin ok with the plan", "is macron happy with nothing"):
        terms = {t.word: t for t in analyze(question).terms}
        word = "ok" if "ok" in terms else "happy"
        assert "~willing" not in terms[word].related, question


def test_own_after_a_possessive_is_a_term_and_the_verb_is_not():
    assert "own" in [t.word for t in analyze("does Ukraine need its own army").terms]
    assert "own" in [t.word for t in analyze("what do Ukraine's own forces do").terms]
    assert "own" not in [t.word for t in analyze("do they own the land").terms]


def test_before_and_after_are_terms_where_the_question_asks_the_order():
    """ "Zelensky one on one with Trump before the European leaders meetings?": the order is
    asked, which "Before the meetings with European leaders, Zelensky will first meet Trump"
    states and the lead ("meets Trump, followed by meetings with European leaders") states
    only as "followed"; where a question word asks, the words set a scene and stay stopwords."""
    words = [
        t.word
        for t in question_analysis.analyze(
            "is the trump meeting before or after the europeans"
        ).terms
    ]
    assert "before" in words and "after" in words
    asked = question_analysis.analyze("does zelensky see trump alone before the europeans join")
    before = next(t for t in asked.terms if t.word == "before")
    assert "first" in before.related
    after = question_analysis.analyze("after he sees trump does zelensky meet anyone else").terms
    assert "follow" in next(t for t in after if t.word == "after").related
    scene = [
        t.word
        for t in question_analysis.analyze("what did putin say after the alaska summit").terms
    ]
    assert "after" not in scene


def test_before_is_a_term_where_a_question_word_asks_the_order_itself():
    """ "whats the order, does X come before Y" names the sequence it asks for, and "what
    happens before Y" asks what comes first: the order word is the asked thing, not a scene
    ("what did putin say after the summit" keeps its stopword; "the court order" is no
    sequence)."""
    for question in (
        "whats the order of things, does zelensky do trump before the europeans",
        "what happens before the europeans join in",
        "what came after the summit",
    ):
        words = [t.word for t in question_analysis.analyze(question).terms]
        assert "before" in words or "after" in words, question
    for question in (
        "what did the court order before the hearing",
        "what did putin say after the alaska summit",
    ):
        words = [t.word for t in question_analysis.analyze(question).terms]
        assert "before" not in words and "after" not in words, question


def test_before_is_a_term_where_the_question_asks_what_comes_first():
    """ "who will zelensky see first, before the europeans": "first" asks which comes first,
    so "before" is the order asked (the sentence "Before the meetings ..., Zelensky will first
    meet Trump" says it), not a scene; without "first" a question word keeps it a stopword."""
    words = [
        t.word
        for t in question_analysis.analyze(
            "who will zelensky see first, before the europeans"
        ).terms
    ]
    assert "before" in words
    scene = [t.word for t in question_analysis.analyze("who did putin call after the summit").terms]
    assert "after" not in scene


@pytest.mark.parametrize(
    "question",
    [
        "when did the first lady speak after the election",
        "who was the first person to arrive after the crash",
        "what did the first responders find after the explosion",
    ],
)
def test_first_elsewhere_in_the_question_leaves_before_and_after_a_scene(question):
    """ "first" asks which comes first beside "before"/"after" ("see first, before the
    europeans"); elsewhere it is a title or a rank ("the first lady", "the first person to
    arrive"), and "after the election" still sets the scene."""
    words = [t.word for t in question_analysis.analyze(question).terms]
    assert "after" not in words


def test_before_a_people_by_nationality_asks_the_order():
    """ "who will zelensky see before the europeans": which party he sees first, an order the
    sentence "Before the meetings with European leaders, Zelensky will first meet Trump"
    states; before an event ("after the russian strike", "after the summit") it sets a scene."""
    words = [
        t.word
        for t in question_analysis.analyze("who will zelensky see before the europeans").terms
    ]
    assert "before" in words
    for question in ("who died after the russian strike", "who spoke after the summit"):
        words = [t.word for t in question_analysis.analyze(question).terms]
        assert "after" not in words, question


def test_a_keyword_query_with_a_purpose_noun_asks_a_reason():
    """ "european force purpose", "point of the euro force?": the purpose, as "what is the
    point of the force" asks it, stated by "to guarantee security and deter aggression"; the
    noun's other readings stay what they were."""
    for question in ("european force purpose", "point of the euro force?"):
        analysis = question_analysis.analyze(question)
        assert analysis.answer_type == "reason", question
        assert {t.word for t in analysis.terms}.isdisjoint({"purpose", "point"})
    for other in ("iron melting point", "the boiling point of water", "messi goal"):
        assert question_analysis.analyze(other).answer_type != "reason", other
    # a set phrase of the noun and its "of" names a thing, not a purpose
    for phrase in ("point of no return reached?", "point of view of kyiv", "goal of the season"):
        assert question_analysis.analyze(phrase).answer_type != "reason", phrase
    assert question_analysis.analyze("the goal of the talks").answer_type == "reason"


@pytest.mark.parametrize(
    "question, settlement, words",
    [
        # the tail after the comma narrows "where" to a city, as "which city ..." does
        ("where in alaska did trump and putin meet, like which city", True, ["alaska", "trump"]),
        ("where did they meet, which city?", True, ["meet"]),
        # a question short enough for "which city" to be read as its type noun: "like" still
        # introduces the tail
        ("where did they meet, like which city", True, ["meet"]),
        # ended as chat questions are: "." or "?!" close the tail as "?" does
        ("where did trump and putin meet, like which city.", True, ["trump", "meet"]),
        ("where did trump and putin meet, like which city?!", True, ["trump", "meet"]),
        # "say" is a filler too (no stopword, so _TAIL_FILLERS must hold it); "i mean" is one
        # whose words are stopwords
        ("where did they meet, say which city", True, ["meet"]),
        ("where did they meet, i mean which city", True, ["meet"]),
        # a venue is a place too; "like" introduces the tail, no verb of liking
        ("where is anime north held in toronto, like what venue", False, ["anime", "toronto"]),
        # a hospital is no type of place the ranker knows: it stays a word to find
        ("where did don imus pass away, what hospital", False, ["hospital"]),
    ],
)
def test_a_clarifying_tail_names_the_answer_type(question, settlement, words):
    q = analyze(question)
    found = [t.word for t in q.terms]
    assert q.answer_type == "place"
    assert q.settlement is settlement
    assert not {"like", "say", "mean", "city", "venue"}.intersection(found)
    assert all(w in found for w in words)


def test_a_tail_joined_by_and_names_the_second_things_type():
    # "... and what day": a day ("on Friday"), which no sentence calls a "day"
    words = [
        t.word for t in analyze("where did the trump putin summit take place and what day").terms
    ]
    assert "day" not in words and "summit" in words
    # "what time" asks a clock time, which a day is not: it stays a word to find
    assert "time" in [t.word for t in analyze("where did they meet and what time").terms]


def test_a_question_s_pair_words_and_their_related_forms_are_worked_out_once():
    """_bigram_share reads them for every candidate; the question keeps them."""
    q = analyze("who would be giving the military backing")
    forms = q.pair_forms
    assert forms is q.pair_forms
    assert set(forms) == {word for pair in q.bigrams for word in pair}
    backing = next(t for t in q.terms if t.word == "backing")
    assert stem("support") in forms[backing.stem] and backing.stem in forms[backing.stem]


@pytest.mark.parametrize(
    "question, dropped",
    [
        ("Is Ukraine's own army regarded as part of its security guarantee?", "regarded"),
        ("ukraine's own army counts as part of the guarantee?", "counts"),
        ("is the strike seen as a threat", "seen"),
    ],
)
def test_a_verb_that_classes_before_as_is_no_word_to_find(question, dropped):
    # "is X regarded as part of Y" asks whether X is part of Y; the sentence has its own verb
    assert dropped not in [t.word for t in analyze(question).terms]


def test_a_why_question_keeps_its_verb_of_regarding():
    # "why are the talks regarded as significant": why they are regarded so
    q = analyze("why are the upcoming discussions regarded as significant")
    assert "regarded" in [t.word for t in q.terms]


def test_a_verb_that_classes_before_a_degree_word_is_no_word_to_find_even_asking_why():
    # "why are these talks considered so important" asks why they are so important
    assert "considered" not in [
        t.word for t in analyze("why r these talks considered so important").terms
    ]
    assert "considered" not in [t.word for t in analyze("are they considered very strong").terms]


def test_which_capital_asks_for_a_place():
    q = analyze("in which capital are the zelensky-trump talks happening")
    assert q.answer_type == "place"
    assert "capital" not in [t.word for t in q.terms]


def test_how_one_thing_relates_to_another_asks_their_relation_not_a_word_relate():
    words = [t.word for t in analyze("how does ukraine's army relate to the allied troops").terms]
    assert "relate" not in words and "allied" in words


def test_a_lady_is_a_person_and_reckons_a_view_as_a_guy_and_reckon_are():
    words = [t.word for t in analyze("the eu commission lady, von der leyen, is she going?").terms]
    assert "lady" not in words and "leyen" in words
    assert "reckons" not in [t.word for t in analyze("nauseda reckons ukraine needs what").terms]


@pytest.mark.parametrize(
    "question, kept",
    [
        ("why does it matter to keep the defensive weapons flowing", ["keep", "weapons"]),
        ("should the west keep the arms coming", ["keep", "arms"]),
        ("why does it matter if defensive arms keep flowing to ukraine", ["arms", "ukraine"]),
    ],
)
def test_keep_x_flowing_asks_the_keeping_not_the_flow(question, kept):
    # "keep the weapons flowing" is keep supplying them: "flowing" is no word to find
    words = [t.word for t in analyze(question).terms]
    assert "flowing" not in words and "coming" not in words
    assert all(w in words for w in kept)


def test_a_flow_without_keeping_is_a_word_to_find():
    assert "flowing" in [t.word for t in analyze("is the river still flowing").terms]


def test_a_clarifying_tail_is_read_in_one_pass_of_long_input():
    # 2,000 characters that nearly end a tail: the pattern must fail without backtracking
    # through every split of the spaces and marks (no time is asserted, a hang would show)
    text = ", which city" + " " * 700 + "?" * 700 + " " * 600 + "x"
    assert question_analysis._tail_type(text, ["which", "city", "x"]) is None
    assert question_analysis._tail_type(", like " * 300 + "which city", ["which", "city"]) == 1


@pytest.mark.parametrize(
    "question, unit",
    [
        ("how strong were humbertos winds when it got upgraded to a hurricane", "speed"),
        ("how strong was the earthquake near samos", "magnitude"),
    ],
)
def test_how_strong_asks_a_quake_s_magnitude_or_a_wind_s_speed(question, unit):
    analysis = question_analysis.analyze(question)
    assert (analysis.kind, analysis.evidence_type) == ("how_big", unit)
    assert "strong" not in {t.word for t in analysis.terms}  # the answer gives a number


def test_how_strong_of_anything_else_asks_no_measure():
    assert question_analysis.analyze("how strong is support for the deal").kind == "how"


def test_strong_elsewhere_in_a_how_big_question_asks_no_wind_speed():
    # the crowd's size is asked, not the winds' speed
    analysis = question_analysis.analyze("how large was the crowd that braved the strong winds")
    assert (
        analysis.evidence_type == question_analysis.analyze("how large was the crowd").evidence_type
    )
    assert analysis.evidence_type != "speed"


def test_aka_between_two_names_is_no_word_to_find():
    terms = {
        t.word
        for t in question_analysis.analyze("what did luke harper aka brodie lee die of").terms
    }
    assert "aka" not in terms and {"harper", "brodie"} <= terms


def test_whom_the_question_attributes_its_answer_to_is_asked_of_the_sentence():
    # "according to the Lithuanian leader": the headline quotes him, so "Lithuanian" was a word
    # of the story that every sentence had at a discount; it is asked of the sentence itself
    title = "Ukraine needs guarantees, as stated by the Lithuanian president"
    doc = [
        Candidate(text, i, 1, False, title, 3, published="2025-08-18")
        for i, text in enumerate(
            (
                "Ukraine's own military force is a key pillar of its defense and security.",
                "Lithuanian President Gitanas Nauseda said Ukraine needs its own military might.",
            ),
            start=1,
        )
    ]
    question = "according to the lithuanian leader does ukraine's own military count"
    assert analyze(question).source == frozenset({stem("lithuanian"), stem("leader")})
    assert best(question, doc) == doc[1].text
    # a text it is attributed to is the coverage, or what it reports: the story's words
    for question in (
        "what % of brits dont wash their hands according to the superbug e coli story",
        "what should policy makers do according to michael siegel's gun study",
    ):
        assert analyze(question).source == frozenset(), question


def test_what_the_asker_sets_aside_is_no_word_to_find():
    # "besides the peace deal, what other subject": the deal is known to the asker, and the
    # sentence that restates it is not the one that names another subject
    for question, terms in (
        (
            "besides the peace deal, what other subject could they discuss",
            ["subject", "discuss"],
        ),
        (
            "so apart from all the foreign help, does ukraine need an army",
            ["ukraine", "need", "army"],
        ),
        ("what does he want, besides outside troops", ["want"]),
        # a word asked again after it is asked
        ("besides the deal what other deal did they sign", ["deal", "sign"]),
    ):
        assert [t.word for t in analyze(question).terms] == terms, question
    doc = article(
        "Talks",
        "The talks will focus on a peace deal for Ukraine.",
        "The subjects they may also discuss include security guarantees.",
    )
    assert best("besides the peace deal, what other subject could they discuss", doc) == doc[1].text


def test_what_someone_is_doing_is_no_definition():
    # "what is the kremlin refusing to do" asks what it does, not what the Kremlin is
    assert analyze("what is the kremlin refusing to do").kind == "what"
    assert analyze("what are they doing").kind == "what"
    assert analyze("what is a ceasefire").kind == "definition"


def test_what_talks_are_about_is_their_topic_not_a_definition():
    # "what are the talks about" asks what they discuss, not what talks are
    assert analyze("what are the talks supposed to be about").kind == "what"
    assert analyze("what are they going to talk about").kind == "what"
    assert analyze("what are the talks").kind == "definition"


def test_talks_named_first_then_asked_about_are_asked_what_they_discuss():
    # the topic comes first, the question after the comma: still what the talks discuss
    terms = analyze("the talks on monday, what are they going to be about").terms
    assert [t.word for t in terms] == ["talks", "monday", "discuss"]
    # "about" with no question word asking it adds nothing
    assert "discuss" not in [t.word for t in analyze("is the fuss about nothing").terms]


def test_an_adverb_of_degree_or_stance_is_no_word_to_find():
    # "mainly" stems as "main", which the related words read as "key" and "crucial"
    words = [t.word for t in analyze("so what are they mainly going to talk about").terms]
    assert words == ["discuss"]
    assert "honestly" not in [t.word for t in analyze("will putin honestly say no").terms]
    # the adjective keeps its sense: "the main part" is the key one
    assert "main" in [t.word for t in analyze("what is the main part of the plan").terms]


def test_a_phrase_with_its_object_between_reads_as_its_one_word():
    # "make the guarantees official" is "make official" (formalize), "rule it out" is "rule out"
    def read(question: str) -> list[str]:
        return question_analysis.read_tokens(tokenize(question))

    assert read("why is it so hard to make the guarantees official") == read(
        "why is it so hard to formalize the guarantees"
    )
    assert read("did trump rule it out") == ["did", "trump", "reject", "it"]
    assert "formalize" in [t.word for t in analyze("why is it hard to make them official").terms]
    # a particle that is a preposition before more words is one: no "hold on" here
    assert read("will they hold the talks on monday") == [
        "will",
        "they",
        "hold",
        "the",
        "talks",
        "on",
        "monday",
    ]
    # nor is a word between that opens no object ("make sure it is official")
    assert "make" in read("did they make sure it was official")


def test_make_that_causes_a_state_is_no_word_to_find():
    # "what makes formalising the guarantees even harder": "further complicating formalizing
    # security guarantees" has no "make"; the adjective says what is caused
    words = [t.word for t in analyze("what makes formalising the guarantees even harder").terms]
    assert "makes" not in words and "harder" in words
    assert "making" not in [t.word for t in analyze("what is making it tough for them").terms]
    # "make" that makes a thing stays: "who made the golden toilet"
    assert "made" in [t.word for t in analyze("who made the golden toilet").terms]


def test_order_as_a_sequence_asks_for_the_words_of_one():
    # "in what order will the meetings happen": "Before the meetings with European leaders,
    # Zelensky will first meet with Trump", "..., followed by a series of meetings"
    for question in ("in what order will the meetings happen", "whats the order of the meetings"):
        terms = {t.word: t for t in analyze(question).terms}
        assert {stem("before"), stem("first"), stem("followed")} <= terms["order"].related
    # an order given is no sequence
    for question in ("what did the court order say", "who signed the order to leave"):
        terms = {t.word: t for t in analyze(question).terms}
        assert stem("first") not in terms["order"].related, question


def test_a_nickname_or_names_ask_a_name():
    """ "what was the nickname of the dummy" is answered by 'nicknamed "Ripley"', a name, as
    "what was the name" is; "what are the names of the nine men" wants names, which a sentence
    saying only "nine men were jailed" does not give."""
    nickname = analyze("what was the nickname of the dummy riding in the crew dragon")
    assert (nickname.kind, nickname.answer_type) == ("who", "person")
    names = analyze("what are the names of the nine men jailed in bradford")
    assert (names.kind, names.answer_type) == ("who", "person")
    assert analyze("what was the dummy riding in the crew dragon").answer_type != "person"


def test_what_a_thing_is_for_asks_its_purpose():
    # "what would that european force be for" (seed-dev24, written blind): the answer states
    # the purpose ("to guarantee security and deter further aggression"), as for "the point of"
    for question in (
        "what would that european force be for",
        "what is the money for",
        "what are the troops for",
        "what is the speed limit for",  # a noun in "-eed", no past
    ):
        assert analyze(question).answer_type == "reason", question
    # what a place or a person is known by is no purpose
    for question in ("what is the city famous for", "what is he known for"):
        assert analyze(question).answer_type != "reason", question


def test_a_longer_phrase_with_its_object_between_reads_as_its_one_word():
    # "put these proposals in place" is "put in place" (implement), wherever it stands, as its
    # closing words are all there; "put them in ukraine" is no phrase
    def read(question: str) -> list[str]:
        return question_analysis.read_tokens(tokenize(question))

    assert read("why is it hard to put these proposals in place") == read(
        "why is it hard to implement these proposals"
    )
    assert read("will they put the plan in place soon") == read("will they implement the plan soon")
    assert "implement" not in read("why put the troops in ukraine")


def test_the_country_after_a_named_one_is_no_word_to_find():
    # "the country" refers back to the country the question named ("Ukrainian ... the
    # country's independence" is Ukraine's); alone, or without "the", it is a word to find
    def words(question: str) -> list[str]:
        return [t.word for t in analyze(question).terms]

    assert "country" not in words(
        "what would a strong ukrainian army mean for the country's independence"
    )
    assert "nation" not in words("will germany send troops to help the nation")
    assert "country" in words("what is the country's capital")
    assert "country" in words("does germany want a country of its own")


def test_a_pro_form_and_a_preposition_of_company_are_no_words_to_find():
    # "the foreign ones" says "ones" for a noun said before; "alongside" is a preposition like
    # "among" or "amid", which the sentence says its own way ("complement the presence of")
    words = [
        t.word for t in analyze("how would ukraine's troops fit alongside the foreign ones").terms
    ]
    assert "ones" not in words
    assert "alongside" not in words
    assert "foreign" in words


def test_on_the_ground_is_there_in_person():
    # "troops on the ground" are there in person, which "deployed on Ukrainian territory" says;
    # "the ground" otherwise stays a word ("did the ground shake")
    def words(question: str) -> list[str]:
        return [t.word for t in analyze(question).terms]

    assert "ground" not in words("is there a plan to put european troops on the ground in ukraine")
    assert "ground" in words("did the ground shake in the city")


def test_a_sentence_without_a_number_is_told_so_before_its_tokens_are_read():
    # counts answers False at once for ASCII text with no digit and no number word; a number in
    # other digits ("٣") or written as a word still goes through the token-by-token reading
    died = analyze("how many people died in the bus crash").counted
    assert not question_analysis.counts("People died when the bus crashed.", died)
    assert question_analysis.counts("Seven people died when the bus crashed.", died)
    assert question_analysis.counts("\u0663 people died when the bus crashed.", died)
    assert question_analysis.counts("At least 7 people died.", died)


def test_a_camps_side_is_not_a_word_to_find():
    """ "X's side" is X's camp, which news names by X or X's country ("Russia demands"); a
    part or a direction ("the other side", "the west side") and "side effects" stay asked."""

    def words(q):
        return [t.word for t in analyze(q).terms]

    assert "side" not in words("what does putin's side demand from the us")
    assert "side" not in words("does the russian side want a veto")
    assert "side" not in words("how many came out for the opposition side in minsk")
    assert "side" in words("which side came out ahead at the summit")
    assert "side" in words("what happened on the other side of the river")
    assert "side" in words("what are the vaccine's side effects")
    assert "side" in words("who controls the russian side of the border")


def test_like_right_after_another_verb_hedges_its_object_and_asks_no_stance():
    # "want like a veto or something": the asker's "something like", not a verb of liking,
    # though "does" opens the subject within reach of it
    for question in (
        "does putins side want like a veto or something over the guarantees",
        "did they get like a ceasefire out of it",
    ):
        assert all("~stance" not in t.related for t in analyze(question).terms), question
    # right after its subject it is the verb
    liking = analyze("does putins side like the guarantees").terms
    assert "~stance" in {r for t in liking for r in t.related}


def test_which_country_asks_for_one_country_by_name():
    asked = "which country won the right to host the secretariat"
    assert analyze(asked).evidence_type == "country"
    assert analyze("which countries are in the project").evidence_type == "countries"
    assert analyze("where did the summit take place").evidence_type == "place"


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("which countries are in the eastmed project", "countries"),
        ("what nations sent troops", "countries"),
        ("which country won the right to host the secretariat", "country"),
        # asked after a clause that sets the scene, past the question's first six words
        ("when the plant closed, which country was hit hardest", "country"),
        # a place asked by another noun, or by "where", is a place
        ("which city hosted the summit", "settlement"),
        ("where did the plane crash", "place"),
    ],
)
def test_a_which_question_about_countries_asks_for_one_or_several_by_its_noun(question, evidence):
    assert analyze(question).evidence_type == evidence


def test_a_question_read_again_is_read_the_same_whatever_the_last_reader_did():
    # the reading is kept per question (five steps ask it): each caller gets a list of its own
    tokens = ["did", "trump", "rule", "out", "a", "truce"]
    first = question_analysis.read_tokens(tokens)
    assert first == ["did", "trump", "reject", "a", "truce"]
    first[2] = "changed"
    assert question_analysis.read_tokens(tuple(tokens)) == ["did", "trump", "reject", "a", "truce"]


def test_kinds_sorts_and_types_ask_the_noun_after_them_as_kind_does():
    # "what kinds of backing": the backing, which no sentence calls a kind
    for question in ("what kinds of backing", "what sorts of backing", "what types of backing"):
        assert [t.word for t in analyze(question).terms] == ["backing"], question


def test_end_up_and_a_habitual_used_to_are_no_words_to_find():
    # "how many seats did the tories end up with": how many they won, which news states
    words = [t.word for t in analyze("how many seats did the tories end up with").terms]
    assert "end" not in words and "seats" in words
    words = [t.word for t in analyze("which famous actor used to stay at the hall").terms]
    assert "used" not in words and "stay" in words
    # a use is a word to find, and so is an end that is no "end up"
    assert "used" in [t.word for t in analyze("what weapons were used to attack the base").terms]
    assert "end" in [t.word for t in analyze("how did the siege end").terms]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how big an army should ukraine keep", ("how", "manner")),
        ("how strong must the new force be", ("how", "manner")),
        ("how big is the lake", ("how_big", "measure")),  # a measure, in units
    ],
)
def test_how_big_something_should_be_asks_a_degree_not_a_measure(question, kind):
    """A degree prescribed ("should", "must") is stated in words ("a sizable, well-equipped
    military force"), so no measure in units is wanted of the sentence."""
    analysis = question_analysis.analyze(question)
    assert (analysis.kind, analysis.answer_type) == kind
