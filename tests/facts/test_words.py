"""The word primitives both the build and answering use: facts never imports bot for them."""

from __future__ import annotations

import subprocess
import sys

import pytest

import bot.text
from facts import words
from tests.conftest import ROOT


def test_bot_text_reads_the_same_objects():
    # one stem memo and one stop-word list: a stored analysis and a fresh one cannot drift apart
    assert bot.text.STEMS is words.STEMS
    assert bot.text.STOPWORDS is words.STOPWORDS
    assert bot.text.tokenize is words.tokenize
    assert bot.text.phrases is words.phrases


def test_tokens_stems_and_phrases():
    tokens = words.tokenize("Trump's U.S. team ruled out talks")
    assert tokens == ["trump", "us", "team", "ruled", "out", "talks"]
    assert words.stem("ruled") == "rule"
    assert words.phrases(tokens) == [(3, 2, "reject")]


def test_the_facts_package_does_not_import_bot():
    code = "import sys, facts.builder, facts.store; print('bot' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_number_words_stem_as_their_digits():
    # "two people died" answers "did 2 people die"
    assert words.stem("two") == words.stem("2") == "2"
    assert words.stem("ninety") == "90"
    assert words.stem("nineteen") == "19"


def test_a_phrase_with_an_irregular_past_reads_as_its_one_word():
    # "broke" does not stem to "break": the past forms are listed
    assert words.phrases("the fire broke out at 3am".split()) == [(2, 2, "start")]
    assert words.phrases("the summit took place in alaska".split()) == [(2, 2, "happen")]


def test_coming_or_finishing_first_is_winning():
    assert words.phrases("she came first in the race".split()) == [(1, 2, "win")]
    assert words.phrases("he finished first".split()) == [(1, 2, "win")]


def test_putting_something_in_place_is_implementing_it():
    assert words.phrases("it is hard to put in place".split()) == [(4, 3, "implement")]


def test_a_foreign_name_stems_as_typed_without_its_accents():
    # members type "gdansk", "pawel", "erdogan"; the full-text index already drops accents
    assert words.stem("gdańsk") == words.stem("gdansk")
    assert words.stem("paweł") == words.stem("pawel")  # a letter NFKD keeps whole
    assert words.stem("erdoğan") == words.stem("erdogan")
    assert words.plain("archæology") == "archaeology"


def test_a_decimal_keeps_its_point_while_acronyms_lose_their_dots():
    # "6.4" was "64", which matched "64 people" for a 6.4 quake, and "2.5 million" counted 25
    assert words.tokenize("A 6.4 quake; 2.5 million; 10.75%") == [
        "a",
        "6.4",
        "quake",
        "2.5",
        "million",
        "10.75",
    ]
    assert words.tokenize("the U.S. at 3 p.m.") == ["the", "us", "at", "3", "pm"]


def test_a_verb_with_a_stop_word_particle_is_read_as_its_phrase():
    # "up" and "down" are stop words: "goes" alone would be the word to find
    assert words.phrases("pressure on russia goes up or down".split()) == [(3, 2, "increase")]
    assert words.phrases("prices went down".split()) == [(1, 2, "decrease")]
    assert words.phrases("where did don imus pass away".split()) == [(4, 2, "die")]
    assert words.phrases("he passed away on friday".split()) == [(1, 2, "die")]


def test_standing_in_the_way_is_opposing():
    # "who is standing in the way of these efforts": "these efforts face strong opposition"
    assert words.phrases("who is standing in the way of these efforts".split()) == [
        (2, 4, "oppose")
    ]
    assert words.phrases("russia stood in the way".split()) == [(1, 4, "oppose")]


def test_pushing_back_against_is_opposing_but_a_date_pushed_back_is_not():
    # "who is pushing back against these efforts": "these efforts face strong opposition"
    assert words.phrases("who is pushing back against these efforts".split()) == [(2, 3, "oppose")]
    assert words.phrases("russia pushed back against the plan".split()) == [(1, 3, "oppose")]
    # "push back" alone also delays: no phrase, and "back" is not read as "support" either
    assert words.phrases("the vote was pushed back to march".split()) == []


def test_having_the_final_say_is_a_veto():
    # "does the kremlin want the final say over any guarantees": "insists on a veto over such"
    assert words.phrases("does russia want the final say over them".split()) == [(4, 2, "veto")]


