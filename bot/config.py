"""Load and validate ``config.yaml``.

Every setting has a default, so a missing key is fine; a key of the wrong type or an unknown key
is a :class:`ConfigError` whose one-line message names the file and the key. Secrets never live
here: the Discord token is read from the environment variable the config names.
"""

from __future__ import annotations

import difflib
import hashlib
import math
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from facts import safe_yaml
from facts.articles import read_text, undecodable
from facts.words import STOPWORDS, tokenize

from .errors import ConfigError, RuleError

DEFAULT_CONFIG_NAME = "config.yaml"
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# YAML reads "- {person} meetings" as the start of a mapping: what a syntax error there means
SLOT_QUOTING = 'put an example that starts with a slot in quotes: "{person} meeting"'
# Inside a [...] list (the greetings' style) YAML reads any `{` as the start of a mapping
FLOW_SLOT_QUOTING = (
    'in a [...] list, put an example with a slot in quotes: ["who is {person} meeting"], '
    'or list the examples one per line with "- "'
)

# Numbers whose type alone does not make them sensible, as (lowest, highest or None). Outside
# these the bot would run and misbehave quietly: min_confidence 5 never answers, top 0 or
# max_sentences 0 cites nothing, max_bytes 0 refuses every article. Every other number is >= 0.
# An answer quotes one to three sentences: past three, every close runner-up was quoted and
# one answer took several Discord messages.
# How many ranked candidates ``ask --top``, a batch line's "top" and ``answer.top`` may ask for:
# one line's "top": 0 or 500 was clamped without a word, where --top 0 is refused, and the
# config's `top: 500` loaded where the same number in a batch line is an error.
TOP_RANGE = (1, 50)
_RANGES: dict[str, tuple[float, float | None]] = {
    "articles.max_bytes": (1, None),
    "answer.max_sentences": (1, 3),
    "answer.top": TOP_RANGE,
    "answer.max_question_chars": (1, None),
    "answer.min_confidence": (0, 1),
    "discord.cooldown.rate": (1, None),
}


# The permission names ``discord.admin_permission`` may give: discord.py's
# ``Permissions.VALID_FLAGS`` (2.7), kept here so that a typo fails when the config loads, for
# every command, and not only when the Discord bot is made (this module never imports discord.py;
# tests/bot/discord_app checks the list against the installed discord.py).
DISCORD_PERMISSIONS = frozenset(
    """
    add_reactions administrator attach_files ban_members bypass_slowmode change_nickname
    connect create_events create_expressions create_instant_invite create_polls
    create_private_threads create_public_threads deafen_members embed_links external_emojis
    external_stickers kick_members manage_channels manage_emojis manage_emojis_and_stickers
    manage_events manage_expressions manage_guild manage_messages manage_nicknames
    manage_permissions manage_roles manage_threads manage_webhooks mention_everyone
    moderate_members move_members mute_members pin_messages priority_speaker
    read_message_history read_messages request_to_speak send_messages send_messages_in_threads
    send_polls send_tts_messages send_voice_messages set_voice_channel_status speak stream
    use_application_commands use_embedded_activities use_external_apps use_external_emojis
    use_external_sounds use_external_stickers use_soundboard use_voice_activation
    view_audit_log view_channel view_creator_monetization_analytics view_guild_insights
    """.split()
)
# Discord's app shows some permissions by another name than discord.py's
_PERMISSION_LABELS = {"manage_server": "manage_guild", "timeout_members": "moderate_members"}


@dataclass(frozen=True)
class ArticleSettings:
    paths: tuple[str, ...] = ("seeds",)
    max_bytes: int = 5_000_000


@dataclass(frozen=True)
class AnswerSettings:
    max_sentences: int = 3  # verbatim sentences quoted in one reply
    top: int = 5  # candidates listed in `ranked`
    max_question_chars: int = 500  # longer questions are cut, with a note
    min_confidence: float = 0.5  # abstain below this; calibrated on the dev sets
    lead_line: bool = True  # a short line built from a fact's own words before the quotes


@dataclass(frozen=True)
class CooldownSettings:
    rate: int = 4  # questions ...
    per_seconds: float = 30.0  # ... per this many seconds, per user


