"""Weighing the candidates: each distinct one's evidence worked out once."""

from __future__ import annotations

import yaml

from bot import decide, fact_evidence, rank, weighing
from bot.weighing import NO_MENTIONS
from tests.bot.answerers import answerer_over
from tests.conftest import ROOT


def _weigh_each(asked, rows, ranking, mentions, facts, said, local):
    """weighing._weigh as it was: every candidate weighed on its own."""
    evidence = [
        fact_evidence.evidence_for(
            asked,
            matched,
            mentions.get(row.id, NO_MENTIONS),
            facts.get(row.id, ()),
            features[rank.TYPED_MATCH],
            story,
            elsewhere,
            dated=bool(row.published),
        )
        for row, matched, features, story, elsewhere in zip(
            rows, ranking.matches, ranking.features, ranking.story, said, strict=True
        )
    ]
    return evidence, [
        decide.bonus(e, lc, asked.wants, bool(row.published))
        for e, lc, row in zip(evidence, local, rows, strict=True)
    ]


def test_weighing_each_distinct_candidate_once_changes_no_answer(core, monkeypatch):
    questions = [
        item["q"] for item in yaml.safe_load((ROOT / "eval" / "seed-dev.yaml").read_text())
    ]
    once = [core.answer(q, top=10) for q in questions]
    monkeypatch.setattr(weighing, "_weigh", _weigh_each)
    assert [core.answer(q, top=10) for q in questions] == once


def test_copies_of_a_sentence_without_facts_are_weighed_once(tmp_path, monkeypatch):
    story = (
        "Strike grounds flights\nMore than 200 flights were cancelled at Lisbon airport on "
        "Friday.\nUnions said the strike would last two days.\n"
    )
    core = answerer_over(tmp_path, {name: story for name in "abcd"})
    question = "how many flights were cancelled at lisbon airport"
    weighed = []
    evidence_for = fact_evidence.evidence_for
    monkeypatch.setattr(
        fact_evidence,
        "evidence_for",
        lambda *args, **kw: weighed.append(args) or evidence_for(*args, **kw),
    )
    answer = core.answer(question, top=10)
    assert len(answer.ranked) == 8 and len(weighed) < len(answer.ranked)  # four copies of each
    monkeypatch.setattr(weighing, "_weigh", _weigh_each)
    assert core.answer(question, top=10) == answer
