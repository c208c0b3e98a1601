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


def test_zipf_is_wordfreqs_for_words_it_reads_and_words_it_hands_on():
    for word in ("the", "zebras", "magnitogorsk", "qzxv", "Trump", "don't", "e-mail", "2019", ""):
        assert frequency.zipf(word) == zipf_frequency(word, "en"), word


def test_opening_the_answerer_imports_no_tokeniser():
    """wordfreq and its tokeniser's libraries (langcodes, ftfy) wait for a word they must read:
    importing the answering code and looking up a plain word needs none of them."""
    code = (
        "import sys; from bot.answer import Answerer; from bot.text import zipf; zipf('storm'); "
        "print(sorted({'wordfreq', 'langcodes', 'ftfy'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
