"""The budgeted candidate search: which words are searched for, and how."""

from __future__ import annotations

from itertools import accumulate
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import candidate_search
from bot.candidate_search import _prefix_counts
from bot.corpus import Corpus
from bot.question_analysis import analyze


@pytest.fixture(scope="module")
def corpus(seed_db) -> Corpus:
    return Corpus(seed_db)


def test_words_too_common_for_the_posting_budget_are_searched_unranked(corpus, monkeypatch):
    words = ["zelensky", "washington"]
    assert all(score > 0 for _, score in candidate_search.search(corpus, words))
    monkeypatch.setattr(candidate_search, "POSTING_BUDGET", 0)
    hits = candidate_search.search(corpus, words)
    assert hits and all(score == 0.0 for _, score in hits)
    texts = [row.text.lower() for row in corpus.sentences([sid for sid, _ in hits])]
    assert all("zelensky" in t or "washington" in t for t in texts)


def test_further_words_join_the_any_word_query_only_within_their_budget(corpus, monkeypatch):
    words = ["zelensky", "washington"]
    rarest = min(words, key=corpus.document_frequency)
    queries: list[list[str]] = []
    search = corpus.search

    def spy(found, **options):
        found = list(found)
        if not options.get("every"):
            queries.append(found)
        return search(found, **options)

    monkeypatch.setattr(corpus, "search", spy)
    candidate_search.search(corpus, words)
    assert sorted(queries[-1]) == sorted(words)
    monkeypatch.setattr(
        candidate_search, "EXTRA_WORDS_BUDGET", sum(map(corpus.document_frequency, words)) - 1
    )
    candidate_search.search(corpus, words)
    assert queries[-1] == [rarest]  # the rarest word is always searched, whatever the budget


@given(
    prefixes=st.sets(st.text("abA \n", max_size=3), max_size=5),
    texts=st.lists(st.text("abcAB \n", max_size=12), max_size=6),
)
def test_prefix_counts_are_what_testing_each_text_gives(prefixes, texts):
    expected = [len([p for p in prefixes if p in text.lower()]) for text in texts]
    assert _prefix_counts(prefixes, texts) == expected


def test_an_unused_word_looks_up_the_words_of_a_phrase_read_as_its_exact_group():
    # "onboard" and "aboard" unused: "on board" is looked up by its word "board"
    written = {"board": 40, "people": 500}
    corpus = SimpleNamespace(document_frequency=lambda word: written.get(word, 0))
    assert "board" in candidate_search.unused_words_relatives(corpus, ["onboard"])
    # not through a wider related-word group: "summit" is a meeting, and "get together" one
    # too, but "together" is no word for a summit
    written = {"together": 20}
    corpus = SimpleNamespace(document_frequency=lambda word: written.get(word, 0))
    assert candidate_search.unused_words_relatives(corpus, ["summit"]) == []


def test_a_hyphenated_word_is_searched_as_its_parts_in_a_row(corpus):
    # the index holds "European-led" as "european" and "led": the word itself has no count,
    # and left out of the query the story's own name found nothing
    assert corpus.document_frequency("european-led") == 0
    assert candidate_search._frequency(corpus, "european-led") > 0
    hits = candidate_search.search(corpus, ["european-led"])
    texts = [row.text for row in corpus.sentences([sid for sid, _ in hits])]
    assert texts and all("European-led" in t for t in texts)
    assert candidate_search._frequency(corpus, "zelensky-xyzzy") == 0


def test_a_definite_noun_for_a_kept_sentence_is_fetched_when_it_holds_the_asked_type():
    # "what was the vote count when the house held barr in contempt": the count's sentence
    # names the vote only as "The vote", for the "voted" of a sentence kept before it
    heads = [
        (10, 1, "The House voted to hold Barr in contempt of Congress."),
        (11, 2, "The vote passed primarily along party lines, 230-to-198."),
        (12, 3, "The measure now goes to the courts."),
    ]
    counts = [3, 0, 0]
    asked = analyze("what was the vote count when the house held barr in contempt")
    assert candidate_search._referring_back(heads, counts, {10}, asked) == [11]
    # not when the sentence it refers back to was not kept, nor for an answer type any
    # sentence may seem to hold (an age: "18:00" reads as one)
    assert candidate_search._referring_back(heads, counts, set(), asked) == []
    aged = analyze("how old was barr when the house voted")
    assert candidate_search._referring_back(heads, counts, {10}, aged) == []


