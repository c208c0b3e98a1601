"""config.yaml: defaults, validation with one-line errors naming the key, no secrets inside."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pytest

from bot.config import SMALL_TALK, Config, load_config, parse_config
from bot.errors import ConfigError, RuleError
from bot.intents import parse_intents
from tests.conftest import ROOT


def parse(raw):
    return parse_config(raw, root=Path("/project"), source="config.yaml")


def test_the_shipped_config_loads_with_its_intents():
    config = load_config(ROOT / "config.yaml")
    assert config.articles.paths == ("seeds",)
    assert config.db_path == (ROOT / "factdesk.db").resolve()
    names = [i.name for i in parse_intents(config.intents)]
    assert {"greeting", "meeting", "role", "demands"} <= set(names)


def test_the_shipped_synonyms_and_intents_are_general_english():
    """An operator who loads other news keeps the shipped synonyms and intents: they held the
    seed story's own words ("truce" for "ceasefire", "guarantees"), which its word_groups
    have, and the greeting's example named Zelensky. A story's words live in word_groups only,
    and no intent's example or reply names anyone or anywhere."""
    from facts.lexicon import name_words

    config = load_config(ROOT / "config.yaml")
    story = {word for group in config.word_groups for word in group}
    synonyms = {w for word, alts in config.synonyms.items() for w in (word, *alts)}
    assert not synonyms & story
    names = name_words()
    for rule in config.intents:
        texts = [*rule.get("examples", ()), rule.get("reply") or ""]
        words = {w for text in texts for w in re.findall(r"[a-z]+", text.lower())}
        assert not words & names, (rule["name"], words & names)


