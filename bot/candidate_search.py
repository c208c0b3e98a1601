"""Finding an answer's candidate sentences through the full-text index: the best matches for the
question's rarer words (:func:`search`), widened by the words a typo, another spelling or a
related word stands for (:func:`corrections`, :func:`unused_words_relatives`), plus the
sentences of the articles those matches concentrate in that share a word with the question
(:func:`candidates`). Its budgets keep a question's cost flat on a large corpus.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate, compress
from operator import itemgetter

from rapidfuzz import fuzz, process

from facts.spellings import variants
from facts.words import READ_AS

from . import interview, question_analysis, sentence_analysis, term_matching
from .corpus import HEAD_SEPARATOR, Corpus, SentenceRow, fts_term
from .text import STOPWORDS, related_words, same_words, stem, tokenize

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
# Further article sentences kept past ARTICLE_KEEP, those whose shared words are rarest among
# the articles' sentences first (_rarely_sharing). The ARTICLE_KEEP go by how many words a
# sentence shares; most share one or two, and ties fall to article order, so a sentence with
# the question's one distinctive word ("Last year, poor health was cited when he stepped down"
# for "why did namibia's former vice president iyambo step down") lost to earlier ones sharing
# only the story's everyday words. Wikinews dev: 3 or 5 of them right 440 -> 445, ranked first
# 752 -> 762/763, wrong citations 45 -> 46 (a sentence that "hosts" a web series for who
# hosted a premiere's Q&A); 8 or 10, 444 and 443 right with 47 wrong. Ordering all of them
# by rarity instead (ties of the count broken by it, or the rarity alone) ranked as many
# first but answered 442 with 48 wrong: the sentences it dropped had kept other answers'
# margins. Seed dev unchanged (its one article's sentences all fit).
RARE_KEEP = 5
# The answer types a sentence that names its subject only by a definite noun for what a sentence
# before it said is fetched for (_referring_back), if it holds one: items that few sentences
# have (a number, a sum, a length of time, a measure, a date). An age is not among them: a bare
# number reads as one ("The rally started around 18:00" for "how old is tsikhanouskaya"), and a
# "he" or "she" given an age has its own rule (sentence_analysis.gives_pronoun_age).
# Further sentences kept past the ARTICLE_KEEP and RARE_KEEP from the article the full-text
# matches put first (_best_story_more), those sharing most of the question's words first. Of the
# Wikinews dev questions whose answer never reached the ranker (124), 113 had its story among
# the chosen articles, most often the first; 24 of those shared a word with the question but
# fell past the ARTICLE_KEEP, which the four articles' sentences fill alike. Wikinews dev at 5
# and 10: right 585 -> 586 ("The vote passed primarily along party lines, 230-to-198"), ranked
# first 1002 -> 1003, wrong citations and abstentions unchanged; at 25, ranked first 1001.
# Seed dev unchanged (its one article's sentences all fit).
BEST_STORY_KEEP = 5
REFERRED_TYPES = frozenset("number money duration measure time".split())


def candidates(
    corpus: Corpus,
    synonyms: Mapping[str, Sequence[str]],
    tokens: list[str],
    entity_ids: list[str],
    article: str | None,
    analysis: question_analysis.Question,
) -> list[SentenceRow]:
    """Sentences worth ranking, found through the index: the best full-text matches for the
    question's rarer words, plus the sentences of the articles those matches concentrate in
    that share any word with the question (an answer often shares no *rare* word with it:
    "what killed them?" is answered two sentences after the one that names the place).
    ``synonyms`` are the operator's (config.yaml), looked up with the question's words."""
    if article is not None:
        return corpus.article_sentences(article)
    words = [t for t in tokens if t not in STOPWORDS and len(t) > 1]
    words += [alt for t in words for alt in synonyms.get(t, ())]
    words += corrections(corpus, words)
    words += unused_words_relatives(corpus, words)
    names = corpus.entity_names(entity_ids)
    words += [w for name in names.values() for w in tokenize(name) if w not in STOPWORDS]
    hits = search(corpus, words)
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
    counts, rarity = _head_matches(corpus, chosen, prefixes)
    # "how old was the journalist shot in Aden": "He was 34 and reported on the war" shares
    # no word with it; a sentence giving a "he" or "she" an age is rare, so those stay
    ages = analysis.answer_type == "age"
    # the headline and lead stay: they sum the story up
    extra = (
        _aged_heads(heads, counts, seen)
        if ages
        else [  # most questions: one comprehension over the heads (~300), no test of ages
            (shared + (index <= 1), sid)
            for (sid, index, _), shared in zip(heads, counts, strict=True)
            if (shared or index <= 1) and sid not in seen
        ]
    )
    # ties go to the article the full-text matches put first: the story asked about is the
    # likelier one, where article order (its id's) is arbitrary
    standing = _standing(corpus, chosen)
    extra.sort(key=lambda pair: (-pair[0], standing[pair[1]]))  # stable: then article order
    kept = [sid for _, sid in extra[:ARTICLE_KEEP]]
    kept += _rarely_sharing([sid for _, sid in extra[ARTICLE_KEEP:]], heads, rarity)
    kept += _referring_back(heads, counts, seen.union(kept), analysis)
    kept += _best_story_more(extra, standing, set(kept))
    # an interview's reply to the question the member asks again (bot.interview)
    stems = frozenset(stem(w) for w in words)
    seen.update(kept)
    replies = interview.asked_replies(corpus, chosen, stems)
    kept += [sid for sid in dict.fromkeys(replies) if sid not in seen]
    rows.extend(corpus.sentences(kept))
    return rows


def _best_story_more(
    extra: Sequence[tuple[int, int]], standing: Mapping[int, int], kept: AbstractSet[int]
) -> list[int]:
    """Of the article sentences ``extra`` (how many of the question's words each shares, and
    its id; most first) left out of the ARTICLE_KEEP and ``kept``, the BEST_STORY_KEEP first of
    the article the full-text matches put first (``standing`` 0, :func:`_standing`)."""
    more = [sid for _, sid in extra[ARTICLE_KEEP:] if standing[sid] == 0 and sid not in kept]
    return more[:BEST_STORY_KEEP]


def _standing(corpus: Corpus, chosen: Sequence[str]) -> dict[int, int]:
    """For each head sentence of the ``chosen`` articles (Corpus.article_heads, kept per build),
    its article's place among them, best first. Wikinews dev: ranked first 1000 -> 1002, right
    585 (four gained, four lost), wrong citations and abstentions unchanged; seed dev unchanged
    (one article)."""
    place = {a: i for i, a in enumerate(chosen)}
    out: dict[int, int] = {}
    for a in sorted(set(chosen)):  # the ids taken out in C: ~320 heads a question
        heads = corpus.article_heads([a], ARTICLE_SENTENCES)
        out.update(dict.fromkeys(map(itemgetter(0), heads), place[a]))
    return out


def _head_matches(
    corpus: Corpus, chosen: Sequence[str], prefixes: Iterable[str]
) -> tuple[list[int], list[float]]:
    """For each of the chosen articles' head sentences (Corpus.article_heads' order), how many
    of ``prefixes`` it has, and how rare among those sentences the ones it has are: the sum of
    each prefix's log((n + 1) / (k + 0.5)), for n sentences of which k have it. The rarity is
    of these articles alone, from the counts already made, so it costs no query: "trump" in
    most of a story's sentences weighs little, "iyambo" in two of them much."""
    counts: list[int] = []
    holders: dict[str, list[int]] = {}
    lowered = corpus.lowered_heads(chosen, ARTICLE_SENTENCES)
    memos = corpus.head_finds(chosen, ARTICLE_SENTENCES)
    for (joined, ends), memo in zip(lowered, memos, strict=True):
        start = len(counts)
        counts.extend([0] * len(ends))
        for prefix, found in _joined_prefix_holders(prefixes, joined, ends, memo).items():
            if start:  # positions among all the heads, shifted once, not per use
                found = [start + i for i in found]
            for i in found:
                counts[i] += 1
            holders.setdefault(prefix, []).extend(found)
    rarity = [0.0] * len(counts)
    for found in holders.values():
        weight = math.log((len(counts) + 1) / (len(found) + 0.5))
        for i in found:
            rarity[i] += weight
    return counts, rarity