@dataclass(frozen=True)
class DiscordSettings:
    token_env: str = "DISCORD_TOKEN"
    answer_mentions: bool = True  # a message that mentions the bot is a question
    answer_replies: bool = True  # a reply to one of the bot's answers is a follow-up
    answer_dms: bool = False
    qa_channels: tuple[int, ...] = ()  # every message in these channels is a question
    allowed_channels: tuple[int, ...] = ()  # empty: the bot answers in any channel it can see
    cooldown: CooldownSettings = field(default_factory=CooldownSettings)
    test_guild: int | None = None  # slash commands sync here on start; None: only on request
    shard_count: int | None = None  # set for AutoShardedClient
    admin_permission: str = "manage_guild"
    defer_after_ms: int = 1500  # answers slower than this are deferred first

    def token(self) -> str | None:
        value = os.environ.get(self.token_env, "").strip()
        return value or None


@dataclass(frozen=True)
class Config:
    """The whole configuration. ``root`` is the folder relative paths are resolved against."""

    root: Path = Path(".")
    source: str = "(defaults)"
    articles: ArticleSettings = field(default_factory=ArticleSettings)
    database: str = "factdesk.db"
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    word_groups: tuple[tuple[str, ...], ...] = ()
    intents: tuple[dict[str, Any], ...] = ()

    @property
    def db_path(self) -> Path:
        return (self.root / home(self.database)).resolve()

    @property
    def article_paths(self) -> list[Path]:
        return [(self.root / home(p)).resolve() for p in self.articles.paths]

    @property
    def settings_file(self) -> str:
        """The file to change a setting in, for a message: the one read (as given, `--config
        newsroom.yaml`), or ./config.yaml under the built-in defaults, where one would go."""
        return DEFAULT_CONFIG_NAME if self.source == Config.source else self.source


def file_fingerprint(config: Config) -> str | None:
    """A digest of the file ``config`` was read from as it is now, or None (the built-in
    defaults, or a file gone or unreadable): how a long-running bot tells that its settings
    were edited since it read them, which only a restart applies."""
    if config.source == Config.source or not Path(config.source).is_file():
        return None  # settings piped in are read once: read again, a FIFO waits for a writer
    try:
        return hashlib.sha256(Path(config.source).read_bytes()).hexdigest()
    except OSError:
        return None


def edited_since(config: Config, read: str | None) -> bool:
    """Whether the settings file ``config`` came from was edited since it was read, when its
    :func:`file_fingerprint` was ``read``: a reload re-opens the database only, and the bot's
    ``/reload`` and chat's say so."""
    now = file_fingerprint(config)
    return read is not None and now is not None and now != read


def home(path: str) -> Path:
    """``path`` with a leading ``~`` or ``~user`` read as that home folder, as a shell reads it:
    YAML passes it on literally, so ``database: ~/factdesk.db`` was a folder named ``~`` under
    the config's folder. Left as it is when there is no such home (no HOME, no such user)."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        return Path(path)


def find_config(path: str | Path | None = None) -> Path | None:
    """The config file to use: the one given, else ``$FACTDESK_CONFIG``, else ./config.yaml."""
    if path is not None:
        return Path(path)
    env = os.environ.get("FACTDESK_CONFIG")
    if env:
        return home(env)  # a systemd EnvironmentFile or a .env file passes "~" on as it is
    local = Path(DEFAULT_CONFIG_NAME)
    return local if local.is_file() else None


# The small talk of the built-in defaults, as the shipped config.yaml has it (a test keeps the
# two the same): run from a folder without a config file, "help" was answered with quoted
# sentences that share the word ("military support") and "hello" with "The coverage doesn't
# say". Small talk quotes nothing and fits any coverage, so the defaults can hold it.
SMALL_TALK: tuple[dict[str, Any], ...] = (
    {
        "name": "greeting",
        "examples": [
            "hello",
            "hi",
            "hey",
            "hi there",
            "hello there",
            "good morning",
            "good evening",
            "yo",
        ],
        "reply": "Hi! Ask me about the coverage, e.g. “who is meeting whom, and where?”, and "
        "I'll quote the articles with sources.",
    },
    {
        "name": "thanks",
        "examples": ["thanks", "thank you", "thx", "cheers", "thanks a lot", "great thanks", "ty"],
        "reply": "You're welcome! `/sources` shows where the last answer came from.",
    },
    {
        "name": "help",
        "examples": [
            "help",
            "what can you do",
            "how do i use this",
            "how does this work",
            "what do you know",
            "commands",
        ],
        "reply": "Ask a question in plain words and I'll answer with sentences quoted from the "
        "coverage, each with a numbered source. `/sources` shows where the last answer came "
        "from, `/sources query:` which articles cover a topic. If the coverage doesn't say, "
        "I'll tell you.",
    },
)


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate a config file; with no file at all, the defaults apply (with the
    small talk of :data:`SMALL_TALK` and no answer intents)."""
    found = find_config(path)
    if found is None:
        return Config(root=Path.cwd(), intents=SMALL_TALK)
    try:
        text = read_text(found)
    except OSError as exc:
        raise ConfigError(f"{found}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{found}: {undecodable(exc)}") from None
    try:
        raw = safe_yaml.load(text, unique_keys=True)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        tab = safe_yaml.tab_hint(text, mark.line) if mark is not None else ""
        hint = f" ({tab})" if tab else _slot_hint(text, mark)
        raise ConfigError(f"{found}:{where} {problem}{hint}") from None
    config = parse_config(raw or {}, root=_folder_of(found), source=str(found))
    _check_intents(config)
    return config


