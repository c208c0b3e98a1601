"""The answering core: a question in, an :class:`Answer` of cited verbatim sentences out.

Steps: clean the question; resolve the entities it names; match an intent; fetch candidate
sentences through the index (full-text hits and the sentences of the articles they point to);
rank them (:mod:`bot.rank`) and weigh what the fact table knows (:mod:`bot.decide`); answer with
the best sentence and those close behind it (up to ``answer.max_sentences``), or abstain when the
confidence is below the configured threshold or the best one answers another question
(:mod:`bot.mismatch`).
Imports nothing from discord.py: the terminal commands and the Discord adapter share this code.
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from facts.entities import ORG_HEADS
from facts.interview import only_label
from facts.lexicon import role_titles
from facts.spellings import variants
from facts.words import READ_AS

from . import (
    caps,
    coverage_gaps,
    decide,
    fact_evidence,
    interview,
    mismatch,
    question_analysis,
    question_evidence,
    question_forms,
    question_parts,
    rank,
    rank_features,
    sentence_analysis,
    story_rivals,
)
from .config import TOP_RANGE, Config
from .corpus import HEAD_SEPARATOR, Corpus, SentenceRow, fts_term
from .errors import BotError, UnknownArticleError
from .intents import Intent, IntentMatch, IntentMatcher, parse_intents
from .model import Answer, ArticleInfo, Citation, SourceDetail
from .question import (
    REACTING,
    SOURCE_NOUNS,
    clean,
    drop_asides,
    drop_courtesy,
    drop_preamble,
    greeting_or_thanks,
    names_a_topic,
    native_order,
    spell_out,
    unframe,
    unsource,
    untake,
)
from .render import has_spoiler, render_abstention, render_answer, render_story_silent
from .resolve import Resolved, Resolver
from .spelling import Speller, may_be_a_slip
from .text import (
    STOPWORDS,
    match_keys,
    related_words,
    same_words,
    stem,
    tokenize,
    use_word_groups,
    zipf,
)

# Why an answer was withheld (the cap that lowered its confidence), for operators: `factdesk
# --debug` shows it on stderr (bot.cli); the reply and the --json fields do not carry it.
log = logging.getLogger(__name__)

SEARCH_LIMIT = 30  # full-text candidates per question
# Articles whose sentences sharing a word with the question are candidates. On the Wikinews
# corpus (295 stories searched at once) the hits spread over many stories, and the one with the
# answer was the fourth ("how much will rebuilding syria cost": "reconstruction will cost between
# US$300 and ..."). 3 -> 4 answered it (Wikinews dev right 97 -> 98, no answer lost); 5 also
# ranked one more first, 6 answered one more wrong, 8 lost two right answers. The cost, 80 more
# sentences read per question, did not show in the answering time (2.4 ms a dev question).
ARTICLE_LIMIT = 4
ARTICLE_SENTENCES = 80  # at most this many sentences from each of them
POSTING_BUDGET = 1500  # sentences a query may score (its cost grows with them)
# The any-word query adds a further word only while all its posting lists stay within this:
# each word adds its whole list to what bm25() scores, mostly to reorder sentences the rarer
# words found. On corpora of near-copies (the benchmark's x10) 3-4 words filled the 1,500 and
# scoring them was the largest cost of a question; at 1,000 no dev-set answer got worse.
EXTRA_WORDS_BUDGET = 1000
MAX_QUERY_WORDS = 8
ARTICLE_KEEP = 25  # article sentences kept, those sharing most words with the question first
SECOND_CITATION_RATIO = 0.88  # a further sentence is quoted only if it scores this close
STEM_SLACK = 2  # letters a stem may drop from a word the speller then trusts as the coverage's
MAX_COMPOUNDS = 8  # hyphenated words per question checked against the index
FOLLOW_UP_WORDS = 4  # a question this short with no entity of its own continues the last one
NO_MENTIONS: frozenset[str] = frozenset()  # the entities of a sentence that mentions none


class GroundingError(BotError):
    """A sentence about to be quoted does not match its article at its offsets: a bug."""


@dataclass
class _State:
    """Everything derived from one build of the database; swapped whole by ``reload``."""

    corpus: Corpus
    resolver: Resolver
    rarity: rank.Rarity
    kinds: dict[str, str]
    leaders: dict[str, str]
    speller: Speller


class Answerer:
    """Answers questions from one fact database; thread-safe, cheap to call per question.

    Its config's word groups (the story's vocabulary) are process-wide, as bot.text's match
    keys are, not this answerer's own: the last answerer built sets them for every other, so a
    process answers from one configuration (the bot, the CLI, eval, bench each build one).
    Passing them along instead would reach every caller of bot.text.match_keys."""

    def __init__(self, config: Config, db_path: str | Path | None = None):
        self.config = config
        self.db_path = Path(db_path) if db_path is not None else config.db_path
        # the story's word groups (config.yaml's word_groups) beside the built-in general ones
        if use_word_groups(config.word_groups):
            fact_evidence.forget_word_keys()
        self.intents: tuple[Intent, ...] = parse_intents(config.intents, config.source)
        self.matcher = IntentMatcher(self.intents, roles=role_titles())
        self._synonyms = config.synonyms
        self._lock = threading.Lock()
        self._state = self._load()
        rank.warm_up()

    # -- lifecycle ------------------------------------------------------------------------
    def _load(self) -> _State:
        corpus = Corpus(self.db_path)
        aliases = corpus.aliases()
        return _State(
            corpus=corpus,
            resolver=Resolver(aliases),
            rarity=rank_features.DEFAULT_RARITY,
            kinds=corpus.entity_kinds(),
            leaders=corpus.national_leaders(),
            speller=Speller(alias for alias, *_ in aliases),
        )

    def reload(self) -> Corpus:
        """Re-open the database (after a rebuild). Answers in flight finish on the old build."""
        state = self._load()
        with self._lock:
            self._state = state
        return state.corpus

    def warm_up(self) -> None:
        """Load what the first questions would otherwise wait for (the spelling word list and
        the gazetteer's names, about 0.1 s each): for long-running processes, off the event loop,
        once serving has begun."""
        self._state.speller.warm_up()
        decide.warm_up()

    @property
    def corpus(self) -> Corpus:
        return self._state.corpus

    # -- answering ------------------------------------------------------------------------
    def answer(
        self,
        question: str,
        *,
        article: str | None = None,
        top: int | None = None,
        previous: Answer | None = None,
    ) -> Answer:
        """Answer one question with cited verbatim sentences, or say why not. ``article``
        confines the search to one article, ``top`` is how many ranked candidates the answer
        lists, ``previous`` the last answer in this conversation, which a short question with
        no entity of its own continues, unless it names a thing the coverage, or the story its
        answer quotes, lacks (_own_words): then it is a new question. Each step below is a
        function of its own, so that a change to one (and its test) stays within it."""
        state = self._state  # one build for the whole answer, whatever /reload does meanwhile
        settings = self.config.answer
        top = settings.top if top is None else max(TOP_RANGE[0], min(int(top), TOP_RANGE[1]))
        cleaned = clean(question, settings.max_question_chars)
        notes = _truncation_notes(cleaned.truncated, settings.max_question_chars)
        if article is not None:
            article = state.corpus.require_article(article)
        known = _known_word(state.corpus)
        reading = _reading(state, _read(state, cleaned.text, known), known)
        match = self._intent(reading)
        if match is None or not match.intent.smalltalk:
            match = self._small_talk(cleaned.text) or match
        if match is not None and match.intent.smalltalk:
            return _smalltalk(question, match, notes)
        continued = None
        own: tuple[str, ...] = ()  # what a follow-up names of its own (_own_words)
        asked: tuple[str, ...] = ()  # what a follow-up asks about in words (_asked_words)
        story = _story_of(state.corpus, previous)
        if (
            previous is not None
            and reading.tokens
            and _is_follow_up(reading.tokens, reading.resolved)
        ):
            own = _own_words(reading.text, self._synonyms)
            if all(_coverage_finds(state.corpus, w, self._synonyms) for w in own):
                continued = previous.continues or previous.question
                # a word the story lacks and another story has: asked alone (below), as
                # the question about another story it is
                if story is not None and all(
                    _story_has(state.corpus, story, w, self._synonyms) for w in own
                ):
                    asked = _asked_words(reading.text, self._synonyms)
                if asked and story is not None and not self._story_says(story, asked):
                    return _story_silent(question, previous, continued, notes)
                reading = _follow_up(state, reading, continued, known, settings.max_question_chars)
        if not any(t not in STOPWORDS for t in reading.tokens):
            return _empty(question, notes)
        entity_ids = list(dict.fromkeys(r.entity for r in reading.resolved))
        analysis = question_analysis.analyze(reading.text, self._synonyms)
        rows = self._candidates(state, reading.tokens, entity_ids, article, analysis)
        if not rows:
            if asked and story is not None:
                return self._in_story(question, story, asked, continued, top, strict=True)
            return replace(
                self._abstain(question, cleaned.text, match, [], notes), continues=continued
            )
        weighed = _weighed(state, reading, match, cleaned.text, rows, analysis)
        # a sentence that asks, or a speaker's label alone, is never quoted: it answers nothing
        asking = [mismatch.asks(row.text) or only_label(row.text) for row in rows]
        scores = _ranked_scores(
            state.corpus, weighed, rows, analysis, reading.tokens, match, asking
        )
        chosen = _chosen(state.corpus, weighed, rows, reading.tokens, match, scores, analysis)
        ranked = [rows[i].citation(scores[i]) for i in chosen.order[:top]]
        confidence, reason = _capped(
            settings.min_confidence,
            weighed,
            rows,
            analysis,
            reading,
            cleaned.text,
            chosen,
            scores,
            asking,
        )
        _log_withheld(question, rows, weighed, chosen, confidence, reason, settings.min_confidence)
        # a sentence that asks is never quoted, whatever the threshold (QUESTION_SENTENCE)
        if confidence < settings.min_confidence or asking[chosen.best]:
            if asked and story is not None:
                return self._in_story(question, story, asked, continued, top, strict=True)
            abstention = self._abstain(question, cleaned.text, match, ranked, notes, confidence)
            return replace(abstention, continues=continued)
        cited = _cited(chosen.order, rows, scores, settings.max_sentences)
        citations = [self._verified(state, rows[i], scores[i]) for i in cited]
        if continued is not None and not all(
            _story_has(state.corpus, citations[0].article, w, self._synonyms) for w in own
        ):  # the earlier question chose a story that lacks what the follow-up asks about
            return self.answer(question, article=article, top=top)
        if asked and story is not None and not self._story_says(story, asked, citations[0]):
            # the earlier question's words chose a sentence that answers it again, not this
            return self._in_story(question, story, asked, continued, top)
        lead = (
            _lead(match, weighed, reading, analysis, rows[chosen.best])
            if settings.lead_line
            else None
        )
        return Answer(
            question=question,
            answered=True,
            kind="answer",
            intent=match.intent.name if match else None,
            reply=_with_notes(render_answer(citations, lead), notes),
            citations=tuple(citations),
            ranked=tuple(ranked),
            lead=lead,
            notes=notes,
            confidence=confidence,
            entities=tuple(entity_ids),
            continues=continued,
        )

    def _story_says(
        self, story: str, asked: Sequence[str], citation: Citation | None = None
    ) -> bool:
        """Whether the story (or, given, its one cited sentence) has a word the follow-up
        asks about, or a word looked up with it (_looked_up)."""
        corpus = self._state.corpus
        for word in asked:
            found = corpus.search(_looked_up(word, self._synonyms), article=story, ranked=False)
            if citation is None and found:
                return True
            if citation is not None and any(i == citation.sentence_id for i, _ in found):
                return True
        if citation is None:  # a word made from the asked one: "owned", the story's "owner"
            return _derived_in(corpus.article_text(story) or "", asked)
        return False

    def _in_story(
        self,
        question: str,
        story: str,
        asked: Sequence[str],
        continued: str | None,
        top: int,
        *,
        strict: bool = False,
    ) -> Answer:
        """A follow-up that asks about something in words of its own ("what will they talk
        about?", "who owned it?") whose question, asked together with the one it continues,
        quoted no sentence with those words: the earlier question's words, more and rarer,
        outweighed them and chose its own answer again, or nothing. Asked alone within the
        story the conversation is about, which settles what "it" and "they" are, its own
        words choose; a sentence without any of them answers something else, and it is
        abstained on (the story has the words, so it is not told the story "doesn't say").
        ``strict``, where asked together it was abstained on: the sentence must have the
        follow-up's own word (_says_itself), a word looked up with it is not enough ("what
        caused it?" took "resulted in the death of all 33" for a cause), as the answer is one
        the bot would otherwise not give."""
        try:
            alone = self.answer(self._named_again(question, continued), article=story, top=top)
        except UnknownArticleError:  # a /reload meanwhile took the story out of the coverage
            text = clean(question, self.config.answer.max_question_chars).text
            return replace(self._abstain(question, text, None, [], ()), continues=continued)
        alone = replace(alone, question=question)
        if (
            alone.answered
            and self._story_says(story, asked, alone.citations[0])
            and (not strict or _says_itself(alone.citations[0].sentence, question, asked))
        ):
            return replace(alone, continues=continued)
        if alone.answered:
            text = clean(question, self.config.answer.max_question_chars).text
            alone = self._abstain(question, text, None, list(alone.ranked), alone.notes)
        return replace(alone, continues=continued)

    def _named_again(self, question: str, continued: str | None) -> str:
        """``question`` with "he", "she", "him", "her" (and "his", "hers") as the one person
        the question it continues names ("what did he say?" after "how long did bolton hold
        the job?" is "what did bolton say?"): asked alone within the story, a pronoun is no
        word to find, and the story's sentences about that person are what it asks about.
        Unchanged where the earlier question names no person, or more than one."""
        if continued is None or not _PERSON_PRONOUN.search(question):
            return question
        state = self._state
        known = _known_word(state.corpus)
        text = _read(state, clean(continued, self.config.answer.max_question_chars).text, known)
        people = {r.alias for r in _reading(state, text, known).resolved if r.kind == "person"}
        if len(people) != 1:
            return question
        (person,) = people
        return _PERSON_PRONOUN.sub(
            lambda m: f"{person}'s" if m.group(0).lower() in ("his", "hers") else person,
            question,
        )

    def _small_talk(self, text: str) -> IntentMatch | None:
        """The small-talk intent of a message that is a greeting or thanks and nothing else
        ("ok thanks", "thank you so much", "thanks, that helps": question.greeting_or_thanks),
        matched on the greeting or thanks alone: the extra words kept it from the examples,
        and it was abstained on, or answered with a quote."""
        for said in greeting_or_thanks(text):
            match = self.matcher.match(said)
            if match is not None and match.intent.smalltalk:
                return match
        return None

    def _intent(self, reading: _Reading) -> IntentMatch | None:
        """The configured intent the question matches, read with its entities as slots
        ("when will PERSON meet PERSON"), so one pattern serves every name."""
        if not reading.tokens:
            return None
        return self.matcher.match(
            _template(reading.tokens, reading.resolved, self.matcher.vocabulary)
        )

    def _candidates(
        self,
        state: _State,
        tokens: list[str],
        entity_ids: list[str],
        article: str | None,
        analysis: question_analysis.Question,
    ) -> list[SentenceRow]:
        """Sentences worth ranking, found through the index: the best full-text matches for the
        question's rarer words, plus the sentences of the articles those matches concentrate in
        that share any word with the question (an answer often shares no *rare* word with it:
        "what killed them?" is answered two sentences after the one that names the place)."""
        corpus = state.corpus
        if article is not None:
            return corpus.article_sentences(article)
        words = [t for t in tokens if t not in STOPWORDS and len(t) > 1]
        words += [alt for t in words for alt in self._synonyms.get(t, ())]
        words += _corrections(corpus, words)
        words += _unused_words_relatives(corpus, words)
        names = state.corpus.entity_names(entity_ids)
        words += [w for name in names.values() for w in tokenize(name) if w not in STOPWORDS]
        hits = _search(corpus, words)
        rows = corpus.sentences([sid for sid, _ in hits])
        weight: dict[str, list[float]] = {}
        for row, (_, score) in zip(rows, hits, strict=True):
            weight.setdefault(row.article, []).append(score)
        best = sorted(weight, key=lambda a: -sum(sorted(weight[a], reverse=True)[:3]))
        seen = {row.id for row in rows}
        prefixes = _prefixes(analysis, words)
        chosen = best[:ARTICLE_LIMIT]
        heads = corpus.article_heads(chosen, ARTICLE_SENTENCES)
        # counted in every head, kept lower-cased and joined per article; the seen skipped after
        counts: list[int] = []
        for joined, ends in corpus.lowered_heads(chosen, ARTICLE_SENTENCES):
            counts.extend(_joined_prefix_counts(prefixes, joined, ends))
        # "how old was the journalist shot in Aden": "He was 34 and reported on the war" shares
        # no word with it; a sentence giving a "he" or "she" an age is rare, so those stay
        ages = analysis.answer_type == "age"
        extra: list[tuple[int, int]] = []
        for (sid, index, text), shared in zip(heads, counts, strict=True):
            if sid in seen:
                continue
            aged = ages and sentence_analysis.gives_pronoun_age(text)
            if shared or index <= 1 or aged:  # the headline and lead stay: they sum the story up
                extra.append((shared + (index <= 1) + aged, sid))
        extra.sort(key=lambda pair: -pair[0])  # stable: ties keep article order
        kept = [sid for _, sid in extra[:ARTICLE_KEEP]]
        # an interview's reply to the question the member asks again (bot.interview)
        stems = frozenset(stem(w) for w in words)
        seen.update(kept)
        replies = interview.asked_replies(corpus, chosen, stems)
        kept += [sid for sid in dict.fromkeys(replies) if sid not in seen]
        rows.extend(corpus.sentences(kept))
        return rows

    def _verified(self, state: _State, row: SentenceRow, score: float) -> Citation:
        """Check the sentence against its article's text at its offsets before quoting it."""
        text = state.corpus.article_text(row.article)
        if text is None or text[row.start : row.end] != row.text:
            raise GroundingError(
                f"sentence {row.id} of {row.article} does not match the article at "
                f"{row.start}:{row.end}; rebuild the database"
            )
        return row.citation(score)

    def _abstain(
        self,
        question: str,
        text: str,
        match: IntentMatch | None,
        ranked: list[Citation],
        notes: tuple[str, ...],
        confidence: float = 0.0,
    ) -> Answer:
        covered = _covered_titles(ranked)
        return Answer(
            question=question,
            answered=False,
            kind="abstain",
            intent=match.intent.name if match else None,
            reply=_with_notes(
                render_abstention(text, covered, hidden=has_spoiler(question)), notes
            ),
            ranked=tuple(ranked),
            notes=notes,
            confidence=confidence,
        )

    # -- sources --------------------------------------------------------------------------
    def sources(self, answer: Answer) -> list[SourceDetail]:
        """The cited sentences of an answer with one sentence of context either side."""
        corpus = self._state.corpus
        details = []
        for number, citation in enumerate(answer.citations, start=1):
            rows = corpus.sentences([citation.sentence_id])
            if rows and _same_sentence(rows[0], citation):
                before, after = corpus.neighbours(rows[0])
            else:  # the database was rebuilt since: show the citation without context
                before = after = None
            details.append(SourceDetail(number, citation, before, after))
        return details

    def article(self, article_id: str) -> ArticleInfo | None:
        return self._state.corpus.article_info(article_id)

    def article_named(self, text: str) -> ArticleInfo | None:
        """The article whose link or title ``text`` is (see Corpus.id_by_link_or_title)."""
        found = self._state.corpus.id_by_link_or_title(text)
        return None if found is None else self.article(found)

    def ids_but_case(self, article_id: str) -> tuple[str, ...]:
        """The ids that differ from ``article_id`` only in case, for an error to name where
        :meth:`article` could not tell which one was meant."""
        return self._state.corpus.ids_but_case(article_id)

    def near_id(self, article_id: str) -> str | None:
        """The one id ``article_id``, naming no article, is a near miss of (Corpus.near_id)."""
        return self._state.corpus.near_id(article_id)

    def _topic(self, query: str) -> str:
        """A ``/sources`` topic cleaned, its acronyms that are stop words spelled as their
        entity's name ("WHO": the world health organization), as a question's are."""
        cleaned = clean(query, self.config.answer.max_question_chars).text
        return self._state.resolver.spell_acronyms(cleaned, topic=True)

    def names_a_topic(self, query: str) -> bool:
        """Whether a ``/sources`` topic has a word to search for (question.names_a_topic) once
        its acronyms are spelled: "WHO" does, "who" does not."""
        return names_a_topic(self._topic(query))

    def find_articles(self, query: str, limit: int = 5) -> list[ArticleInfo]:
        """Which articles cover a topic: the articles of the best-matching sentences. The
        operator's synonyms and word groups widen the topic's words as they widen a question's:
        an abstention sends members here, and "truce" found nothing where "ceasefire" was
        written."""
        state = self._state
        corpus = state.corpus
        cleaned = self._topic(query)
        # spelt as a question is read: "guarentees" found nothing, where the question did
        cleaned = _spelt(state, cleaned, _known_word(corpus))
        words = [t for t in tokenize(cleaned) if t not in STOPWORDS]
        words += [alt for t in words for alt in self._synonyms.get(t, ())]
        # and, for a word the coverage never uses, the words of its groups it does use (the
        # story's word_groups among them), as a question's candidates are found: "armistice"
        # found nothing where the question "was there an armistice" found the ceasefire
        words += _unused_words_relatives(corpus, words)
        # no answer is ranked here to weed out a word misread: a familiar word the coverage
        # never uses ("mars") read as its nearest one ("mark") listed articles that never
        # speak of it, as covering it
        words += _corrections(corpus, [word for word in words if may_be_a_slip(word)])
        return corpus.articles_for([sid for sid, _ in _search(corpus, words)], limit=limit)


# -- the steps of Answerer.answer, in its order ------------------------------------------
def _covered_titles(ranked: Sequence[Citation], shown: int = 3) -> list[str]:
    """The titles an abstention says the coverage does cover: the stories of the best-ranked
    candidates, best first, but only those whose best sentence is within
    decide.IDENTIFIED_STORY_LEAD of the best one's. A story that far behind mostly shares a
    word or two with the question, no topic ("when and where is eddie van halen's funeral"
    listed "South African 'Lion Man' killed by his lions"). On the near misses of the readable
    Wikinews dev sets that have a source (143 abstained), the asked story is listed as often
    (137) and first as often (124), and the other titles shown fall from 118 to 83; about one
    in six of the 35 left out was on a related topic (another Samoa measles story, the PG&E
    helicopter crash for "how much money is pg&e losing from the blackouts"). Stories close
    behind stay, related or not: the lead is the ranker's, not the topic's."""
    if not ranked:
        return []
    floor = ranked[0].score - decide.IDENTIFIED_STORY_LEAD
    best: dict[str, float] = {}
    for citation in ranked:
        best.setdefault(citation.title, citation.score)
    return [title for title, score in best.items() if score >= floor][:shown]


class _Reading(NamedTuple):
    """The question as the later steps read it; a follow-up replaces it whole."""

    text: str  # the cleaned question read (_read), maybe with the question it continues
    tokens: list[str]
    resolved: list[Resolved]  # the entities it names, with where


def _truncation_notes(truncated: bool, limit: int) -> tuple[str, ...]:
    """Told with every reply, so a member whose long question was cut knows what was read."""
    return (f"(Your question was cut to {limit} characters.)",) if truncated else ()


def _reading(state: _State, text: str, known: Callable[[str], bool]) -> _Reading:
    """A question as read (_read) tokenized, with the entities it names resolved: every later
    step works from these three."""
    tokens = tokenize(text)
    return _Reading(text, tokens, state.resolver.resolve(tokens, known))


def _follow_up(
    state: _State,
    reading: _Reading,
    continued: str,
    known: Callable[[str], bool],
    limit: int,
) -> _Reading:
    """A short question with no entity of its own ("and when?" after "who is Zelensky
    meeting?"): ask both together, the earlier question read as it was then (its links,
    mentions and typos were junk words). A follow-up of a follow-up continues the question
    the first one continued (Answer.continues): "when?" after "where?" was asked with "where?"
    alone, of stop words only, and the member was told to ask a question."""
    earlier = clean(continued, limit).text
    text = _without_asides(reading.text)
    return _reading(state, f"{text} {_read(state, earlier, known)}", known)


def _without_asides(text: str) -> str:
    """A follow-up without its chat asides ("*nvm*, where?", "*bruh* why"): asked with the
    question it continues, such a word was one more term to find, which no sentence has, and
    "nvm, where?" was abstained on where "where?" was answered."""
    kept = [w for w in text.split() if w.strip(",.;:!?").lower() not in _ASIDES]
    return " ".join(kept) if kept else text


def _story_of(corpus: Corpus, previous: Answer | None) -> str | None:
    """The article the last answer quoted first, which a follow-up is read in; None where
    there is none, or the coverage no longer has it (rebuilt since the answer was given)."""
    if previous is None or not previous.citations:
        return None
    article = previous.citations[0].article
    return article if corpus.has_article(article) else None


def _story_silent(
    question: str, previous: Answer, continued: str | None, notes: tuple[str, ...]
) -> Answer:
    """A follow-up the story of the last answer does not answer ("who paid?" after an answer
    about weapons the US will supply, a story that mentions no payment): said so, naming the
    story, rather than quoting its answer to the earlier question again."""
    title = previous.citations[0].title if previous.citations else ""
    return Answer(
        question=question,
        answered=False,
        kind="abstain",
        reply=_with_notes(render_story_silent(question, title), notes),
        notes=notes,
        continues=continued,
    )


def _smalltalk(question: str, match: IntentMatch, notes: tuple[str, ...]) -> Answer:
    """A greeting or thanks gets the intent's own reply, never a search of the coverage."""
    return Answer(
        question=question,
        answered=False,
        kind="smalltalk",
        intent=match.intent.name,
        reply=_with_notes(match.intent.reply or "", notes),
        notes=notes,
    )


def _empty(question: str, notes: tuple[str, ...]) -> Answer:
    """A question of stop words only has nothing to search for: say what to ask instead."""
    return Answer(
        question=question,
        answered=False,
        kind="empty",
        reply=_with_notes(
            "Ask me a question about the coverage, e.g. “who is meeting whom, and where?”",
            notes,
        ),
        notes=notes,
    )


class _Weighed(NamedTuple):
    """What the question asks and what each candidate sentence offers it: read by ranking the
    candidates, by judging the best one and by its caps, so worked out once."""

    asked: question_evidence.Asked
    ranking: rank.Ranking
    facts: dict[int, list]  # sentence id -> the facts stated in it that the question may want
    mentions: dict[int, set[str]]  # sentence id -> the entities it names (if asked uses them)
    articles: list[str]  # each candidate's article
    said: list[tuple[bool, ...]]  # which asked terms each candidate's story says
    local: list[float]  # each candidate's coverage of the question by itself
    evidence: list[fact_evidence.Evidence]
    bonuses: list[float]  # what the evidence adds to each candidate's ranking score


def _weighed(
    state: _State,
    reading: _Reading,
    match: IntentMatch | None,
    cleaned: str,
    rows: list[SentenceRow],
    analysis: question_analysis.Question,
) -> _Weighed:
    """Rank the candidates on their words (rank.rank) and weigh the fact table's and the
    entity table's evidence for each (_weigh). The facts fetched are only those whose verb or
    speaker the question asks about: most sentences have facts the question cannot use."""
    ids = [r.id for r in rows]
    asked = question_evidence.asked(
        analysis,
        state.rarity,
        reading.tokens,
        reading.resolved,
        match,
        state.kinds,
        state.leaders,
        _unknown_names(cleaned, reading.tokens, state.corpus),
        one_story=len({row.article for row in rows}) == 1,
    )
    facts = state.corpus.facts_for_sentences(
        ids,
        # a fact of any verb can be about the noun subject (question_parts.asked_noun_subject)
        None
        if asked.verbless or asked.noun_subject
        else asked.weighed_predicates(state.corpus.predicates),
        asked.named,
    )
    mentions = state.corpus.mentions_in(ids) if asked.uses_mentions else {}
    people = [r.alias for r in reading.resolved if r.kind == "person"]
    ranking = rank.rank(
        analysis,
        interview.with_turns(rows, state.corpus, ARTICLE_LIMIT),
        state.rarity,
        people=people,
    )
    articles = [row.article for row in rows]
    said = story_rivals.said_in_stories(articles, ranking.matches)
    local = coverage_gaps.local_coverage(ranking.matches)
    evidence, bonuses = _weigh(asked, rows, ranking, mentions, facts, said, local)
    return _Weighed(asked, ranking, facts, mentions, articles, said, local, evidence, bonuses)


def _ranked_scores(
    corpus: Corpus,
    weighed: _Weighed,
    rows: Sequence[SentenceRow],
    analysis: question_analysis.Question,
    tokens: Sequence[str],
    match: IntentMatch | None,
    asking: Sequence[bool],
) -> list[float]:
    """Each candidate's final score: its words' (rank.rank) and its evidence's (_weigh), then
    what only comparing it with the other candidates tells, above all those of its own news
    story. Each step adds to the scores of the one before, in this order; the last one only
    deals each story's own scores out anew among its sentences (_within_stories)."""
    answering = [e.intent_fact >= 1.0 for e in weighed.evidence]
    # for a question that must get a number, a time, a place...: which sentences lack one
    lacks = [not e.typed > 0 for e in weighed.evidence] if weighed.asked.strict else None
    scores = [s + b for s, b in zip(weighed.ranking.scores, weighed.bonuses, strict=True)]
    scores = _off_subject(weighed, tokens, scores)
    scores = _about_story(weighed, rows, analysis, scores)
    scores = _lead_bonuses(corpus, weighed, rows, analysis, answering, lacks, scores)
    scores = _bare_leads(weighed, rows, analysis, scores)
    scores = _support_bonuses(weighed, match, answering, lacks, scores)
    scores = _unknown_told(weighed, rows, analysis, scores)
    # a sentence that asks is never quoted (Answerer.answer abstains on one)
    asks_back = mismatch.QUESTION_SENTENCE
    scores = [s + asks_back if a else s for s, a in zip(scores, asking, strict=True)]
    return _within_stories(weighed, rows, analysis, tokens, scores)


def _unknown_told(
    weighed: _Weighed,
    rows: Sequence[SentenceRow],
    analysis: question_analysis.Question,
    scores: list[float],
) -> list[float]:
    """For a question whether something is known (mismatch.asks_if_known: "do we know the
    agenda yet"), a sentence of the leading story that says it is not known ("The exact agenda
    for the meetings has not been disclosed") and covers the question as well as the story's
    best sentence does moves ahead of those that say what is expected or planned
    (decide.UNKNOWN_TOLD)."""
    if not rows or not mismatch.asks_if_known(analysis.text):
        return scores
    best = max(range(len(rows)), key=lambda i: (scores[i], -rows[i].id))
    story, local = rows[best].article, weighed.local
    return [
        s + decide.UNKNOWN_TOLD
        if row.article == story
        and local[i] >= local[best]
        and mismatch.says_unknown(row.text)
        and not mismatch.says_unknown(rows[best].text)
        else s
        for i, (s, row) in enumerate(zip(scores, rows, strict=True))
    ]


def _off_subject(weighed: _Weighed, tokens: Sequence[str], scores: list[float]) -> list[float]:
    """A sentence that has the question's subject only through its story (the headline names
    it, the sentence does not) is likely about something else of that story: it drops behind
    those that say it (decide.STORY_SUBJECT). A phrase asked as a question ("guarantees on
    the agenda?") has its subject up front, as a yes/no question has; read so only in one
    story, where the seed sets measured it."""
    subject = question_parts.yesno_subject(tokens) or (
        question_parts.keyword_subject(tokens) if len(set(weighed.articles)) == 1 else frozenset()
    )
    excess = story_rivals.story_subject_excess(
        weighed.asked,
        subject,
        weighed.articles,
        weighed.ranking.matches,
        weighed.ranking.story,
    )
    return [s - decide.STORY_SUBJECT * x for s, x in zip(scores, excess, strict=True)]


def _about_story(
    weighed: _Weighed,
    rows: Sequence[SentenceRow],
    analysis: question_analysis.Question,
    scores: list[float],
) -> list[float]:
    """A news story about the question's rare words (its headline says them) beats one that
    names them in passing."""
    headlines = {
        r.title: sentence_analysis.title_hits(
            analysis, r.title, None, sentence_analysis.part_stems_of(r)
        )
        for r in {r.title: r for r in rows}.values()
    }
    about = story_rivals.headline_shares(
        weighed.asked.weights, [headlines[row.title] for row in rows]
    )
    return [
        s + (decide.STORY_ABOUT * a if row.published else 0.0)
        for s, a, row in zip(scores, about, rows, strict=True)
    ]


def _lead_bonuses(
    corpus: Corpus,
    weighed: _Weighed,
    rows: Sequence[SentenceRow],
    analysis: question_analysis.Question,
    answering: Sequence[bool],
    lacks: Sequence[bool] | None,
    scores: list[float],
) -> list[float]:
    """A long story's lead that only restates what the question asks (story_rivals.restating_leads)
    drops behind the sentences of its story that go on to answer it, and further where another
    of them has a question word the lead lacks: the lead sums up what the story details
    (decide.RESTATING_LEAD, decide.DETAIL_LEAD)."""
    scores = list(scores)
    ranking = weighed.ranking
    leads = [features[rank.LEAD] for features in ranking.features]
    restating = story_rivals.restating_leads(
        weighed.articles, leads, weighed.local, answering, lacks
    )
    if analysis.unit:  # "what was the final score": a result only the lead may give
        restating = [i for i in restating if not _typed_alone(i, weighed, lacks)]
    for i in restating:
        if corpus.article_length(rows[i].article) > decide.LONG_ARTICLE:
            scores[i] += decide.RESTATING_LEAD
    # a restating lead without the question's own word that another sentence of its story has
    stems = [t.stem for t in analysis.terms]
    texts = [row.text for row in rows]
    for i in restating:
        if rows[i].published and story_rivals.detail_elsewhere(
            i,
            weighed.articles,
            ranking.matches,
            ranking.story[i],
            weighed.asked.weights,
            stems,
            texts,
        ):
            scores[i] += decide.DETAIL_LEAD
    return scores


def _bare_leads(
    weighed: _Weighed,
    rows: Sequence[SentenceRow],
    analysis: question_analysis.Question,
    scores: list[float],
) -> list[float]:
    """A news story's lead that shares with the question only its story's names gives back
    half its position prior (decide.BARE_LEAD): it would cover any question about its story."""
    ranking = weighed.ranking
    if not ranking.story:
        return scores
    stems = [t.stem for t in analysis.terms]
    scores = list(scores)
    for i, row in enumerate(rows):
        if (
            row.published
            and ranking.features[i][rank.LEAD]
            and story_rivals.bare_lead(
                ranking.matches[i],
                ranking.story[i],
                weighed.asked.weights,
                weighed.evidence[i].typed > 0,
                row.text,
                stems,
            )
        ):
            scores[i] += decide.BARE_LEAD
    return scores


def _typed_alone(i: int, weighed: _Weighed, lacks: Sequence[bool] | None) -> bool:
    """Whether candidate ``i`` (a lead) shows the answer type its question must get while no
    other candidate of its story that covers as much of the question does: it answers what the
    story's fuller sentences only restate ("University ... with a 22 points to 10 win over
    Maroochydore" for "what was the final score", where a quote says "score a try"). Read
    only for a measure in a unit (question_analysis.Question.unit: a result, a percentage, a
    distance): a lead's date or count is as often the event's own ("On Friday", "killed five") as
    the answer, and there the lead stays a restating one (measured: three Wikinews dev answers
    lost their first place when every strict type was read so)."""
    if lacks is None or lacks[i]:
        return False
    article, covered = weighed.articles[i], weighed.local[i]
    return all(
        lacks[j]
        for j, other in enumerate(weighed.articles)
        if j != i and other == article and weighed.local[j] >= covered
    )


def _support_bonuses(
    weighed: _Weighed,
    match: IntentMatch | None,
    answering: Sequence[bool],
    lacks: Sequence[bool] | None,
    scores: list[float],
) -> list[float]:
    """An intent that requires a fact ranks up a sentence with one (decide.requires_fact); a
    question that must get a number, a time, a place ranks down a sentence without one whose
    story has one elsewhere (story_rivals.typed_elsewhere)."""
    scores = list(scores)
    evidence = weighed.evidence
    if decide.requires_fact(match):
        # only a supported sentence that covers as much of the question as any other: the
        # bonus must not carry "According to Muyembe, many people ..." past his quote on
        # Ebola, which has no fact of its own (the speaker sits behind a long apposition)
        fullest = min(e.missing for e in evidence)
        for i, supported in enumerate(answering):
            if supported and evidence[i].missing <= fullest:
                scores[i] += decide.SUPPORTED_BONUS
    for i in story_rivals.typed_elsewhere(weighed.articles, lacks) if lacks is not None else ():
        scores[i] += decide.STORY_TYPED_MISS
    return scores


def _within_stories(
    weighed: _Weighed,
    rows: Sequence[SentenceRow],
    analysis: question_analysis.Question,
    tokens: Sequence[str],
    scores: list[float],
) -> list[float]:
    """Within each news story: the names it keeps repeating tell little, the asked relation
    much (decide.story_relative); reorders a story's sentences among their own scores."""
    ranking = weighed.ranking
    dated = [bool(row.published) for row in rows]
    stories = [article for article, news in zip(weighed.articles, dated, strict=True) if news]
    if len(set(stories)) == len(stories):
        return scores  # no news story with two candidates: nothing to reorder
    within = decide.story_relative(
        weighed.articles,
        ranking.matches,
        ranking.story,
        weighed.asked.weights,
        dated,
        question_parts.asked_relation(analysis, question_analysis.read_tokens(tokens)),
    )
    if not any(within):
        return scores
    keys = [s + w for s, w in zip(scores, within, strict=True)]
    return decide.within_stories(weighed.articles, scores, keys)


class _Chosen(NamedTuple):
    """The best candidate and how sure of it the ranking is, before the caps (caps.capped)."""

    order: list[int]  # the candidates, best first (ties: the lower sentence id)
    best: int
    rival: int | None  # the best candidate with another text, if any
    margin: float  # the best one's score less the rival's
    length: int  # the best one's article's length
    stories: int  # how many articles the candidates come from
    judged: fact_evidence.Evidence  # the best one's evidence as the confidence reads it (_judged)
    confidence: float
    identified: bool  # its story far ahead of every other (decide.IDENTIFIED_STORY_LEAD)
    # its story's headline alone has a word of the question (story_rivals.pinned_story)
    pinned: bool
    incidental: float  # the asker's own wording it lacks, where the confidence reads that


def _chosen(
    corpus: Corpus,
    weighed: _Weighed,
    rows: Sequence[SentenceRow],
    tokens: Sequence[str],
    match: IntentMatch | None,
    scores: Sequence[float],
    analysis: question_analysis.Question,
) -> _Chosen:
    """The best-scored candidate and its confidence (decide.confidence): above all its margin
    over the best rival, how much of the question it covers and what its evidence shows."""
    order = sorted(range(len(rows)), key=lambda i: (-scores[i], rows[i].id))
    best = order[0]
    # a sentence syndicated word for word in another article is the same answer, no rival
    rival = next((i for i in order[1:] if rows[i].text != rows[best].text), None)
    margin = scores[best] - scores[rival] if rival is not None else decide.MAX_MARGIN
    length = corpus.article_length(rows[best].article)
    stories = len(set(weighed.articles))
    asked, ranking = weighed.asked, weighed.ranking
    # the question names its story when the best sentence is far ahead of every other story's
    identified = (
        story_rivals.story_lead(scores, weighed.articles, best) >= decide.IDENTIFIED_STORY_LEAD
    )
    # and names it by a word only its headline or lead has, which the sentence itself lacks
    pinned = (
        stories > 1
        and identified
        and story_rivals.pinned_story(
            (t.stem for t in analysis.terms),
            corpus.head_stems(rows[best].article),
            frozenset(stem(t) for t in tokenize(rows[best].text)),
        )
    )
    # the best sentence's evidence as the confidence reads it (the ranking read `evidence`)
    judged = _judged(
        asked,
        tokens,
        rows,
        ranking,
        weighed.mentions,
        weighed.facts,
        weighed.said,
        best,
        weighed.evidence,
    )
    # read by the confidence in a long story, alone or identified: not worked out elsewhere
    incidental = (
        coverage_gaps.incidental_gap(
            asked,
            ranking.matches[best],
            ranking.story[best] if ranking.story else (),
            several=stories > 1,
        )
        if (stories == 1 or identified) and length > decide.LONG_ARTICLE
        else 0.0
    )
    confidence = decide.confidence(
        judged,
        weighed.local[best],
        margin,
        length,
        match,
        stories=stories,
        ordinary=coverage_gaps.ordinary_gap(asked, ranking.matches[best]),
        light=question_forms.asks_with_light_verb(tokens),
        identified=identified,
        incidental=incidental,
        pinned=pinned,
    )
    return _Chosen(
        order,
        best,
        rival,
        margin,
        length,
        stories,
        judged,
        confidence,
        identified,
        pinned,
        incidental,
    )


def _capped(
    threshold: float,
    weighed: _Weighed,
    rows: Sequence[SentenceRow],
    analysis: question_analysis.Question,
    reading: _Reading,
    cleaned: str,
    chosen: _Chosen,
    scores: Sequence[float],
    asking: Sequence[bool],
) -> tuple[float, str | None]:
    """The confidence after the caps (caps.capped) and the one that lowered it, if any: each
    cap stands for a way the best sentence can look right and answer another question, which
    the scores do not see (it names no one new for a "who", says no cause for a "why", ...)."""
    asked, ranking, tokens = weighed.asked, weighed.ranking, reading.tokens
    best = chosen.best
    row, matched = rows[best], ranking.matches[best]
    meeting = question_forms.asks_when_people_meet(asked)
    # five caps are for a news story's sentence only: encyclopedia summaries (WikiQA's) say
    # how, why and who did what in words of their own, which those checks do not know
    dated = bool(row.published)
    entities = weighed.mentions.get(row.id, NO_MENTIONS)
    # the checks go to capped() uncalled: it calls one only when its cap could still lower
    # the confidence, and most answers are decided before the costly ones
    return caps.capped(
        chosen.confidence,
        threshold=threshold,
        manner_unsaid=lambda: (
            dated
            and analysis.answer_type == "manner"
            and not sentence_analysis.shows_manner(row.text)
        ),
        cause_unsaid=lambda: _cause_unsaid(analysis, tokens, row, chosen.length, chosen.judged),
        unknown_said=lambda: (
            dated
            and analysis.kind not in ("yesno", "other")
            and mismatch.says_unknown(row.text)
            and not mismatch.asks_if_known(analysis.text)
        ),
        person_missing=lambda: (
            (
                analysis.kind == "yesno"
                or asked.stance
                or meeting
                or (
                    analysis.kind == "when"
                    and any(asked.kinds.get(e) == "person" for e in entities)
                )
            )
            and fact_evidence.person_absent(
                asked,
                entities,
                weighed.facts.get(row.id, ()),
                matched,
                in_person=meeting and analysis.kind != "yesno",
            )
        ),
        topicless=lambda: question_forms.asks_nothing(asked),
        asks_back=asking[best],
        answers_other=lambda: mismatch.answers_other(
            analysis,
            tokens,
            matched,
            row.text,
            rank_features.sentence_stems(row.text, row.words),
        ),
        speaker_missing=lambda: _speaker_absent(
            analysis, tokens, matched, asked, weighed.evidence[best]
        ),
        subject_missing=lambda: dated and mismatch.subject_absent(analysis, tokens, matched),
        deed_unstated=lambda: (
            dated
            and mismatch.deed_unstated(
                analysis,
                tokens,
                [(r.first, r.last) for r in reading.resolved],
                matched,
                ranking.story[best],
            )
        ),
        later_unanswered=lambda: dated and _later_unanswered(cleaned, analysis, row),
        kind_unnamed=lambda: dated and _kind_unnamed(analysis, tokens, row.text),
        name_ungiven=lambda: (
            (dated and _name_ungiven(analysis, asked, tokens, chosen.judged, row.text, entities))
            or _no_one_else(analysis, asked, tokens, row.text, entities)
        ),
        fuller_rival=lambda: (
            chosen.stories == 1 and _fuller_rival(ranking, rows, chosen.order, scores)
        ),
    )


def _log_withheld(
    question: str,
    rows: Sequence[SentenceRow],
    weighed: _Weighed,
    chosen: _Chosen,
    confidence: float,
    reason: str | None,
    threshold: float,
) -> None:
    """Why an answer was withheld, for operators (`factdesk --debug`): the cap that lowered
    its confidence, or else what the confidence was made of. Neither the reply nor the --json
    fields carry it."""
    best, rival, judged = chosen.best, chosen.rival, chosen.judged
    if reason is not None:
        log.debug(
            "capped %.3f -> %.3f (%s), best sentence %s, question %r",
            chosen.confidence,
            confidence,
            reason,
            rows[best].id,
            question,
        )
    elif confidence < threshold and log.isEnabledFor(logging.DEBUG):
        log.debug(
            "withheld at %.3f, no cap: %s; best sentence %s, question %r",
            confidence,
            _confidence_inputs(
                chosen.margin,
                None if rival is None else rows[rival].article == rows[best].article,
                coverage_gaps.read_coverage(judged),
                judged,
                bool(weighed.ranking.features[best][rank.LEAD]),
                chosen.stories,
                chosen.identified,
                chosen.incidental,
                chosen.pinned,
            ),
            rows[best].id,
            question,
        )


def _lead(
    match: IntentMatch | None,
    weighed: _Weighed,
    reading: _Reading,
    analysis: question_analysis.Question,
    best: SentenceRow,
) -> str | None:
    """The short first line above the quotes (decide.lead), built only from the words of the
    best sentence's facts: the quotes stay the evidence, the line only points at them."""
    return decide.lead(
        match,
        weighed.facts.get(best.id, ()),
        reading.resolved,
        analysis,
        weighed.asked.led_by,
    )


def _cause_unsaid(
    analysis: question_analysis.Question,
    tokens: Sequence[str],
    row: SentenceRow,
    length: int,
    judged: fact_evidence.Evidence,
) -> bool:
    """A question that asks what caused a death (or, in a news story or a long article, an
    event) is not answered by a sentence that states no cause: no answer of the asked type and
    no cause of death in its words."""
    dated = bool(row.published)
    death = dated and question_analysis.asks_death_cause(analysis, tokens)
    return (
        (
            death
            or (
                (dated or length > decide.LONG_ARTICLE)
                and question_forms.asks_event_cause(analysis, tokens)
            )
        )
        and not judged.typed > 0
        and not question_analysis.states_death_cause(row.text)
        # "how did the jackal die": "died trying to eat a bomb" (not why it was bombed)
        and not (death and question_analysis.states_death_circumstance(row.text))
    )


def _later_unanswered(cleaned: str, analysis: question_analysis.Question, row: SentenceRow) -> bool:
    """A second question after the first ("who won, and when?", question_forms.later_question) that
    the sentence shows no answer to: half an answer reads as a whole one."""
    later = question_forms.later_question(cleaned, analysis)
    return later is not None and not sentence_analysis.shows_answer(
        later, row.text, _known_words(analysis, row.title)
    )


def _kind_unnamed(analysis: question_analysis.Question, tokens: Sequence[str], text: str) -> bool:
    """A "which NOUN" or "what NOUN" question (question_parts.asked_head) answered by a sentence
    that names the noun only generically ("the company") names no answer."""
    head = question_parts.asked_head(tokens) if analysis.answer_type in ("thing", "name") else None
    return head is not None and coverage_gaps.names_head_only_generically(
        head, text, {t.lower() for t in tokens}
    )


def _name_ungiven(
    analysis: question_analysis.Question,
    asked: question_evidence.Asked,
    tokens: Sequence[str],
    judged: fact_evidence.Evidence,
    text: str,
    entities: AbstractSet[str],
) -> bool:
    """A who-question is not answered by a sentence that names no one new (a dated one:
    _capped asks only of a news story's sentence).

    "What was the name of the driver/woman/engineer" is the commonest near miss on a story's
    topic (12 of the 14 such questions of the Wikinews dev and fresh sets ask a name the story
    never gives); its lead, naming places and a company, came close. The same for "who won
    the Nobel prize" answered by "announced the winners", and for any who-question answered
    by a sentence whose capitalised words are all the question's own or places' ("who was the
    Streatham knife attacker the police shot": "Reportedly he injured a man and two women on
    Streatham High Road, London."): Wikinews dev wrong citations 13 -> 12 (in a CHECK set),
    fresh (wikinews-dev6) 3 -> 2, no right answer lost; the entity table alone (no person or
    company named) cost 6 right answers whose names it does not know ("Brigid Kosgei", "Truth
    Aquatics"). A name the question gives in part is its own ("who else was on the helicopter
    with kobe": "Kobe Bryant and eight others"), whatever the entity table counts: Wikinews
    dev wrong citations 12 -> 10 (both in a CHECK set: the near misses), fresh wikinews-dev5
    4 -> 3, no right answer lost. A capitalised title is no name either ("the United States
    President Donald Trump ... announced" for "who did Trump call"): fresh wikinews-dev17
    wrong citations 4 -> 3, no right answer lost; a title before a new name leaves the name
    new. A name given after a verb of naming ("it would be named Tropical Storm Chantal",
    sentence_analysis.gives_name) answers "what name would it have got" whatever it names."""
    if analysis.answer_type != "person":
        return False
    # a report's source answers only who said or reported it (mismatch.without_attribution)
    if mismatch.REPORTING_DEEDS.isdisjoint(t.lower() for t in tokens):
        text = mismatch.without_attribution(text)
    return (
        judged.answers == 0
        and (
            analysis.evidence_type == "name" or mismatch.doers_only_referred(analysis, tokens, text)
        )
        and not sentence_analysis.gives_name(text, tokens)
    ) or mismatch.names_no_one_new(
        text,
        {t.lower() for t in tokens},
        _known_entity_words(asked, entities, tokens, text) | _title_words(),
        _people_words(asked, entities),
        mismatch.deed_forms(analysis, tokens),
    )


_PERSON = "person"
_ELSE_PEOPLE = frozenset({_PERSON})
_ELSE_ACTORS = frozenset({_PERSON, "org", "country"})


def _no_one_else(
    analysis: question_analysis.Question,
    asked: question_evidence.Asked,
    tokens: Sequence[str],
    text: str,
    entities: AbstractSet[str],
) -> bool:
    """A question asking for someone else ("who else was at the Alaska summit besides Trump and
    Putin", "who else got killed in the strike with Soleimani", mismatch.asks_someone_else) is
    not answered by a sentence whose people are all the question's own (in full or in part) or
    stand only as the source of a report ("the envoy Steve Witkoff mentioned that Trump and
    Putin agreed ...", mismatch.reports_only): it names no one else who did or underwent what
    is asked. Someone else is of the kind the question already has: a person where it names
    one ("head of Iran's Quds Force" says who the question's own man was; the force is
    nobody else killed), else a person, organisation or country ("who else, besides the US,
    backs the force": "European allies"); a group of people the question does not have
    ("followed by a series of meetings with European leaders") is someone else too. For any
    sentence, dated or not (unlike _name_ungiven): the seed article has no date, and the
    question's form, not the register of the text, says that someone new is wanted."""
    if analysis.answer_type != "person" or not mismatch.asks_someone_else(analysis.text, tokens):
        return False
    asked_words = {t.lower() for t in tokens} - STOPWORDS - _title_words()
    if mismatch.names_group(text, asked_words):
        return False
    # "who else wants guarantees": a stance or a saying is what a report's source gives
    says = asked.stance or asked.speech
    kinds = _ELSE_PEOPLE if _PERSON in {asked.kinds.get(e) for e in asked.named} else _ELSE_ACTORS
    known = _known_entity_words(asked, entities, tokens, text) | _title_words()
    known |= {t.lower() for t in tokens} | sentence_analysis.demonyms(text)
    others = []
    for entity in entities:
        words = entity.split("-")
        if asked.kinds.get(entity) not in kinds or (
            not says and mismatch.reports_only(text, words)
        ):
            known.update(words)
        else:
            others.append(words)
    # checked once every excluded name's words are known, whatever order the set gives
    if any(not known.issuperset(words) for words in others):
        return False
    # the entity table links a relative to the name it shares ("Gianna Bryant" to Kobe
    # Bryant's entity): a first and last name of which a word is none of the above is someone
    return not mismatch.unknown_full_name(text, known)


def _fuller_rival(
    ranking: rank.Ranking,
    rows: Sequence[SentenceRow],
    order: Sequence[int],
    scores: Sequence[float],
) -> bool:
    """Does a close rival of the best sentence, from its own story, say more of what the
    question asks (story_rivals.fuller_rival)? Then the best one is likely a near miss. Called for
    one story only: across several, "the new sultan" in another sentence of Oman's story is
    no sign that "his successor, Haitham bin Tariq" does not answer."""
    best = order[0]
    return story_rivals.fuller_rival(
        ranking.matches[best],
        ranking.story[best] if ranking.story else (),
        (
            ranking.matches[i]
            for i in order[1:]
            if rows[i].article == rows[best].article
            and rows[i].text != rows[best].text
            and scores[best] - scores[i] < decide.FULLER_RIVAL_MARGIN
        ),
    )


# the kinds of entity whose words a relative's name shares ("Kim Jong Un", "Kim Yo Jong")
_ACTORS = frozenset({"person", "org"})


def _known_entity_words(
    asked: question_evidence.Asked, entities: AbstractSet[str], tokens: Sequence[str], text: str
) -> set[str]:
    """The words of a sentence's entities that name no one a who-question could be asking
    for, lower-cased: places' ("Streatham High Road, London"), those of the entities the
    question names, and those of the names it gives in part ("Kobe Bryant" for "who else was
    on the helicopter with kobe"). Titles and stopwords give no name in part: "Pope Francis"
    is someone new to "who is the pope", and "the" no part of "The Guardian". Nor does a word
    of a person or organisation the question names: a relative shares it ("Kim Yo Jong" is
    someone new to "who is Kim Jong Un's sister", "Ivanka Trump" to "who is Trump's
    daughter"), nor one that, beside the next word of the question, makes up another name of
    the sentence (sentence_analysis.names_of_pairs): "Rocky McGaugh" is someone new to "who is
    rocky linux named after", as "George Washington" would be to a question about the
    Washington Post."""
    asked_words = {t.lower() for t in tokens} - STOPWORDS - _title_words()
    asked_words -= {
        word
        for entity, words in asked.spans
        if asked.kinds.get(entity) in _ACTORS
        for word in words
    }
    given = sentence_analysis.names_of_pairs(text, tokens)
    known = set()
    for entity in entities:
        words = entity.split("-")
        in_part = {
            w
            for w in asked_words.intersection(words)
            if not any(w in run for run in given if not run <= set(words))
        }
        if asked.kinds.get(entity) in ("place", "country") or entity in asked.named or in_part:
            known.update(words)
    return known


def _people_words(asked: question_evidence.Asked, entities: AbstractSet[str]) -> frozenset[str]:
    """The words of the full names of the people among a sentence's entities: the surname
    that opens "Biden said ..." is one of them (mismatch.names_no_one_new)."""
    return frozenset(
        word
        for entity in entities
        if asked.kinds.get(entity) == "person" and "-" in entity
        for word in entity.split("-")
    )


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words of the role titles ("pope", "prime", "minister"), which an entity's name may
    start with ("pope-francis") but no question gives a name by."""
    return frozenset(word for title in role_titles() for word in title)


def _speaker_absent(
    analysis: question_analysis.Question,
    tokens: Sequence[str],
    matched: Sequence[float],
    asked: question_evidence.Asked,
    evidence: fact_evidence.Evidence,
) -> bool:
    """:func:`mismatch.speaker_absent`, unless the speaker the question names is in the
    sentence by another name: an alias, their country ("the German government said" for
    Merkel), a fact's speaker ("he said")."""
    span = mismatch.speaker_span(analysis, tokens)
    if (
        asked.speakers
        and evidence.entities >= 1.0
        and not mismatch.possessed_speaker(analysis.text, span)
    ):
        return False
    return mismatch.speaker_absent(analysis, tokens, matched)


def _confidence_inputs(
    margin: float,
    rival_same_story: bool | None,
    coverage: float,
    evidence: fact_evidence.Evidence,
    is_lead: bool,
    stories: int,
    identified: bool = False,
    incidental: float = 0.0,
    pinned: bool = False,
) -> str:
    """The inputs of decide.confidence in words, for the `--debug` line of an answer withheld
    by the score itself rather than a cap. On the Wikinews dev sets 114 of 115 questions whose
    best-ranked sentence was right but withheld had no cap: the score alone held them back, and
    the line says which of its inputs were low (a close runner-up of the same story or of
    another, words the sentence lacks, no answer of the asked type), and, where they count, the
    share of the question it lacks only in the asker's own wording (coverage_gaps.incidental_gap)
    and whether its story was identified among several (decide.IDENTIFIED_STORY_LEAD) and named by
    a word of its headline or lead alone (story_rivals.pinned_story)."""
    runner_up = (
        "no other sentence"
        if rival_same_story is None
        else f"{margin:.1f} ahead of a sentence of {'its own' if rival_same_story else 'another'}"
        " story"
    )
    answer_type = (
        "has an answer of the asked type"
        if evidence.typed > 0
        else "no answer of the asked type" + (" (required)" if evidence.type_miss else "")
    )
    return (
        f"{runner_up}, covers {coverage:.2f} of the question, {answer_type}, "
        f"fact {evidence.fact:.2f}, {'the lead' if is_lead else 'not the lead'}, "
        f"{stories} {'story' if stories == 1 else 'stories'}"
        + (", its story identified" if identified and stories > 1 else "")
        + (", named by its headline" if pinned else "")
        + (f", lacks {incidental:.2f} in the asker's own wording" if incidental > 0 else "")
    )


def _judged(
    asked: question_evidence.Asked,
    tokens: Sequence[str],
    rows: Sequence[SentenceRow],
    ranking: rank.Ranking,
    mentions: dict[int, set[str]],
    facts: dict[int, list],
    said: Sequence[tuple[bool, ...]],
    best: int,
    evidence: Sequence[fact_evidence.Evidence],
) -> fact_evidence.Evidence:
    """The best sentence's evidence as the confidence reads it; the ranking keeps ``evidence``.

    Three things count differently there. The verb of a "what will X VERB" question
    (question_parts.asked_subject) must be in the answering sentence itself, not only in its story's
    headline or lead: "what will Germany support" had its "support" from the headline's "U.S.
    assistance" and was answered with the list that names Germany's chancellor. And a news
    sentence that counts what a "how many" question counts covers its "many"
    (decide.COUNT_NAMING_WORD), one that states a duration outright the "long" of "how long"
    (decide.DURATION_NAMING_WORD). And a news sentence answers a "which NOUN" question (a noun
    news calls by name: Question.heads) with a type only where a name stands by the noun
    (rank.NAMED_HEAD): any other name it has names something else. "Which airline was Navalny
    flying with from Tomsk" was answered at 0.78 with "Navalny was flying from Tomsk in
    Siberia", whose places the ranking's answer type counted as names. Not for undated
    documents, whose summaries name a thing without the noun."""
    row = rows[best]
    story = ranking.story[best]
    if asked.subject:
        # as the terms have it
        verb = question_parts.asked_verb(question_analysis.read_tokens(tokens))
        story = tuple(
            flag and word != verb for flag, word in zip(story, asked.term_words, strict=True)
        )
    shown = ""
    if row.published:
        if question_analysis.counts_asked(row.text, asked.question):
            shown = decide.COUNT_NAMING_WORD
        elif asked.question.kind == "how_long" and rank_features.states_duration(row.text):
            shown = decide.DURATION_NAMING_WORD
    # a "which NOUN" question: a dated sentence with no name by the noun shows no answer
    unnamed = (
        bool(row.published)
        and bool(asked.question.heads)
        and not ranking.features[best][rank.NAMED_HEAD]
    )
    if story == ranking.story[best] and not shown and not unnamed:
        return evidence[best]
    return fact_evidence.evidence_for(
        asked,
        ranking.matches[best],
        mentions.get(row.id, NO_MENTIONS),
        facts.get(row.id, ()),
        0.0 if unnamed else ranking.features[best][rank.TYPED_MATCH],
        story,
        said[best],
        shown=shown,
        dated=bool(row.published),
    )


def _weigh(
    asked: question_evidence.Asked,
    rows: Sequence[SentenceRow],
    ranking: rank.Ranking,
    mentions: dict[int, set[str]],
    facts: dict[int, list],
    said: Sequence[tuple[bool, ...]],
    local: Sequence[float],
) -> tuple[list[fact_evidence.Evidence], list[float]]:
    """Each candidate's evidence and ranking bonus, worked out once per distinct input:
    evidence_for and bonus read nothing of a candidate but its term credits, type match,
    story terms, local coverage (a function of the credits), entities, facts and whether its
    story is dated, and most candidates share these with another (no facts, no entities, the
    same words matched; the copies of a story of a syndicated or scaled corpus: 52 candidates
    held 13 distinct inputs a question at 10 copies of the Wikinews corpus, 44 held 30 at
    one). Only candidates without facts are looked up (most of them): a key of facts'
    contents cost about as much as the evidence it spared."""
    typed = rank.TYPED_MATCH
    done: dict[tuple, tuple[fact_evidence.Evidence, float]] = {}
    evidence: list[fact_evidence.Evidence] = []
    bonuses: list[float] = []
    for row, matched, features, story, elsewhere, lc in zip(
        rows, ranking.matches, ranking.features, ranking.story, said, local, strict=True
    ):
        entities = mentions.get(row.id, NO_MENTIONS)
        stated = facts.get(row.id, ())
        dated = bool(row.published)  # a news story's sentence (decide.CAUSE_MISS_BONUS)
        key = (
            None  # a candidate with facts is weighed on its own
            if stated
            else (matched, features[typed], story, elsewhere, lc, frozenset(entities), dated)
        )
        found = done.get(key) if key is not None else None
        if found is None:
            e = fact_evidence.evidence_for(
                asked, matched, entities, stated, features[typed], story, elsewhere, dated=dated
            )
            found = (e, decide.bonus(e, lc, asked.wants, dated))
            if key is not None:
                done[key] = found
        evidence.append(found[0])
        bonuses.append(found[1])
    return evidence, bonuses


# A run of capitalised words ending in an organisation's or award's head word ("the Booker
# Prize", "Acme Corporation"): what a question writes this way is a name.
_NAME_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+)+[A-Z][a-z]+\b")


# Heads that a name before them makes a particular award: lower case, "the booker prize" is as
# much a name as "the Booker Prize" (a "grad party" is not a party's name, so only awards).
_AWARDS = frozenset("prize prizes award awards medal medals trophy cup".split())


def _unknown_names(text: str, spelled: Sequence[str], corpus: Corpus) -> frozenset[str]:
    """The words of names the question writes with an organisation's or award's head word
    whose other words no article uses: "who won the Booker Prize?" is not answered by a
    sentence on the Nobel prize, however well "won" and "prize" match it. Capitalised runs
    are read in ``text`` as typed; the word right before an award's head also in lower case,
    in the ``spelled`` (typo-corrected) words, so "the nobell prize" is no unknown name."""
    found: set[str] = set()
    for run in _NAME_RUN.finditer(text):
        words = tokenize(run.group(0))
        if (
            len(words) < 2
            or words[-1] not in ORG_HEADS
            or words[0] in question_analysis.QUESTION_WORDS
        ):
            continue
        rest = [w for w in words[:-1] if w not in STOPWORDS]
        if rest and all(corpus.document_frequency(w) == 0 for w in rest):
            found.update(rest)
    for before, head in zip(spelled, spelled[1:], strict=False):
        if (
            head in _AWARDS
            and len(before) > 2
            and before.isalpha()
            and before not in STOPWORDS
            and before not in question_analysis.QUESTION_WORDS
            and corpus.document_frequency(before) == 0
        ):
            found.add(before)
    return frozenset(found)


def _known_words(analysis: question_analysis.Question, title: str) -> frozenset[str]:
    """The question's words and stems and its story's title's: what a sentence's answer to
    a second question must not merely repeat (question_forms.later_question)."""
    words = {t.word for t in analysis.terms} | {t.stem for t in analysis.terms}
    return sentence_analysis.title_stems(title) | words


def _cited(
    order: Sequence[int], rows: Sequence[SentenceRow], scores: Sequence[float], limit: int
) -> list[int]:
    """The best sentence and those close behind it, up to ``limit``, each text once: two
    articles carrying the same wire copy would otherwise have it quoted twice."""
    best = order[0]
    cited = [best]
    texts = {rows[best].text}
    for i in order[1:]:
        if (
            len(cited) >= limit
            or scores[i] <= 0
            or scores[i] < scores[best] * SECOND_CITATION_RATIO
        ):
            break
        if rows[i].text not in texts:
            cited.append(i)
            texts.add(rows[i].text)
    return cited


def _same_sentence(row: SentenceRow, citation: Citation) -> bool:
    """After a /reload a sentence id may hold another article's sentence, even the same words."""
    return (row.article, row.start, row.end, row.text) == (
        citation.article,
        citation.start,
        citation.end,
        citation.sentence,
    )


def _known_word(corpus: Corpus):
    return lambda word: corpus.document_frequency(word) > 0


def _spelt(state: _State, text: str, known: Callable[[str], bool]) -> str:
    """``text`` with its typos corrected against the coverage, as a question is read (_read)
    and as /sources reads a topic (find_articles)."""
    return state.speller.fix(text, _spelled_as_in(state.corpus), known)


def _spelled_as_in(corpus: Corpus):
    """Is a word (one English does not know) written as the coverage writes it? Its index stem
    must occur, and must not have cut the word down to a fragment: the stemmer turns the typo
    "haeds" into "ha", which "has" also yields, so "haeds" would pass as a word of the articles."""

    def spelled(word: str) -> bool:
        return len(fts_term(word)) >= len(word) - STEM_SLACK and corpus.document_frequency(word) > 0

    return spelled


_COMPOUND = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")


def _split_compounds(text: str, corpus: Corpus) -> str:
    """Hyphenated words the coverage never writes joined, as separate words: a member writes
    "the Trump-Zelensky sit-down" where the articles have "Zelensky is set to meet with ...
    Trump". Compounds the coverage has ("European-led") or the related-word table knows
    ("cease-fire") stay whole, to be matched as written."""

    looked_up = 0

    def split(match: re.Match[str]) -> str:
        nonlocal looked_up
        word = match.group(0)
        low = word.lower()
        if related_words(low) or looked_up >= MAX_COMPOUNDS:
            return word
        looked_up += 1  # one index lookup each: a pasted list of compounds stays cheap
        return word if corpus.has_phrase(low.split("-")) else word.replace("-", " ")

    return _COMPOUND.sub(split, text) if "-" in text else text


def _corrections(corpus: Corpus, words: Sequence[str]) -> list[str]:
    """Index terms close to words the corpus has never seen: where typos are fixed."""
    fixed = []
    for word in words:
        if len(word) < 4 or word.isdigit() or corpus.document_frequency(word) > 0:
            continue
        terms = corpus.similar_terms(word)
        if not terms:
            continue
        hit = process.extractOne(
            fts_term(word), [t for t, _ in terms], scorer=fuzz.ratio, score_cutoff=75
        )
        if hit is not None:
            fixed.append(hit[0])
    return fixed


def _unused_words_relatives(corpus: Corpus, words: Sequence[str]) -> list[str]:
    """For question words the coverage never uses ("war" where the articles say "conflict",
    "center" where they say "centre"), their other spellings and the words of their related-word
    groups that it does use: otherwise a question worded differently from every sentence finds
    no candidates at all."""
    out: list[str] = []
    for word in words:
        if corpus.document_frequency(word) == 0:
            out.extend(w for w in _relatives(word) if corpus.document_frequency(w) > 0)
    return out


def _relatives(word: str) -> tuple[str, ...]:
    """The words the candidate search also looks a question word up by: its other spellings,
    its related-word groups and the words of phrases read as it (_phrased)."""
    return (*variants(word), *related_words(word), *_phrased(same_words(word)))


def _phrased(words: Sequence[str]) -> tuple[str, ...]:
    """The words of the phrases read as one of ``words`` (facts.words: "on board" is
    "aboard"), but their stop words: the coverage may say in two words what the question says
    in one ("how many people were onboard": "190 people on board"), and the index holds words,
    not phrases. ``words`` are those that mean just what a question's word does, its
    EXACT_WORDS group (text.same_words), whose phrases name no other sense; those of the
    question's word itself (tried: 6 answers of the 1,988 batch questions moved, none in the
    readable dev sets) and of its wider related-word groups ("sit down" for a meeting) are
    left unlooked-up."""
    return tuple(
        w
        for r in words
        for phrase in READ_AS.get(r, ())
        for w in tokenize(phrase)
        if w not in STOPWORDS
    )


def _search(corpus: Corpus, words: Sequence[str]) -> list[tuple[int, float]]:
    """Full-text candidates, cheaply: first the sentences holding both of the question's two
    rarest words (precise, and fast to intersect), then the best matches for any of its rarer
    words, adding words from the rarest up while the posting lists to score stay within a
    budget. bm25() scores every sentence a word occurs in, so a common word ("said", "people")
    would make the query read tens of thousands of rows on a large corpus; the ranker still
    weighs those words in the candidates found."""
    frequency = {w: corpus.document_frequency(w) for w in dict.fromkeys(words) if w}
    ordered = sorted((w for w, df in frequency.items() if df > 0), key=lambda w: frequency[w])
    if not ordered:
        return []
    # Even the rarest word can be common on a large corpus ("released" in 12,700 sentences):
    # then matches are taken in index order, unscored, rather than scoring all of them.
    affordable = frequency[ordered[0]] <= POSTING_BUDGET
    hits: dict[int, float] = {}
    if len(ordered) >= 2:
        hits.update(corpus.search(ordered[:2], limit=SEARCH_LIMIT, every=True, ranked=affordable))
    chosen: list[str] = []
    postings = 0
    for word in ordered[:MAX_QUERY_WORDS]:
        if chosen and postings + frequency[word] > EXTRA_WORDS_BUDGET:
            break
        chosen.append(word)
        postings += frequency[word]
    for sid, score in corpus.search(chosen, limit=SEARCH_LIMIT, ranked=affordable):
        hits.setdefault(sid, score)
    return list(hits.items())


def _prefixes(analysis: question_analysis.Question, words: Sequence[str]) -> set[str]:
    """Lower-case beginnings of the question's words and their related forms, for a quick
    substring test on sentences before they are analysed in full."""
    stems = {k for t in analysis.terms for k in (t.stem, *t.related) if not k.startswith("~")}
    stems.update(w for w in words if w not in STOPWORDS)
    return {s[:5] for s in stems if len(s) >= 3}


_SEPARATOR = HEAD_SEPARATOR  # the texts of Corpus.lowered_heads are joined by it


def _prefix_counts(prefixes: Iterable[str], texts: Sequence[str]) -> list[int]:
    """How many of ``prefixes`` each text contains, lower-cased. The same counts as testing
    every prefix in every text, from one pass per prefix through all the texts joined: each
    find jumps to the next text that has the prefix, so a question's ~15 prefixes cost ~15
    searches of C code rather than ~15 tests for each of its ~120 article sentences."""
    lows = [text.lower() for text in texts]
    joined = _SEPARATOR.join(lows)
    ends = list(accumulate(len(low) + 1 for low in lows))  # where each next text starts
    return _joined_prefix_counts(prefixes, joined, ends)


def _joined_prefix_counts(prefixes: Iterable[str], joined: str, ends: Sequence[int]) -> list[int]:
    """:func:`_prefix_counts` of texts already lower-cased and joined by _SEPARATOR, given
    where each next text starts (``ends``): Corpus.lowered_heads keeps an article's so."""
    counts = [0] * len(ends)
    for prefix in prefixes:
        if not prefix or _SEPARATOR in prefix:  # could match across two texts: one by one
            for i, end in enumerate(ends):
                counts[i] += prefix in joined[ends[i - 1] if i else 0 : end - 1]
            continue
        at = joined.find(prefix)
        while at >= 0:
            i = bisect_right(ends, at)
            counts[i] += 1
            at = joined.find(prefix, ends[i])
    return counts


def _template(
    tokens: list[str], resolved: list[Resolved], vocabulary: AbstractSet[str] = frozenset()
) -> str:
    """The question with each resolved entity replaced by its slot name, for intent matching,
    and without the light words (question_analysis.LIGHT_WORDS) no intent's example has
    (``vocabulary``), an "any" before one, and the small words that only open it: "so basically when
    will putin meet zelensky" is the meeting time question, which its two fillers had kept below the
    score from which the intent requires its fact, and the Alaska sentence answered it at 0.66."""

    light = [w in question_analysis.LIGHT_WORDS and w not in vocabulary for w in tokens]
    filler: list[bool] = []
    opening = True  # every word so far a filler
    for i, word in enumerate(tokens):
        # "any news", "any update": with the light word after it; "so", "and" opening it
        dropped = (
            light[i]
            or (word == "any" and i + 1 < len(tokens) and light[i + 1])
            or (word in _OPENING_FILLERS and opening)
        )
        filler.append(dropped)
        opening = opening and dropped

    out: list[str] = []
    position = 0
    for r in [*resolved, None]:
        end = len(tokens) if r is None else r.first
        out.extend(tokens[i] for i in range(position, end) if not filler[i])
        if r is not None:
            out.append("{" + _slot_for(r.kind) + "}")
            position = r.last
    return " ".join(out)


# Words that only open a question ("so when will they meet", "and what did he say")
_OPENING_FILLERS = frozenset("so and but then also".split())


def _slot_for(kind: str) -> str:
    return {"person": "person", "org": "org", "country": "country", "place": "place"}.get(
        kind, "entity"
    )


def _read(state: _State, text: str, known: Callable[[str], bool]) -> str:
    """A cleaned question as answering reads it: chat shorthand spelled out, a clause about the
    asker dropped, greetings, thanks and fillers around it dropped (question.drop_courtesy), what
    the asker adds after it (question.drop_asides: "... i forget", "or nah"), the
    coverage's own saying left out ("what does the article say about X", question.unsource),
    learners' calques in native order ("how is called X", question.native_order), a
    passive verb of labelling read as "is" (question.unframe), reaction idioms with "take" as
    reacting and view (question.untake), acronyms that are stop words ("the WHO") or that no
    entity goes by ("the EFF") spelled as names, typos corrected against the coverage (and
    the steps before read again where a correction makes what they read: "wana" is "wanna",
    "want to"), hyphenated words split."""
    text = spell_out(drop_preamble(text))
    text = native_order(unsource(drop_asides(drop_courtesy(text))))
    text = state.resolver.spell_acronyms(untake(unframe(text)))
    fixed = _spelt(state, text, known)
    if fixed != text:  # what only the corrected words say: "wana" is "wanna", "want to"
        fixed = untake(
            unframe(native_order(unsource(drop_asides(drop_courtesy(spell_out(fixed))))))
        )
    return _split_compounds(fixed, state.corpus)


def _is_follow_up(tokens: list[str], resolved: list[Resolved]) -> bool:
    content = [t for t in tokens if t not in STOPWORDS]
    return not resolved and len(content) <= FOLLOW_UP_WORDS


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


def _own_words(text: str, synonyms: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The words with which a short question with no entity (_is_follow_up) names a thing of
    its own, which the story it is answered from must have: "when did the ferry sink?" after
    "when did the harbour reopen?" was asked together with it, and quoted "The harbour reopened
    on Friday" again, where asked alone it abstains, or quotes the ferry's sinking where an
    article has it. A follow-up continues the last question only where the coverage has each
    of these words (_coverage_finds: a word no sentence has can only repeat the last answer)
    and is asked alone where the story its answer quotes lacks one (_story_has).

    Such a word names a thing (right after an article or determiner: "the *ferry*", "any
    *casualties*"), is rarer than ordinary English (a thing, deed or name of its own: "when
    did it *sink*", coverage_gaps.ORDINARY_ZIPF) or is a number. The asker's wording is none:
    common words ("u *sure*?", "what happened *next*?", "who *paid*?"), the word of a "how"
    question ("how *many*?", "how *long*?"), reporting words and words about the answer itself
    ("says who?", "what's the *source*?"), reactions and chat asides (_ASIDES: "*oof* why",
    "*bruh* why"), typos of a question word (_slip_of_asking: "*whn* did it reopen"), and
    fillers and chat shorthand, which are no terms at all (question_analysis.LIGHT_WORDS:
    "tho", "ok so when"). Typos the reading corrected against
    the coverage are read corrected ("wher is it", "what about the repiars")."""
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
        if word in named or word[0].isdigit() or zipf(word) < coverage_gaps.ORDINARY_ZIPF:
            own.append(word)
    return tuple(own)


# Words of a follow-up that place or qualify what it asks, no thing of their own ("and *after*
# that?", "what does it want *instead*?", "what happened *next*?"): a story need not have them.
_PLACING = frozenset(
    "after before afterwards instead then next else also later earlier again now still yet "
    "too more other really actually exactly first last so".split()
)


def _asked_words(text: str, synonyms: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The words with which a follow-up says what it asks about ("who *paid*?", "what will
    they *talk* about?", "did anyone *die*?"), common ones too, unlike _own_words. Asked with
    the question it continues, the answer must have one of them (or a word looked up with
    them), else it answers the earlier question again; and a story with none of them does
    not answer it. Not such words: the word of a "how" question ("how *old*", "how *many*"
    ask a measure, which the sentence need not name), chat asides, typos of a question word
    and words that only place the question in time or order (_PLACING)."""
    tokens = question_analysis.question_tokens(text)
    framed = {tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t == "how"}
    return tuple(
        term.word
        for term in question_analysis.analyze(text, synonyms).terms
        if len(term.word) > 1
        and term.word not in framed
        and term.word not in _ASIDES
        and term.word not in _PLACING
        and not _slip_of_asking(term.word)
    )


def _derived_in(text: str, asked: Sequence[str]) -> bool:
    """Whether ``text`` has a word that starts with a form of an asked word ("owner" and
    "ownership" for "owned", "payment" for "paid"): the words looked up with a word leave out
    many derived ones, and a story that has one is not told it "doesn't say"; a wrong match
    ("diet" for "die") only lets the follow-up be asked as before."""
    starts = tuple(k for word in asked for k in _forms(word) if len(k) >= 3)
    return bool(starts) and any(token.startswith(starts) for token in tokenize(text))


# a person a follow-up points back at ("what did *he* say?")
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


def _says_itself(sentence: str, question: str, asked: Sequence[str]) -> bool:
    """Whether ``sentence`` has one of the words a follow-up asks with, as typed or as read
    (``asked``), in a form of it ("die" and "died", "say" and "said": its stem or its
    lemma's), not merely a word of its topic (text.match_keys's groups join "caused" and
    "resulted")."""
    wanted = {k for w in (*asked, *tokenize(question)) if w not in STOPWORDS for k in _forms(w)}
    return any(_forms(token) & wanted for token in tokenize(sentence))


def _forms(word: str) -> frozenset[str]:
    """The keys under which ``word`` is the same word: its stem and its lemmas' stems, not
    the related-word groups (keys starting "~")."""
    return frozenset(k for k in match_keys(word) if not k.startswith("~"))


def _slip_of_asking(word: str) -> bool:
    """Whether ``word`` is a typo of a question word the reading left as typed ("*whn* did it
    reopen", "*hwo* did it happen"): rare in English (spelling.may_be_a_slip: not "show" or
    "cow") and one slip (a letter left out, added, changed or two swapped) from one."""
    return may_be_a_slip(word) and any(
        OSA.distance(word, asking, score_cutoff=1) <= 1
        for asking in question_analysis.QUESTION_WORDS
    )


def _looked_up(word: str, synonyms: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """``word`` and what the candidate search (_candidates) also finds sentences through: the
    operator's synonyms, its other spellings and related words."""
    return (word, *synonyms.get(word, ()), *_relatives(word))


def _coverage_finds(corpus: Corpus, word: str, synonyms: Mapping[str, Sequence[str]]) -> bool:
    """Whether some sentence of the coverage has ``word`` or a word looked up with it."""
    return any(corpus.document_frequency(w) > 0 for w in _looked_up(word, synonyms))


def _story_has(
    corpus: Corpus, article: str, word: str, synonyms: Mapping[str, Sequence[str]]
) -> bool:
    """Whether some sentence of ``article`` has ``word`` or a word looked up with it."""
    return bool(corpus.search(_looked_up(word, synonyms), article=article, limit=1, ranked=False))


def _with_notes(reply: str, notes: Sequence[str]) -> str:
    return "\n".join([reply, *notes]) if notes else reply
