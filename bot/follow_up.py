"""Follow-ups: a short question with no entity of its own continues the last one ("and when?"
after "who is Zelensky meeting?"), unless it names a thing the coverage, or the story its answer
quotes, lacks. Here: whether a question is a follow-up, the words it names and asks with, the
story it is read in, whether that story (or the sentence answering it) has those words, and the
reply where the story is silent. bot.answer.Answerer decides with these and asks; whether the
sentence then chosen says what the follow-up asks is bot.follow_up_checks's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from rapidfuzz.distance import OSA

from facts.wording import REASON
from facts.words import READ_AS

from . import candidate_search, decide, question_analysis
from .build_state import BuildState
from .corpus import Corpus, SentenceRow
from .mismatch import speaker_span
from .model import Answer, Citation
from .question import REACTING, SOURCE_NOUNS, clean
from .question_forms import IMPORTANCE_WORDS, LIGHT_VERBS, asks_importance
from .question_reading import Reading, known_word, read, reading_of
from .render import render_story_silent, with_notes
from .resolve import Resolved
from .sentence_analysis import TYPED, shows_answer, states_importance
from .spelling import may_be_a_slip
from .text import ORDINARY_ZIPF, STOPWORDS, tokenize, word_forms, zipf

FOLLOW_UP_WORDS = 4  # a question this short with no entity of its own continues the last one


def read_together(
    state: BuildState,
    reading: Reading,
    continued: str,
    known: Callable[[str], bool],
    limit: int,
) -> Reading:
    """A short question with no entity of its own ("and when?" after "who is Zelensky
    meeting?"): ask both together, the earlier question read as it was then (its links,
    mentions and typos were junk words). A follow-up of a follow-up continues the question
    the first one continued (Answer.continues): "when?" after "where?" was asked with "where?"
    alone, of stop words only, and the member was told to ask a question. Public: the
    answerer reads a follow-up so once it continues the last question."""
    earlier = clean(continued, limit).text
    text = _without_asides(reading.text)
    return reading_of(state, f"{text} {read(state, earlier, known)}", known)


def _without_asides(text: str) -> str:
    """A follow-up without its chat asides ("*nvm*, where?", "*bruh* why"): asked with the
    question it continues, such a word was one more term to find, which no sentence has, and
    "nvm, where?" was abstained on where "where?" was answered."""
    kept = [w for w in text.split() if w.strip(",.;:!?").lower() not in _ASIDES]
    return " ".join(kept) if kept else text


# A follow-up that states its topic first and then asks ("what about the president, what did
# he say", "and the US? who did they blame"): "what about", "how about", "what of" or "and",
# the topic, a comma, question mark, colon or dash, then a question of its own.
_TOPIC_FIRST = re.compile(
    r"^\s*(?:(?:so|ok|okay|but|well)\s*,?\s+)?(?:what about|how about|what of|and)\s+"
    r"(?!(?:who|what|when|where|why|how|which|then|so)\b)(?P<topic>[^,?;:]+?)\s*(?:[,?;:]|\s[-\u2013\u2014]\s)\s*"
    r"(?P<question>(?:who|whom|whose|what|which|when|where|why|how|did|does|do|is|was|are|"
    r"were|has|have|had|will|would|can|could)\b[^,?;:]*\??)\s*$",
    re.IGNORECASE,
)
# the pronouns a question after its topic points back at that topic with, and the
# possessive ones, which take the topic's "'s"
_TOPIC_SUBJECT = re.compile(r"\b(?:he|she|they|him|them)\b", re.IGNORECASE)
_TOPIC_POSSESSIVE = re.compile(r"\b(?:his|their|her(?=\s+\w))\b", re.IGNORECASE)


def topic_last(text: str) -> str:
    """A follow-up that names its topic first and then asks its question ("what about the
    president, what did he say") as the one question it is: the topic where the question
    points back at a person or group with "he", "she" or "they" (the first such word: "what did
    the president say"; "his" and "their" as the topic's), else the question "about" the topic
    ("what about the ferry, when did it sink": "when did it sink about the ferry"). Read whole,
    "what about" made the topic a second question and the question's "he" the earlier answer's
    person (the mayor), and it was withheld. ``text`` unchanged where it is no such follow-up,
    or its topic is a pronoun. Not "it": the topic is as often another thing than the one "it"
    stands for ("what about other latin american countries, where is it legal?": "it" is
    abortion). Dev conversations: wikinews-dev7 follow-ups after a right answer 6 -> 7 of 13,
    the other ten files unchanged. Public: the answerer reads a follow-up so first."""
    found = _TOPIC_FIRST.match(text)
    if found is None:
        return text
    topic, question = found.group("topic"), found.group("question")
    if topic.lower() in _POINTING_BACK_AT_ANY:  # "what about her, ...": no topic named
        return text
    possessive = _TOPIC_POSSESSIVE.search(question)
    subject = _TOPIC_SUBJECT.search(question)
    if possessive is not None and (subject is None or possessive.start() < subject.start()):
        return f"{question[: possessive.start()]}{topic}'s{question[possessive.end() :]}"
    if subject is not None:
        return f"{question[: subject.start()]}{topic}{question[subject.end() :]}"
    return f"{question.rstrip('?')} about {topic}"


def leaned_on(answer: Answer, previous: Answer | None) -> Answer | None:
    """The answer the next question follows up on, after ``answer`` was given with
    ``previous`` as its context: ``answer`` if it quoted something, or if it abstained on a
    question of its own (no follow-up): the member's question still says what "he", "it" and
    "when?" are about, and the next question asked with the older answer, or alone, was
    read in another story ("how old is the building?" after "was anyone hurt in the Bontddu
    Hall fire?" was abstained on quoted a "25-year-old building" of another article). An
    abstained follow-up, or small talk, keeps ``previous``: its question was read with that
    one. Public: `factdesk chat`, the Discord cog and `eval --conversations` keep the
    context so."""
    if answer.answered or (answer.kind == "abstain" and answer.continues is None):
        return answer
    return previous


# how many answers before the last one a follow-up may point back past ("how long did *she*
# work for him?" two turns after "who worked in his office?" quoted Rosa Parks's 23 years)
EARLIER_KEPT = 2


def with_earlier(answer: Answer, previous: Answer | None) -> Answer:
    """``answer``, given with ``previous`` as its context, with the answers the conversation
    leaned on before it (Answer.earlier): ``previous`` and that one's own, newest first, at
    most EARLIER_KEPT, each without its own (a conversation is not kept whole). Public: the
    answerer's every answer carries them."""
    if previous is None:
        return answer
    earlier = (replace(previous, earlier=()), *previous.earlier)[:EARLIER_KEPT]
    return replace(answer, earlier=earlier)


def story_of(corpus: Corpus, previous: Answer | None) -> str | None:
    """The article the last answer quoted first, which a follow-up is read in; or, where it
    abstained on a question of its own, the one story its abstention names (abstained_story);
    None where there is none, or the coverage no longer has it (rebuilt since the answer was
    given). Public: the answerer reads a follow-up in that story."""
    if previous is None:
        return None
    if previous.citations:
        article: str | None = previous.citations[0].article
    else:
        article = abstained_story(previous)
    return article if article is not None and corpus.has_article(article) else None


def abstained_story(previous: Answer) -> str | None:
    """The story a question of its own that was abstained on is about: that of its
    best-ranked sentence, where no other story's comes within decide.IDENTIFIED_STORY_LEAD
    of it (the abstention then names that one story). The question was about it even where
    no sentence answered it, and "when was it built?" after "which famous guests stayed at
    bontddu hall?" asks about that hall: read in no story, the follow-up was asked over the
    whole coverage with the earlier question, and abstained on too. On the first turns of
    the Wikinews dev conversations that were abstained on, the best-ranked story was the
    asked one in 18 of 20. Not a follow-up's abstention (its question was read with
    another), nor one whose best stories are close (several stories fit the question)."""
    if previous.continues is not None or previous.kind != "abstain" or not previous.ranked:
        return None
    best = previous.ranked[0]
    floor = best.score - decide.IDENTIFIED_STORY_LEAD
    if any(c.article != best.article and c.score >= floor for c in previous.ranked):
        return None
    return best.article


def about_the_one_told(
    corpus: Corpus, story: str | None, reading: Reading, synonyms: Mapping[str, Sequence[str]]
) -> bool:
    """Whether a follow-up points back at a person with "he", "she", "his" or "her" and names
    no person of its own ("did *he* win a nobel prize?" after an answer about Walter Munk),
    but names a thing (an entity, or own_words) that the story it points into lacks: it asks
    about that person, so the story is silent; asked alone over the coverage, it quoted
    another story's Nobel Prize (_POINTED_PERSON). Public: the answerer says the story does
    not say."""
    if story is None or _PERSON_PRONOUN.search(reading.text) is None:
        return False
    if any(r.kind == "person" for r in reading.resolved):
        return False
    aliases = [
        r.alias
        for r in reading.resolved
        if not _named_by_a_common_word(r.alias, reading.text)  # "get", a place
    ]
    # the story's words, read only for a follow-up that names something
    if aliases and not _story_names_all(corpus, story, aliases):
        return True
    own = own_words(reading.text, synonyms)
    return not all(story_has(corpus, story, w, synonyms) for w in own)


_POINTING_BACK = frozenset("it its them".split())


def points_into(corpus: Corpus, story: str | None, reading: Reading) -> bool:
    """Whether a question with names of its own (no follow-up by is_follow_up) still points
    back into the last answer's story: it says "it", "its" or "them", which nothing in it
    names, and every name it has is the story's ("what did boris johnson say about *it*?"
    after three answers about the crash that killed Harry Dunn). Asked over the whole
    coverage, the name chose another story's sentence (Johnson on an election result). Dev
    conversations: follow-ups right 186 unchanged, wrong citations 19 -> 18 (that one, now
    abstained on); the single-question sets have no last answer. Public: the answerer asks
    such a question within the story."""
    if story is None or not any(t in _POINTING_BACK for t in reading.tokens):
        return False
    return _names_only_the_story(corpus, story, reading)


def points_at_person_in(corpus: Corpus, story: str | None, reading: Reading) -> bool:
    """Whether a question with names of its own (no follow-up by is_follow_up) points back
    at a person with "he", "she", "his" or "her", names no person itself, and every name it
    has is the story's ("what did *he* think of the iraq war?" after an answer quoting the
    obituary of Jacques Chirac, which calls him an opponent of it): who "he" is only the
    story says. Asked over the whole coverage, the pronoun matched anyone, and an interview's
    "you state ... troops ... brought home" was quoted. Its answer continues no question:
    a "when was that?" after it asks about it ("why did he move to california?" read within
    the story, then "when was that" with the question before, lost its 1939). Dev
    conversations (Wikinews): follow-ups wrong 19 -> 18 (that one, now abstained on), right
    unchanged; seed's unchanged. Public: the answerer asks such a question within the story,
    as points_into one that says "it"."""
    if story is None or _PERSON_PRONOUN.search(reading.text) is None:
        return False
    if any(r.kind == "person" for r in reading.resolved):
        return False
    return _names_only_the_story(corpus, story, reading)


def asks_words_of_one_in(
    corpus: Corpus,
    story: str | None,
    reading: Reading,
    synonyms: Mapping[str, Sequence[str]],
) -> bool:
    """Whether a question asks only what someone said ("what did pelosi say?", "what did
    amnesty say about it?": no word besides the speaker, the saying and pointing back) and
    the last answer's story names that speaker: the member asks for their words in the
    story just read. Asked over the whole coverage, the name chose another story's sentence
    of theirs ("Nancy Pelosi ... announced the upcoming vote" of the impeachment rules, after
    Trump on a border emergency, whose story quotes her), or the speaker's word alone weighed
    too little and another story's speech was ranked first. A question with words of its own
    ("what did the fsb say about the explosion?") may be about another story, and is not read
    so. The fresh conversations-wikinews-dev9: follow-ups right 28 -> 29, wrong 6 -> 5 (that
    one); the older dev conversations unchanged ("what did modi say?", abstained, now ranks its
    story's sentence first). Public: the answerer asks such a question within the story, as
    points_into one that says "it"."""
    if story is None:
        return False
    analysis = question_analysis.analyze(reading.text, synonyms)
    span = [w for w in speaker_span(analysis, reading.tokens) if w not in STOPWORDS]
    if not span:
        return False
    saying = question_analysis.SAY_WORDS | _POINTING_BACK_AT_ANY
    rest = [w for w in reading.tokens if w not in STOPWORDS and w not in span]
    if any(w not in saying for w in rest):
        return False
    if reading.resolved and not _names_only_the_story(corpus, story, reading):
        return False
    named = _named_words(reading)
    return all(w in named or story_has(corpus, story, w, synonyms) for w in span)


def _named_words(reading: Reading) -> set[str]:
    """The question's words that its resolved names span ("chuck schumer" of "and chuck
    schumer?"), as read, typos mended."""
    return {reading.tokens[i] for r in reading.resolved for i in range(r.first, r.last)}


def _names_only_the_story(corpus: Corpus, story: str, reading: Reading) -> bool:
    """Whether a question names something and every name it has is the story's (what
    points_into and points_at_person_in ask before reading the question within the story)."""
    aliases = [r.alias for r in reading.resolved]
    return bool(aliases) and _story_names_all(corpus, story, aliases)


# the words a follow-up points back with at a person or a thing the conversation told of
_POINTING_BACK_AT_ANY = frozenset("he him his she her hers it its they them their".split())


def points_nowhere(story: str | None, tokens: Sequence[str]) -> bool:
    """Whether a follow-up points back with "he", "it" or "they" ("what sentence could *he*
    get?") where the conversation has no story to point into (story_of: nothing was quoted,
    and the abstention named no one story): who "he" is was never told, and read with the
    earlier question over the whole coverage the pronoun matched any story's person (a London
    attacker's sixteen-year sentence for the Gdańsk mayor's attacker; Kipchoge's sub-two-hour
    run for "why isn't *it* an official record"). Dev conversations: follow-ups wrong 16 -> 14,
    right unchanged (the one such follow-up answered right, "how much will rebuilding cost",
    points back with no pronoun). Public: the answerer abstains on it."""
    return story is None and any(
        t in _POINTING_BACK_AT_ANY and not _dummy_it(tokens, i) for i, t in enumerate(tokens)
    )


# what follows an "it" that stands for nothing: "is it *true* that ...", "it's *possible*",
# "it *says* ...", "how long did it *take*", "it *seems*" (after a be-form or none)
_DUMMY_IT_NEXT = frozenset(
    "true false possible likely unlikely known clear".split()
    + "says seems seemed appears take takes took".split()
)
_BE_AFTER_IT = frozenset("is was s".split())
_TAKE = frozenset("take takes took".split())
# what makes "take" a verb of a thing that "it" stands for ("did it take *place*", "what time
# did it take *off*", "when will it take *effect*"), where a bare "how long did it take" has
# an empty "it"
_TAKE_WITH_OBJECT = frozenset(
    "place effect part off over up down back out away hold control power office".split()
)


def _dummy_it(tokens: Sequence[str], i: int) -> bool:
    """Whether ``tokens[i]`` is an "it" that points at nothing: English's empty subject of
    "is it true that ...", "it says ..." or "how long did it take" (but "did it take
    place?" is about an event). Read as a pronoun, a question asked after an abstention was
    abstained on again for a story it never pointed into (points_nowhere)."""
    if tokens[i] != "it":
        return False
    rest = list(tokens[i + 1 : i + 3])
    if rest and rest[0] in _BE_AFTER_IT:
        rest = rest[1:]
    if not rest or rest[0] not in _DUMMY_IT_NEXT:
        return False
    return not (rest[0] in _TAKE and rest[1:2] and rest[1] in _TAKE_WITH_OBJECT)


def _story_names_all(corpus: Corpus, story: str, aliases: Sequence[str]) -> bool:
    """Whether the story's text has every word of each of ``aliases`` (a name it tells)."""
    told = set(tokenize(corpus.article_text(story) or ""))
    return all(set(tokenize(alias)) <= told for alias in aliases)


# _POINTED_PERSON: a follow-up whose own words the story lacks was asked alone over the whole
# coverage, as a question about another story; with "he" or "she" it is none. An entity is
# checked against the story's words, one named by a common word ("get", a place) is none.
# Dev conversations: conversations-wikinews-dev6 wrong 3 -> 2 (the Nobel Prize, whose miss
# suggested the rule), right 33 -> 34 of 73; the eight older files unchanged.


def story_silent(
    question: str, previous: Answer, continued: str | None, notes: tuple[str, ...]
) -> Answer:
    """A follow-up the story of the last answer does not answer ("who paid?" after an answer
    about weapons the US will supply, a story that mentions no payment): said so, naming the
    story, rather than quoting its answer to the earlier question again. Public: the
    answerer's reply to such a follow-up."""
    told = previous.citations or previous.ranked  # an abstention's story: its best-ranked
    title = told[0].title if told else ""
    return Answer(
        question=question,
        answered=False,
        kind="abstain",
        reply=with_notes(render_story_silent(question, title), notes),
        notes=notes,
        continues=continued,
    )


def is_follow_up(tokens: list[str], resolved: list[Resolved], text: str = "") -> bool:
    """Whether a question may continue the last one: no entity of its own and at most
    FOLLOW_UP_WORDS words that are no stop words. An entity named by one of English's
    commonest words is none of its own (_named_by_a_common_word): "when did people *get* water
    back?" read a place named "Get", and was asked alone; unless ``text``, the question as
    typed, has it in capitals ("what did the *US* say?"). Public: the answerer asks it first."""
    content = [t for t in tokens if t not in STOPWORDS]
    named = [r for r in resolved if not _named_by_a_common_word(r.alias, text)]
    return not named and len(content) <= FOLLOW_UP_WORDS


# "and schumer?", "what about boeing's?", "how about hammond": a follow-up that names only
# whom or what it asks the last question of
_ONLY_TOPIC = re.compile(
    r"^\W*(?:and|what about|how about|what of)\s+"
    r"(?!(?:who|whom|what|when|where|why|how|which|did|does|do|is|was|are|were|has|have|had|"
    r"will|would|can|could|then|so|else)\b)(?P<topic>[^?,;:]+?)\W*$",
    re.IGNORECASE,
)


def asks_only_of(text: str) -> bool:
    """Whether a question has the form of one naming only whom or what it asks the last
    question of ("and X?", "what about X?"), before X is read (names_only). Public: the
    answerer asks names_only of a question only where it has this form as typed."""
    return _ONLY_TOPIC.match(text) is not None


def names_only(reading: Reading) -> bool:
    """Whether a question only names whom or what it asks the last question of, by name ("and
    schumer?", "what about chuck schumer", "and boeing's?"; not "what about the repairs?",
    which names a thing the story has, and is_follow_up reads). Public: the answer to such a
    follow-up continues no question (Answerer.answer): a "he" after it means the one it
    named, not the one asked of before ("what about merz?", then "does he support sending
    troops?", was read with the question "what about merz?" continued, "is macron going to
    be at the meetings?", and quoted a sentence on troops where Merz's view is not told). The
    question as read (``reading.text``), its typos mended as its names were found in it: "and
    shumer?" names Schumer."""
    topic = _ONLY_TOPIC.match(reading.text)
    if topic is None or not reading.resolved:
        return False
    named = _named_words(reading)
    words = [t for t in tokenize(topic.group("topic")) if t not in STOPWORDS]
    return bool(words) and all(w in named for w in words)


def names_another_of_the_story(corpus: Corpus, story: str | None, reading: Reading) -> bool:
    """Whether a question only names someone or something (names_only: "and schumer?",
    "what about boeing's?"), each a name the last answer's story has: it asks the last
    question again of them, as "and the mayor?" does (is_follow_up), though it names an
    entity of its own. Read alone, the bare name was looked for over the whole coverage, and
    another story's Schumer, or Boeing's 737 MAX, came first: abstained on, and the next
    follow-up read in that story ("when will the first crewed mission fly?" then quoted
    another SpaceX story's Boeing). The fresh conversations-wikinews-dev9: follow-ups right
    29 -> 30, wrong 5 -> 4; the older dev conversations unchanged with names_only's context
    (without it, conversations-seed-dev2 lost a right abstention to a wrong citation).
    Public: the answerer reads such a question as a follow-up."""
    if story is None or not names_only(reading):
        return False
    return _names_only_the_story(corpus, story, reading)


# Zipf frequency from which a word is one of English's commonest ("get", "men", "us"), more
# often meant as the word than as a name; "uk" (5.1) and "france" (4.9) are below it
COMMON_WORD_ZIPF = 5.5


def _named_by_a_common_word(alias: str, text: str = "") -> bool:
    """Whether an entity was read from one word that English uses far more often as itself
    ("get", a Wikinews place; "men", a place; "us"): a follow-up naming only such a thing
    names nothing the last answer did not, and is read with the question it continues. Not
    where the question has the word in capitals (_in_capitals): "US" is the country, which
    "what did the US say?" asks about whatever came before it."""
    return " " not in alias and zipf(alias) >= COMMON_WORD_ZIPF and not _in_capitals(alias, text)


def _in_capitals(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` (of two letters or more) typed all in capitals ("US",
    "GET"): an abbreviation or a name, never the common word. Caps lock was turned off by then
    (question.caps_lock_off), so a shouted question does not count."""
    return len(word) > 1 and re.search(rf"\b{re.escape(word.upper())}\b", text) is not None


# Words right before a word that make it a thing the question names ("the *ferry*", "any
# *casualties*"); "that" is left out, as often a conjunction ("did he say that prices rose").
_NAMING = frozenset("the a an any this these those his her their its our my your".split())


# Words that ask about the last answer itself, not about a subject of their own ("what's the
# source?", "any proof?", "says who?"): the coverage's names for itself and reporting words.
_ABOUT_THE_ANSWER = (
    SOURCE_NOUNS
    | question_analysis.SAY_WORDS
    | frozenset("sources link links proof evidence citation citations quote quotes".split())
)


# A reaction to the last answer or a chat aside around a follow-up ("oof why", "bruh why",
# "nvm, where?"): English's words for reacting (question.REACTING) and a few of chat's own.
_ASIDES = REACTING | frozenset("bruh bro dude nvm welp ugh meh".split())


def reacts_only(tokens: Sequence[str]) -> bool:
    """Whether a message after an answer only reacts to it ("ok", "lol", "wow really": words of
    reacting, question.REACTING, and chat's fillers, question_analysis.LIGHT_WORDS): read as a
    bare follow-up, it was asked with the last question and answered with the same sentence
    again. A word of asking or any other word makes it a question ("oof why", "is that
    true?"). Public: the answerer replies to such a message as to one that asks nothing."""
    return (
        bool(tokens)
        and all(t in REACTING or t in question_analysis.LIGHT_WORDS for t in tokens)
        and any(t in REACTING for t in tokens)
        and not any(t in question_analysis.QUESTION_WORDS for t in tokens)
    )


def own_words(text: str, synonyms: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The words with which a short question with no entity (is_follow_up) names a thing of
    its own, which the story it is answered from must have: "when did the ferry sink?" after
    "when did the harbour reopen?" was asked together with it, and quoted "The harbour reopened
    on Friday" again, where asked alone it abstains, or quotes the ferry's sinking where an
    article has it. A follow-up continues the last question only where the coverage has each
    of these words (coverage_finds: a word no sentence has can only repeat the last answer)
    and is asked alone where the story its answer quotes lacks one (story_has).

    Such a word names a thing (right after an article or determiner: "the *ferry*", "any
    *casualties*"), is rarer than ordinary English (a thing, deed or name of its own: "when
    did it *sink*", text.ORDINARY_ZIPF) or is a number. The asker's wording is none:
    common words ("u *sure*?", "what happened *next*?", "who *paid*?"), the word of a "how"
    question ("how *many*?", "how *long*?"), reporting words and words about the answer itself
    ("says who?", "what's the *source*?"), reactions and chat asides (_ASIDES: "*oof* why",
    "*bruh* why"), typos of a question word (_slip_of_asking: "*whn* did it reopen"), and
    fillers and chat shorthand, which are no terms at all (question_analysis.LIGHT_WORDS:
    "tho", "ok so when"). Typos the reading corrected against
    the coverage are read corrected ("wher is it", "what about the repiars"). Public: the
    answerer decides with them whether, and within which story, a follow-up continues."""
    tokens = question_analysis.question_tokens(text)
    named = {tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t in _NAMING}
    framed = {tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t == "how"}
    own: list[str] = []
    for term in question_analysis.analyze(text, synonyms).terms:
        word = term.word
        if len(word) < 2 or word in framed or word in _ABOUT_THE_ANSWER or word in _ASIDES:
            continue
        if _slip_of_asking(word):
            continue
        if word in named or word[0].isdigit() or zipf(word) < ORDINARY_ZIPF:
            own.append(word)
    return tuple(own)


# Words of a follow-up that place or qualify what it asks, no thing of their own ("and *after*
# that?", "what does it want *instead*?", "what happened *next*?"): a story need not have them.
_PLACING = frozenset(
    "after before afterwards instead then next else also later earlier again now still yet "
    "too more other really actually exactly first last so".split()
)


# a definite article or demonstrative before a noun that points back at a thing already told
_THE = frozenset("the this that".split())


def pointed_at(
    corpus: Corpus,
    story: str,
    text: str,
    own: Sequence[str],
    synonyms: Mapping[str, Sequence[str]],
) -> str | None:
    """A follow-up (``text``) whose own words the story lacks only as nouns it points back at
    with "the", "this" or "that" ("who runs *the company*?" after an answer about a bus of
    Viazul's; the story never says "company"), with "it" for each such noun ("who runs it?"):
    the noun is the asker's word for a thing the conversation is about, not another story's
    subject. Asked with the noun, no sentence of the story had it, the question was read with
    the earlier one over the whole coverage and withheld. None where a word the story lacks is
    no such noun (the question may be about another story: "when did *the ferry* sink?" is
    asked so only after its own story was not found), or none is lacking."""
    lacking = {w for w in own if not story_has(corpus, story, w, synonyms)}
    if not lacking:
        return None
    tokens = text.split()
    words = [w.strip(",.;:!?").lower() for w in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if words[i] in _THE and i + 1 < len(tokens) and words[i + 1] in lacking:
            lacking.discard(words[i + 1])
            out.append("it")
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return " ".join(out) if not lacking else None


class AskedIn(NamedTuple):
    """What a follow-up asks about in words (asked_words) and the story it is asked in: one
    value, as there are no such words to check without a story to check them in. ``yes_no``:
    whether the follow-up alone asks yes or no, read from the analysis that found its words
    (the answerer's _yes_no_strict analysed it a second time)."""

    story: str
    words: tuple[str, ...]
    yes_no: bool = False


def asked_in(story: str, text: str, synonyms: Mapping[str, Sequence[str]]) -> AskedIn | None:
    """The words a follow-up asks about (asked_words) within ``story``; None where it asks with
    none ("why?"), as nothing then is checked against the story. Public: the answerer reads a
    follow-up whose own words its story has so."""
    analysis = question_analysis.analyze(text, synonyms)
    words = _asked_words(text, analysis)
    return AskedIn(story, words, analysis.kind == "yesno") if words else None


def asked_words(text: str, synonyms: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The words with which a follow-up says what it asks about ("who *paid*?", "what will
    they *talk* about?", "did anyone *die*?"), common ones too, unlike own_words. Asked with
    the question it continues, the answer must have one of them (or a word looked up with
    them), else it answers the earlier question again; and a story with none of them does
    not answer it. Not such words: the word of a "how" question ("how *old*", "how *many*"
    ask a measure, which the sentence need not name) and of a "what time" one (_asked_when),
    a light verb (question_forms.LIGHT_VERBS: "how fast did he *go*?", "where did she *go*?":
    how the asker tells a deed the story tells with its own verb, "flew", "left"), the words
    of asking why something matters (_asked_importance: "why does it *matter*?"), chat
    asides, typos of a question word and words that only place the question in time or
    order (_PLACING). The last two readings: dev conversations (eleven files) right +2 (both
    in the helper's own file), wrong unchanged. Public: the answerer checks its answer to a
    follow-up against them (story_says)."""
    return _asked_words(text, question_analysis.analyze(text, synonyms))


def _asked_words(text: str, analysis: question_analysis.Question) -> tuple[str, ...]:
    """asked_words of ``text`` from its ``analysis``."""
    tokens = question_analysis.question_tokens(text)
    framed = {tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t == "how"}
    framed |= _asked_when(tokens) | (set(tokens) & LIGHT_VERBS)
    framed |= _asked_importance(analysis, tokens)
    return tuple(
        term.word
        for term in analysis.terms
        if len(term.word) > 1
        and term.word not in framed
        and term.word not in _ASIDES
        and term.word not in _PLACING
        and not _slip_of_asking(term.word)
    )


def _asked_importance(analysis: question_analysis.Question, tokens: Sequence[str]) -> set[str]:
    """The words with which a why-question asks why something matters ("why does it *matter*?",
    "why is that *important*?": question_forms.asks_importance): like "when", they say the
    kind of answer asked (what it is important for), no thing the story must name. Found as a
    word, "matter" chose "Russia demands private negotiations ... on these *matters*" over the
    sentence just quoted, which says the discussions "will be crucial in shaping Ukraine's
    future security" (_importance_told). Dev conversations: conversations-seed follow-ups
    right 21 -> 22, wrong 1 -> 0 (that one); the eleven other files unchanged."""
    if not asks_importance(analysis.kind, tokens):
        return set()
    return set(tokens) & IMPORTANCE_WORDS


# the words a "what" or "which" question asks a time with ("what *time* did it happen?", "which
# *year*?"), as "how" asks a measure with "long" or "many"
_WHEN_NOUNS = frozenset("time times year day date month".split())


def _asked_when(tokens: Sequence[str]) -> set[str]:
    """The word of a follow-up that asks a time after "what" or "which" ("what *time* did it
    happen?"): it says the kind of answer asked, as "when" does, no thing the story must
    name. Checked as a word of the story, "time" was one the story of "occurred at 6am"
    lacks, and the member was told it doesn't say."""
    return {
        tokens[i + 1]
        for i, t in enumerate(tokens[:-1])
        if t in _WH_WORDS and tokens[i + 1] in _WHEN_NOUNS
    }


_WH_WORDS = frozenset("what which".split())


def _inflected_in(text: str, asked: Sequence[str]) -> bool:
    """Whether ``text`` has an irregular form of an asked word that is its own lemma ("came"
    for "come", "ran" for "run", "went" for "go"): a question asks with the verb's plain form
    after "did" ("where did they *come* from?"), the story tells it in the past ("*came* from
    the National Bison Range"), and neither the looked-up words nor the word's beginning
    (_derived_in) find it. Only a plain form asked: "built" does not find "building", nor
    "paid" "paying", whose stems are of the same lemma but another word (found so, any form
    sharing a lemma: dev conversations right +2, wrong +3). Dev conversations:
    wikinews-dev4 right 10 -> 11 of 21, wrong unchanged; the other seven files unchanged."""
    plain = {k for word in asked if len(keys := word_forms(word)) == 1 for k in keys}
    return bool(plain) and any(word_forms(token) & plain for token in tokenize(text))


def _derived_in(text: str, asked: Sequence[str]) -> bool:
    """Whether ``text`` has a word that starts with a form of an asked word ("owner" and
    "ownership" for "owned", "payment" for "paid"): the words looked up with a word leave out
    many derived ones, and a story that has one is not told it "doesn't say"; a wrong match
    ("diet" for "die") only lets the follow-up be asked as before."""
    starts = tuple(k for word in asked for k in word_forms(word) if len(k) >= 3)
    return bool(starts) and any(token.startswith(starts) for token in tokenize(text))


# a person a follow-up points back at ("what did *he* say?")
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


def says_itself(sentence: str, question: str, asked: Sequence[str]) -> bool:
    """Whether ``sentence`` has one of the words a follow-up asks with, as typed or as read
    (``asked``), in a form of it ("die" and "died", "say" and "said": its stem or its
    lemma's), not merely a word of its topic (text.match_keys's groups join "caused" and
    "resulted"). Public: the answerer's strict check of an answer found within the story
    (Answerer._in_story)."""
    wanted = {k for w in (*asked, *tokenize(question)) if w not in STOPWORDS for k in word_forms(w)}
    return any(word_forms(token) & wanted for token in tokenize(sentence))


def _slip_of_asking(word: str) -> bool:
    """Whether ``word`` is a typo of a question word the reading left as typed ("*whn* did it
    reopen", "*hwo* did it happen"): rare in English (spelling.may_be_a_slip: not "show" or
    "cow") and one slip (a letter left out, added, changed or two swapped) from one."""
    return may_be_a_slip(word) and any(
        OSA.distance(word, asking, score_cutoff=1) <= 1
        for asking in question_analysis.QUESTION_WORDS
    )


def _looked_up(word: str, synonyms: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """``word`` and what the candidate search (candidate_search.candidates) also finds
    sentences through: the operator's synonyms, its other spellings and related words."""
    return (word, *synonyms.get(word, ()), *candidate_search.relatives(word))


def coverage_finds(corpus: Corpus, word: str, synonyms: Mapping[str, Sequence[str]]) -> bool:
    """Whether some sentence of the coverage has ``word`` or a word looked up with it. Public:
    a follow-up continues the last question only where each of its own words is found."""
    return any(corpus.document_frequency(w) > 0 for w in _looked_up(word, synonyms))


def coverage_or_story_finds(
    corpus: Corpus, story: str | None, word: str, synonyms: Mapping[str, Sequence[str]]
) -> bool:
    """Whether the coverage finds a follow-up's own ``word`` (coverage_finds), or the story
    it is read in has it in other words (story_has: "irs" in "Internal Revenue Service", which
    no sentence has as a word). Found in neither, the follow-up is a question of its own; so
    read, "how much money did he owe the irs" after a story telling of the debt was asked
    over the whole coverage and abstained on, and the next follow-up continued it. Public: a
    follow-up continues the last question only where each of its own words is found so."""
    if coverage_finds(corpus, word, synonyms):
        return True
    return story is not None and story_has(corpus, story, word, synonyms)


def story_has(
    corpus: Corpus, article: str, word: str, synonyms: Mapping[str, Sequence[str]]
) -> bool:
    """Whether some sentence of ``article`` has ``word`` or a word looked up with it, or says
    it in the words the question's reading took it from (_told_otherwise). Public: a follow-up
    is asked alone where its story, or the story its answer quotes, lacks one."""
    if corpus.search(_looked_up(word, synonyms), article=article, limit=1, ranked=False):
        return True
    return _told_otherwise(corpus.article_text(article) or "", (word,))


def _told_otherwise(text: str, asked: Sequence[str]) -> bool:
    """Whether ``text`` says an asked word as a phrase read as it (_phrased_in: "sworn in"
    for "inaugurate") or spells out an abbreviation asked (_spelled_out_in: "Internal Revenue
    Service" for "irs"). The index holds neither: the question's "sworn in" was read as
    "inaugurate", which no sentence has, and "what time was she sworn in" was told the story
    "doesn't say", a story that tells it in those words."""
    return _phrased_in(text, asked) or any(_spelled_out_in(text, w) for w in asked)


def _phrased_in(text: str, asked: Sequence[str]) -> bool:
    """Whether ``text`` has a phrase the reading takes for an asked word (facts.words.READ_AS:
    "sworn in", "drop out")."""
    return any(
        re.search(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", text, re.I)
        for word in asked
        for phrase in READ_AS.get(word, ())
    )


# the longest abbreviation a question's word is read as (_spelled_out_in), and the lower-case
# words a name it abbreviates may have between its capitalised ones
ABBREVIATION_LETTERS = 5
_NAME_JOINERS = frozenset("of and for the on".split())


def _spelled_out_in(text: str, word: str) -> bool:
    """Whether ``text`` spells out ``word`` as a name whose capitalised words' initials it is
    ("irs": "Internal Revenue Service"; "of", "and", "the" between them skipped, a comma or
    other mark ending it: a list of names, "Iran, Russia and Syria", is none): members ask
    with the abbreviation, news often writes the name alone. Only a word rarer than ordinary
    English (text.ORDINARY_ZIPF: no "end" or "age") of at most ABBREVIATION_LETTERS letters."""
    if (
        not (1 < len(word) <= ABBREVIATION_LETTERS and word.isalpha())
        or zipf(word) >= ORDINARY_ZIPF
    ):
        return False
    initials = ""
    for token in re.findall(r"[A-Za-z][\w'-]*|[^\w\s]", text):
        if token[0].isupper():
            initials = (initials + token[0].lower())[-len(word) :]
            if initials == word:
                return True
        elif token.lower() not in _NAME_JOINERS:
            initials = ""  # a lower-case word, or punctuation: "Iran, Russia and Syria" is no IRS
    return False


# how many words of its own a follow-up names, none of them its story's, for it to be a new
# question about another story ("who was the *loco pilot* on the *tippu express*?" after a
# question about Tesco's sale); one word alone ("what about the *ferry*?") may still be a
# thing the asker thinks the last story has
NEW_SUBJECT_WORDS = 2


def changes_subject(
    corpus: Corpus,
    story: str | None,
    own: Sequence[str],
    synonyms: Mapping[str, Sequence[str]],
) -> bool:
    """Whether a short question without an entity names NEW_SUBJECT_WORDS or more things of
    its own (own_words) and the story the conversation is about has none of them: it asks
    about another story, and is asked alone, not with the question before it, whose words
    weigh against the sentences that answer it. Nine dev conversation files: fires once
    ("who bought the mortar maker?", abstained either way), right and wrong unchanged;
    conversations-wikinews-dev7 right 12 -> 13 (the loco pilot, the turn it was written
    from). Public: the answerer asks it so."""
    if story is None or len(own) < NEW_SUBJECT_WORDS:
        return False
    return not any(story_has(corpus, story, w, synonyms) for w in own)


def story_says(
    corpus: Corpus,
    story: str,
    asked: Sequence[str],
    synonyms: Mapping[str, Sequence[str]],
    citation: Citation | None = None,
) -> bool:
    """Whether the story (or, given, its one cited sentence) has a word the follow-up
    asks about, or a word looked up with it (_looked_up). Public: the answerer checks a
    follow-up's story, and its answer to it, so."""
    for word in asked:
        found = corpus.search(_looked_up(word, synonyms), article=story, ranked=False)
        if citation is None and found:
            return True
        if citation is not None and any(i == citation.sentence_id for i, _ in found):
            return True
    if citation is None:  # a word made from the asked one: "owned", the story's "owner"
        text = corpus.article_text(story) or ""
        return (
            _derived_in(text, asked) or _inflected_in(text, asked) or _told_otherwise(text, asked)
        )
    return _inflected_in(citation.sentence, asked) or _told_otherwise(citation.sentence, asked)


def quoted_again(
    previous: Answer | None, citation: Citation, question: str, asked: Sequence[str]
) -> bool:
    """Whether ``citation``, the answer to a follow-up asked with ``asked`` words, is the
    sentence the last answer quoted first and does not answer it: it has none of those words
    (says_itself), or the follow-up asks for more than it said (asks_beyond: "and then?",
    "what else?"). The member has read it, and the earlier question's words chose it again
    ("who decided that?" after the agenda "has not been disclosed" re-quoted that sentence;
    "what does it want instead?" re-quoted "Russia remains unwilling to engage in ...
    talks"). Words about the answer itself do not count ("says who?", "what did he say?": the
    sentence quoted may name its speaker), nor does a bare follow-up ("when?", "where was
    that?"), whose answer may be in the same sentence, unless it gives the kind of answer
    asked only as it gave it before (_answered_before), or the follow-up asks what a thing
    is or is called (_NO_DEFINITION_AGAIN). The same for a sentence an answer before the
    last one quoted first (Answer.earlier), checked against that answer's question: "what
    are their plans for the herd?" quoted the release ceremony that the question before the
    last had quoted, and "did the embassy agree?" the sentence two answers back
    (_READ_EARLIER). Public: the answerer asks such a follow-up alone in its story, or
    abstains."""
    told = quoted_by(previous, citation)
    if told is None or (told is not previous and _points_back_at(told, citation, question)):
        return False
    return _again(told, citation, question, asked)


def _points_back_at(told: Answer, citation: Citation, question: str) -> bool:
    """Whether a follow-up may be asking for ``citation`` again, quoted first by ``told``, an
    answer before the last one: it asks nothing that ``told``'s question did not (a word of its
    own: "whn did it reopen" after "why?" asks the first question again), or the sentence
    holds an answer of the kind it asks (a length of time for "how long did she work for
    him?") that ``told``'s question did not ask about: pointing back past the last answer,
    it asks about what that sentence said ("she", Rosa Parks, who "worked for his Detroit
    office for 23 years")."""
    asked = question_analysis.analyze(question, {})
    new = new_words(question, _asked_words(question, asked), told)
    if not [w for w in new if not _slip_of_asking(w)]:
        return True
    return asked.answer_type in TYPED and _holds_answer(asked, citation.sentence, told)


def quoted_by(previous: Answer | None, citation: Citation) -> Answer | None:
    """The answer of the conversation (``previous``, or one it leaned on before:
    Answer.earlier) that quoted ``citation`` first, the newest such; None where none did.
    Public: the answerer asks which sentence of a follow-up's answer the member has read."""
    if previous is None:
        return None
    for told in (previous, *previous.earlier):
        if told.citations and _same(told.citations[0], citation):
            return told
    return None


def _same(one: Citation, other: Citation) -> bool:
    return (one.article, one.sentence_id) == (other.article, other.sentence_id)


# _READ_EARLIER: only the last answer's sentence was checked, and a follow-up two turns on
# quoted the first answer again. Dev conversations, follow-ups right 151 -> 151 and wrong
# 18 -> 16 on the eight older files (wikinews-dev4's herd +1 right, -1 wrong; wikinews-dev3's
# embassy now abstained; conversations-wikinews's "were will he be burried", read as a yes/no
# question, is abstained on where the sentence turn one had quoted wrongly answered it, -1
# right: since thirtieth session's conv30 the re-quote check reads the follow-up as corrected,
# "where will he be buried", and it is answered again); conversations-wikinews-dev6 33 of 73,
# 3 wrong, unchanged. Without _points_back_at
# wikinews-dev6 lost Rosa Parks's 23 years, and "whn did it reopen" after "why?" its answer.


def _again(previous: Answer, citation: Citation, question: str, asked: Sequence[str]) -> bool:
    """quoted_again for ``previous``, the answer that quoted ``citation`` first."""
    if asks_beyond(question) or _answered_before(question, citation.sentence, previous):
        return True
    analysis = question_analysis.analyze(question, {})
    if analysis.answer_type == "definition":
        return True  # _NO_DEFINITION_AGAIN
    words = [w for w in asked if w not in _ABOUT_THE_ANSWER]
    if not words:
        return _reason_not_given(citation.sentence, question)
    if analysis.kind == "yesno":
        return True  # _YES_NO_AGAIN
    return not says_itself(citation.sentence, "", new_words(question, words, previous))


# _YES_NO_AGAIN: a yes/no follow-up with words of its own ("was there a ceasefire?", "did it
# bring a ceasefire?") after a sentence that has them ("Despite Trump ruling out an immediate
# ceasefire ...") asks what that sentence, which the member has just read, left open; it is
# asked alone in the story (where "the Alaska summit did not result in a breakthrough
# regarding a ceasefire"), or abstained on. Seed dev conversations: three such re-quotes.


# _NO_DEFINITION_AGAIN: a follow-up asking what a thing was called or means ("what was it
# called before?", "what does that mean?") is not answered by the sentence the member just
# read, chosen for the question before, which only names it: "what was it called before?"
# after "what did sea-eye rename their ship to?" quoted the renaming again. Dev
# conversations: wrong 19 -> 18 (that one), right unchanged.


def _answered_before(question: str, sentence: str, previous: Answer) -> bool:
    """Whether ``sentence``, the one just quoted, gives the kind of answer a follow-up asks for
    (a place for "where", a date for "when": sentence_analysis.TYPED) only as it gave it
    before: the question it answered asked for that kind too, so its answer of that kind is
    the one the member read ("where were they going?" after "where did the helicopter crash?"
    quoted the crash site again), unless the sentence has a word the follow-up asks with
    beyond the questions before ("and how many were injured?" after "how many died?" is
    answered by "... killed seven and injured 14"); or it holds none the questions before
    did not say (_holds_answer). Dev conversations: wrong 21 -> 20 (that one, in
    conversations-wikinews-dev5, whose miss suggested the rule), right unchanged; the seven
    older files unchanged."""
    asked = question_analysis.analyze(question, {})
    if asked.answer_type not in TYPED:
        return False
    if not _holds_answer(asked, sentence, previous):
        return True
    before = question_analysis.analyze(previous.question, {}).answer_type
    return before == asked.answer_type and not says_itself(
        sentence, "", new_words(question, (), previous)
    )


def _reason_not_given(sentence: str, question: str) -> bool:
    """Whether a bare follow-up asks a reason ("why?", "why does that matter", "what is it
    for?") that ``sentence``, the one just quoted, does not give in words of cause or purpose
    (facts.wording.REASON: "due to", "to deter"): quoted again, it restates what the member
    asked the reason of ("why does that matter" after "The US reportedly remains willing to
    supply modern weaponry" quoted it again)."""
    asked = question_analysis.analyze(question, {})
    return asked.answer_type == "reason" and not (
        REASON.found(sentence) or _importance_told(asked, sentence)
    )


# Words right before a noun that point back at a thing the last answer named ("what would
# *that* force do", "these talks"): the noun says what is asked about, not what is asked.
_POINTING = frozenset("this that these those".split())


def new_words(question: str, asked: Sequence[str], previous: Answer) -> tuple[str, ...]:
    """The words of a follow-up (``asked``, and as typed) that the questions it continues
    (``previous``'s own, and the one that continued) do not have, nor does a noun it points
    back with ("that *force*"): what it asks beyond them. The sentence just quoted was chosen
    by the earlier words; having only those, or the thing pointed at, it answers the earlier
    question again ("who is putting on the pressure?" after "why is international pressure
    increasing?" re-quoted "International pressure is increasing due to Russia's refusal
    ..."). Public: a follow-up with none is not asked alone in its story either, where the
    thing pointed at chose another sentence about a force ("what would that force do")."""
    earlier = (previous.question, previous.continues or "")
    before = {k for text in earlier for w in tokenize(text) for k in word_forms(w)}
    tokens = question_analysis.question_tokens(question)
    # "that" before the question's last word is the pronoun, that word its verb ("what does
    # that *complicate*?", whose sentence "complicates prospects" answers it)
    pointed = {tokens[i + 1] for i, t in enumerate(tokens[:-2]) if t in _POINTING}
    typed = [w for w in tokenize(question) if w not in STOPWORDS and w not in _ABOUT_THE_ANSWER]
    return tuple(
        w
        for w in (*asked, *typed)
        if w not in pointed and w not in _ASIDES and not word_forms(w) & before
    )


# Words with which a follow-up asks for something besides what the last answer said ("what
# *else*?", "what does it want *instead*?", "who *else*?", "any *others*?")
_BEYOND = frozenset("else instead besides next another others".split())
# the same where the follow-up has no other word ("and *then*?", "*more*?", "any *other*?"):
# "what did he say then?" and "more than 20?" ask no such thing
_BARE_BEYOND = frozenset("then more other".split())


def asks_beyond(question: str) -> bool:
    """Whether a follow-up asks for more than the last answer said: then the sentence it
    quoted is no answer to it, whatever words they share."""
    tokens = question_analysis.question_tokens(question)
    if any(t in _BEYOND for t in tokens):
        return True
    rest = [t for t in tokens if t not in STOPWORDS and t not in _ASIDES]
    return not rest and any(t in _BARE_BEYOND for t in tokens)


def named_again(
    state: BuildState,
    question: str,
    continued: str | None,
    limit: int,
    story: str | None = None,
    previous: Answer | None = None,
    known: Callable[[str], bool] | None = None,
) -> str:
    """``question`` with "he", "she", "him", "her" (and "his", "hers") as the one person
    they point back at (person_meant: "what did he say?" after "how long did bolton hold
    the job?" is "what did bolton say?"): asked alone within the story, a pronoun is no
    word to find, and the story's sentences about that person are what it asks about.
    Unchanged where no one person is meant. Public: the answerer asks a follow-up so within
    its story (Answerer._in_story) and reads a bare one so with the question it continues;
    ``limit`` is the longest question it reads, ``known`` the reading's known_word where the
    caller has built it."""
    pronoun = _PERSON_PRONOUN.search(question) if continued is not None else None
    if continued is None or pronoun is None:
        return question
    known = known_word(state.corpus) if known is None else known
    person = person_meant(state, pronoun.group(0), continued, limit, story, previous, known)
    if person is None:
        return question
    return _PERSON_PRONOUN.sub(
        lambda m: f"{person}'s" if m.group(0).lower() in ("his", "hers") else person,
        question,
    )


def person_meant(
    state: BuildState,
    pronoun: str,
    continued: str,
    limit: int,
    story: str | None,
    previous: Answer | None,
    known: Callable[[str], bool],
) -> str | None:
    """The person a follow-up's ``pronoun`` points back at: the one person the question it
    continues names, unless ``story`` speaks of them with the other pronouns (pronoun_fits:
    "she" is not Bolton, whom the story calls "he"); then the one other person the sentence
    just quoted names (_other_person_told). None where the question names no person, or
    several: which one is meant is not ours to guess. The story is read only once there is
    one person to check against it. ``known`` is the reading's known_word, built once by
    the caller (named_again)."""
    asked = _people(state, clean(continued, limit).text, known)
    if len(asked) != 1:
        return None  # _NO_ONE_NAMED
    ((entity, person),) = asked.items()
    told = state.corpus.article_text(story) if story is not None else None
    if not told or pronoun_fits(told, person, pronoun):
        return person
    if previous is None or not previous.citations:
        return None
    sentence = previous.citations[0].sentence
    return _other_person_told(state, sentence, entity, known, told, pronoun)


# _NO_ONE_NAMED: where the question continued names no person the reading knows, "he" was
# guessed as the one person the sentence just quoted names, unchecked; that question's own
# person was often one the reading does not know ("when was sirhan sirhan stabbed?" quoted
# "Kennedy assassin Sirhan Sirhan stabbed ...", and "how is he doing?" was asked about Kennedy;
# "the previous day" of a sentence about Eliud Kipchoge was read as Doris Day). Left unread,
# "he" is asked with the question it continues. Dev conversations (seven files and
# conversations-wikinews-dev5): follow-ups right and wrong unchanged.


def _other_person_told(
    state: BuildState,
    sentence: str,
    asked: str,
    known: Callable[[str], bool],
    told: str,
    pronoun: str,
) -> str | None:
    """The one person besides ``asked`` (the entity the earlier question named, whom the
    story does not call by the follow-up's pronoun) that ``sentence``, the one just quoted,
    names as a name is written (_written_as_a_name): "how old was *he*?" after "who was
    killed in the crash involving anne sacoolas?" quoted "Sacoolas ... killed motorcyclist
    Harry Dunn": Sacoolas is "she" there, and the pronoun meant Dunn, the answer. Only where
    the story (``told``) may call them ``pronoun`` by the sentences it opens with them
    (opening_pronoun_fits): pronoun_fits, which counts every "he" and "she" near the name,
    took Dunn for a "she" ("Dunn's mother ... She didn't ..."), dev conversations'
    follow-ups right 150 -> 149 and wrong 21 -> 22 (this one); checked so, unchanged. None
    where no one such person is named."""
    quoted = _people(state, sentence, known)
    others = [p for e, p in quoted.items() if e != asked and _written_as_a_name(p, sentence)]
    if len(others) != 1:
        return None
    return others[0] if opening_pronoun_fits(told, others[0], pronoun) else None


def _written_as_a_name(alias: str, sentence: str) -> bool:
    """Whether ``sentence`` has ``alias`` with each of its words capitalised, as news writes a
    person's name ("motorcyclist Harry Dunn"), not a common word the reading took for a name
    of another story's ("the previous day" read as the singer Doris Day)."""
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in alias.split()) + r"\b"
    return any(
        all(part[:1].isupper() for part in m.group(0).split())
        for m in re.finditer(pattern, sentence, re.IGNORECASE)
    )


def _people(state: BuildState, text: str, known: Callable[[str], bool]) -> dict[str, str]:
    """The people ``text`` names (entity: name as written), as the reading resolves them."""
    reading = reading_of(state, read(state, text, known), known)
    return {r.entity: r.alias for r in reading.resolved if r.kind == "person"}


_SHE = frozenset("she her hers herself".split())


def pronoun_fits(text: str, person: str, pronoun: str) -> bool:
    """Whether a story (``text``) may call ``person`` ``pronoun``: news names a person, then
    goes on with "he" or "she", so those of the sentences that name them (by their last name)
    and of the sentence after each are counted, and the pronoun fits unless the other is the
    more frequent. Only the subject pronouns: "his" and "her" as often belong to another
    ("Mary Smith, his deputy"). A story that says neither lets it fit, as before."""
    sentences = re.split(r"(?<=[.!?\"])\s+", text)
    name = tokenize(person)[-1:] if tokenize(person) else []
    he = she = 0
    for i, sentence in enumerate(sentences):
        if name and name[0] in tokenize(sentence):
            words = tokenize(" ".join(sentences[i : i + 2]))
            he += words.count("he")
            she += words.count("she")
    asked_she = pronoun.lower() in _SHE
    return she >= he if asked_she else he >= she


# how far into a sentence a name may come and still open it ("Harry Dunn, a ...", "Former
# CIA agent Tony Mendez died ...")
OPENING_WORDS = 5


def opening_pronoun_fits(text: str, person: str, pronoun: str) -> bool:
    """Whether a story (``text``) may call ``person`` ``pronoun``, judged only where it opens a
    sentence with them (their last name within its first OPENING_WORDS words, not as a
    possessor: "Dunn's mother, ..." opens with her) and the next sentence opens with "He" or
    "She", which then is theirs: news goes on so about the person it has just named. Fits
    unless the other pronoun opens more such sentences; a story that has none lets it fit.
    Stricter than pronoun_fits, whose count of every "he" and "she" near the name took Harry
    Dunn for a "she" ("Dunn's mother ... She didn't ...")."""
    sentences = re.split(r"(?<=[.!?\"])\s+", text)
    name = tokenize(person)[-1:]
    if not name:
        return True
    he = she = 0
    for sentence, after in zip(sentences, sentences[1:], strict=False):
        words = tokenize(sentence)[:OPENING_WORDS]
        possessor = re.search(rf"\b{re.escape(name[0])}'s\b", sentence, re.IGNORECASE)
        if name[0] not in words or possessor is not None:
            continue
        opening = tokenize(after)[:1]
        he += opening == ["he"]
        she += opening == ["she"]
    return she >= he if pronoun.lower() in _SHE else he >= she


# the confidence from which a bare follow-up's clear best sentence within its story is quoted,
# and the margin by which it must lead the next sentence (bare_bar)
BARE_CONFIDENCE = 0.3
BARE_MARGIN = 1.0


def bare_bar(min_confidence: float, margin: float) -> float:
    """The confidence a bare follow-up ("and when?", "when was that": no words of its own,
    asked together with the question it continues, within that question's story) needs for
    its best sentence, quoted first, to be answered: BARE_CONFIDENCE where that sentence
    leads the next by BARE_MARGIN or more, else ``min_confidence`` (the lower of the two
    always). Its confidence is that of the two questions read as one, whose coverage counts
    the earlier question's words, which the sentence answering "when?" need not repeat: the
    right sentence came first, in its one story, and was withheld at 0.32 to 0.40 ("when was
    that" after "why were buffalo nearly wiped out" ranked "In the 1800s, the buffalo were
    hunted nearly to extinction" first at 0.32, covering 0.32 of the two, 3.6 ahead). A close
    runner-up ("and the other one", 0.1 ahead) says the two questions point at no one
    sentence; a sentence told_first moved ahead of the best one is not the one the
    confidence is of. Dev conversations (eleven files): follow-ups right +3, wrong unchanged;
    without the margin +4 and +1 wrong, without either +4 and +2 wrong; at 0.2, +1 wrong
    more. Single questions have no bare follow-up, and are unchanged. Public: the answerer's
    bar for such a follow-up."""
    return min(min_confidence, BARE_CONFIDENCE) if margin >= BARE_MARGIN else min_confidence


def without_told(
    rows: Sequence[SentenceRow],
    previous: Answer,
    question: str,
    synonyms: Mapping[str, Sequence[str]],
) -> list[SentenceRow]:
    """The candidate sentences of a bare follow-up (within its story) without the one the
    last answer quoted where that one holds no answer of the kind the follow-up asks
    (sentence_analysis.shows_answer: no date for "when was it?", no place for "where?"): the
    member has read it, and it does not say. Asked together with the earlier question, whose
    words it has, it ranked close behind the right sentence and capped it as a fuller rival
    ("when was it?" after "the Alaska summit did not result in a breakthrough ..." was
    abstained on, where "during a meeting in Alaska on Friday" came first). Kept where the
    follow-up asks no kind of answer ("what happened?"). Public: the answerer's candidates
    for a bare follow-up."""
    at = _told(rows, previous)
    if at is None:
        return list(rows)
    asked = question_analysis.analyze(question, synonyms)
    if asked.answer_type not in TYPED or _holds_answer(asked, rows[at].text, previous):
        return list(rows)
    return [row for i, row in enumerate(rows) if i != at]


def _told(rows: Sequence[SentenceRow], previous: Answer) -> int | None:
    """Which of ``rows`` is the sentence the last answer quoted first, if any."""
    if not previous.citations:
        return None
    last = previous.citations[0]
    return next(
        (i for i, r in enumerate(rows) if (r.article, r.id) == (last.article, last.sentence_id)),
        None,
    )


def _holds_answer(asked: question_analysis.Question, sentence: str, previous: Answer) -> bool:
    """Whether ``sentence`` holds an answer of the kind ``asked`` asks for that neither it nor
    the questions it continues (``previous``'s) said; for "why does it matter?", what a thing
    is important for (_importance_told)."""
    if _importance_told(asked, sentence):
        return True
    earlier = (previous.question, previous.continues or "")
    known = frozenset(k for text in earlier for w in tokenize(text) for k in (w, *word_forms(w)))
    return shows_answer(asked, sentence, known)


def _importance_told(asked: question_analysis.Question, sentence: str) -> bool:
    """Whether ``asked`` asks why something matters ("why does it matter?") and ``sentence``
    says what something is important for (sentence_analysis.states_importance: "will be
    crucial in shaping Ukraine's future security"): that is the reason such a question asks,
    given in words of importance rather than of cause ("because", "due to"), and what the
    first question's answer already says of it is what "it" points at."""
    tokens = question_analysis.question_tokens(asked.text)
    return asks_importance(asked.kind, tokens) and states_importance(sentence)


def told_first(
    order: Sequence[int],
    rows: Sequence[SentenceRow],
    previous: Answer,
    question: str,
    synonyms: Mapping[str, Sequence[str]],
) -> Sequence[int]:
    """``order`` (the ranked rows of a bare follow-up's answer, within its story) with the
    sentence the last answer quoted first, where it holds an answer of the kind the follow-up
    asks (sentence_analysis.shows_answer: a name for "what is his name?", a place for "where
    was he from?", words of cause for "what is it for?") that the questions before did not
    say: "he", "it" and "where?" ask about what the member just read, and that sentence,
    the one those words point back at, is where its details are. Asked together with the
    earlier question, another sentence sharing more of its words came first ("what is his
    name?" after "Lithuanian President Gitanas Nauseda has stated ..." quoted Zelensky's
    meeting with "US President Donald Trump"). Not for "when?": a sentence's date is as
    often of another event it names ("Sirhan, 75, is serving a life sentence for the 1968
    assassination ..." is no date of his stabbing), and "when?" re-quoted it. Public: the
    answerer orders a bare follow-up's sentences so."""
    at = _told(rows, previous)
    if at is None or at == order[0] or at not in order:
        return order
    asked = question_analysis.analyze(question, synonyms)
    if asked.answer_type == "time" or not _holds_answer(asked, rows[at].text, previous):
        return order
    return [at, *(i for i in order if i != at)]