def _folder_of(found: Path) -> Path:
    """The folder a config's relative paths are read from: its own, or the current folder for
    settings piped in (``--config <(envsubst < config.tmpl)``), which have none: from the pipe's
    "folder" ``/proc/PID/fd``, `seeds` was no such folder and the database could not be made."""
    return found.resolve().parent if found.is_file() else Path.cwd()


def _check_intents(config: Config) -> None:
    """Check the intent rules as the answering side will read them: a malformed rule (an
    intent without examples) was named only when a question was first answered, so
    `factdesk build` said nothing of it and `factdesk ask` built the articles before failing."""
    from .intents import parse_intents  # it reads this module's SLOT_QUOTING

    parse_intents(config.intents, config.source)


def _slot_hint(text: str, mark: Any) -> str:
    """Why YAML failed, when a line near the error starts a value with a slot: YAML reads
    ``- {person} meetings`` as the start of a mapping and reports a missing "-" or ",". In a
    ``[...]`` list any slot does that (``[who is {person} meeting]``: "did not find expected
    ',' or ']'"), wherever it stands in the example."""
    if mark is None:
        return ""
    lines = text.splitlines()[max(0, mark.line - 1) : mark.line + 1]
    if any(re.search(r"(?:^|[-:\[,])\s*\{\w+\}", line) for line in lines):
        return f" ({SLOT_QUOTING})"
    if any(re.search(r"\[[^\]]*\{\w+\}", line) for line in lines):
        return f" ({FLOW_SLOT_QUOTING})"
    return ""


def parse_config(raw: Any, *, root: Path, source: str = "config") -> Config:
    """Validate a parsed YAML mapping into a :class:`Config`."""
    ctx = _Ctx(source)
    mapping = ctx.mapping(raw, "")
    ctx.known(mapping, "", {f.name for f in fields(Config)} - {"root", "source"})
    articles = mapping.get("articles", {})
    return Config(
        root=root,
        source=source,
        articles=_section(ctx, ArticleSettings, articles, "articles"),
        database=ctx.string(mapping.get("database", "factdesk.db"), "database"),
        answer=_section(ctx, AnswerSettings, mapping.get("answer", {}), "answer"),
        discord=_discord(ctx, mapping.get("discord", {})),
        synonyms=_synonyms(ctx, mapping.get("synonyms", {})),
        word_groups=_word_groups(ctx, mapping.get("word_groups", [])),
        intents=_intents(ctx, mapping.get("intents", [])),
    )


