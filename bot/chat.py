"""``factdesk chat``: a terminal conversation that prints exactly what the bot would post."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence

from facts.errors import DatabaseError, FactsError

from . import follow_up
from .answer import Answerer
from .article_ids import bare_id, typed_forms
from .config import edited_since, file_fingerprint
from .errors import BotError, UnknownArticleError
from .model import Answer, SourceDetail
from .question import has_words
from .render import (
    code,
    counted,
    echo,
    echo_kept_hidden,
    render_article,
    render_article_list,
    render_no_topic,
    render_sources,
)

HELP = """Ask a question about the coverage. Commands:
  /ask QUESTION         the same as asking QUESTION (as typed on Discord)
  /sources              where the last answer's sentences come from, with context
  /sources N            source [N] of the last answer, with context
  /sources ARTICLE      one article's details, by its id, title or link (`/sources article: ID` too)
  /sources query: TOPIC which articles cover a topic
  /reload               re-open the database after `factdesk build` (as the bot's /reload)
  /help                 this text
  /quit                 leave (Ctrl-D works too)"""


# "/ask …" or "/sources …" typed as text, and the near misses a member means them by: "/ sources"
# (a space after the slash), "/source", "!sources" (other bots' prefix); "/Sources" with any
# capitals. Each was asked as a question ("The coverage doesn't say (/ sources)").
_TYPED = re.compile(r"[/!]\s*(ask|sources?)(?=$|[\s:]):?\s*(.*)", re.IGNORECASE | re.DOTALL)
# A message that only asks where the last answer comes from, in chat's words: "source?",
# "source", "sources pls", "link?", "what's the source", "got a link?", "where can i read
# more?", "also where can i read more?". Each was asked as a question of its own ("The
# coverage doesn't say (source)"); it is /sources. Any other word makes it a question
# ("source of the leak?", "where can i read more about the fire").
_ASKS_SOURCES = re.compile(
    r"(?:(?:also|and|ok|okay|so|but)\s*,?\s+)?"
    r"(?:(?:what(?:'s|\u2019s|s|\s+is|\s+are|\s+was)\s+(?:the|your|ur|ya)\s+"
    r"|(?:got|have|any|is\s+there|there\s+a)\s+(?:an?\s+|the\s+)?)?"
    r"(?:source|sources|link|links|citation|citations|article)"
    r"|where\s+(?:can|could|do|should|would)\s+(?:i|we|one|someone)\s+(?:read|find|learn|see)"
    r"\s+(?:more|it|this|that)"
    r")"
    r"(?:\s+(?:pls|plz|please|then|again|tho|though|for\s+(?:that|this)))?\s*[?.!]*",
    re.IGNORECASE,
)
# "/foo" is a mistyped command; "/ what", "1/2", "/r/worldnews" and "/usr/bin" are not
_COMMAND = re.compile(r"/[a-z]+", re.IGNORECASE)
# "/ask question: …": the slash command's option name, as the bot's /help shows the command
_ASK_OPTION = re.compile(r":?\s*(?:question:)?\s*", re.IGNORECASE)


def bare(text: str) -> str:
    """``text`` stripped, also of the invisible format characters before it: a byte order mark
    (a line piped from PowerShell, a file's first line) or a zero-width space a pasted text or
    a phone keyboard left at the start. "\ufeff/quit" and "\u200b/sources" were asked as
    questions ("The coverage doesn't say (/quit)")."""
    text = text.strip()
    start = 0
    while start < len(text) and (
        text[start].isspace() or unicodedata.category(text[start]) == "Cf"
    ):
        start += 1
    return text[start:]


def visible(text: str) -> str:
    """``text`` stripped, or "" where nothing in it shows: spaces and control or format
    characters alone (a zero-width space a phone keyboard left, or one typed to fill a
    required option). Given as ``/sources``'s id or topic, such a text was one: "no article
    with id “”", "“” names no topic", an empty echo."""
    text = text.strip()
    shows = any(not ch.isspace() and unicodedata.category(ch)[0] != "C" for ch in text)
    return text if shows else ""


def read_command(text: str) -> tuple[str, str] | None:
    """(``"ask"`` or ``"sources"``, what follows it) for a command typed as text, near misses
    included (:data:`_TYPED`), else None. "/sourcesx", "/asking" and "/source-code" are words,
    no command. A message that only asks for the last answer's sources in words (_ASKS_SOURCES:
    "source?", "where can i read more?") is ``/sources``."""
    match = _TYPED.fullmatch(bare(text))
    if match is None:
        return ("sources", "") if _ASKS_SOURCES.fullmatch(bare(text)) else None
    command = match.group(1).lower()
    return ("sources" if command.startswith("source") else command), match.group(2).strip()


def unknown_command(text: str) -> str | None:
    """The first word of ``text`` when it is a command word this program does not have (a
    slash and letters only: "/halp", "/foo bar"), else None. A question that starts with a
    subreddit ("/r/worldnews says …") or a path ("/usr/bin …") is still a question, and
    ``/ask`` and ``/sources`` (near misses too) are :func:`read_command`'s."""
    if read_command(text) is not None:
        return None
    words = bare(text).split()
    if words and _COMMAND.fullmatch(words[0]):
        return words[0]
    return None


def ask_inner(question: str) -> str:
    """What a question given to ``/ask`` asks: itself, or where it is "/ask …" typed again
    (``/ask /ask who …``, a member who typed the command into its own box), what follows."""
    while (typed := read_command(question)) is not None and typed[0] == "ask":
        question = ask_argument(typed[1])
    return question


# the command words besides /ask and /sources, of chat or the bot: given to /ask, the command
_OTHER_COMMANDS = ("/help", "/reload", "/quit", "/exit", "/q")


def is_command(text: str) -> bool:
    """Whether ``text``, given to ``/ask`` as its question, is a command of this program's
    typed as text: ``/sources …`` (near misses too), ``/help``, ``/reload``. Another word with
    a slash ("/ask /foo bar", "/ask /r/worldnews says …") is the member's own question."""
    word = unknown_command(text)
    return read_command(text) is not None or (word or "").lower() in _OTHER_COMMANDS


def unwrapped(line: str) -> str:
    """``line``, or the command it gives ``/ask`` as its question: "/ask /sources" and "/ask
    question: /sources" (a member who typed the command they wanted into /ask's box) were
    asked as questions, "The coverage doesn't say (/sources)"; they are the command typed
    alone, as is "/ask /help"."""
    typed = read_command(line)
    if typed is None or typed[0] != "ask":
        return line
    inner = ask_inner(ask_argument(typed[1]))
    return inner if is_command(inner) else line


CHAT_COMMANDS = ("/ask", "/sources", "/reload", "/help", "/quit")


def meant_command(word: str, commands: Sequence[str]) -> str | None:
    """The command of ``commands`` a mistyped command word most likely means ("/aks" is
    ``/ask``, "/sorces" ``/sources``), else None ("/foo"). Only named, never run: "/sauce"
    may be slang, and a guess that ran the wrong command would surprise more than a note."""
    close = difflib.get_close_matches(word.lower(), commands, n=1, cutoff=0.7)
    return close[0] if close else None


def ask_argument(rest: str) -> str:
    """The question in what follows a typed ``/ask``, without the option's name ("question:"),
    which was asked as one of the question's words and changed the answer."""
    rest = rest.strip()
    return rest[_ASK_OPTION.match(rest).end() :]


# A byte of a line that is not UTF-8, as the "surrogateescape" decoding keeps it (the chat's
# input is read so: cli.chat_command)
UNDECODED = re.compile("[\udc80-\udcff]")


def chat_loop(
    answerer: Answerer,
    input_fn: Callable[[], str],
    output_fn: Callable[[str], None],
) -> None:
    """Read questions until /quit or end of input; a follow-up may lean on the last answer."""
    output_fn("factdesk chat: ask about the coverage; /help for commands, /quit to leave.")
    config_read = file_fingerprint(answerer.config)  # what /reload tells an edit by
    last: Answer | None = None  # what /sources shows
    context: Answer | None = None  # what a follow-up leans on (follow_up.leaned_on)
    while True:
        try:
            line = input_fn()
        except (EOFError, KeyboardInterrupt):
            output_fn("")
            return
        line = unwrapped(line.strip())
        if not line:
            continue
        if undecoded := UNDECODED.search(line):
            # read as a question, the byte was dropped ("caf question" for a Latin-1 "café")
            output_fn(
                f"Error: not UTF-8 text (byte 0x{ord(undecoded.group()) - 0xDC00:02x}): type it "
                "again, or save the file as UTF-8"
            )
            continue
        # "/SOURCES" with caps lock on is still the command
        command = (bare(line).split() or [""])[0].lower()
        # by its first word, as /sources: "/help sources" was an unknown command /help
        if command in ("/quit", "/exit", "/q"):
            return
        if command == "/help":
            output_fn(HELP)
            continue
        if command == "/reload":
            output_fn(reload_reply(answerer, config_read))
            continue
        try:
            reply, answer = _respond(answerer, line, last, context)
        except DatabaseError as exc:
            # written over or locked meanwhile: the chat goes on, and /reload takes a new build
            output_fn(f"Error: {exc}")
            continue
        output_fn(reply)
        if answer is not None and answer.answered:
            last = answer  # an abstention keeps the last real answer for /sources
        if answer is not None:  # and a follow-up leans on the question it abstained on
            context = follow_up.leaned_on(answer, context)


def _respond(
    answerer: Answerer, line: str, last: Answer | None, context: Answer | None
) -> tuple[str, Answer | None]:
    """The reply to a line that is no chat command of its own (/quit, /help, /reload), and the
    answer it gave, if any: ``last`` is what /sources shows, ``context`` what a question
    follows up on."""
    # as typed on Discord, where it is read, not refused ("/ask:who …", "/ sources" too);
    # "/sourcesfoo" is a mistyped command, as on Discord
    typed = read_command(line)
    if typed is not None and typed[0] == "sources":
        return sources_command(answerer, last, typed[1]), None
    if typed is not None:
        line = ask_inner(ask_argument(typed[1]))
    elif (word := unknown_command(line)) is not None:
        meant = meant_command(word, CHAT_COMMANDS)
        hint = f"did you mean {meant}? " if meant else ""
        return f"Unknown command {word}: {hint}/help lists the commands.", None
    answer = answerer.answer(line, previous=context)
    return answer.reply, answer


def reload_reply(answerer: Answerer, config_read: str | None = None) -> str:
    """``/reload``: the database re-opened, as the bot's ``/reload`` does after a rebuild. A
    chat kept answering from the build it started with, whatever was built meanwhile (an
    article added in another terminal was "not covered"), and ``/reload`` was an unknown
    command: the only way to see the rebuild was to leave and start again. The settings stay
    as the chat read them (``config_read``, their :func:`file_fingerprint`): an operator who
    edited an intent or a synonym, then typed ``/reload`` to try it, was told "Reloaded" and
    saw the old behaviour with no word why, where the bot's ``/reload`` says so."""
    try:
        corpus = answerer.reload()
    except (BotError, FactsError) as exc:  # a broken rebuild: the previous one still answers
        return f"Reload failed, still answering from the previous database: {exc}"
    built = f", built {corpus.built_at}" if corpus.built_at else ""
    note = (
        f" ({answerer.config.source} was edited since this chat started: the database is "
        "reloaded, the settings apply in a new factdesk chat)"
        if edited_since(answerer.config, config_read)
        else ""
    )
    return (
        f"Reloaded {corpus.path.name}: {counted(corpus.article_count, 'article')}, "
        f"{counted(corpus.sentence_count, 'sentence')}{built}{note}."
    )


def pasted(first: str, ready: Callable[[], bool], readline: Callable[[], str]) -> str:
    """``first`` and the lines already waiting after it, as one question. Lines pasted at once
    arrive together, and on Discord they would be one message and one answer; read one by one,
    each was a question of its own. A terminal reports a line waiting only once it is whole,
    so a line typed after Enter is still read alone."""
    lines = [first]
    while ready():
        line = readline()
        if not line:  # end of input: the next prompt ends the chat
            break
        lines.append(line.rstrip("\r\n"))
    return "\n".join(lines)


def sources_command(answerer: Answerer, last: Answer | None, rest: str) -> str:
    """``/sources``, ``/sources ID``, ``/sources article: ID`` or ``/sources query: TOPIC``: the
    forms the Discord command takes as its options, which replies (abstentions, help) suggest."""
    option, colon, value = rest.partition(":")
    option = option.strip().lower()
    value = visible(value)
    if colon and option == "query":
        if not value:
            return "Give a topic after `query:`, e.g. `/sources query: ceasefire`."
        return article_list_reply(answerer, value)
    if colon and option == "article":
        if not value:  # it had shown the last answer's sources instead
            return "Give an article id after `article:`; `/sources query: TOPIC` lists them."
        rest = value
    return sources_reply(answerer, last, visible(rest))


def article_list_reply(answerer: Answerer, query: str) -> str:
    """The text of ``/sources query:``: the articles that cover a topic."""
    if not answerer.names_a_topic(query):
        return render_no_topic(query, has_words(query))
    return render_article_list(answerer.find_articles(query), query)


def unknown_article_reply(typed: str, meant: str = "") -> str:
    """The reply to ``/sources ID`` naming no article, with what :func:`ids_meant` says."""
    # a source line shows an article's link: one of no article is no id either
    kind = "link" if "://" in typed else "id"
    return str(UnknownArticleError(f"no article with {kind} “{echo_kept_hidden(typed)}”{meant}"))


def ids_meant(answerer: Answerer, typed: str) -> str:
    """What the reply to an id naming no article adds of the ids it may mean. Where ids differ
    from it only in case (``Story`` and ``STORY``), which one is meant cannot be told, and
    they are named; where it is a near miss of one id (a letter wrong, a feed id without its
    hash), that one is, as `factdesk ask --article` names it: the reply had named none."""
    same = answerer.ids_but_case(typed)
    if len(same) > 1:
        return f": ids that differ from it only in case are {', '.join(map(code, same))}; give one"
    near = None if "://" in typed else answerer.near_id(typed)
    return "" if near is None else f"; did you mean {code(near)}?"


# "2", "[2]", "2." (ended as a sentence): a source line's number; several, as "1 2", "1, 2",
# "[1][2]" or "1 and 3", were "no article with id “1 2”"
_ONE_NUMBER = r"\[?\s*\d{1,3}(?!\d)\s*\]?"
_SOURCE_NUMBERS = re.compile(
    rf"{_ONE_NUMBER}(?:\s*(?:,|&|\band\b)?\s*{_ONE_NUMBER}){{0,9}}[.!?]?", re.IGNORECASE
)
_NUMBERS_CHARS = 80  # ten numbers with brackets, commas and "and": longer is no list of them


def source_reply(details: list[SourceDetail], numbers: list[int]) -> str:
    """``/sources N`` (or ``N M``): the last answer's sources [N] with their context, or which
    numbers it has."""
    chosen = [detail for detail in details if detail.number in numbers]
    shown = {detail.number for detail in details}
    missing = [number for number in dict.fromkeys(numbers) if number not in shown]
    if not details or not missing:  # no answer yet: how to get one
        return render_sources(chosen)
    have = ", ".join(f"[{number}]" for number in sorted(shown))
    lacks = ", ".join(f"[{number}]" for number in missing)
    kind = "sources" if len(missing) > 1 else "source"
    return f"The last answer has no {kind} {lacks}; its sources are {have}."


_OPTION_WORD = re.compile(r"^(?:query|topic)\b\s+(?=\S)", re.IGNORECASE)  # the option's name


def sources_reply(answerer: Answerer, last: Answer | None, article: str = "") -> str:
    """The text of ``/sources`` in the terminal and on Discord alike."""
    # the article list shows an id as inline code (`000_…`): copied with its marks, quoted or
    # from a sentence ("see 000_x."), it is still that id; so is the article's file name
    # (``000_x.txt``, ``seeds/000_x.txt``): a member who copied it from a path was told there
    # is no such article. The text as typed is tried first, so an id is always itself.
    typed = bare_id(article)
    if typed:
        for form in typed_forms(article):
            info = answerer.article(form)
            if info is not None:
                return render_article(info)
        # what a member has of an article is an answer's source line: its title and link
        for form in dict.fromkeys((article.strip(), typed)):
            info = answerer.article_named(form)
            if info is not None:
                return render_article(info)
        numbers = " ".join(article.split())  # one space a gap: the pattern's \s* cannot
        # share out a long run of blanks between them (a run of 300 newlines took 4 s)
        if len(numbers) <= _NUMBERS_CHARS and _SOURCE_NUMBERS.fullmatch(numbers):
            # "/sources 2" or "/sources [2]": an answer numbers its sources so, and no article
            # has that id; it was told "no article with id “2”"
            if last is not None and not last.citations:
                return QUOTED_NOTHING
            details = [] if last is None else answerer.sources(last)
            return source_reply(details, [int(n) for n in re.findall(r"\d+", article)])
        if has_words(article) and not answerer.names_a_topic(article):
            # "/sources who": no article is named so, and a member who typed function words
            # meant a topic, which they cannot be either. Not a link or a mention, which has
            # no words at all: "/sources https://…" of no article was told that words such as
            # "who" and "the" are in every article
            return render_no_topic(article.strip())
        meant = ids_meant(answerer, typed)
        reply = unknown_article_reply(typed, meant)
        # "/sources ceasefire" ("/sources query ceasefire", the colon left out): a member who
        # typed a topic where an article goes was told only that no article has that id
        topic = _OPTION_WORD.sub("", article.strip(), count=1) or article.strip()
        if not meant and has_words(topic) and answerer.find_articles(topic, limit=1):
            reply += f"; `/sources query:` {echo(topic)} lists the articles that cover it"
        return reply
    if last is None:
        return render_sources([])
    if not last.citations:
        return QUOTED_NOTHING
    return render_sources(answerer.sources(last))


# `/sources` shown an answer that quoted nothing: on Discord, typed as a reply to an abstention
# on a question of its own (what a reply to it follows up on), or in a thread opened on one. It
# was told "No sources yet: ask a question first", a member who had just asked one.
QUOTED_NOTHING = (
    "That answer quoted nothing (the coverage doesn't say), so it has no sources; "
    "`/sources query: TOPIC` lists the articles that cover a topic."
)
