"""The ``factdesk`` command's entry point (``bot.main``), before ``bot.cli`` is loaded."""

from __future__ import annotations

import importlib.abc
import sys

import pytest

import bot
from tests.conftest import ROOT


class _CtrlCWhileLoading(importlib.abc.MetaPathFinder):
    """Ctrl-C arriving while ``bot.cli`` and what it imports load (most of a second)."""

    def find_spec(self, name, path, target=None):
        if name == "bot.cli":
            raise KeyboardInterrupt
        return None


def test_a_ctrl_c_while_the_command_loads_says_interrupted_not_a_traceback(monkeypatch, capsys):
    """A command stopped at once (a wrong folder typed) printed Python's traceback of the
    import it cut short, and exited -2; stopped a moment later, it says "interrupted" and
    exits 130, as a build or a chat does."""
    monkeypatch.delitem(sys.modules, "bot.cli", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_CtrlCWhileLoading(), *sys.meta_path])
    with pytest.raises(SystemExit) as stopped:
        bot.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_the_console_script_and_python_m_bot_start_through_the_guarded_entry_point():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '\n[project.scripts]\nfactdesk = "bot:main"\n' in pyproject
    main_module = (ROOT / "bot" / "__main__.py").read_text(encoding="utf-8")
    assert "from . import main" in main_module