def test_a_say_over_a_thing_is_a_veto_over_it_but_not_a_say_in_it():
    # "does putin's government want a say over the guarantees": "insists on a veto over such"
    assert words.phrases("does russia want a say over them".split()) == [(3, 3, "veto")]
    assert words.phrases("does russia want any say over them".split()) == [(3, 3, "veto")]
    # a say in a matter is a voice in it, and "say over" a time is speech
    assert words.phrases("do residents get a say in the plan".split()) == []
    assert words.phrases("what did they say over the weekend".split()) == []


def test_how_big_a_deal_is_how_important():
    assert words.phrases("how big a deal are these talks".split()) == [(1, 3, "important")]


def test_banging_on_about_a_thing_is_discussing_it():
    assert words.phrases("everyone's banging on about the guarantees".split()) == [
        (1, 3, "discuss")
    ]


def test_touching_on_a_thing_is_discussing_it():
    # "are the meetings gonna touch on security guarantees": "discussions about real security
    # guarantees"
    assert words.phrases("will they touch on the guarantees".split()) == [(2, 2, "discuss")]
    assert words.phrases("the talks touched upon the ceasefire".split()) == [(2, 2, "discuss")]


def test_the_phrase_list_is_a_data_file_of_everyday_english():
    # a general resource, not a list grown from questions: hundreds of entries, each one plain word
    lines = [
        line
        for line in (ROOT / "facts" / "data" / words.PHRASE_FILE).read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) >= 250
    assert all(len(line.split("|")) == 2 and len(line.split("|")[1].split()) == 1 for line in lines)
    assert ("rule out", "reject") in words.PHRASE_LIST  # the hand-written entries still load


def test_news_idioms_read_as_the_word_an_article_uses():
    assert words.phrases("talks behind closed doors".split()) == [(1, 3, "private")]
    assert words.phrases("did they make it official".split()) == []  # the words must be adjacent
    assert words.phrases("they made official their ties".split()) == [(1, 2, "formalize")]
    assert words.phrases("the minister stood down".split()) == [(2, 2, "resign")]


def test_idioms_of_talks_read_as_their_one_word():
    assert words.phrases("hard to nail down the terms".split()) == [(2, 2, "finalize")]
    assert words.phrases("it all hinges on russia".split()) == [(2, 2, "depend")]


def test_idioms_of_deals_and_deterrence_read_as_their_one_word():
    assert words.phrases("what did they shake hands on".split()) == [(3, 3, "agree")]
    assert words.phrases("they shook hands on a deal".split()) == [(1, 3, "agree")]
    assert words.phrases("a force to scare off russia".split()) == [(3, 2, "deter")]
    assert words.phrases("real boots on the ground".split()) == [(1, 4, "troops")]
    assert words.phrases("put it into practise".split()) == []  # the words must be adjacent
    assert words.phrases("put into practise".split()) == [(0, 3, "implement")]


def test_fitting_alongside_is_complementing():
    # "how would ukraine's own military fit alongside the allied troops": "This force would
    # complement the presence of allied reassurance forces"
    assert words.phrases("fit alongside the allied troops".split()) == [(0, 2, "complement")]
    assert words.phrases("working alongside them".split()) == [(0, 2, "complement")]


def test_a_listed_verbs_irregular_past_comes_from_verbs_txt():
    # "strike struck struck" in verbs.txt: "struck a deal" needs no line of its own
    assert words.phrases("they struck a deal on friday".split()) == [(1, 3, "agree")]
    assert words.phrases("he sent in troops".split()) == [(1, 2, "deploy")]


def test_the_longest_reading_of_a_phrase_wins():
    assert words.phrases("will they hold on to the land".split()) == [(2, 3, "retain")]
    assert words.phrases("hold on a minute".split()) == [(0, 2, "wait")]
    assert words.phrases("they came up with a plan".split()) == [(1, 3, "propose")]
    assert words.phrases("it came up at the talks".split()) == [(1, 2, "discuss")]


def test_an_informal_word_reads_as_the_plain_one():
    assert words.phrases("cops arrested him".split()) == [(0, 1, "police")]
    assert words.phrases("which european bigwigs came".split()) == [(2, 1, "leader")]