def _rarely_sharing(
    left: Sequence[int], heads: Sequence[tuple[int, int, str]], rarity: Sequence[float]
) -> list[int]:
    """Of the article sentences ``left`` out of the ARTICLE_KEEP (all sharing a word with the
    question, or a lead), the RARE_KEEP whose shared words are rarest (_head_matches); ties
    keep their order."""
    weight = dict(zip(map(itemgetter(0), heads), rarity, strict=True))
    return sorted(left, key=lambda sid: -weight[sid])[:RARE_KEEP]


def _referring_back(
    heads: Sequence[tuple[int, int, str]],
    counts: Sequence[int],
    kept: set[int],
    analysis: question_analysis.Question,
) -> list[int]:
    """Sentences that share no word with the question but open with a definite noun for what a
    kept sentence just before them said (term_matching.refers_back: "The vote passed primarily
    along party lines, 230-to-198" two sentences after "The House voted to hold two Cabinet
    officers in contempt"), where they hold an answer of the asked type (REFERRED_TYPES): the
    ranker credits them with that sentence's words, but only among the candidates. Added after
    the ARTICLE_KEEP, taking no other sentence's place.

    Wikinews dev: ranked first 689 -> 690, right 402 -> 403, no wrong citation added; seed dev
    unchanged. Tried and left: sentences opening with a pronoun too ("It is about 110
    light-years from Earth"), ranked first +1 but right 402 -> 400, wrong 53 -> 54 (their
    numbers lowered the confidence of answers given before); without the answer type, pronoun
    sentences right 399 and wrong 56 ("His work was unique" for what a CIA officer died of),
    definite nouns alone wrong 55; with an age among the types, one wrong more."""
    if analysis.answer_type not in REFERRED_TYPES:
        return []
    out = []
    for i in _after_kept_sharing(heads, counts, kept):
        sid, index, text = heads[i]
        if counts[i] or index <= 1 or sid in kept:
            continue
        for back in range(1, min(i, term_matching.REFER_BACK) + 1):
            before, at, said = heads[i - back]
            if at != index - back:  # another article's
                break
            if before in kept and counts[i - back] and term_matching.refers_back(text, said):
                if sentence_analysis.shows_answer(analysis, text):
                    out.append(sid)
                break
    return out


