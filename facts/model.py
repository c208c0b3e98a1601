"""Plain records passed between reading, extraction and storage.

They are frozen dataclasses so extraction stays a pure function of an article, which also lets a
build hand articles to worker processes.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields


def _fast_init(cls: type) -> type:
    """Give a frozen dataclass an ``__init__`` that fills the instance dict in one update.

    The generated one calls ``object.__setattr__`` once per field, to get around the frozen
    ``__setattr__``: about 3 us for a :class:`Fact`, and extraction makes hundreds of records an
    article. This one takes the same parameters and defaults and stores the same attributes in
    the same order (equality, hashing, ``repr`` and ``replace`` are the dataclass's own) in a
    third of the time.
    """
    names = [f.name for f in fields(cls)]
    defaults = {}
    params = []
    for f in fields(cls):
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: default factories are not supported")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    stores = ", ".join(f"{name}={name}" for name in names)
    source = f"def __init__(self, {', '.join(params)}):\n    self.__dict__.update({stores})\n"
    namespace: dict[str, object] = {}
    exec(source, defaults, namespace)  # noqa: S102 (code made from the field names above)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@dataclass(frozen=True)
class Article:
    """One article as read from disk, before extraction.

    ``text`` is the article's canonical text, the one every stored offset points into: the file
    body without front matter, with the title as its first line (a title given only in front
    matter or a feed column is placed there). ``body_start``/``body_end`` bound the citable part:
    the trailing "Read also" list and similar boilerplate lie outside it.
    """

    id: str
    path: str
    title: str
    text: str
    body_start: int
    body_end: int
    title_start: int
    title_end: int
    hash: str
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    related: tuple[str, ...] = ()
    row: int | None = None  # 1-based data row for articles read from a feed
    soft_wraps: bool = False  # Markdown: a single line break continues the paragraph
    # warnings for the operator, one line each, that do not stop the article being built
    notes: tuple[str, ...] = ()


@_fast_init
@dataclass(frozen=True)
class Sentence:
    """A citable sentence: ``article.text[start:end] == text`` always holds."""

    index: int  # position within the article, from 0 (the title)
    paragraph: int  # the title is paragraph 0
    start: int
    end: int
    text: str
    is_title: bool = False


@_fast_init
@dataclass(frozen=True)
class Entity:
    """A person, organisation, country or place, keyed by a slug of its canonical name."""

    id: str
    name: str
    kind: str  # person | org | country | place | group
    role: str | None = None
    affiliation: str | None = None  # entity id of a country or organisation


@_fast_init
@dataclass(frozen=True)
class Mention:
    """Where an entity is named: a sentence and the character range inside the article."""

    sentence: int  # Sentence.index
    entity: str  # Entity.id
    start: int
    end: int
    text: str
    role: str | None = None


@_fast_init
@dataclass(frozen=True)
class Fact:
    """A relation stated by one sentence: subject, predicate, object and their circumstances."""

    sentence: int  # Sentence.index
    predicate: str  # a normalised verb: meet, demand, insist, agree, state, supply, ...
    subject: str | None = None  # surface text
    subject_entity: str | None = None
    object: str | None = None
    object_entity: str | None = None
    place: str | None = None
    time: str | None = None
    speaker: str | None = None  # entity id or surface text of whoever is quoted
    negated: bool = False
    hedge: str | None = None  # reportedly, may, expected to, ...
    kind: str = "relation"  # relation | role | quote


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()  # (alias text, entity id)
    mentions: tuple[Mention, ...] = ()
    facts: tuple[Fact, ...] = ()
    notes: tuple[str, ...] = field(default=())
    # the countries, places and organisations its headline names (facts.entities.headline_places)
    places: str = ""
    # its headline's stems, stored (facts.sentence_words.headline_words)
    title_words: str = "|"
