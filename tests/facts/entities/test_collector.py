"""The aliases an article's entities get (facts.entities.collector): offices, metonyms, titles
without names, in the same order in every process."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT
from tests.facts.entities.conftest import aliases_of


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
