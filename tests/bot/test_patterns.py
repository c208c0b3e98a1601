"""bot.patterns: an expression compiled on first use behaves as the compiled one."""

import re

import pytest

from bot import patterns


def test_a_lazy_expression_finds_what_the_compiled_one_finds():
    lazy = patterns.Lazy(r"\b(?:named|called)\s+([A-Z]\w+)", re.IGNORECASE)
    compiled = re.compile(lazy.pattern, re.IGNORECASE)
    text = "a storm NAMED Chantal, later called Barry"
    assert lazy.search(text).group(1) == compiled.search(text).group(1) == "Chantal"
    assert lazy.findall(text) == compiled.findall(text) == ["Chantal", "Barry"]
    assert lazy.sub("x", text) == compiled.sub("x", text)


def test_warm_up_compiles_what_waits_and_leaves_the_pattern_readable():
    lazy = patterns.Lazy(r"k+")
    assert "search" not in vars(lazy) and lazy.pattern == "k+"
    patterns.warm_up()
    assert "search" in vars(lazy)  # compiled: its methods are the compiled expression's own
    assert lazy.match("kk").group() == "kk"


def test_an_attribute_no_expression_has_is_an_attribute_error():
    with pytest.raises(AttributeError):
        patterns.Lazy("a").groups_of_nothing  # noqa: B018
