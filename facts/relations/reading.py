"""The entry point: every sentence of an article read once, left to right, into its facts, with the
speaker of a quotation carried across the sentences it spans."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..lexicon import Lexicon, lexicon, sentence_tokens
from ..model import Article, Entity, Fact, Mention, Sentence
from .clauses import _facts
from .context import _Ctx
from .nominal import _nominal_facts
from .roles import _role_facts
from .speakers import _according_to
from .subjects import _link
from .verb_groups import _verb_groups


def find_facts(
    article: Article, sentences: list[Sentence], mentions: list[Mention], entities: list[Entity]
) -> list[Fact]:
    """Relation, role and quote facts for every sentence of the article."""
    lex = lexicon()
    kinds = {e.id: e.kind for e in entities}
    affiliations = {e.id: e.affiliation for e in entities}
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    facts: list[Fact] = []
    text = article.text
    quoting = _Quoting(kinds)
    for sentence in sentences:
        own = by_sentence.get(sentence.index, _NO_MENTIONS)
        if own:
            facts.extend(_role_facts(text, own, affiliations))
        if sentence.end <= sentence.start:
            continue
        try:
            found = _sentence_facts(lex, text, sentence, own, kinds)
        except RecursionError:  # pragma: no cover - defensive: never fail a build on odd prose
            continue
        facts.extend(quoting.read(sentence, found))
    return facts


class _Quoting:
    """Who is speaking in a quotation that runs on past the sentence that attributes it.

    'Cruz said, "For too long, members of Congress have abused their power. Term limits offer a
    solution."': the second sentence is Cruz's too. It gets a quote fact of its own with the
    speaker as subject, and its other facts get the speaker, as the first sentence's do. Quote
    marks are followed across the sentences of a paragraph (a new paragraph starts outside).
    Only a named person or organisation is carried on, never a pronoun or a misread phrase.
    """

    SPEAKERS = frozenset({"person", "org"})

    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds
        self.inside = False
        self.paragraph = -1
        self.speaker: tuple[str, str] | None = None  # (surface text, entity id)

    def read(self, sentence: Sentence, facts: list[Fact]) -> list[Fact]:
        if sentence.paragraph != self.paragraph:
            self.paragraph, self.inside, self.speaker = sentence.paragraph, False, None
        if self.inside and self.speaker is not None:
            facts = self._continued(sentence, facts, *self.speaker)
        else:
            self.speaker = next(
                (
                    (f.subject, f.subject_entity)
                    for f in facts
                    if f.kind == "quote"
                    and f.subject
                    and self.kinds.get(f.subject_entity or "") in self.SPEAKERS
                ),
                None,
            )
        self.inside = _still_quoting(sentence.text, self.inside)
        if not self.inside:
            self.speaker = None
        return facts

    @staticmethod
    def _continued(sentence: Sentence, facts: list[Fact], name: str, entity: str) -> list[Fact]:
        said = Fact(
            sentence=sentence.index,
            predicate="say",
            subject=name,
            subject_entity=entity,
            object=sentence.text.strip(' "“”') or None,
            kind="quote",
        )
        return [said] + [
            replace(f, speaker=entity) if f.speaker is None and f.kind != "role" else f
            for f in facts
        ]


def _still_quoting(text: str, inside: bool) -> bool:
    """Whether a quotation is open after ``text``, given whether one was open before it."""
    for mark in _QUOTE_MARKS.findall(text):
        inside = True if mark == "“" else False if mark == "”" else not inside
    return inside


_QUOTE_MARKS = re.compile('["“”]')


_NO_MENTIONS: list[Mention] = []  # never appended to


# --- one sentence -----------------------------------------------------------------------------


def _sentence_facts(
    lex: Lexicon, text: str, sentence: Sentence, mentions: list[Mention], kinds: dict[str, str]
) -> list[Fact]:
    words, folded, starts, ends = sentence_tokens(text, sentence.start, sentence.end)
    n = len(words)
    if n < 2:
        return []
    if n > 400:  # a run-on "sentence" (a table, a list without punctuation): read its start only
        words, folded, starts, ends = words[:400], folded[:400], starts[:400], ends[:400]
        n = 400
    if lex.verb_forms.keys().isdisjoint(folded) and "from" not in folded:
        return []  # no word the verb lists know and no "<noun> from": no fact
    mention_at: list[Mention | None] = [None] * n
    affiliation_tok = [False] * n
    last_tokens = []  # each mention's last token
    if mentions:
        for mention in mentions:
            k = bisect_left(starts, mention.start)
            while k < n and ends[k] <= mention.end:
                mention_at[k] = mention
                k += 1
            last_tokens.append(k - 1)
    for k in last_tokens:
        m = mention_at[k] if 0 <= k < n - 1 else None
        if m is not None and mention_at[k + 1] is not m:
            nxt = mention_at[k + 1]
            if (
                nxt is not None
                and nxt.role
                or folded[k + 1] in lex.role_heads
                or folded[k + 1] in lex.role_modifiers
            ):
                affiliation_tok[k] = True
            back = k
            while affiliation_tok[k] and back > 0 and mention_at[back - 1] is m:
                back -= 1
                affiliation_tok[back] = True
    ctx = _Ctx(text, sentence, words, folded, starts, ends, mention_at, affiliation_tok, lex, kinds)
    groups = _verb_groups(ctx)
    if not groups:  # a headline such as "Opposition from Kremlin to peace plan"
        lead = (None, None, None, _according_to(ctx))
        return [fact for _, facts in _nominal_facts(ctx, groups, lead) for fact in facts]
    ctx.verbs = frozenset(g.verb for g in groups)
    _link(ctx, groups)
    return _facts(ctx, groups)
