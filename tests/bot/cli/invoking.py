"""Running the factdesk command in a test, and the fields of its JSON answer other tools rely on."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from bot.cli import main

CONTRACT_FIELDS = {"question", "answered", "intent", "reply", "citations", "ranked"}
CITATION_FIELDS = {"article", "title", "path", "paragraph", "sentence", "start", "end", "score"}


def run(project: Path, *args: str, input: str | None = None):
    """``factdesk --config PROJECT/config.yaml ARGS...`` in-process, its result as click's."""
    runner = CliRunner()
    return runner.invoke(main, ["--config", str(project / "config.yaml"), *args], input=input)