class _Ctx:
    """Type checks that name the offending key in their error."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.source}: {key or 'top level'}: {problem}")

    def mapping(self, value: Any, key: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, f"expected a mapping, got {_kind(value)}")
        return value

    def sequence(self, value: Any, key: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list, got {_kind(value)}")
        return value

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"expected a non-empty string, got {_kind(value)}")
        return value.strip()

    def known(self, mapping: dict[str, Any], prefix: str, allowed: set[str]) -> None:
        for key in mapping:
            if key not in allowed:
                name = f"{prefix}.{key}" if prefix else str(key)
                raise self.fail(
                    name, f"unknown key (expected one of: {', '.join(sorted(allowed))})"
                )


def _kind(value: Any) -> str:
    """What a value of the wrong kind is, for an error; a string of no characters but spaces
    is the right kind, empty ("expected a non-empty string, got str" said otherwise)."""
    if isinstance(value, str) and not value.strip():
        return "an empty string"
    return "nothing" if value is None else type(value).__name__


def _section(ctx: _Ctx, cls: type, raw: Any, prefix: str) -> Any:
    mapping = ctx.mapping(raw, prefix)
    defaults = cls()
    ctx.known(mapping, prefix, {f.name for f in fields(cls)})
    values = {}
    for f in fields(cls):
        if f.name not in mapping:
            continue
        values[f.name] = _coerce(
            ctx, mapping[f.name], getattr(defaults, f.name), f"{prefix}.{f.name}"
        )
    return cls(**values)


def _coerce(ctx: _Ctx, value: Any, default: Any, key: str) -> Any:
    """Check ``value`` against the type of the default it replaces."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ctx.fail(key, f"expected true or false, got {_kind(value)}")
        return value
    if isinstance(default, (int, float)):
        whole = isinstance(default, int)
        low, high = _RANGES.get(key, (0, None))
        if (
            isinstance(value, bool)
            or not isinstance(value, int if whole else (int, float))
            or (isinstance(value, float) and not math.isfinite(value))  # .nan passes the rest
            or value < low
            or (high is not None and value > high)
        ):
            kind = "a whole number" if whole else "a number"
            bounds = f">= {low}" if high is None else f"from {low} to {high}"
            raise ctx.fail(key, f"expected {kind} {bounds}, got {value!r}")
        return value if whole else float(value)
    if isinstance(default, str):
        return ctx.string(value, key)
    if isinstance(default, tuple):
        items = [value] if isinstance(value, (str, int)) else ctx.sequence(value, key)
        if not items and key == "articles.paths":
            # a build mirrors its paths: with none, it removed every article from the database
            raise ctx.fail(key, "expected at least one file or folder of articles")
        if default and isinstance(default[0], str) or key.endswith("paths"):
            return tuple(ctx.string(v, f"{key}[{i}]") for i, v in enumerate(items))
        return _distinct_ids(
            ctx, [_snowflake(ctx, v, f"{key}[{i}]") for i, v in enumerate(items)], key
        )
    raise ctx.fail(key, "unsupported setting")  # pragma: no cover - every field has a default


# what Discord gives an operator for a channel without Developer Mode: its link ("Copy Link":
# https://discord.com/channels/GUILD/CHANNEL) and its mention as typed (<#CHANNEL>)
_CHANNEL_LINK = re.compile(
    r"https?://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/channels/(?:\d+|@me)/(\d+)/?"
)
_CHANNEL_MENTION = re.compile(r"<#(\d+)>")
# a Discord id (snowflake) is milliseconds since 2015-01-01 shifted left 22 bits: every id made
# since Discord opened (May 2015) has at least 17 digits, and none exceeds 64 bits
MIN_SNOWFLAKE = 10**16
MAX_SNOWFLAKE = 2**64 - 1


def _snowflake(ctx: _Ctx, value: Any, key: str) -> int:
    """Discord ids: YAML may give them as numbers or quoted strings, and a channel as its link
    or its mention, which is what Discord offers without Developer Mode: both were "expected a
    Discord id (a number)", with no word of where to find one."""
    number = None
    # isdecimal, not isdigit: "²" is a digit int() refuses ("internal error: ValueError")
    if isinstance(value, str) and value.strip().isdecimal():
        number = _id_number(ctx, value.strip(), key)
    elif isinstance(value, str) and "channels" in key:
        text = value.strip()
        found = _CHANNEL_LINK.fullmatch(text) or _CHANNEL_MENTION.fullmatch(text)
        if found:
            number = _id_number(ctx, found.group(1), key)
    elif isinstance(value, int) and not isinstance(value, bool) and value > 0:
        number = value
    if number is not None and not MIN_SNOWFLAKE <= number <= MAX_SNOWFLAKE:
        # `12`, a row number or a placeholder: accepted, it named no channel until the bot
        # connected, and then only as one "of no server the bot is in"
        raise ctx.fail(
            key,
            f"{number}{'' if str(value).strip() == str(number) else f' (in {value!r})'} is no "
            f"Discord id {_ID_SIZE}",
        )
    if number is not None:
        return number
    # `qa_channels: 123…, 456…` is one string to YAML
    several = isinstance(value, str) and len(re.findall(r"\d{17,}", value)) > 1
    hint = " (give several as a list: [ID, ID])" if several else ""
    raise ctx.fail(
        key,
        f"expected a Discord id (a number: with Developer Mode on, right-click > Copy ID), "
        f"got {value!r}{hint}",
    )


