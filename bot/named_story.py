"""Whether a quoted sentence's story is the one a question named in a clause about the asker
("i saw the news about the floods in jakarta, how many people died?"). Kept apart from
bot.answer: reading leaves that clause out of the question, and this is the one place its
names are read again, only to reject an answer from another story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from facts.lexicon import name_words

from . import follow_up
from .corpus import Corpus
from .question import preamble_names


def in_named_story(
    corpus: Corpus, text: str, article: str, synonyms: Mapping[str, Sequence[str]]
) -> bool:
    """Whether ``article`` of ``corpus`` uses a name of the clause about the asker that reading
    dropped from the question ``text`` (question.preamble_names), if it has any: "i saw the news
    about the floods in jakarta, how many people died?" asks how many died in those floods, and
    was answered with the dead of a hotel fire in Delhi, the best count of deaths anywhere. The
    clause is left out of the reading, whose words it would outweigh; its names only say which
    story the answer must come from. A rare word of it that is no listed name and no article
    uses may be a slip or chat's slang ("istg i read smth abt it, how many died?"), which names
    no story: it asks nothing of the answer's."""
    listed = name_words()
    names = [w for w in preamble_names(text) if w in listed or corpus.document_frequency(w) > 0]
    return not names or any(follow_up.story_has(corpus, article, w, synonyms) for w in names)
