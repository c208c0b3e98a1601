"""``python -m bot`` is the ``factdesk`` command."""

from . import main

main()