def test_a_malformed_phrase_line_names_its_file_and_line():
    # it failed at import with "not enough values to unpack", naming neither
    assert words.phrase_entry("rule out | reject", "phrases.txt:1") == ("rule out", "reject")
    for line in ("rule out reject", "rule out | reject | deny", "rule out |", "Rule Out | reject"):
        with pytest.raises(ValueError, match=r"phrases\.txt:7: expected 'phrase \| word'"):
            words.phrase_entry(line, "phrases.txt:7")


def test_words_that_news_writes_in_another_sense_are_no_phrase():
    # a noun or a passive: each was read as a phrase's one word (visit, intervene, continue...)
    for sentence in (
        "vaccination rates dropped in 2018",
        "the drop in the monarch's population",
        "a step in the right direction",
        "pompeo told the press on tuesday",
        "like sticking your hand in an oven",
        "the driver was stopped by police",
        "caucuses were held on february 3",
        "police said no one was injured",
        "the figures given in the report",
        "he won 92,153 votes out of 160,000",
    ):
        assert words.phrases(words.tokenize(sentence)) == [], sentence
    # ... while the phrases themselves still read as their word
    assert words.phrases(words.tokenize("did trump say no to a ceasefire")) == [(2, 3, "reject")]
    assert words.phrases(words.tokenize("they will not give in to pressure")) == [(3, 3, "concede")]
    assert words.phrases(words.tokenize("he gave in")) == [(1, 2, "concede")]
    assert words.phrases(words.tokenize("she was voted out of office")) == [(2, 4, "oust")]
    assert words.phrases(words.tokenize("they held on to power")) == [(1, 3, "retain")]


def test_go_off_with_an_object_is_no_explosion():
    # "why did abs-cbn go off air" was read as "explode" and led no sentence of its story's reason
    for sentence in ("why did abs-cbn go off air", "the network went off the air"):
        assert words.phrases(words.tokenize(sentence)) == [], sentence
    # ... while a bomb that goes off, wherever and whenever, still explodes
    for sentence in (
        "where did the two bombs go off at the jolo cathedral",
        "the first bomb went off within the cathedral",
        "a bomb went off near the embassy",
        "the bomb went off",
    ):
        assert [word for _, _, word in words.phrases(words.tokenize(sentence))] == ["explode"]


def test_other_countries_and_the_rest_of_the_world_are_international():
    # "why are other countries pushing russia harder": "International pressure is increasing"
    assert words.phrases("why are other countries pushing russia".split()) == [
        (2, 2, "international")
    ]
    assert words.phrases("is the rest of the world piling on".split()) == [(2, 4, "international")]


def test_a_rule_taking_effect_is_read_as_starting():
    # "when do the new rules start": "the new policy, which is to take effect on December 10"
    assert words.phrases("which is to take effect on december 10".split()) == [(3, 2, "start")]
    assert words.phrases("the law came into force in may".split()) == [(2, 3, "start")]
    assert words.phrases("it went into effect".split()) == [(1, 3, "start")]


def test_on_board_is_read_as_aboard():
    # "190 people on board" says "aboard", as a question's "onboard" asks
    assert words.phrases("there were 190 people on board".split()) == [(4, 2, "aboard")]
    assert "on board" in words.READ_AS["aboard"]


def test_it_that_and_there_contractions_are_stop_words_as_he_and_they_ones_are():
    # "has trump said there'll be a truce": no sentence says "there'll", and the question's
    # word is "will" after "there", both stop words
    assert {"he'll", "they'd"} <= words.STOPWORDS
    contractions = {"it'll", "it'd", "that'll", "that'd", "there'll", "there'd", "there're"}
    assert contractions <= words.STOPWORDS


def test_tokenize_hands_each_caller_its_own_list_of_a_kept_text():
    # a text seen before is not read again, but changing one caller's tokens changes no other's
    first = words.tokenize("The U.S. talks ended.")
    first.append("changed")
    assert words.tokenize("The U.S. talks ended.") == ["the", "us", "talks", "ended"]
    assert "The U.S. talks ended." in words._TOKENIZED


def test_tokenize_keeps_a_bounded_number_of_texts(monkeypatch):
    monkeypatch.setattr(words, "TOKENIZED_KEPT", 3)
    monkeypatch.setattr(words, "_TOKENIZED", {})
    for n in range(10):
        assert words.tokenize(f"text {n}") == ["text", str(n)]
    assert len(words._TOKENIZED) <= 3
