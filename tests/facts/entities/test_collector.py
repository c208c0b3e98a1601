"""The aliases an article's entities get (facts.entities.collector): offices, metonyms, titles
without names, in the same order in every process."""

from __future__ import annotations

import os
import subprocess
import sys

from facts.articles import make_article
from facts.extract import extract
from tests.conftest import ROOT
from tests.facts.entities.conftest import aliases_of, entities_of


def test_aliases_let_questions_name_people_by_office(seed):
    ex = seed[1]
    assert {"the lithuanian president", "lithuanian president", "nauseda"} <= aliases_of(
        ex, "gitanas-nauseda"
    )
    assert {"german chancellor", "the german chancellor", "merz"} <= aliases_of(
        ex, "friedrich-merz"
    )
    assert "nato secretary-general" in aliases_of(ex, "mark-rutte")
    assert "eu chief" in aliases_of(ex, "ursula-von-der-leyen")
    # "EU chief": the article names the EU, the lists the Commission she heads, a body of it
    leyen = next(e for e in ex.entities if e.id == "ursula-von-der-leyen")
    assert leyen.affiliation == "european-commission"
    assert {"white house envoy", "witkoff"} <= aliases_of(ex, "steve-witkoff")
    assert {"zelensky", "zelenskyy", "ukrainian president"} <= aliases_of(ex, "volodymyr-zelensky")


def test_a_countrys_only_head_of_state_or_government_is_its_leader(seed):
    # "according to the lithuanian leader, should american help be part of the guarantees":
    # the article calls him "Lithuanian President Gitanas Nauseda"
    ex = seed[1]
    assert {
        "the lithuanian leader",
        "lithuania leader",
        "leader of lithuania",
        "lithuanian head of state",
    } <= aliases_of(ex, "gitanas-nauseda")
    assert {"german leader", "german head of government"} <= aliases_of(ex, "friedrich-merz")
    # by its capital too, as news writes "Moscow demands": "what does vilnius's head of state
    # think kyiv requires"
    assert {"vilnius head of state", "vilnius leader"} <= aliases_of(ex, "gitanas-nauseda")
    assert "kyiv leader" in aliases_of(ex, "volodymyr-zelensky")
    # an envoy or a secretary-general leads no country
    assert not any("leader" in alias for alias in aliases_of(ex, "steve-witkoff"))
    assert not any("leader" in alias for alias in aliases_of(ex, "mark-rutte"))


def test_a_country_with_two_leading_titles_has_no_one_leader():
    """Where an article names a country's president and its prime minister, "the french
    leader" could be either: neither goes by it."""
    ex = _extraction(
        "French President Emmanuel Macron met French Prime Minister Michel Barnier on Monday. "
        "Macron and Barnier discussed the budget.",
        title="Macron and Barnier discuss the budget",
    )
    assert "french president" in aliases_of(ex, "emmanuel-macron")
    assert not any("leader" in alias for alias in aliases_of(ex, "emmanuel-macron"))
    assert not any("leader" in alias for alias in aliases_of(ex, "michel-barnier"))


def test_a_former_head_of_state_is_no_leader():
    """ "former US President Barack Obama": "former" stands before the country, not the title,
    and still puts the title in the past."""
    ex = _extraction(
        "Former US President Barack Obama spoke at the rally in Detroit on Saturday. "
        "Obama urged voters to turn out.",
        title="Obama speaks at a rally in Detroit",
    )
    assert not any("leader" in alias for alias in aliases_of(ex, "barack-obama"))
    assert not any("head of state" in alias for alias in aliases_of(ex, "barack-obama"))
    # "then" before the country is the story's sequence as often as a past title
    ex = _extraction(
        "The talks ended and then US President Donald Trump spoke to reporters. "
        "Trump said the talks went well.",
        title="Trump speaks after the talks",
    )
    assert "us leader" in aliases_of(ex, "donald-trump")


def test_a_chancellor_leads_germany_but_not_the_uk():
    """The UK's Chancellor of the Exchequer is its finance minister: no "british leader", and
    no rival to the prime minister's."""
    ex = _extraction(
        "UK Prime Minister Keir Starmer and UK Chancellor Rachel Reeves presented the budget "
        "on Wednesday. Reeves said taxes would rise.",
        title="Starmer and Reeves present the budget",
    )
    assert not any("leader" in alias for alias in aliases_of(ex, "rachel-reeves"))
    assert "uk leader" in aliases_of(ex, "keir-starmer")


