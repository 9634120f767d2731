"""``python -m screener``: the same as the ``screener`` command."""

from .cli import main

main()