def test_without_a_config_file_the_defaults_keep_the_shipped_small_talk(tmp_path, monkeypatch):
    """Run from a folder without config.yaml, "help" was answered with sentences sharing the
    word ("military support"): the defaults have the shipped config's small talk, and no
    answer intent of its."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    defaults = load_config()
    assert [i["name"] for i in defaults.intents] == ["greeting", "thanks", "help"]
    assert all("reply" in intent for intent in defaults.intents)
    parse_intents(defaults.intents, defaults.source)
    shipped = {i["name"]: i for i in load_config(ROOT / "config.yaml").intents if "reply" in i}
    assert list(SMALL_TALK) == list(shipped.values())  # the two kept the same


def test_missing_keys_take_defaults():
    config = parse({})
    assert config == Config(root=Path("/project"), source="config.yaml")
    assert config.discord.token_env == "DISCORD_TOKEN"


@pytest.mark.parametrize(
    "raw, key",
    [
        ({"answer": {"top": "three"}}, "answer.top"),
        ({"answer": {"min_confidence": -1}}, "answer.min_confidence"),
        ({"answer": {"min_confidence": 5}}, "answer.min_confidence"),
        ({"answer": {"top": 0}}, "answer.top"),
        ({"answer": {"max_sentences": 0}}, "answer.max_sentences"),
        ({"answer": {"max_question_chars": 0}}, "answer.max_question_chars"),
        ({"articles": {"max_bytes": 0}}, "articles.max_bytes"),
        ({"answer": {"lead_line": "yes"}}, "answer.lead_line"),
        ({"articles": {"paths": [3]}}, "articles.paths[0]"),
        ({"discord": {"qa_channels": ["general"]}}, "discord.qa_channels[0]"),
        ({"discord": {"cooldown": {"rate": 0}}}, "discord.cooldown.rate"),
        ({"discord": {"shard_count": 0}}, "discord.shard_count"),
        ({"discord": {"tokn_env": "X"}}, "discord.tokn_env"),
        ({"databse": "x.db"}, "databse"),
        ({"intents": {"a": 1}}, "intents"),
        ({"synonyms": {"truce": [1]}}, "synonyms.truce[0]"),
        # no folder at all: `factdesk build` emptied the database, exit status 0
        ({"articles": {"paths": []}}, "articles.paths"),
        ({"articles": {"paths": None}}, "articles.paths"),
        # YAML's .nan compares false with every bound, so it slipped through the range check:
        # a confidence of nan never abstained, a cooldown of nan or .inf refused a member's
        # fifth question for good
        ({"answer": {"min_confidence": float("nan")}}, "answer.min_confidence"),
        ({"discord": {"cooldown": {"per_seconds": float("nan")}}}, "discord.cooldown.per_seconds"),
        ({"discord": {"cooldown": {"per_seconds": float("inf")}}}, "discord.cooldown.per_seconds"),
    ],
)
def test_invalid_values_name_the_key_in_one_line(raw, key):
    with pytest.raises(ConfigError) as caught:
        parse(raw)
    message = str(caught.value)
    assert key in message and "\n" not in message


def test_out_of_range_numbers_say_the_range():
    """A confidence of 5 would load and then silence the bot; the error says what is allowed."""
    with pytest.raises(ConfigError, match=r"answer.min_confidence: .* from 0 to 1, got 5$"):
        parse({"answer": {"min_confidence": 5}})
    with pytest.raises(ConfigError, match=r"answer.top: .* from 1 to 50, got 0$"):
        parse({"answer": {"top": 0}})


@pytest.mark.parametrize(
    "raw, key",
    [
        ({"database": ""}, "database"),
        ({"discord": {"admin_permission": "  "}}, "discord.admin_permission"),
        ({"synonyms": {"truce": ["ceasefire", ""]}}, "synonyms.truce[1]"),
    ],
)
def test_an_empty_string_is_said_to_be_empty(raw, key):
    """The error "expected a non-empty string, got str" read as if the value were the wrong
    kind; it was the right kind, empty (an unset variable, quotes with nothing in them)."""
    with pytest.raises(ConfigError, match=f"{re.escape(key)}: .*got an empty string$"):
        parse(raw)


def test_top_has_the_range_a_batch_line_and_ask_top_have():
    """`ask --top 51` and a batch line's "top": 51 are refused, but the config's `top: 500`
    loaded."""
    with pytest.raises(ConfigError, match=r"^config.yaml: answer.top: .* from 1 to 50, got 500$"):
        parse({"answer": {"top": 500}})
    assert parse({"answer": {"top": 50}}).answer.top == 50


def test_max_sentences_is_bounded_by_what_an_answer_quotes():
    """An answer quotes one to three sentences: max_sentences 50 loaded, and every close runner-up
    was quoted, several Discord messages per answer."""
    with pytest.raises(ConfigError, match=r"answer.max_sentences: .* from 1 to 3, got 50$"):
        parse({"answer": {"max_sentences": 50}})
    assert parse({"answer": {"max_sentences": 3}}).answer.max_sentences == 3


def test_a_whole_number_too_big_for_a_float_is_still_a_whole_number():
    assert parse({"articles": {"max_bytes": 10**400}}).articles.max_bytes == 10**400


def test_the_ends_of_a_range_are_allowed():
    config = parse({"answer": {"min_confidence": 1, "top": 1, "max_sentences": 1}})
    assert config.answer.min_confidence == 1.0 and config.answer.top == 1
    assert parse({"answer": {"min_confidence": 0}}).answer.min_confidence == 0.0


def test_an_intent_named_by_a_number_is_told_the_name_must_be_text():
    with pytest.raises(RuleError) as caught:
        parse({"intents": [{"name": 5, "examples": ["hi"]}]})
    assert str(caught.value) == (
        "config.yaml: intents[0].name: the name must be text, got 5 (put it in quotes)"
    )


def test_a_yaml_syntax_error_names_the_file_and_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("answer:\n  top: [1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config.yaml: line \d+"):
        load_config(path)


@pytest.mark.parametrize(
    "text", ["answer:\n\tmax_sentences: 3\n", "intents:\n  - name: x\n    examples:\n\t- hi\n"]
)
def test_a_line_indented_with_a_tab_is_named_as_such(tmp_path, text):
    """An editor that indents with tabs: YAML's "found character that cannot start any
    token" named neither the tab nor a way out."""
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\(a tab indents this line: YAML indents with spaces"):
        load_config(path)


@pytest.mark.parametrize(
    "text", ["when: 2020-02-30\n", "answer:\n  lead_line: !!bool maybe\n"], ids=["date", "tag"]
)
def test_a_value_yaml_cannot_read_names_the_file_and_line(tmp_path, text):
    """YAML converts these while reading and fails with a plain ValueError or KeyError, which
    escaped as an "internal error"."""
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config.yaml: line \d+ "):
        load_config(path)


def test_discord_ids_may_be_quoted():
    config = parse(
        {
            "discord": {
                "qa_channels": ["123456789012345678", 223456789012345678],
                "test_guild": "323456789012345678",
            }
        }
    )
    assert config.discord.qa_channels == (123456789012345678, 223456789012345678)
    assert config.discord.test_guild == 323456789012345678


def test_a_channel_may_be_given_as_its_link_or_mention():
    """Without Developer Mode Discord offers a channel's link ("Copy Link") and its mention:
    both were "expected a Discord id (a number)", with no word of where to find one."""
    config = parse(
        {
            "discord": {
                "qa_channels": [
                    "https://discord.com/channels/111111111111111111/222222222222222222",
                    "<#333333333333333333>",
                ],
                "allowed_channels": [
                    "https://ptb.discord.com/channels/111111111111111111/444444444444444444/"
                ],
            }
        }
    )
    assert config.discord.qa_channels == (222222222222222222, 333333333333333333)
    assert config.discord.allowed_channels == (444444444444444444,)
    # a message's link names a message, not a channel; a guild is no channel
    for wrong in (
        "https://discord.com/channels/111111111111111111/222222222222222222/999999999999999999",
        "<@333333333333333333>",
    ):
        with pytest.raises(ConfigError, match=r"right-click > Copy ID\), got"):
            parse({"discord": {"qa_channels": [wrong]}})
    with pytest.raises(ConfigError, match="discord.test_guild"):
        parse({"discord": {"test_guild": "<#333333333333333333>"}})


def test_a_channel_given_twice_or_an_id_too_short_is_refused():
    """`qa_channels: [12, 12]` was accepted: 12 named no channel until the bot connected, and
    a channel given twice (a link and its id too) is most often a copy-paste where another was
    meant."""
    channel = 400000000000000005
    for twice in ([channel, channel], [str(channel), f"<#{channel}>"]):
        with pytest.raises(ConfigError, match=rf"discord.qa_channels: {channel} is given twice"):
            parse({"discord": {"qa_channels": twice}})
    with pytest.raises(ConfigError, match="discord.allowed_channels: .* twice .items 0 and 2"):
        parse({"discord": {"allowed_channels": [channel, channel + 1, channel]}})
    for short in (12, "12", "<#12>", 2**64):
        with pytest.raises(ConfigError, match=r"discord.qa_channels\[0\]: \d+.* is no Discord id"):
            parse({"discord": {"qa_channels": [short]}})
    with pytest.raises(ConfigError, match=r"discord.test_guild: 789 is no Discord id \(they have"):
        parse({"discord": {"test_guild": 789}})
    # a run of digits past int()'s 4,300 was "internal error: ValueError"
    for long in ("9" * 5000, "<#" + "9" * 5000 + ">", "9" * 21):
        with pytest.raises(ConfigError, match=r"qa_channels\[0\]: 9+… \([\d,]+ digits\) is no"):
            parse({"discord": {"qa_channels": [long]}})
    assert parse({"discord": {"qa_channels": [channel, channel + 1]}}).discord.qa_channels == (
        channel,
        channel + 1,
    )


def test_the_token_comes_from_the_environment_and_never_from_the_file(monkeypatch):
    with pytest.raises(ConfigError, match="discord.token"):
        parse({"discord": {"token": "abc"}})
    monkeypatch.setenv("MY_TOKEN", "secret-value")
    config = parse({"discord": {"token_env": "MY_TOKEN"}})
    assert config.discord.token() == "secret-value"
    assert "secret-value" not in repr(config)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_config_saved_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, encoding):
    """PowerShell 5's `>` and Notepad save UTF-16 with a BOM: config.yaml was "not UTF-8 text"
    where articles and batch files in the same encoding are read."""
    path = tmp_path / "config.yaml"
    text = "answer:\n  top: 2\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = "\ufeff".encode(encoding) + data
    path.write_bytes(data)
    assert load_config(path).answer.top == 2