def _after_kept_sharing(
    heads: Sequence[tuple[int, int, str]], counts: Sequence[int], kept: AbstractSet[int]
) -> list[int]:
    """The positions among ``heads`` within term_matching.REFER_BACK after a ``kept`` sentence
    that shares a word with the question (``counts``), in order: only those can refer back to
    one (_referring_back). The sharing sentences are found in C (a fifth of the ~250 heads of
    a bench question), where testing each head cost about 1% of an answer's instructions."""
    if len(counts) != len(heads):
        raise ValueError(f"{len(counts)} counts for {len(heads)} heads")
    last = len(heads) - 1
    return sorted(
        {
            i
            for at in compress(range(len(counts)), counts)
            if heads[at][0] in kept
            for i in range(at + 1, min(at + term_matching.REFER_BACK, last) + 1)
        }
    )


def corrections(corpus: Corpus, words: Sequence[str]) -> list[str]:
    """Index terms close to words the corpus has never seen: where typos are fixed. Public: a
    ``/sources`` topic (Answerer.find_articles) is looked up through them too."""
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


def unused_words_relatives(corpus: Corpus, words: Sequence[str]) -> list[str]:
    """For question words the coverage never uses ("war" where the articles say "conflict",
    "center" where they say "centre"), their other spellings and the words of their related-word
    groups that it does use: otherwise a question worded differently from every sentence finds
    no candidates at all. Public: a ``/sources`` topic (Answerer.find_articles) widens its words
    so too."""
    out: list[str] = []
    for word in words:
        if corpus.document_frequency(word) == 0:
            out.extend(w for w in relatives(word) if corpus.document_frequency(w) > 0)
    return out


