"""The HTML pages' one Jinja2 environment: templates from the package, every value escaped."""

from __future__ import annotations

import functools
from typing import Any, TextIO

from ._version import __version__


@functools.cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape  # only a page being written needs it

    return Environment(loader=PackageLoader("screener", "templates"), autoescape=select_autoescape(default=True))


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context`` (and ``version``), every value HTML-escaped."""
    return str(_environment().get_template(template).render(version=__version__, **context))


def render_to(stream: TextIO, template: str, **context: Any) -> None:
    """:func:`render`, written to ``stream`` piece by piece as Jinja2 makes it: a large page is never one text."""
    stream.writelines(_environment().get_template(template).generate(version=__version__, **context))
