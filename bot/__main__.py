"""``python -m bot`` is the ``factdesk`` command."""

from .cli import main

main(prog_name="factdesk")