_ID_DIGITS = len(str(MAX_SNOWFLAKE))  # 20
# what the errors for a number of the wrong size say, one text for both
_ID_SIZE = "(they have 17 to 20 digits: with Developer Mode on, right-click > Copy ID)"


def _id_number(ctx: _Ctx, digits: str, key: str) -> int:
    """``digits`` as a number, refused where they are more than any id has: past 4,300 digits
    int() itself refuses them, and a quoted run of 5,000 nines was "internal error:
    ValueError"."""
    if len(digits) > _ID_DIGITS:
        raise ctx.fail(
            key,
            f"{digits[:_ID_DIGITS]}… ({len(digits):,} digits) is no Discord id {_ID_SIZE}",
        )
    return int(digits)


def _distinct_ids(ctx: _Ctx, ids: list[int], key: str) -> tuple[int, ...]:
    """Refuse a channel given twice (``qa_channels: [12, 12]``): harmless to the bot, but most
    often a copy-paste where another channel was meant, which then got no answer with no word
    until a member asked why. A link and an id of the same channel count as the same."""
    first: dict[int, int] = {}
    for i, channel in enumerate(ids):
        if channel in first:
            raise ctx.fail(
                key,
                f"{channel} is given twice (items {first[channel]} and {i}): "
                "was one of them meant to be another channel?",
            )
        first[channel] = i
    return tuple(ids)


def _optional_snowflake(ctx: _Ctx, value: Any, key: str) -> int | None:
    return None if value is None else _snowflake(ctx, value, key)


def _discord(ctx: _Ctx, raw: Any) -> DiscordSettings:
    mapping = dict(ctx.mapping(raw, "discord"))
    cooldown = _section(ctx, CooldownSettings, mapping.pop("cooldown", {}), "discord.cooldown")
    test_guild = _optional_snowflake(ctx, mapping.pop("test_guild", None), "discord.test_guild")
    shards = mapping.pop("shard_count", None)
    if shards is not None and (
        isinstance(shards, bool) or not isinstance(shards, int) or shards < 1
    ):
        raise ctx.fail("discord.shard_count", f"expected a whole number >= 1, got {shards!r}")
    ctx.known(mapping, "discord", {f.name for f in fields(DiscordSettings)})
    if "token_env" in mapping and not (
        isinstance(mapping["token_env"], str) and _ENV_NAME.fullmatch(mapping["token_env"].strip())
    ):
        # never echo the value: an operator who pasted the token itself here would see it
        # printed in the error, and in whatever log collects the error
        raise ctx.fail(
            "discord.token_env",
            "expected the name of an environment variable (letters, digits and _), "
            "not the token itself",
        )
    base = _section(ctx, DiscordSettings, mapping, "discord")
    _check_permission(ctx, base.admin_permission)
    settings = DiscordSettings(
        **{
            f.name: getattr(base, f.name)
            for f in fields(DiscordSettings)
            if f.name not in ("cooldown", "test_guild", "shard_count")
        },
        cooldown=cooldown,
        test_guild=test_guild,
        shard_count=shards,
    )
    return settings


def _check_permission(ctx: _Ctx, permission: str) -> None:
    """Refuse an ``admin_permission`` that is no permission: it was refused only when the
    Discord bot was made, so `factdesk build` and `ask` ran on a config `factdesk run` would
    not start with. A name as Discord's app shows it ("Manage Server") gets discord.py's."""
    if permission in DISCORD_PERMISSIONS:
        return
    typed = re.sub(r"[\s-]+", "_", permission.strip().lower())
    names = {**{name: name for name in DISCORD_PERMISSIONS}, **_PERMISSION_LABELS}
    close = difflib.get_close_matches(typed, names, n=1, cutoff=0.75)
    meant = names[close[0]] if close else None
    hint = f"did you mean {meant!r}?" if meant else "expected one such as manage_guild;"
    raise ctx.fail(
        "discord.admin_permission",
        f"unknown permission {permission!r} ({hint} the names are discord.py's Permissions)",
    )