def test_nato_goes_by_the_atlantic_alliance(seed):
    # "does the head of the atlantic alliance take part in the talks": "NATO Secretary-General
    # Mark Rutte"
    assert {"atlantic alliance", "north atlantic alliance", "nato"} <= aliases_of(seed[1], "nato")


def test_country_aliases_and_metonyms(seed):
    ex = seed[1]
    assert {"us", "u.s.", "united states", "america", "usa", "american"} <= aliases_of(
        ex, "united-states"
    )
    assert {"kremlin", "russian"} <= aliases_of(ex, "russia")
    assert "ukrainian" in aliases_of(ex, "ukraine")
    # Washington is the city: the government goes by "US", "the White House"
    assert "washington" not in aliases_of(ex, "united-states")
    # "European leaders" includes the UK: the adjective names Europe, not the EU
    assert "european" not in aliases_of(ex, "european-union")
    assert all(alias == alias.lower() for alias, _ in ex.aliases)


def test_a_title_without_a_name_links_to_the_person_holding_it(seed):
    _, ex = seed
    title_mentions = [m for m in ex.mentions if m.sentence == 0 and m.entity == "gitanas-nauseda"]
    assert [m.text for m in title_mentions] == ["Lithuanian president"]


def test_aliases_come_out_in_the_same_order_in_every_process(tmp_path):
    """A person with several roles, one of them without an affiliation, gets their role aliases
    in a fixed order: Python hashes None by address, so a set of (title, None) pairs iterated
    in a different order in every process, and with it the aliases table's rows."""
    article = tmp_path / "trump.txt"
    article.write_text(
        "Trump speaks to reporters\n"
        "US President Donald Trump spoke on Monday.\n"
        "President Trump said the talks went well, and the American president left.\n",
        encoding="utf-8",
    )
    script = (
        "import sys; from pathlib import Path; "
        "from facts.articles import parse_text_article; from facts.extract import extract; "
        "p = Path(sys.argv[1]); "
        "print(extract(parse_text_article(p, p.read_text(encoding='utf-8'))).aliases)"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script, str(article)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in (1, 2, 3, 4, 5, 6)
    }
    assert len(runs) == 1, runs


def _extraction(body: str, title: str | None = None):
    article = make_article(article_id="odd", path="odd.txt", title=title, body=body, digest="x")
    return extract(article)


def test_an_everyday_word_is_no_alias_of_a_name_it_ends():
    """Richard Guy's surname and the film "Get On Up" read as a place after "in" are names in
    the article, but a question's "guy" or "get" is the everyday word: "what did that guy say"
    resolved to the mathematician, "how much did he get" to a place."""
    ex = _extraction(
        "Richard Kenneth Guy, a British mathematician, died on Monday at 103 years of age. "
        "In his personal time, Richard Guy practiced mountaineering.",
        title="British mathematician dies at 103",
    )
    assert aliases_of(ex, "richard-guy") == {"richard guy"}
    ex = _extraction("He later played James Brown in Get On Up, a film released in 2014.")
    assert "get" in entities_of(ex)  # the film read as a place: still mentioned, by no alias
    assert aliases_of(ex, "get") == set()
    assert "brown" in aliases_of(ex, "james-brown")  # Zipf 5.0, a surname more than a colour
    # a surname rarer as a word stays one: "smith" (Zipf 4.9), "trump"
    ex = _extraction("Police chief Andrew Smith said on Monday that Smith would resign.")
    assert "smith" in aliases_of(ex, "andrew-smith")


def test_an_ordinary_word_the_article_writes_in_lower_case_is_no_alias():
    """A word less common than "guy" is still no name where the article itself uses it as a word
    in lower case: the "Abuse" of a group's name is the article's "abuse" as well."""
    ex = _extraction(
        "Peter Iseley of victims' group Ending Clergy Abuse said the church must act. "
        "He said abuse had been hidden for decades."
    )
    assert not any(alias == "abuse" for alias, _ in ex.aliases)
    # the lists' own aliases are kept, however common the word: "us" for the United States
    ex = _extraction("US President Donald Trump said on Monday that the US would help us.")
    assert "us" in aliases_of(ex, "united-states")