def test_a_config_in_another_encoding_without_a_mark_is_still_not_utf8(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_bytes("database: caf\xe9.db\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"config.yaml: not UTF-8 text"):
        load_config(path)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        # UTF-16 saved without its mark: it decoded as UTF-8 and YAML said only "invalid YAML"
        ("answer:\n  top: 2\n".encode("utf-16-le"), "not UTF-8 text (NUL bytes: UTF-16 or"),
        # a mark and an odd byte more: the file is not UTF-8 text, it is broken UTF-16
        (codecs.BOM_UTF16_LE + "answer:\n".encode("utf-16-le") + b"\n", "invalid UTF-16 text"),
    ],
)
def test_a_config_in_utf16_it_cannot_read_is_named_as_such(tmp_path, data, said):
    path = tmp_path / "config.yaml"
    path.write_bytes(data)
    with pytest.raises(ConfigError, match=re.escape(f"config.yaml: {said}")):
        load_config(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_config_is_refused_without_reading_it_all():
    """`--config /dev/zero` read on until the kernel killed the process (facts.articles.
    MAX_TEXT_BYTES)."""
    with pytest.raises(ConfigError, match=r"^/dev/zero: cannot read \(over 16 MiB"):
        load_config("/dev/zero")


def test_a_config_over_the_size_limit_is_refused_and_one_at_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr("facts.articles.MAX_TEXT_BYTES", 2**20)
    path = tmp_path / "config.yaml"
    line = "# " + "x" * 1021 + "\n"  # 1 KiB
    path.write_text("answer:\n  top: 2\n" + line * 1024, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config.yaml: cannot read \(over 1 MiB"):
        load_config(path)
    path.write_text(line * 1024, encoding="utf-8")
    assert load_config(path).answer == Config(root=tmp_path).answer


def test_yaml_tags_that_build_python_objects_are_refused(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("database: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(path)


@pytest.mark.parametrize(
    "rule, field",
    [
        ({"examples": ["hi"]}, "name"),
        ({"name": "x"}, "examples"),
        ({"name": "x", "examples": ["who is {persn}"]}, "unknown slot {persn}"),
        ({"name": "x", "examples": ["a"], "answer": "colour"}, "answer"),
        ({"name": "x", "examples": ["a"], "cutoff": 120}, "cutoff"),
        (
            {"name": "x", "examples": ["a"], "colour": 1},
            "unknown field(s) colour; the fields are answer, cutoff, description, examples",
        ),
        # the typo alone was named: the operator looked the field's spelling up
        (
            {"name": "x", "examples": ["a"], "predicate": ["meet"]},
            "'x': unknown field(s) predicate (did you mean predicates?)",
        ),
        ({"name": "x", "examples": ["a"], "reply": "hi", "predicates": ["meet"]}, "small-talk"),
        # a brace left open or a slot with a space was taken as words, and the slot never filled
        ({"name": "x", "examples": ["who is {person"]}, "'who is {person': a { or } that"),
        ({"name": "x", "examples": ["who is { person }"]}, "a { or } that"),
        ({"name": "x", "examples": ["who is person}"]}, "a { or } that"),
        # accepted, and never matched a question: an example of punctuation alone
        ({"name": "x", "examples": ["who is {person} meeting", "???"]}, "'???' has no words"),
        # accepted, and the fixed reply went to every question the rule matched
        ({"name": "x", "examples": ["who won"], "reply": "hi", "answer": "person"}, "small-talk"),
        # an empty alternative: the "|" was dropped as punctuation ("who|" is "who"), and
        # "who||what" or "who | what" was matched as the words "who what"
        ({"name": "x", "examples": ["who| is {person} meeting"]}, "'who| is {person} meeting'"),
        ({"name": "x", "examples": ["who||what is {person}"]}, "an empty alternative"),
        ({"name": "x", "examples": ["|who is {person}"]}, "an empty alternative"),
        ({"name": "x", "examples": ["who | what is {person}"]}, "an empty alternative"),
        # repeats loaded without a word: a slip in editing, or a copy that adds nothing
        ({"name": "x", "examples": ["who is {person}", "who is {person}"]}, "repeats an earlier"),
        ({"name": "x", "examples": ["who is {person}", "Who is {person}?"]}, "repeats an earlier"),
        ({"name": "x", "examples": ["who|who is {person}"]}, "the same alternative twice"),
    ],
)
def test_invalid_intent_rules_fail_at_load_naming_the_intent(rule, field):
    with pytest.raises(RuleError) as caught:
        parse_intents([rule])
    assert field in str(caught.value)


def test_an_example_two_intents_give_names_both():
    """A question matching a phrasing two intents give goes to the one listed first; the
    other's copy is dead, without a word."""
    with pytest.raises(RuleError) as caught:
        parse_intents(
            [
                {"name": "meeting", "examples": ["who is {person} meeting"]},
                {"name": "talks", "examples": ["who is|was {person} meeting"]},
            ]
        )
    message = str(caught.value)
    assert "intent 'talks'" in message and "intent 'meeting'" in message and "\n" not in message


def test_alternatives_that_overlap_an_earlier_example_still_load():
    """An example that adds a phrasing is no repeat, though it shares one with another."""
    (intent,) = parse_intents(
        [{"name": "x", "examples": ["who is {person}", "who is|was {person}"]}]
    )
    assert intent.examples == ("who is {person}", "who was {person}")


def test_duplicate_intent_names_are_refused():
    with pytest.raises(RuleError, match="defined twice"):
        parse_intents([{"name": "a", "examples": ["x"]}, {"name": "a", "examples": ["y"]}])


@pytest.mark.parametrize("second", ["Meeting", "meeting ", "MEETING", " meet ing"])
def test_intent_names_differing_only_in_case_or_spaces_are_one_name(second):
    # the --debug lines and the eval report name intents: two rules told apart only by case or
    # spaces are one name written twice, refused in one line as any name given twice is
    with pytest.raises(RuleError, match=r"intent .*defined twice \(as 'meeting'\)") as caught:
        parse_intents([{"name": "meeting", "examples": ["x"]}, {"name": second, "examples": ["y"]}])
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ("answer:\n  top: 3\nanswer:\n  max_sentences: 2\n", 3, "answer"),
        (
            "synonyms:\n  talks: [meeting]\n  truce: [ceasefire]\n  talks: [negotiations]\n",
            4,
            "talks",
        ),
        (
            "intents:\n  - name: m\n    examples: ['who is {person} meeting']\n"
            "    answer: person\n    examples: [where is the meeting]\n",
            5,
            "examples",
        ),
    ],
)
def test_a_key_given_twice_names_the_line_instead_of_dropping_the_first(tmp_path, text, line, key):
    """YAML keeps the last of two equal keys: a second `synonyms:` entry for a word, or a
    second `examples:` in an intent, silently threw the first away."""
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: line {line} ") and repr(key) in message
    assert "\n" not in message


def test_a_key_a_yaml_merge_also_gives_is_no_duplicate(tmp_path):
    """``<<:`` merges another mapping's keys, and a key written next to it overrides one of
    them: YAML's own way to share settings, not a key given twice."""
    path = tmp_path / "config.yaml"
    path.write_text(
        "discord:\n  cooldown:\n    <<: {rate: 2, per_seconds: 10}\n    rate: 3\n",
        encoding="utf-8",
    )
    cooldown = load_config(path).discord.cooldown
    assert (cooldown.rate, cooldown.per_seconds) == (3, 10)


@pytest.mark.parametrize(
    ("word", "problem"),
    [("peace deal", "one word"), ("the", "stop word"), ("who", "stop word")],
)
def test_a_synonym_entry_that_could_never_apply_is_an_error(word, problem):
    """A question is matched one word at a time, without its stop words: `peace deal:` or
    `the:` was accepted and silently did nothing, however the operator rephrased the list."""
    with pytest.raises(ConfigError) as caught:
        parse({"synonyms": {word: ["agreement"]}})
    message = str(caught.value)
    assert message.startswith(f"config.yaml: synonyms.{word}: ") and problem in message


@pytest.mark.parametrize(("written", "read"), [("yes", "true"), ("Off", "false"), ("null", "null")])
def test_a_synonym_word_yaml_reads_as_no_text_is_an_error(tmp_path, written, read):
    """`yes: [agreed]` was keyed by "true" and never applied to a question's "yes". The error
    names the key as YAML spells what it read (`synonyms.null`), not as Python does ("None")."""
    path = tmp_path / "config.yaml"
    path.write_text(f"synonyms:\n  {written}: [zero]\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=rf"synonyms\.{read}: YAML read the word as {read}, .*quotes"
    ):
        load_config(path)


def test_a_synonym_word_in_quotes_or_a_number_is_kept_as_written(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text('synonyms:\n  "yes": [zero]\n  2020: [pandemic]\n', encoding="utf-8")
    assert load_config(path).synonyms == {"yes": ("zero",), "2020": ("pandemic",)}


def test_a_synonym_entry_is_keyed_by_the_word_as_questions_spell_it():
    """Questions read "U.S." as "us": an entry written `U.S.:` never matched."""
    from bot.question_analysis import analyze

    synonyms = parse({"synonyms": {"U.S.": ["american"]}}).synonyms
    assert synonyms == {"us": ("american",)}
    (term,) = analyze("U.S. troops", synonyms).terms[:1]
    assert "american" in term.related or any(s.startswith("american") for s in term.related)


def test_a_synonym_entry_applies_in_the_direction_the_docs_give():
    """`truce: [ceasefire]`: a question's "truce" matches "ceasefire", not the other way round
    (config.yaml's comment said both directions were tried; the README said the opposite one)."""
    from bot.question_analysis import analyze
    from bot.text import stem

    synonyms = parse({"synonyms": {"crave": ["clamour"]}}).synonyms
    (crave,) = analyze("crave", synonyms).terms
    (clamour,) = analyze("clamour", synonyms).terms
    assert stem("clamour") in crave.related
    assert stem("crave") not in clamour.related


@pytest.mark.parametrize(
    "examples",
    [
        "\n      - {person} meetings\n",  # block list: a YAML syntax error
        " [{person} meeting, who meets {person}]\n",  # flow list: a YAML syntax error
        "\n      - {person}\n",  # read as a mapping {person: null}
    ],
)
def test_an_example_starting_with_a_slot_unquoted_says_to_quote_it(tmp_path, examples):
    """YAML reads a leading `{` as a mapping: "did not find expected '-' indicator" or
    "expected a list of non-empty strings" left the operator to guess why."""
    path = tmp_path / "config.yaml"
    path.write_text(
        f"intents:\n  - name: m\n    examples:{examples}    answer: person\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as caught:
        parse_intents(load_config(path).intents)
    assert 'in quotes: "{person} meeting"' in str(caught.value)


def test_a_slot_inside_an_example_of_a_bracketed_list_says_to_quote_it(tmp_path):
    """`examples: [who is {person} meeting, ...]`, the style of the shipped greetings, is a
    YAML syntax error wherever the slot stands ("did not find expected ',' or ']'"), which
    named no cause; the same examples on "- " lines load."""
    path = tmp_path / "config.yaml"
    rule = "intents:\n  - name: m\n    examples: {}\n    answer: person\n"
    path.write_text(rule.format("[who is {person} meeting, who meets {person}]"), "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}: line 3 ")
    assert 'put an example with a slot in quotes: ["who is {person} meeting"]' in str(caught.value)
    path.write_text(rule.format('["who is {person} meeting", who meets them]'), "utf-8")
    assert parse_intents(load_config(path).intents)


@pytest.mark.parametrize("alternatives", [None, []])
def test_a_synonym_entry_with_no_words_is_an_error(alternatives):
    """`truce:` (its list not written yet) or `truce: []` loaded and widened nothing, so the
    operator's edit seemed to work and never did."""
    with pytest.raises(ConfigError, match=r"synonyms.truce: give the articles' words for it"):
        parse({"synonyms": {"truce": alternatives}})


def test_a_tilde_in_config_paths_is_the_home_folder(tmp_path, monkeypatch):
    """`database: ~/factdesk/news.db` and `paths: [~/news]` were read relative to the
    config's folder, as a folder named "~" there; FACTDESK_CONFIG=~/factdesk/config.yaml
    (from a systemd EnvironmentFile, which expands nothing) was not found."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    config = parse(
        {
            "database": "~/factdesk/news.db",
            "articles": {"paths": ["~/news", "seeds", "~nosuchuser999/x"]},
        }
    )
    assert config.db_path == tmp_path / "home" / "factdesk" / "news.db"
    assert config.article_paths == [
        tmp_path / "home" / "news",
        Path("/project/seeds"),
        Path("/project/~nosuchuser999/x"),
    ]
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "config.yaml").write_text("database: x.db\n", encoding="utf-8")
    monkeypatch.setenv("FACTDESK_CONFIG", "~/config.yaml")
    assert load_config().db_path == tmp_path / "home" / "x.db"


@pytest.mark.parametrize(("first", "second"), [("ceasefire", "Ceasefire"), ("us", "U.S.")])
def test_two_synonym_entries_for_one_word_are_an_error(first, second):
    """A question reads `Ceasefire:` and `ceasefire:` (or `U.S.:` and `us:`) as one word: the
    later entry's list silently replaced the earlier one's, as a key written twice did."""
    with pytest.raises(ConfigError) as caught:
        parse({"synonyms": {first: ["truce"], second: ["armistice"]}})
    assert str(caught.value).startswith(f"config.yaml: synonyms.{second}: the same word as")
    assert "merge the two lists" in str(caught.value)


@pytest.mark.parametrize(
    ("permission", "said"),
    [
        ("manage_servers", "did you mean 'manage_guild'?"),
        ("Manage Server", "did you mean 'manage_guild'?"),  # as Discord's app names it
        ("Manage Messages", "did you mean 'manage_messages'?"),
        ("be_admin", "expected one such as manage_guild"),
    ],
)
def test_an_unknown_admin_permission_fails_when_the_config_loads(permission, said):
    """A typo in `discord.admin_permission` was refused only when the Discord bot was made:
    `build`, `ask` and `eval` ran on a config `factdesk run` then refused."""
    with pytest.raises(ConfigError) as caught:
        parse({"discord": {"admin_permission": permission}})
    message = str(caught.value)
    assert message.startswith("config.yaml: discord.admin_permission: unknown permission")
    assert said in message and "\n" not in message


def test_a_known_admin_permission_loads():
    assert parse({"discord": {"admin_permission": "manage_messages"}}).discord.admin_permission == (
        "manage_messages"
    )


def test_word_groups_are_lists_of_single_words():
    config = parse({"word_groups": [["Truce", "ceasefire", "cease-fire"]]})
    assert config.word_groups == (("truce", "ceasefire", "cease-fire"),)
    assert parse({}).word_groups == ()


@pytest.mark.parametrize(
    ("groups", "problem"),
    [
        ("truce", "word_groups: expected a list"),
        ([["truce"]], r"word_groups\[0\]: give two or more words"),
        ([["truce", "peace deal"]], r"word_groups\[0\]\[1\]: 'peace deal' is not one word"),
        ([["truce", 5]], r"word_groups\[0\]\[1\]: expected a non-empty string"),
        ([["the", "a"]], r"word_groups\[0\]\[0\]: 'the' is a stop word"),
        ([["next", "Again"]], r"word_groups\[0\]\[1\]: 'again' is a stop word"),
    ],
)
def test_a_malformed_word_group_is_a_one_line_error(groups, problem):
    with pytest.raises(ConfigError, match=problem) as caught:
        parse({"word_groups": groups})
    assert "\n" not in str(caught.value)


def test_an_answerer_matches_its_configs_word_groups(seed_db):
    # the story's vocabulary comes with its config: a config without the seed's groups reads
    # "kremlin" as itself only
    from bot.answer import Answerer
    from bot.text import related_stems

    assert "russia" in related_stems("kremlin")
    Answerer(parse({"articles": {"paths": [str(seed_db.parent)]}}), seed_db)
    assert "russia" not in related_stems("kremlin")
    Answerer(parse({"word_groups": [["kremlin", "russia"]]}), seed_db)
    assert "russia" in related_stems("kremlin")


def test_a_malformed_intent_is_named_when_the_config_is_read(tmp_path):
    """An intent without examples was named only when the first question was answered:
    `factdesk build` said nothing of it, and `factdesk ask` built the articles first."""
    path = tmp_path / "config.yaml"
    path.write_text("intents:\n  - name: reopening\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"config.yaml: intent 'reopening'.examples: give at"):
        load_config(path)


def test_an_id_of_other_digits_or_several_ids_in_one_string_is_one_clear_line():
    """A superscript "²" passed str.isdigit and made an "internal error: ValueError"; two ids
    written `qa_channels: 400…5, 400…6` are one string to YAML, and the error did not say
    that several go in a list."""
    with pytest.raises(ConfigError, match=r"qa_channels\[0\]: expected a Discord id .*got '²'"):
        parse({"discord": {"qa_channels": ["\u00b2"]}})
    with pytest.raises(ConfigError, match=r"give several as a list: \[ID, ID\]"):
        parse({"discord": {"qa_channels": "400000000000000005, 400000000000000006"}})


def test_the_settings_file_a_message_names_is_the_one_read(tmp_path, monkeypatch):
    """What an error tells the operator to edit: the file given (`--config newsroom.yaml`, as
    given), or ./config.yaml when the built-in defaults apply and there is none to edit yet."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    Path("newsroom.yaml").write_text("database: news.db\n", encoding="utf-8")
    assert load_config("newsroom.yaml").settings_file == "newsroom.yaml"
    assert load_config().settings_file == "config.yaml"


def test_settings_piped_in_read_their_relative_paths_from_the_current_folder(tmp_path, monkeypatch):
    """`--config <(envsubst < config.tmpl)`: the file is a pipe, /dev/fd/63, whose folder
    /proc/PID/fd held no `seeds`; the build said so and the database could not be made."""
    from bot.config import file_fingerprint

    monkeypatch.chdir(tmp_path)
    read, write = os.pipe()
    os.write(write, b"articles: {paths: [seeds]}\ndatabase: news.db\n")
    os.close(write)
    try:
        config = load_config(f"/dev/fd/{read}")
        # read once: a pipe is not read again for /reload's edit check (a FIFO would wait for a
        # writer; this one, drained, read as an empty file); closed, any path would give None
        assert file_fingerprint(config) is None
    finally:
        os.close(read)
    assert config.root == tmp_path
    assert config.article_paths == [tmp_path / "seeds"]
