"""Runs of styled text on one visual line, turned into :class:`Line` objects (DOCX and ODT alike).

A word-processor paragraph is a row of runs, each with its look (size, bold, whether it shows).
Both the DOCX and the ODT reader cut a paragraph into visual lines of pieces and hand each line to
:func:`lines_of`, so hidden text is set apart, and size and bold are decided, the same way.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator

from screener.ingest.docx_style import RunLook
from screener.ingest.normalize import make_line
from screener.models import Line

__all__ = ["Piece", "lines_of"]

Piece = tuple[str, str, RunLook]
"""A stretch of one run's text on one visual line: (text, why it is hidden or "", look)."""


def lines_of(pieces: list[Piece], *, source: str, prefix: str) -> Iterator[Line]:
    """One visual line's pieces as a visible line and, if some are hidden, a hidden one."""
    for hidden in (False, True):
        chosen = [(text, look) for text, why, look in pieces if bool(why) is hidden]
        if hidden:
            # Hidden stretches that visible text separated stay separate words:
            # "Kubernetes Docker Celery" + visible " and " + "Redis" is not "CeleryRedis".
            stretches = [
                "".join(text for text, _, _ in group)
                for is_hidden, group in itertools.groupby(pieces, key=lambda piece: bool(piece[1]))
                if is_hidden
            ]
            text = " ".join(stretches)
        else:
            text = "".join(text for text, _ in chosen)
        if not text.strip():
            continue
        sizes: Counter[float] = Counter()
        bold = 0
        for chunk, look in chosen:
            if look.font_size is not None:
                sizes[look.font_size] += len(chunk)
            bold += len(chunk) if look.bold else 0
        made = make_line(
            text if hidden else prefix + text,
            source=source,
            font_size=sizes.most_common(1)[0][0] if sizes else None,
            bold=bold * 2 > len(text),
            hidden_by=",".join(sorted({why for _, why, _ in pieces if why})) if hidden else "",
        )
        if made is not None:
            yield made
