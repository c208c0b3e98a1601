"""Reading whole articles into facts (facts.relations.reading): every fact points at its sentence,
odd input never raises, a quotation's speaker carries across the sentences it spans.

Each test names the sentence it reads, so a failure shows which construction broke."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extract import extract
from tests.facts.conftest import EXCERPTS, assert_mentions_exact, corpus_articles, load
from tests.facts.relations.conftest import article_from, find


def test_zelensky_meets_trump_in_washington_on_monday(seed):
    [fact] = find(
        seed[1],
        subject_entity="volodymyr-zelensky",
        predicate="meet",
        object_entity="donald-trump",
        place="Washington",
    )
    assert fact.time == "Monday"
    assert fact.hedge == "set to"
    assert fact.sentence == 1


def test_every_fact_points_at_a_sentence(seed):
    _, ex = seed
    indexes = {s.index for s in ex.sentences}
    assert all(f.sentence in indexes for f in ex.facts)


def test_wikinews_said_wrote_told():
    _, ex = load(EXCERPTS / "koszalin_escape_room.md")
    [said] = find(ex, subject_entity="andrzej-duda", predicate="say")
    assert said.kind == "quote"
    [order] = find(ex, predicate="order", speaker="joachim-brudzinski", object_has="fire safety")
    assert order.place == "Poland"
    find(ex, subject_entity="tomasz-kubiak", predicate="tell", object_entity="agence-france-presse")
    [kill] = find(ex, predicate="kill", object_has="five girls")
    assert kill.time == "yesterday afternoon"


def test_wikinews_passive_and_time():
    _, ex = load(EXCERPTS / "magnitogorsk_collapse.md")
    [collapse] = find(ex, predicate="collapse", sentence=1)
    assert (collapse.time, collapse.place) == ("Monday", "Magnitogorsk")
    find(ex, predicate="brief", object_entity="vladimir-putin")  # "Putin was briefed"
    [fly] = find(ex, subject_entity="vladimir-putin", predicate="fly")
    assert fly.object_entity == "magnitogorsk"
    [role] = find(ex, subject_entity="yevgeny-zinichev", kind="role")
    assert role.object == "Emergencies Minister"


def test_wikinews_congratulates_and_not_approve():
    _, ex = load(EXCERPTS / "pelosi_speaker.md")
    find(ex, subject_entity="donald-trump", predicate="congratulate", object_entity="nancy-pelosi")
    find(ex, subject_entity="nancy-pelosi", predicate="tell")


def test_corpus_facts_link_sentences_and_entities():
    total = with_entity = 0
    for article in corpus_articles():
        ex = extract(article)
        sentences = {s.index for s in ex.sentences}
        entities = {e.id for e in ex.entities}
        for fact in ex.facts:
            assert fact.sentence in sentences
            assert fact.predicate
            for entity in (fact.subject_entity, fact.object_entity):
                assert entity is None or entity in entities, (article.id, fact)
            total += 1
            with_entity += bool(fact.subject_entity or fact.object_entity)
    assert total > 10_000
    assert with_entity > total / 4  # a floor against regressions: about a third today


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "Trump",
                    " said ",
                    "President ",
                    "Russia",
                    ", ",
                    ". ",
                    "\n\n",
                    "U.S.",
                    "the ",
                    " did not ",
                    "reportedly ",
                    "on Monday",
                    "Mr. ",
                    "von der ",
                    "'s ",
                    " and ",
                    "Kremlin",
                    " to ",
                    "who ",
                    '"',
                    "(FSB)",
                    " is set to meet ",
                ]
            ),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_extract_never_raises_and_offsets_hold(parts):
    body = "".join(parts)
    if not body.strip():
        return
    article = article_from(body)
    ex = extract(article)
    assert_mentions_exact(article, ex)
    for fact in ex.facts:
        assert 0 <= fact.sentence < len(ex.sentences)


def test_a_long_line_without_punctuation_is_read_quickly():
    body = "Title\n\n" + ("Russia demands talks with the US and Zelensky meets Trump " * 20000)
    ex = extract(article_from(body))
    assert len(body) > 1_000_000
    assert ex.sentences


def test_a_quote_that_runs_on_is_the_speakers_in_every_sentence():
    body = (
        'Senator Ted Cruz said, "For too long, members of Congress have abused their power. '
        'The council must approve the plan." The proposal failed.'
    )
    facts = extract(article_from(f"Title\n{body}\n")).facts
    [second] = [f for f in facts if f.predicate == "say" and f.sentence == 2]
    assert (second.subject_entity, second.object) == (
        "ted-cruz",
        "The council must approve the plan.",
    )
    [approve] = [f for f in facts if f.predicate == "approve"]
    assert approve.speaker == "ted-cruz"
    assert all(f.speaker is None for f in facts if f.sentence == 3)  # the quote has ended


def test_a_new_paragraph_starts_outside_any_quote():
    body = 'Senator Ted Cruz said, "For too long, members of Congress have abused their power.\n'
    body += "Term limits were proposed in 2019."
    facts = extract(article_from(f"Title\n{body}\n")).facts
    assert not [f for f in facts if f.sentence == 2 and (f.speaker or f.predicate == "say")]