def relatives(word: str) -> tuple[str, ...]:
    """The words the candidate search also looks a question word up by: its other spellings,
    its related-word groups and the words of phrases read as it (_phrased). Public: a
    follow-up's words are looked for in its story through the same (bot.follow_up)."""
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


def search(corpus: Corpus, words: Sequence[str]) -> list[tuple[int, float]]:
    """Full-text candidates, cheaply: first the sentences holding both of the question's two
    rarest words (precise, and fast to intersect), then the best matches for any of its rarer
    words, adding words from the rarest up while the posting lists to score stay within a
    budget. bm25() scores every sentence a word occurs in, so a common word ("said", "people")
    would make the query read tens of thousands of rows on a large corpus; the ranker still
    weighs those words in the candidates found. Public: a ``/sources`` topic
    (Answerer.find_articles) is searched for so too."""
    frequency = {w: _frequency(corpus, w) for w in dict.fromkeys(words) if w}
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


def _frequency(corpus: Corpus, word: str) -> int:
    """How many sentences have ``word``: its index term's count, or for a hyphenated word
    ("abs-cbn", "youtube-dl", "k2-18b"), which the index holds as its parts, how many have the
    parts in a row (the index reads a quoted hyphenated word as that phrase). Counted as
    absent, a story's own name was left out of the query: "why did abs-cbn go off air" found
    only sentences with "air" (Mahan Air, a cargo plane), none of the network's story."""
    known = corpus.document_frequency(word)
    if known or "-" not in word.strip("-"):
        return known
    return len(corpus.search([word], limit=POSTING_BUDGET + 1, ranked=False))


def _aged_heads(
    heads: Sequence[tuple[int, int, str]], counts: Sequence[int], seen: AbstractSet[int]
) -> list[tuple[int, int]]:
    """For an "age" question, the unseen heads that share a word with it, are a headline or
    lead, or give a "he" or "she" an age, each with how many of these it is (for
    :func:`candidates`)."""
    extra = []
    for (sid, index, text), shared in zip(heads, counts, strict=True):
        if sid in seen:
            continue
        aged = sentence_analysis.gives_pronoun_age(text)
        if shared or index <= 1 or aged:
            extra.append((shared + (index <= 1) + aged, sid))
    return extra


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
    for found in _joined_prefix_holders(prefixes, joined, ends).values():
        for i in found:
            counts[i] += 1
    return counts


def _joined_prefix_holders(
    prefixes: Iterable[str],
    joined: str,
    ends: Sequence[int],
    memo: dict[str, tuple[int, ...]] | None = None,
) -> dict[str, Sequence[int]]:
    """For each of ``prefixes``, the positions of the texts that have it, of texts joined as
    for :func:`_joined_prefix_counts`; with ``memo`` (Corpus.head_finds: these texts'), the
    ones found before are taken from it and the new ones kept in it."""
    holders: dict[str, Sequence[int]] = {}
    for prefix in prefixes:
        if memo is not None and (kept := memo.get(prefix)) is not None:
            holders[prefix] = kept
            continue
        holders[prefix] = found = _holders_of(prefix, joined, ends)
        if memo is not None:
            memo[prefix] = found
    return holders


def _holders_of(prefix: str, joined: str, ends: Sequence[int]) -> tuple[int, ...]:
    """The positions of the texts, joined as for :func:`_joined_prefix_counts`, that have
    ``prefix``."""
    if not prefix or _SEPARATOR in prefix:  # could match across two texts: one by one
        return tuple(
            i for i, end in enumerate(ends) if prefix in joined[ends[i - 1] if i else 0 : end - 1]
        )
    found: list[int] = []
    at = joined.find(prefix)
    while at >= 0:
        i = bisect_right(ends, at)
        found.append(i)
        at = joined.find(prefix, ends[i])
    return tuple(found)