def _intents(ctx: _Ctx, raw: Any) -> tuple[dict[str, Any], ...]:
    """The rules as mappings; ``bot.intents.parse_intents`` checks them field by field. A name
    YAML reads as a number or a truth value (``name: 5``, ``name: yes``) is caught here, where
    the reason can be named: it is a name, just not text."""
    rules = tuple(
        ctx.mapping(item, f"intents[{i}]") for i, item in enumerate(ctx.sequence(raw, "intents"))
    )
    for i, rule in enumerate(rules):
        name = rule.get("name")
        if name is not None and not isinstance(name, str):
            raise RuleError(
                f"{ctx.source}: intents[{i}].name: the name must be text, got {name!r} "
                "(put it in quotes)"
            )
    return rules


def _synonyms(ctx: _Ctx, raw: Any) -> dict[str, tuple[str, ...]]:
    mapping = ctx.mapping(raw, "synonyms")
    out: dict[str, tuple[str, ...]] = {}
    written: dict[str, Any] = {}  # each entry's word as the operator wrote it
    for word, alternatives in mapping.items():
        key = f"synonyms.{_yaml_spelling(word)}"
        items = [alternatives] if isinstance(alternatives, str) else ctx.sequence(alternatives, key)
        if not items:
            # `truce:` with its list not written yet, or emptied: loaded, and matched nothing
            raise ctx.fail(key, "give the articles' words for it, e.g. [ceasefire]")
        looked_up = _synonym_key(ctx, word, key)
        if looked_up in written:
            # `Ceasefire:` below `ceasefire:` (or `US:` and `U.S.:`) is one word to a question:
            # the later list silently replaced the earlier one
            raise ctx.fail(
                key,
                f"the same word as {written[looked_up]!r} to a question ({looked_up!r}): "
                "merge the two lists",
            )
        written[looked_up] = word
        out[looked_up] = tuple(ctx.string(v, f"{key}[{i}]").lower() for i, v in enumerate(items))
    return out


def _word_groups(ctx: _Ctx, raw: Any) -> tuple[tuple[str, ...], ...]:
    """The story's word groups: lists of words that match each other (bot.text.use_word_groups),
    each word one token as a question is read ("cease-fire" is one) and no stop word, two or
    more to a group."""
    groups = []
    for i, group in enumerate(ctx.sequence(raw, "word_groups")):
        key = f"word_groups[{i}]"
        words = ctx.sequence(group, key)
        if len(words) < 2:
            raise ctx.fail(key, "give two or more words that mean the same in the coverage")
        out = []
        for j, word in enumerate(words):
            written = ctx.string(word, f"{key}[{j}]").lower()
            if tokenize(written) != [written]:
                # "peace deal" would be looked up as one word no question has
                raise ctx.fail(
                    f"{key}[{j}]",
                    f"{written!r} is not one word as questions are read (give single words, "
                    "or a phrase in facts/data/phrases.txt)",
                )
            if written in STOPWORDS:
                # questions and sentences are matched without their stop words: "[the, a]"
                # loaded and matched nothing, as synonyms' stop-word keys would
                raise ctx.fail(
                    f"{key}[{j}]",
                    f"{written!r} is a stop word, which questions and sentences are matched "
                    "without, so it can never match: remove it from the group",
                )
            out.append(written)
        groups.append(tuple(out))
    return tuple(groups)


def _yaml_spelling(value: Any) -> Any:
    """A key as YAML spells the value it read (``null``, ``true``), not as Python prints it
    ("None", "True"): YAML keeps no trace of the word written, so `yes:` and `on:` are both
    named ``true``, which at least points at the truth-value keys in the file."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    return value


def _synonym_key(ctx: _Ctx, word: Any, key: str) -> str:
    """The entry's word as a question's words are looked up: one token ("U.S." is "us"), and
    not a stop word, which questions are read without. Anything else would be accepted and
    never apply, however the operator rephrased its list."""
    if word is None or isinstance(word, (bool, float)):
        # YAML reads `no:`, `off:`, `yes:` and `on:` as truth values and `null:` as nothing:
        # the entry was keyed by "false", "true" or "none" and never applied to the word written
        raise ctx.fail(
            key,
            f'YAML read the word as {_yaml_spelling(word)}, not as text: put it in quotes ("yes":)',
        )
    tokens = tokenize(str(word))
    if len(tokens) != 1:
        raise ctx.fail(
            key,
            "give one word: questions are matched one word at a time (the alternatives in its "
            "list may be phrases)",
        )
    if tokens[0] in STOPWORDS:
        raise ctx.fail(
            key,
            f"{tokens[0]!r} is a stop word, which questions are read without: key the entry by "
            "a content word of the question, or remove it",
        )
    return tokens[0]