def test_only_sentences_just_after_a_kept_sharing_one_are_read_for_referring_back():
    # two articles' heads: a kept sentence sharing a word (10, 21), one not kept (12), one
    # kept sharing none (20); the next REFER_BACK (3) after each kept sharer, within the heads
    heads = [(10, 1, ""), (11, 2, ""), (12, 3, ""), (13, 4, ""), (14, 5, ""), (15, 6, "")]
    heads += [(20, 1, ""), (21, 2, ""), (22, 3, "")]
    counts = [2, 0, 1, 0, 0, 0, 0, 1, 0]
    assert candidate_search._after_kept_sharing(heads, counts, {10, 20, 21}) == [1, 2, 3, 8]
    assert candidate_search._after_kept_sharing(heads, counts, {12}) == [3, 4, 5]
    assert candidate_search._after_kept_sharing(heads, [0] * 9, {10, 12}) == []


def test_sentences_past_the_kept_ones_come_back_by_how_rare_their_shared_words_are(monkeypatch):
    # "why did namibia's former vice president iyambo step down": every sentence of the story
    # says "president", one names "iyambo"'s reason; sharing one word each, the answer was
    # past the ARTICLE_KEEP in article order
    texts = [
        "Former vice president Nickey Iyambo died on Saturday.",
        "The president announced the death.",
        "The president declared a day of mourning.",
        "Last year, poor health was cited when he stepped down from his position.",
    ]
    heads = [(20 + i, i + 1, text) for i, text in enumerate(texts)]
    lows = [text.lower() for text in texts]
    joined = candidate_search._SEPARATOR.join(lows)
    ends = list(accumulate(len(low) + len(candidate_search._SEPARATOR) for low in lows))
    corpus = SimpleNamespace(
        lowered_heads=lambda articles, limit: [(joined, ends)],
        head_finds=lambda articles, limit: [{}],
    )
    counts, rarity = candidate_search._head_matches(corpus, ["namibia"], {"presi", "step"})
    assert counts == [1, 1, 1, 1]
    assert rarity[3] > rarity[1] == rarity[2]
    monkeypatch.setattr(candidate_search, "RARE_KEEP", 1)
    assert candidate_search._rarely_sharing([21, 22, 23], heads, rarity) == [23]


def test_word_beginnings_found_before_in_an_articles_heads_are_taken_from_its_memo():
    lows = ["the president spoke.", "a step down.", "the president left."]
    joined = candidate_search._SEPARATOR.join(lows)
    ends = list(accumulate(len(low) + len(candidate_search._SEPARATOR) for low in lows))
    memo: dict[str, tuple[int, ...]] = {}
    found = candidate_search._joined_prefix_holders({"presi", "step"}, joined, ends, memo)
    assert found == {"presi": (0, 2), "step": (1,)} == memo
    memo["step"] = (2,)  # taken as kept, not searched again
    assert candidate_search._joined_prefix_holders({"step"}, joined, ends, memo) == {"step": (2,)}


def test_article_sentences_are_placed_by_their_articles_standing_not_their_ids():
    # the full-text matches put story "b" first; sentences sharing as many words with the
    # question go to it before story "a", whose id merely sorts first
    heads = {"a": [(1, 0, "A"), (2, 1, "A2")], "b": [(7, 0, "B"), (8, 1, "B2")]}
    corpus = SimpleNamespace(article_heads=lambda articles, limit: heads[articles[0]])
    standing = candidate_search._standing(corpus, ["b", "a"])
    assert standing == {7: 0, 8: 0, 1: 1, 2: 1}
    extra = sorted([(1, 2), (1, 8)], key=lambda pair: (-pair[0], standing[pair[1]]))
    assert extra == [(1, 8), (1, 2)]


def test_the_best_story_keeps_more_of_its_sentences_past_the_shared_keep(monkeypatch):
    # the four articles' sentences sharing one word fill the ARTICLE_KEEP alike; the first
    # story's next ones are kept too ("The vote passed ... 230-to-198" shares only "vote")
    monkeypatch.setattr(candidate_search, "ARTICLE_KEEP", 2)
    monkeypatch.setattr(candidate_search, "BEST_STORY_KEEP", 1)
    extra = [(2, 1), (1, 2), (1, 7), (1, 8), (1, 3)]
    standing = {1: 0, 2: 1, 7: 0, 8: 0, 3: 1}
    assert candidate_search._best_story_more(extra, standing, {1, 2}) == [7]
    assert candidate_search._best_story_more(extra, standing, {1, 2, 7}) == [8]
    assert candidate_search._best_story_more(extra[:2], standing, {1, 2}) == []
