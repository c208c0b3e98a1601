"""The entry point: an article's entities, aliases and mentions, from one pass over each sentence
(tokens to pieces, pieces to kinds) and a second over the article that links names."""

from __future__ import annotations

from ..lexicon import Lexicon, fold, lexicon, sentence_tokens, slug
from ..model import Article, Entity, Mention, Sentence
from .collector import _Builder
from .kinds import _classify
from .people import _link_other_names, _surnames
from .pieces import _LowerWords, _pieces, _title_case
from .records import _Person, _Piece, _Sent
from .words import ORG, PERSON, PLACE


def find_entities(
    article: Article, sentences: list[Sentence]
) -> tuple[list[Entity], list[tuple[str, str]], list[Mention]]:
    """Entities the article names, the aliases they go by, and where each is mentioned."""
    lex = lexicon()
    text = article.text
    lower_words = _LowerWords(text)
    parsed = []
    for sentence in sentences:
        if sentence.end <= sentence.start:
            continue
        words, folded, starts, ends = sentence_tokens(text, sentence.start, sentence.end)
        if not words:
            continue
        title_case = sentence.is_title and _title_case(words)
        pieces = _pieces(lex, words, folded, starts, ends, title_case, lower_words)
        _classify(lex, words, folded, pieces)
        parsed.append(_Sent(sentence, words, folded, starts, ends, pieces))
    return _resolve(lex, parsed, lower_words)


# --- the article-level pass -------------------------------------------------------------------


def _name_of(words, piece: _Piece) -> str:
    return " ".join([w for w in words[piece.i : piece.j] if w != "."]).replace(" .", ".")


def _resolve(lex: Lexicon, parsed: list[_Sent], lower_words: _LowerWords):
    """Link names across the article, then emit entities, aliases and mentions. ``lower_words``:
    the words the article writes in lower case, whose one-word aliases may be everyday words."""
    people: dict[str, _Person] = {}  # folded full name -> person
    surnames: dict[str, str | None] = {}  # folded surname -> folded full name (None: ambiguous)

    def add_person(name: str, known: str | None, role, affiliation):
        key = fold(name)
        person = people.get(key)
        if person is None:
            person = people[key] = _Person(name, known or slug(name))
            parts = key.split()
            if len(parts) >= 2:
                for surname in _surnames(parts):
                    if surnames.get(surname, key) != key:
                        surnames[surname] = None
                    else:
                        surnames[surname] = key
        if role:
            person.roles.add((role, affiliation))
            if person.role is None:
                person.role, person.affiliation = role, affiliation
        return person

    # in one pass: the text of every name (pieces do not move from here on); people named in
    # full (two words or more) or by the gazetteer; places and organisations recognised once,
    # which are then recognised everywhere in the article
    known_entities = lex.known
    named: dict[str, str] = {}
    for sent in parsed:
        words = sent.words
        for piece in sent.pieces:
            kind = piece.kind
            if kind == "name":
                name = piece.name = _name_of(words, piece)
                label = piece.label
                if label == PERSON:
                    if piece.j - piece.i >= 2:
                        add_person(name, None, piece.role, piece.affiliation)
                elif label in (ORG, PLACE):
                    named.setdefault(fold(name), label)
            elif kind == "gaz":
                known = known_entities[piece.entity]
                if known.kind == PERSON:
                    add_person(known.name, known.id, piece.role, piece.affiliation)
    # one-word names: a surname of someone above, a well-known surname, or a titled person
    for sent in parsed:
        for piece in sent.pieces:
            if piece.kind != "name" or piece.label not in (None, PERSON):
                continue
            key = fold(piece.name)
            if piece.label is None and key in named:
                piece.label = named[key]
                continue
            if key in people:
                piece.label = PERSON
                continue
            full = surnames.get(key) or surnames.get(key.split()[-1])
            if full and (piece.j - piece.i == 1 or set(key.split()) <= set(full.split())):
                piece.label = PERSON
                piece.entity = full
                people[full].roles.update({(piece.role, piece.affiliation)} - {(None, None)})
                continue
            if piece.label == PERSON:
                add_person(piece.name, None, piece.role, piece.affiliation)

    _link_other_names(parsed, people)
    builder = _Builder(lex, people, lower_words)
    for sent in parsed:
        builder.sentence(sent)
    builder.titles_without_names(parsed)
    return builder.finish()
