"""facts.frequency reads wordfreq's English list itself; every number must stay wordfreq's."""

import subprocess
import sys

from wordfreq import get_frequency_dict, top_n_list, zipf_frequency

from facts import frequency


def test_the_frequencies_are_wordfreqs_dictionary():
    assert frequency.english_frequencies() == get_frequency_dict("en")


def test_the_top_words_are_wordfreqs_top_list():
    # the speller's 40,000, and enough of the list to pass words that open with a number
    for n in (1, 40_000, 300_000):
        assert frequency.top_english(n) == top_n_list("en", n)


def test_zipf_is_wordfreqs_for_words_it_reads_and_words_it_tokenises():
    words = ("the", "zebras", "magnitogorsk", "qzxv", "Trump", "don't", "e-mail", "2019", "")
    tokenised = ("Sola Airport", "COVID-19", "1,000", "3.5%", "café", "O'Brien", "qzxv-storm")
    for word in (*words, *tokenised):
        assert frequency.zipf(word) == zipf_frequency(word, "en"), word


def test_words_of_one_frequency_have_its_zipf_worked_out_once(monkeypatch):
    """The speller looks up dozens of spellings a slip away from a typed word, nearly all of
    them unlisted: they share the floor's Zipf number, rounded once, and each stays wordfreq's."""
    monkeypatch.setattr(frequency, "_ZIPF", {})
    frequency._listed_zipf.cache_clear()
    for word in ("qzxv", "qzxw", "zqxv", "qxzv"):
        assert frequency.zipf(word) == zipf_frequency(word, "en"), word
    assert frequency._listed_zipf.cache_info().misses == 1


def test_opening_the_answerer_imports_no_tokeniser():
    """wordfreq and its tokeniser's libraries (langcodes, ftfy) wait for a word they must read:
    importing the answering code and looking up a plain word needs none of them."""
    code = (
        "import sys; from bot.answer import Answerer; from bot.text import zipf; zipf('storm'); "
        "print(sorted({'wordfreq', 'langcodes', 'ftfy'} & set(sys.modules)))"
    )
    assert _printed_by_a_fresh_process(code) == "[]"


def test_a_word_found_in_its_bucket_has_the_dictionarys_frequency():
    """The first words a process looks up are found by bisection in the sorted buckets, before
    the dictionary is built: the same frequency, or none, for listed and unlisted words."""
    listed = top_n_list("en", 300_000)
    for word in [*listed[:300], *listed[-300:], "qzxv", "magnitogorsk", "zebras", ""]:
        index = frequency._bucket_of(word)
        got = None if index is None else 10 ** (-index / 100)
        assert got == frequency.english_frequencies().get(word), word


def test_the_first_words_looked_up_leave_the_dictionary_unbuilt(monkeypatch):
    monkeypatch.setattr(frequency, "_ZIPF", {})
    monkeypatch.setattr(frequency, "_scanned", 0)
    frequency.english_frequencies.cache_clear()
    assert frequency.zipf("storm") == zipf_frequency("storm", "en")
    assert frequency.english_frequencies.cache_info().currsize == 0
    frequency.warm_up()
    assert frequency.english_frequencies.cache_info().currsize == 1


def test_the_warm_up_builds_one_dictionary_of_the_words():
    """wordfreq tokenises a word with capitals or marks, and its tokens are looked up in this
    module's dictionary: wordfreq's own (another 321,180 words, about 40 MB) stays unbuilt."""
    code = (
        "import wordfreq; from facts import frequency; frequency.warm_up(); "
        "frequency.zipf('Sola Airport'); print(wordfreq.get_frequency_dict.cache_info().currsize)"
    )
    assert _printed_by_a_fresh_process(code) == "0"


def _printed_by_a_fresh_process(code: str) -> str:
    """What ``code`` prints run in a new interpreter, whose imports and caches are its own."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()
